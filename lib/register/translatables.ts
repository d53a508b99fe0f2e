/**
 * Every text of the register that the public or an authority reads, with where each
 * language's value sits in its form (issue 9). One list, read by LANG-001 (a text missing
 * in a notice language), the translation view and its spreadsheet (lib/register/translation.ts):
 * a text added to the notice is added here once, and the check, the view and the
 * spreadsheet all see it.
 *
 * Proper names (company, recipient, system, cookie, provider) are single and not listed.
 */
import type { FindingSubject } from "./checks/types";
import type { Language } from "./languages";
import type { CookieDuration } from "./cookie-duration";
import type { LegalReference, LocalizedText } from "./localized-text";
import { activeActivities, type ActivitySnapshot, type RegisterSnapshot } from "./snapshot";

export type Message = { en: string; nb: string };

/** What the catalog texts outside recipients and cookies are findings about (lib/register/finding-links.ts). */
type TextCatalog = "data-categories" | "data-subject-categories" | "security-measures" | "systems";

export type Translatable = {
  subject: FindingSubject;
  /** What the text belongs to, for the DPO: "the activity “Customer service”". */
  owner: Message;
  /** Which text: "the description". */
  what: Message;
  /** The text's path in its form ("purposes.0.description"), one per text: with `subject`, its identity. */
  field: string;
  /** Where the value of `language` sits in the form, and where a link lands: "purposes.0.description.nb". */
  pathIn: (language: Language) => string;
  /** The text per language as the notice renders it. */
  value: LocalizedText;
  /** Short texts (names, labels) are edited in one line; the rest in a text area. */
  short: boolean;
  /**
   * The DPO's own wording of a sentence: where it is missing in a language, the notice
   * says the generated sentence of that language instead, so nothing is missing from it.
   * The translation view lists it; LANG-001 does not block on it.
   */
  optional?: true;
};

/** Quoted names in messages: English curly quotes, Norwegian « » (Språkrådet). */
const quote = { en: (text: string) => `“${shorten(text)}”`, nb: (text: string) => `«${shorten(text)}»` };
function shorten(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const W = {
  noticeTitle: { en: "the title in the notice", nb: "tittelen i erklæringen" },
  noticeText: { en: "the own wording in the notice", nb: "den egne formuleringen i erklæringen" },
  purposeNoticeText: { en: "the own wording of a purpose in the notice", nb: "den egne formuleringen av et formål i erklæringen" },
  description: { en: "the description", nb: "beskrivelsen" },
  sourceName: { en: "the source of the data", nb: "kilden til opplysningene" },
  art14ExemptionJustification: { en: "the justification of the Art. 14(5) exemption", nb: "begrunnelsen for unntaket etter art. 14 nr. 5" },
  provisionConsequence: { en: "what happens if the data are not provided", nb: "hva som skjer om opplysningene ikke gis" },
  art9LegalReference: { en: "the law behind the Art. 9(2) condition", nb: "lovhjemmelen for unntaket etter art. 9 nr. 2" },
  art10Authority: { en: "the authority for criminal-offence data", nb: "hjemmelen for opplysninger om straffbare forhold" },
  nationalIdJustification: { en: "the need for national identity numbers", nb: "behovet for fødselsnummer" },
  admLogic: { en: "the logic of the automated decisions", nb: "logikken i de automatiserte avgjørelsene" },
  admSignificance: { en: "the significance of the automated decisions", nb: "betydningen av de automatiserte avgjørelsene" },
  admConsequences: { en: "the description of the automated decisions' consequences", nb: "konsekvensene av de automatiserte avgjørelsene" },
  securityMeasuresText: { en: "the description of the security measures", nb: "beskrivelsen av sikkerhetstiltakene" },
  processingCategories: { en: "the description of the categories of processing", nb: "kategoriene av behandling" },
  customersListedIn: { en: "where the customers are listed", nb: "hvor kundene er oppført" },
  purpose: { en: "a purpose", nb: "et formål" },
  legalReference: { en: "the legal reference of a purpose", nb: "lovhjemmelen for et formål" },
  legitimateInterest: { en: "the legitimate interest", nb: "den berettigede interessen" },
  consentWithdrawal: { en: "how consent is withdrawn", nb: "hvordan samtykket trekkes tilbake" },
  essenceText: { en: "the essence of the joint-controller arrangement", nb: "hovedinnholdet i avtalen om felles behandlingsansvar" },
  copyAccess: { en: "how to get a copy of the safeguards", nb: "hvordan man får en kopi av garantiene" },
  art49Assessment: { en: "the Art. 49 assessment", nb: "vurderingen etter art. 49" },
  triggerText: { en: "the event a retention period runs from", nb: "hendelsen lagringstiden regnes fra" },
  criteriaText: { en: "the description of the retention criteria", nb: "kriteriene for lagringstid" },
  retentionLaw: { en: "the law behind a retention period", nb: "lovhjemmelen for en lagringstid" },
  label: { en: "the name", nb: "navnet" },
  cookiePurpose: { en: "the cookie's purpose", nb: "formålet med informasjonskapselen" },
  cookieDuration: { en: "the cookie's lifetime", nb: "levetiden til informasjonskapselen" },
  consentReason: { en: "why the cookie's consent differs from its category", nb: "hvorfor samtykket for informasjonskapselen avviker fra kategorien" },
  noticeIntroduction: { en: "the introduction of the notice", nb: "innledningen til erklæringen" },
  noticeScope: { en: "what the notice covers", nb: "hva erklæringen gjelder" },
  privacyContactRole: { en: "the role of the contact for privacy questions", nb: "rollen til kontaktpersonen for personvernspørsmål" },
  cookieWithdrawal: { en: "how cookie consent is withdrawn", nb: "hvordan samtykket til informasjonskapsler trekkes tilbake" },
} satisfies Record<string, Message>;

/** The column suffix of a per-language column pair of the catalogs ("descriptionEn"). */
const SUFFIX: Record<Language, string> = { en: "En", nb: "Nb" };
const pairValue = (en: string | null, nb: string | null): LocalizedText => ({ ...(en ? { en } : {}), ...(nb ? { nb } : {}) });

type Base = Pick<Translatable, "subject" | "owner">;
const localized = (base: Base, field: string, what: Message, value: LocalizedText, short = false): Translatable => ({
  ...base,
  field,
  what,
  value,
  short,
  pathIn: (language) => `${field}.${language}`,
});
/** A legal reference needs words only when it names no law of the list (a law renders in every language). */
const reference = (base: Base, field: string, what: Message, value: LegalReference): Translatable | null =>
  value.law === null ? localized(base, `${field}.text`, what, value.text, true) : null;
const pair = (base: Base, field: string, what: Message, en: string | null, nb: string | null, short = false): Translatable => ({
  ...base,
  field,
  what,
  value: pairValue(en, nb),
  short,
  pathIn: (language) => `${field}${SUFFIX[language]}`,
});

function activityOwner(activity: ActivitySnapshot): Base {
  return { subject: { kind: "activity", activityId: activity.id }, owner: { en: `the activity ${quote.en(activity.name)}`, nb: `behandlingen ${quote.nb(activity.name)}` } };
}

/** Every text of one activity, with its form path. */
export function activityTranslatables(activity: ActivitySnapshot, primary: Language): Translatable[] {
  const base = activityOwner(activity);
  const own = (purposeId: string | null, language: "EN" | "NB") => activity.noticeTexts.find((t) => t.purposeId === purposeId && t.language === language)?.text ?? null;
  const list: (Translatable | null)[] = [
    localized(base, "description", W.description, activity.description),
    ...activity.sources.map((source, i) => localized(base, `sources.${i}.name`, W.sourceName, source.name, true)),
    localized(base, "art14ExemptionJustification", W.art14ExemptionJustification, activity.art14ExemptionJustification),
    localized(base, "provisionConsequence", W.provisionConsequence, activity.provisionConsequence),
    reference(base, "art9LegalReference", W.art9LegalReference, activity.art9LegalReference),
    localized(base, "art10Authority", W.art10Authority, activity.art10Authority),
    localized(base, "nationalIdJustification", W.nationalIdJustification, activity.nationalIdJustification),
    localized(base, "adm.logic", W.admLogic, activity.adm.logic),
    localized(base, "adm.significance", W.admSignificance, activity.adm.significance),
    localized(base, "adm.consequences", W.admConsequences, activity.adm.consequences),
    localized(base, "securityMeasuresText", W.securityMeasuresText, activity.securityMeasuresText),
    localized(base, "processingCategories", W.processingCategories, activity.processingCategories),
    { ...pair(base, "noticeText", W.noticeText, own(null, "EN"), own(null, "NB")), optional: true },
  ];
  // The heading of the activity in the notice: its register name stands for the primary
  // language; every other notice language needs its own title.
  if (activity.showInNotice) {
    const title = pair(base, "noticeTitle", W.noticeTitle, activity.noticeTitleEn, activity.noticeTitleNb, true);
    list.push({ ...title, value: { [primary]: activity.name, ...title.value } });
  }
  activity.purposes.forEach((p, i) => {
    list.push(
      localized(base, `purposes.${i}.description`, W.purpose, p.description),
      reference(base, `purposes.${i}.legalReference`, W.legalReference, p.legalReference),
      localized(base, `purposes.${i}.legitimateInterest`, W.legitimateInterest, p.legitimateInterest),
      localized(base, `purposes.${i}.consentWithdrawal`, W.consentWithdrawal, p.consentWithdrawal),
      { ...pair(base, `purposes.${i}.noticeText`, W.purposeNoticeText, own(p.id, "EN"), own(p.id, "NB")), optional: true },
    );
  });
  activity.jointControllers.forEach((j, i) => list.push(localized(base, `jointControllers.${i}.essenceText`, W.essenceText, j.essenceText)));
  activity.controllersServed.forEach((c, i) => {
    if (c.ourCustomers) list.push(localized(base, `controllersServed.${i}.listedIn`, W.customersListedIn, c.listedIn, true));
    list.push(localized(base, `controllersServed.${i}.processingCategories`, W.processingCategories, c.processingCategories));
  });
  activity.transfers.forEach((t, i) => {
    list.push(localized(base, `transfers.${i}.copyAccess`, W.copyAccess, t.copyAccess), localized(base, `transfers.${i}.art49Assessment`, W.art49Assessment, t.art49Assessment));
  });
  activity.retentionRules.forEach((r, i) => {
    list.push(
      localized(base, `retentionRules.${i}.triggerText`, W.triggerText, r.triggerText),
      localized(base, `retentionRules.${i}.criteriaText`, W.criteriaText, r.criteriaText),
      reference(base, `retentionRules.${i}.legalReference`, W.retentionLaw, r.legalReference),
    );
  });
  return list.filter((item): item is Translatable => item !== null);
}

/** The company's own texts in the notice (issue 10), with their profile fields. */
export function companyTranslatables(company: Pick<RegisterSnapshot["company"], "noticeIntroduction" | "noticeScope" | "privacyContactRole" | "cookieWithdrawal">): Translatable[] {
  const base: Base = { subject: { kind: "company" }, owner: { en: "the company profile", nb: "virksomhetsprofilen" } };
  return [
    localized(base, "noticeIntroduction", W.noticeIntroduction, company.noticeIntroduction),
    localized(base, "noticeScope", W.noticeScope, company.noticeScope),
    localized(base, "privacyContactRole", W.privacyContactRole, company.privacyContactRole, true),
    localized(base, "cookieWithdrawal", W.cookieWithdrawal, company.cookieWithdrawal),
  ];
}

/**
 * The texts of the register. `scope: "notice"` is what the notice and the Art. 30 PDF print
 * (activities in force, the catalog entries they use), for LANG-001; `"register"` is every
 * activity not retired and every catalog entry, for the translation view.
 */
export function registerTranslatables(snapshot: RegisterSnapshot, scope: "notice" | "register"): Translatable[] {
  const primary = snapshot.company.primaryLanguage;
  const activities = scope === "notice" ? activeActivities(snapshot) : snapshot.activities.filter((a) => a.status !== "RETIRED");
  const used = (ids: string[]) => new Set(ids);
  const inScope = (ids: Set<string>) => (id: string) => scope === "register" || ids.has(id);
  const c = snapshot.catalogs;
  const subjects = inScope(used(activities.flatMap((a) => a.dataSubjectCategoryIds)));
  const categories = inScope(used(activities.flatMap((a) => a.dataCategoryIds)));
  const recipients = inScope(used(activities.flatMap((a) => a.recipients.map((r) => r.recipientId))));
  const measures = inScope(used(activities.flatMap((a) => a.securityMeasureIds)));
  const cookies = inScope(used(activities.flatMap((a) => a.cookieIds)));
  const systems = inScope(used(activities.flatMap((a) => a.systemIds)));
  const list: Translatable[] = [...companyTranslatables(snapshot.company), ...activities.flatMap((a) => activityTranslatables(a, primary))];
  list.push(
    ...c.dataSubjectCategories.filter((x) => subjects(x.id)).flatMap((x) => catalogEntryTranslatables("data-subject-categories", x)),
    ...c.dataCategories.filter((x) => categories(x.id)).flatMap((x) => catalogEntryTranslatables("data-categories", x)),
    ...c.recipients.filter((x) => recipients(x.id)).flatMap((x) => catalogEntryTranslatables("recipients", x)),
    ...c.securityMeasures.filter((x) => measures(x.id)).flatMap((x) => catalogEntryTranslatables("security-measures", x)),
    ...c.systems.filter((x) => systems(x.id)).flatMap((x) => catalogEntryTranslatables("systems", x)),
    ...c.cookies.filter((x) => cookies(x.id)).flatMap((x) => catalogEntryTranslatables("cookies", x)),
  );
  return list;
}

/** The catalogs whose entries have texts in the notice. */
export type CatalogWithTexts = TextCatalog | "recipients" | "cookies";

/** A catalog entry as stored and in its form: per-language column pairs, a cookie's duration. */
type CatalogEntry = {
  id: string;
  name?: string;
  labelEn?: string;
  labelNb?: string;
  descriptionEn?: string | null;
  descriptionNb?: string | null;
  purposeEn?: string;
  purposeNb?: string;
  duration?: CookieDuration;
  /** A cookie's consent setting and, for an override, its reason. */
  consent?: string;
  consentReason?: LocalizedText;
  /** A recipient's sub-processors, in the order of its snapshot (by id). */
  subProcessors?: readonly { name: string; descriptionEn: string | null; descriptionNb: string | null }[];
};

/** The texts of one catalog entry (the snapshot's entry, or the row the catalog form saves). */
export function catalogEntryTranslatables(kind: CatalogWithTexts, e: CatalogEntry): Translatable[] {
  const name = e.name ?? "";
  const catalog = (textCatalog: TextCatalog, owner: Message): Base => ({ subject: { kind: "catalog", catalog: textCatalog, entryId: e.id }, owner });
  switch (kind) {
    case "data-subject-categories":
      return [pair(catalog(kind, { en: `the category of people ${quote.en(e.labelEn ?? "")}`, nb: `kategorien av registrerte ${quote.nb(e.labelNb ?? "")}` }), "label", W.label, e.labelEn ?? null, e.labelNb ?? null, true)];
    case "data-categories": {
      const base = catalog(kind, { en: `the data category ${quote.en(e.labelEn ?? "")}`, nb: `opplysningskategorien ${quote.nb(e.labelNb ?? "")}` });
      return [pair(base, "label", W.label, e.labelEn ?? null, e.labelNb ?? null, true), pair(base, "description", W.description, e.descriptionEn ?? null, e.descriptionNb ?? null)];
    }
    case "security-measures":
      return [pair(catalog(kind, { en: `the security measure ${quote.en(e.descriptionEn ?? "")}`, nb: `sikkerhetstiltaket ${quote.nb(e.descriptionNb ?? "")}` }), "description", W.description, e.descriptionEn ?? null, e.descriptionNb ?? null)];
    case "recipients": {
      const base: Base = { subject: { kind: "recipient", recipientId: e.id }, owner: { en: `the recipient ${quote.en(name)}`, nb: `mottakeren ${quote.nb(name)}` } };
      return [
        pair(base, "description", W.description, e.descriptionEn ?? null, e.descriptionNb ?? null),
        ...(e.subProcessors ?? []).map((sub, i) =>
          pair(
            { ...base, owner: { en: `the sub-processor ${quote.en(sub.name)} of ${quote.en(name)}`, nb: `underleverandøren ${quote.nb(sub.name)} hos ${quote.nb(name)}` } },
            `subProcessors.${i}.description`,
            W.description,
            sub.descriptionEn,
            sub.descriptionNb,
          ),
        ),
      ];
    }
    case "systems":
      return [pair(catalog(kind, { en: `the system ${quote.en(name)}`, nb: `systemet ${quote.nb(name)}` }), "description", W.description, e.descriptionEn ?? null, e.descriptionNb ?? null)];
    case "cookies": {
      const base: Base = { subject: { kind: "cookie", cookieId: e.id }, owner: { en: `the cookie ${quote.en(name)}`, nb: `informasjonskapselen ${quote.nb(name)}` } };
      const list = [pair(base, "purpose", W.cookiePurpose, e.purposeEn ?? null, e.purposeNb ?? null)];
      if (e.duration?.kind === "TEXT") list.push(localized(base, "duration.text", W.cookieDuration, e.duration.text, true));
      // The reason of an override reaches the notice beside the cookie (ekomloven § 3-15).
      if (e.consent !== undefined && e.consent !== "BY_CATEGORY") list.push(localized(base, "consentReason", W.consentReason, e.consentReason ?? {}));
      return list;
    }
  }
}
