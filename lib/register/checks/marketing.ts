/**
 * Electronic marketing (markedsføringsloven § 15), one audience at a time: each audience of
 * an activity has its own channels and route, so a webshop can market to its customers on
 * the existing-customer exception and to everyone else on consent. Findings land on the
 * audience's field ("marketingAudiences.1.route"). PROCESSOR activities are skipped.
 */
import type { MarketingAudienceSnapshot } from "../snapshot";
import { VOCABULARY } from "../vocabulary";
import { activityFinding, activityName, cap, controllerActivities, defineRule, isArt14, purposeName, q, type Message } from "./kit";
import type { Finding } from "./types";

/** The audience as a finding names it: "existing customers", or its place in the list when it says nobody. */
function audienceName(audience: MarketingAudienceSnapshot, index: number): Message {
  if (audience.who) return { en: VOCABULARY.en.inSentence.MarketingAudienceGroup[audience.who], nb: VOCABULARY.nb.inSentence.MarketingAudienceGroup[audience.who] };
  return { en: `audience ${index + 1}`, nb: `målgruppe ${index + 1}` };
}

function channelWords(audience: MarketingAudienceSnapshot): Message {
  return {
    en: audience.channels.map((channel) => (channel === "EMAIL" ? "e-mail" : "SMS")).join("/"),
    nb: audience.channels.map((channel) => (channel === "EMAIL" ? "e-post" : "SMS")).join("/"),
  };
}

/**
 * mfl. § 15: e-mail/SMS marketing to natural persons needs prior consent, or the
 * existing-customer exception (third paragraph): address obtained in a sale from the
 * person, own similar products, and a free opt-out at collection and in every message.
 * Whether recipients are natural persons is not recorded; all are treated as such.
 */
export const LB_008 = defineRule(
  {
    id: "LB-008",
    severity: "error",
    article: "markedsføringsloven § 15",
    title: { en: "E-mail or SMS marketing without consent or the existing-customer conditions", nb: "Markedsføring på e-post eller SMS uten samtykke eller vilkårene for eksisterende kunder" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.marketingAudiences.flatMap((audience, i) => {
        if (audience.channels.length === 0) return [];
        const name = activityName(activity);
        const who = audienceName(audience, i);
        const channels = channelWords(audience);
        const at = `marketingAudiences.${i}`;
        if (audience.route === null) {
          return [
            activityFinding(LB_008, activity, `${at}.route`, {
              en: `${cap(name.en)} sends marketing by ${channels.en} to ${who.en}. Record whether they consented beforehand or the existing-customer exception applies (markedsføringsloven § 15).`,
              nb: `${cap(name.nb)} sender markedsføring på ${channels.nb} til ${who.nb}. Registrer om de har samtykket på forhånd, eller om unntaket for eksisterende kunder gjelder (markedsføringsloven § 15).`,
            }),
          ];
        }
        if (audience.route !== "EXISTING_CUSTOMER") return [];
        const findings: Finding[] = [];
        if (isArt14(activity)) {
          findings.push(
            activityFinding(LB_008, activity, `${at}.route`, {
              en: `${cap(name.en)} uses the existing-customer exception, but the addresses were not obtained from the customers themselves. The exception covers only addresses you received in a sale; otherwise you need consent.`,
              nb: `${cap(name.nb)} bruker unntaket for eksisterende kunder, men adressene er ikke innhentet fra kundene selv. Unntaket gjelder bare adresser dere fikk ved et salg; ellers kreves samtykke.`,
            }),
          );
        }
        if (audience.similarProducts !== true) {
          findings.push(
            activityFinding(LB_008, activity, `${at}.similarProducts`, {
              en: `The existing-customer exception in ${name.en} applies only to marketing of your own products similar to what the customer bought. Confirm that, or ask for consent.`,
              nb: `Unntaket for eksisterende kunder i ${name.nb} gjelder bare markedsføring av egne varer eller tjenester som ligner dem kunden kjøpte. Bekreft det, eller be om samtykke.`,
            }),
          );
        }
        if (audience.optOutOffered !== true) {
          findings.push(
            activityFinding(LB_008, activity, `${at}.optOutOffered`, {
              en: `The existing-customer exception in ${name.en} requires a free and simple way to opt out, both when the address is collected and in every message.`,
              nb: `Unntaket for eksisterende kunder i ${name.nb} krever at mottakeren enkelt og gebyrfritt kan reservere seg, både når adressen samles inn og i hver melding.`,
            }),
          );
        }
        return findings;
      }),
    ),
);

// A data subject category is taken as customers when its label says so in either language,
// unless it speaks of people who may become customers (leads are not customers, mfl. § 15).
const CUSTOMER = /\b(?:customers?|clients?)\b|\bkunde(?:r|ne)?\b/i;
const NOT_YET_CUSTOMER = /\b(?:potential|prospective|former|future)\b|\bprospects?\b|\bleads?\b|potensiell|mulige|tidligere|fremtidige|interessent/i;

/** Does this data subject category consist of customers (the only people § 15(3) covers)? */
function isCustomerCategory(label: { labelEn: string; labelNb: string }): boolean {
  const text = `${label.labelEn} ${label.labelNb}`;
  return CUSTOMER.test(text) && !NOT_YET_CUSTOMER.test(text);
}

/**
 * markedsføringsloven § 15 third paragraph: the existing-customer route covers only
 * people whose address was obtained in a sale to them. It fires for an audience said to be
 * others (prospects, subscribers) on that route; and, where no other audience could be
 * theirs (one with channels that is not said to be customers), for a customer route in an
 * activity whose data subject categories (their labels) include people who are not
 * customers — they would be marketed to as customers.
 */
export const LB_013 = defineRule(
  {
    id: "LB-013",
    severity: "error",
    article: "markedsføringsloven § 15",
    title: { en: "Existing-customer route used for people who are not customers", nb: "Unntaket for eksisterende kunder brukt for personer som ikke er kunder" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const name = activityName(activity);
      return activity.marketingAudiences.flatMap((audience, i) => {
        if (audience.channels.length === 0 || audience.route !== "EXISTING_CUSTOMER") return [];
        const field = `marketingAudiences.${i}.route`;
        if (audience.who === "OTHERS") {
          return [
            activityFinding(LB_013, activity, field, {
              en: `${cap(name.en)} markets by e-mail or SMS to people who are not customers on the existing-customer exception. The exception covers only addresses obtained in a sale; the others need prior consent.`,
              nb: `${cap(name.nb)} sender markedsføring på e-post eller SMS til personer som ikke er kunder, etter unntaket for eksisterende kunder. Unntaket gjelder bare adresser dere fikk ved et salg; de andre må samtykke på forhånd.`,
            }),
          ];
        }
        const theirs = activity.marketingAudiences.some((other, j) => j !== i && other.channels.length > 0 && other.who !== "EXISTING_CUSTOMERS");
        if (theirs) return [];
        const others = activity.dataSubjectCategoryIds.flatMap((id) => {
          const category = index.dataSubjectCategories.get(id);
          return category && !isCustomerCategory(category) ? [category] : [];
        });
        if (others.length === 0) return [];
        const list = { en: others.map((c) => q.en(c.labelEn)).join(", "), nb: others.map((c) => q.nb(c.labelNb)).join(", ") };
        return [
          activityFinding(LB_013, activity, field, {
            en: `${cap(name.en)} sends e-mail or SMS marketing on the existing-customer exception, but also to ${list.en}, who are not customers. The exception covers only addresses obtained in a sale; the others need prior consent — add them as an audience of their own on consent.`,
            nb: `${cap(name.nb)} sender markedsføring på e-post eller SMS etter unntaket for eksisterende kunder, men også til ${list.nb}, som ikke er kunder. Unntaket gjelder bare adresser dere fikk ved et salg; de andre må samtykke på forhånd — legg dem inn som en egen målgruppe med samtykke.`,
          }),
        ];
      });
    }),
);

/**
 * E-mail/SMS marketing to people who are not customers needs their prior consent
 * (mfl. § 15 first paragraph); where that law requires consent, the GDPR basis for the
 * processing is consent as well — legitimate interests cannot stand in for it (EDPB
 * Opinion 5/2019 on the interplay with the ePrivacy Directive, para. 41). Fires when an
 * activity markets to others and no purpose of it rests on consent while one rests on
 * legitimate interests.
 */
export const MKT_001 = defineRule(
  {
    id: "MKT-001",
    severity: "error",
    article: "markedsføringsloven § 15; GDPR Art. 6(1)(a); EDPB Opinion 5/2019",
    title: { en: "Legitimate interests as the basis for e-mail or SMS marketing to people who are not customers", nb: "Berettiget interesse som grunnlag for markedsføring på e-post eller SMS til personer som ikke er kunder" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const toOthers = activity.marketingAudiences.some((audience) => audience.who === "OTHERS" && audience.channels.length > 0);
      if (!toOthers || activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT")) return [];
      const i = activity.purposes.findIndex((purpose) => purpose.lawfulBasis === "LEGITIMATE_INTERESTS");
      if (i < 0) return [];
      const name = activityName(activity);
      return [
        activityFinding(MKT_001, activity, `purposes.${i}.lawfulBasis`, {
          en: `${cap(name.en)} sends e-mail or SMS marketing to people who are not customers on legitimate interests. The Marketing Control Act requires their prior consent, and the GDPR basis is then consent too (Art. 6(1)(a)): record the marketing to them as a purpose on consent.`,
          nb: `${cap(name.nb)} sender markedsføring på e-post eller SMS til personer som ikke er kunder, med berettiget interesse som grunnlag. Markedsføringsloven krever forhåndssamtykke fra dem, og da er samtykke også behandlingsgrunnlaget (art. 6 nr. 1 bokstav a): før markedsføringen til dem som et formål med samtykke.`,
        }),
      ];
    }),
);

/**
 * An audience with e-mail/SMS channels that says nobody: the route cannot be judged
 * (§ 15 third paragraph reaches only customers) and the notice cannot tell the reader
 * which route applies to them. Typically an audience carried over from the single route.
 */
export const MKT_002 = defineRule(
  {
    id: "MKT-002",
    severity: "warning",
    article: "markedsføringsloven § 15; GDPR Art. 13(1)(c)",
    title: { en: "Marketing channels without an audience", nb: "Markedsføringskanaler uten målgruppe" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) =>
      activity.marketingAudiences.flatMap((audience, i) => {
        if (audience.channels.length === 0 || audience.who !== null) return [];
        const name = activityName(activity);
        const channels = channelWords(audience);
        return [
          activityFinding(MKT_002, activity, `marketingAudiences.${i}.who`, {
            en: `${cap(name.en)} sends marketing by ${channels.en}, but not to whom. Say whether the audience is existing customers or others (prospects, subscribers): only customers may be reached on the existing-customer exception, and the notice tells each audience its own route.`,
            nb: `${cap(name.nb)} sender markedsføring på ${channels.nb}, men ikke til hvem. Oppgi om målgruppen er eksisterende kunder eller andre (potensielle kunder, abonnenter): bare kunder kan nås etter unntaket for eksisterende kunder, og personvernerklæringen forteller hver målgruppe hvilket grunnlag som gjelder for den.`,
          }),
        ];
      }),
    ),
);

/**
 * Marketing cannot rest on 6(1)(b): it is not necessary to perform the contract
 * (EDPB Guidelines 2/2019; Recital 47 points to 6(1)(f)). Marketing is recognised by
 * the activity having e-mail/SMS marketing channels, not by guessing from words.
 */
export const LB_009 = defineRule(
  {
    id: "LB-009",
    severity: "warning",
    article: "EDPB Guidelines 2/2019; GDPR Recital 47",
    title: { en: "Marketing based on contract", nb: "Markedsføring med avtale som grunnlag" },
  },
  (snapshot) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (!activity.marketingAudiences.some((audience) => audience.channels.length > 0)) return [];
      return activity.purposes.flatMap((purpose, i) => {
        if (purpose.lawfulBasis !== "CONTRACT") return [];
        const name = purposeName(activity, purpose);
        return [
          activityFinding(LB_009, activity, `purposes.${i}.lawfulBasis`, {
            en: `${cap(name.en)} is marketing, which is not necessary to perform a contract. Use legitimate interests (Recital 47) or consent instead of 6(1)(b).`,
            nb: `${cap(name.nb)} er markedsføring, og det er ikke nødvendig for å oppfylle en avtale. Bruk berettiget interesse (fortalepunkt 47) eller samtykke i stedet for art. 6 nr. 1 bokstav b.`,
          }),
        ];
      });
    }),
);
