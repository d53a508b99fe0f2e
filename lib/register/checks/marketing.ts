/**
 * Electronic marketing (markedsføringsloven § 15; EDPB Guidelines 2/2019 on 6(1)(b)):
 * consent or the existing-customer exception, and marketing not resting on a contract.
 * PROCESSOR activities are skipped: the controller they serve decides (see controllerActivities).
 */
import { activityFinding, activityName, cap, controllerActivities, defineRule, isArt14, purposeName, q } from "./kit";
import type { Finding } from "./types";

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
    controllerActivities(snapshot).flatMap((activity) => {
      const { marketing } = activity;
      if (marketing.channels.length === 0) return [];
      const name = activityName(activity);
      const channels = marketing.channels.map((channel) => (channel === "EMAIL" ? "e-mail" : "SMS")).join("/");
      const channelsNb = marketing.channels.map((channel) => (channel === "EMAIL" ? "e-post" : "SMS")).join("/");
      if (marketing.route === null) {
        return [
          activityFinding(LB_008, activity, "marketing.route", {
            en: `${cap(name.en)} sends marketing by ${channels}. Record whether recipients consented beforehand or the existing-customer exception applies (markedsføringsloven § 15).`,
            nb: `${cap(name.nb)} sender markedsføring på ${channelsNb}. Registrer om mottakerne har samtykket på forhånd, eller om unntaket for eksisterende kunder gjelder (markedsføringsloven § 15).`,
          }),
        ];
      }
      if (marketing.route !== "EXISTING_CUSTOMER") return [];
      const findings: Finding[] = [];
      if (isArt14(activity)) {
        findings.push(
          activityFinding(LB_008, activity, "marketing.route", {
            en: `${cap(name.en)} uses the existing-customer exception, but the addresses were not obtained from the customers themselves. The exception covers only addresses you received in a sale; otherwise you need consent.`,
            nb: `${cap(name.nb)} bruker unntaket for eksisterende kunder, men adressene er ikke innhentet fra kundene selv. Unntaket gjelder bare adresser dere fikk ved et salg; ellers kreves samtykke.`,
          }),
        );
      }
      if (marketing.similarProducts !== true) {
        findings.push(
          activityFinding(LB_008, activity, "marketing.similarProducts", {
            en: `The existing-customer exception in ${name.en} applies only to marketing of your own products similar to what the customer bought. Confirm that, or ask for consent.`,
            nb: `Unntaket for eksisterende kunder i ${name.nb} gjelder bare markedsføring av egne varer eller tjenester som ligner dem kunden kjøpte. Bekreft det, eller be om samtykke.`,
          }),
        );
      }
      if (marketing.optOutOffered !== true) {
        findings.push(
          activityFinding(LB_008, activity, "marketing.optOutOffered", {
            en: `The existing-customer exception in ${name.en} requires a free and simple way to opt out, both when the address is collected and in every message.`,
            nb: `Unntaket for eksisterende kunder i ${name.nb} krever at mottakeren enkelt og gebyrfritt kan reservere seg, både når adressen samles inn og i hver melding.`,
          }),
        );
      }
      return findings;
    }),
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
      if (activity.marketing.channels.length === 0) return [];
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
 * people whose address was obtained in a sale to them. E-mail or SMS marketing on that
 * route — typically with legitimate interests as the Art. 6 basis — to newsletter
 * subscribers, leads or visitors needs their prior consent. The audience is read from
 * the activity's data subject categories (their labels).
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
      const { marketing } = activity;
      if (marketing.channels.length === 0 || marketing.route !== "EXISTING_CUSTOMER") return [];
      const others = activity.dataSubjectCategoryIds.flatMap((id) => {
        const category = index.dataSubjectCategories.get(id);
        return category && !isCustomerCategory(category) ? [category] : [];
      });
      if (others.length === 0) return [];
      const name = activityName(activity);
      const list = { en: others.map((c) => q.en(c.labelEn)).join(", "), nb: others.map((c) => q.nb(c.labelNb)).join(", ") };
      return [
        activityFinding(LB_013, activity, "marketing.route", {
          en: `${cap(name.en)} sends e-mail or SMS marketing on the existing-customer exception, but also to ${list.en}, who are not customers. The exception covers only addresses obtained in a sale; the others need prior consent — record them in an activity of their own on consent.`,
          nb: `${cap(name.nb)} sender markedsføring på e-post eller SMS etter unntaket for eksisterende kunder, men også til ${list.nb}, som ikke er kunder. Unntaket gjelder bare adresser dere fikk ved et salg; de andre må samtykke på forhånd — før dem i en egen behandling med samtykke.`,
        }),
      ];
    }),
);
