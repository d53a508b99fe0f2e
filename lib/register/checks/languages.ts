/**
 * Every word of the notice in the reader's language (issue 9). A text the DPO wrote in
 * one of the company's notice languages but not in another would either be left out of
 * that language's notice and PDF, or — as before texts were kept per language — show up
 * in the other language. GDPR Art. 12(1): the information must be intelligible, in clear
 * and plain language, to the reader it addresses.
 */
import { cookieDurationMissingLanguages } from "../cookie-duration";
import { LANGUAGE_FACTS, type Language } from "../languages";
import { hasText, legalReferenceMissingLanguages, missingLanguages, type LegalReference, type LocalizedText } from "../localized-text";
import { activeActivities, type ActivitySnapshot, type RegisterSnapshot } from "../snapshot";
import { activityFinding, activityName, cap, cookieFinding, defineRule, q, recipientFinding, type Message } from "./kit";
import type { Finding } from "./types";

/** A translatable value and where it sits in its form. */
type Translatable = { field: string; what: Message; missing: (wanted: readonly Language[]) => Language[] };

const text = (field: string, what: Message, value: LocalizedText): Translatable => ({
  field,
  what,
  // Not written at all is another rule's business (LB-004, RT-001, …): here only a text that
  // exists in one language and is missing in another.
  missing: (wanted) => (hasText(value) ? missingLanguages(value, wanted) : []),
});
const reference = (field: string, what: Message, value: LegalReference): Translatable => ({ field, what, missing: (wanted) => legalReferenceMissingLanguages(value, wanted) });
/** A per-language column pair of the catalogs ("descriptionEn"/"descriptionNb"): the column of each language. */
const pair = (base: string, what: Message, en: string | null, nb: string | null): Translatable[] => {
  const value: LocalizedText = { ...(en ? { en } : {}), ...(nb ? { nb } : {}) };
  const column: Record<Language, string> = { en: `${base}En`, nb: `${base}Nb` };
  return (["en", "nb"] as const).map((language) => ({
    field: column[language],
    what,
    missing: (wanted) => (hasText(value) ? missingLanguages(value, wanted).filter((l) => l === language) : []),
  }));
};

const W = {
  noticeTitle: { en: "the title in the notice", nb: "tittelen i erklæringen" },
  description: { en: "the description", nb: "beskrivelsen" },
  sourceName: { en: "the source of the data", nb: "kilden til opplysningene" },
  art14ExemptionJustification: { en: "the justification of the Art. 14(5) exemption", nb: "begrunnelsen for unntaket etter art. 14 nr. 5" },
  provisionConsequence: { en: "what happens if the data are not provided", nb: "hva som skjer om opplysningene ikke gis" },
  art9LegalReference: { en: "the law behind the Art. 9(2) condition", nb: "lovhjemmelen for unntaket etter art. 9 nr. 2" },
  art10Authority: { en: "the authority for criminal-offence data", nb: "hjemmelen for opplysninger om straffbare forhold" },
  nationalIdJustification: { en: "the need for national identity numbers", nb: "behovet for fødselsnummer" },
  admLogic: { en: "the logic of the automated decisions", nb: "logikken i de automatiserte avgjørelsene" },
  admSignificance: { en: "the significance of the automated decisions", nb: "betydningen av de automatiserte avgjørelsene" },
  admConsequences: { en: "the consequences of the automated decisions", nb: "konsekvensene av de automatiserte avgjørelsene" },
  securityMeasuresText: { en: "the description of the security measures", nb: "beskrivelsen av sikkerhetstiltakene" },
  processingCategories: { en: "the categories of processing", nb: "kategoriene av behandling" },
  purpose: { en: "a purpose", nb: "et formål" },
  legalReference: { en: "the legal reference of a purpose", nb: "lovhjemmelen for et formål" },
  legitimateInterest: { en: "the legitimate interest", nb: "den berettigede interessen" },
  consentWithdrawal: { en: "how consent is withdrawn", nb: "hvordan samtykket trekkes tilbake" },
  essenceText: { en: "the essence of the joint-controller arrangement", nb: "hovedinnholdet i avtalen om felles behandlingsansvar" },
  copyAccess: { en: "how to get a copy of the safeguards", nb: "hvordan man får en kopi av garantiene" },
  art49Assessment: { en: "the Art. 49 assessment", nb: "vurderingen etter art. 49" },
  triggerText: { en: "the event a retention period runs from", nb: "hendelsen lagringstiden regnes fra" },
  criteriaText: { en: "the retention criteria", nb: "kriteriene for lagringstid" },
  retentionLaw: { en: "the law behind a retention period", nb: "lovhjemmelen for en lagringstid" },
  recipientDescription: { en: "the recipient's description", nb: "beskrivelsen av mottakeren" },
  cookieDuration: { en: "the cookie's lifetime", nb: "levetiden til informasjonskapselen" },
} satisfies Record<string, Message>;

/** Every text of an activity that reaches the notice, the Art. 30 PDF or an export, with its form path. */
function activityTranslatables(activity: ActivitySnapshot, primary: Language): Translatable[] {
  const list: Translatable[] = [
    text("description", W.description, activity.description),
    text("sourceName", W.sourceName, activity.sourceName),
    text("art14ExemptionJustification", W.art14ExemptionJustification, activity.art14ExemptionJustification),
    text("provisionConsequence", W.provisionConsequence, activity.provisionConsequence),
    reference("art9LegalReference", W.art9LegalReference, activity.art9LegalReference),
    text("art10Authority", W.art10Authority, activity.art10Authority),
    text("nationalIdJustification", W.nationalIdJustification, activity.nationalIdJustification),
    text("adm.logic", W.admLogic, activity.adm.logic),
    text("adm.significance", W.admSignificance, activity.adm.significance),
    text("adm.consequences", W.admConsequences, activity.adm.consequences),
    text("securityMeasuresText", W.securityMeasuresText, activity.securityMeasuresText),
    text("processingCategories", W.processingCategories, activity.processingCategories),
  ];
  // The heading of the activity in the notice: its register name stands for the primary
  // language; every other notice language needs its own title.
  if (activity.showInNotice) {
    const titles: LocalizedText = { [primary]: activity.name, ...(activity.noticeTitleEn ? { en: activity.noticeTitleEn } : {}), ...(activity.noticeTitleNb ? { nb: activity.noticeTitleNb } : {}) };
    (["en", "nb"] as const).forEach((language) =>
      list.push({ field: language === "en" ? "noticeTitleEn" : "noticeTitleNb", what: W.noticeTitle, missing: (wanted) => missingLanguages(titles, wanted).filter((l) => l === language) }),
    );
  }
  activity.purposes.forEach((p, i) => {
    list.push(
      text(`purposes.${i}.description`, W.purpose, p.description),
      reference(`purposes.${i}.legalReference`, W.legalReference, p.legalReference),
      text(`purposes.${i}.legitimateInterest`, W.legitimateInterest, p.legitimateInterest),
      text(`purposes.${i}.consentWithdrawal`, W.consentWithdrawal, p.consentWithdrawal),
    );
  });
  activity.jointControllers.forEach((j, i) => list.push(text(`jointControllers.${i}.essenceText`, W.essenceText, j.essenceText)));
  activity.controllersServed.forEach((c, i) => list.push(text(`controllersServed.${i}.processingCategories`, W.processingCategories, c.processingCategories)));
  activity.transfers.forEach((t, i) => {
    list.push(text(`transfers.${i}.copyAccess`, W.copyAccess, t.copyAccess), text(`transfers.${i}.art49Assessment`, W.art49Assessment, t.art49Assessment));
  });
  activity.retentionRules.forEach((r, i) => {
    list.push(
      text(`retentionRules.${i}.triggerText`, W.triggerText, r.triggerText),
      text(`retentionRules.${i}.criteriaText`, W.criteriaText, r.criteriaText),
      reference(`retentionRules.${i}.legalReference`, W.retentionLaw, r.legalReference),
    );
  });
  return list;
}

function message(subject: Message, what: Message, language: Language): Message {
  return {
    en: `${cap(subject.en)}: ${what.en} is not written in ${LANGUAGE_FACTS[language].names.en}, one of the notice's languages. The notice in ${LANGUAGE_FACTS[language].names.en} cannot be published without it.`,
    nb: `${cap(subject.nb)}: ${what.nb} er ikke skrevet på ${LANGUAGE_FACTS[language].names.nb}, som er ett av språkene i erklæringen. Erklæringen på ${LANGUAGE_FACTS[language].names.nb} kan ikke publiseres uten denne teksten.`,
  };
}

/**
 * LANG-001: a text written in one language and missing in another of the company's notice
 * languages is an error for that language. One finding per field and language, on the
 * field's input for that language (`purposes.0.description.nb`), so the link lands on it.
 * Looks at what the notice and the Art. 30 PDF print: activities in force, the recipients
 * and cookies they use.
 */
export const LANG_001 = defineRule(
  {
    id: "LANG-001",
    severity: "error",
    article: "GDPR Art. 12(1)",
    title: { en: "A text is missing in one of the notice's languages", nb: "En tekst mangler på ett av språkene i erklæringen" },
  },
  (snapshot: RegisterSnapshot, { index }) => {
    const wanted = snapshot.company.noticeLanguages;
    const primary = snapshot.company.primaryLanguage;
    const findings: Finding[] = [];
    const activities = activeActivities(snapshot);
    for (const activity of activities) {
      for (const item of activityTranslatables(activity, primary)) {
        for (const language of item.missing(wanted)) {
          // Column pairs (noticeTitleEn/Nb) are one field per language; the rest one input per language.
          const field = /(En|Nb)$/.test(item.field) ? item.field : `${item.field}.${language}`;
          findings.push(activityFinding(LANG_001, activity, field, message(activityName(activity), item.what, language)));
        }
      }
    }
    const recipientIds = new Set(activities.flatMap((a) => a.recipients.map((r) => r.recipientId)));
    for (const id of recipientIds) {
      const recipient = index.recipients.get(id);
      if (!recipient) continue;
      const name = { en: `the recipient ${q.en(recipient.name)}`, nb: `mottakeren ${q.nb(recipient.name)}` };
      for (const item of pair("description", W.recipientDescription, recipient.descriptionEn, recipient.descriptionNb)) {
        for (const language of item.missing(wanted)) findings.push(recipientFinding(LANG_001, recipient, item.field, message(name, item.what, language)));
      }
    }
    const cookieIds = new Set(activities.flatMap((a) => a.cookieIds));
    for (const id of cookieIds) {
      const cookie = index.cookies.get(id);
      if (!cookie) continue;
      const name = { en: `the cookie ${q.en(cookie.name)}`, nb: `informasjonskapselen ${q.nb(cookie.name)}` };
      for (const language of cookieDurationMissingLanguages(cookie.duration, wanted)) {
        findings.push(cookieFinding(LANG_001, cookie, `duration.text.${language}`, message(name, W.cookieDuration, language)));
      }
    }
    return findings;
  },
);
