/**
 * Every word of the notice in the reader's language (issue 9). A text the DPO wrote in
 * one of the company's notice languages but not in another would either be left out of
 * that language's notice and PDF, or — as before texts were kept per language — show up
 * in the other language. GDPR Art. 12(1): the information must be intelligible, in clear
 * and plain language, to the reader it addresses.
 */
import { LANGUAGE_FACTS, type Language } from "../languages";
import { hasText, missingLanguages } from "../localized-text";
import type { RegisterSnapshot } from "../snapshot";
import { registerTranslatables } from "../translatables";
import { cap, defineRule, type Message } from "./kit";
import type { Finding } from "./types";

function message(subject: Message, what: Message, language: Language): Message {
  return {
    en: `${cap(subject.en)}: ${what.en} is not written in ${LANGUAGE_FACTS[language].names.en}, one of the notice's languages. The notice in ${LANGUAGE_FACTS[language].names.en} cannot be published without it.`,
    nb: `${cap(subject.nb)}: ${what.nb} er ikke skrevet på ${LANGUAGE_FACTS[language].names.nb}, som er ett av språkene i erklæringen. Erklæringen på ${LANGUAGE_FACTS[language].names.nb} kan ikke publiseres uten denne teksten.`,
  };
}

/** The language a LANG-001 finding is about (its message names it; its field is that language's input). */
export function languageOfFinding(finding: Pick<Finding, "ruleId" | "field">): Language | null {
  if (finding.ruleId !== LANG_001.id) return null;
  const match = /(?:\.(en|nb)|(En|Nb))$/.exec(finding.field);
  const code = (match?.[1] ?? match?.[2]?.toLowerCase()) as Language | undefined;
  return code ?? null;
}

/**
 * LANG-001: a text written in one language and missing in another of the company's notice
 * languages is an error for that language. One finding per text and language, on the
 * input of that language (`purposes.0.description.nb`, `descriptionNb`), so the link lands
 * on it. Looks at what the notice and the Art. 30 PDF print: activities in force and the
 * catalog entries they use (lib/register/translatables.ts lists every such text). A text
 * written in no language at all is another rule's business (LB-004, RT-001, …); the DPO's
 * own wording of a sentence is not required, the generated sentence stands in for it.
 */
export const LANG_001 = defineRule(
  {
    id: "LANG-001",
    severity: "error",
    article: "GDPR Art. 12(1)",
    title: { en: "A text is missing in one of the notice's languages", nb: "En tekst mangler på ett av språkene i erklæringen" },
  },
  (snapshot: RegisterSnapshot) => {
    const wanted = snapshot.company.noticeLanguages;
    const findings: Finding[] = [];
    for (const item of registerTranslatables(snapshot, "notice")) {
      if (item.optional || !hasText(item.value)) continue;
      for (const language of missingLanguages(item.value, wanted)) {
        findings.push({ ruleId: LANG_001.id, severity: LANG_001.severity, article: LANG_001.article, subject: item.subject, field: item.pathIn(language), message: message(item.owner, item.what, language) });
      }
    }
    return findings;
  },
);
