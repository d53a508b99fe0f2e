/**
 * NOT-001 (Art. 12(1): concise, intelligible, clear and plain language): a notice
 * must not show template placeholders, drafting notes, filler text or empty parts.
 *
 * Two entry points:
 * - the rule NOT_001 checks what the DPO wrote for the notice (activity notice texts);
 * - `checkNoticeDocument` checks the notice the compiler generated, before it is
 *   rendered or published (the notice compiler calls it).
 */
import { activitiesInScope, activityFinding, activityName, cap, defineRule, noticeTextField } from "./kit";
import type { Finding, RuleMeta } from "./types";

const META: RuleMeta = {
  id: "NOT-001",
  severity: "error",
  article: "GDPR Art. 12(1)",
  title: { en: "Placeholders, drafting notes or empty parts in the notice", nb: "Plassholdere, arbeidsnotater eller tomme deler i erklæringen" },
};

const PLACEHOLDERS: readonly RegExp[] = [
  /\{\{?[^{}\n]{0,60}\}?\}/, // {name}, {{org_number}}, {}
  /\b(?:TODO|FIXME|TBD)\b/i,
  /\bXXX+\b/,
  /\blorem\b|\bipsum\b/i,
  /\[(?:insert|add|sett inn|fyll inn|legg inn)[^\]]*\]/i,
  // Rendering bugs that leak into prose.
  /\bundefined\b|\bNaN\b|\[object Object\]/,
];

/** The first placeholder-like fragment in the text, or null. */
export function findPlaceholder(text: string): string | null {
  for (const pattern of PLACEHOLDERS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

export const NOT_001 = defineRule(META, (snapshot) =>
  activitiesInScope(snapshot).flatMap((activity) =>
    activity.noticeTexts.flatMap((noticeText) => {
      const name = activityName(activity);
      const field = noticeTextField(activity, noticeText);
      if (noticeText.text.trim() === "") {
        return [
          activityFinding(NOT_001, activity, field, {
            en: `A notice text for ${name.en} is empty. Write the text or remove it so the generated sentence is used.`,
            nb: `En erklæringstekst for ${name.nb} er tom. Skriv teksten, eller fjern den slik at den genererte setningen brukes.`,
          }),
        ];
      }
      const placeholder = findPlaceholder(noticeText.text);
      if (!placeholder) return [];
      return [
        activityFinding(NOT_001, activity, field, {
          en: `The notice text for ${name.en} contains “${placeholder}”, which looks like a placeholder or a drafting note. Replace it with the real wording.`,
          nb: `Erklæringsteksten for ${name.nb} inneholder «${placeholder}», som ser ut som en plassholder eller et arbeidsnotat. Bytt det ut med den endelige teksten.`,
        }),
      ];
    }),
  ),
);

/** The generated notice as plain text: what `checkNoticeDocument` reads. */
export type NoticeDocumentText = {
  sections: { heading: string; paragraphs: { sentences: { text: string }[] }[] }[];
};

/**
 * Checks a generated notice (one language) for placeholders, drafting notes and
 * empty headings, sections, paragraphs or list items. Findings have subject
 * `{kind: "notice"}` and a path into the document, e.g. "sections.2.paragraphs.0.sentences.1.text".
 */
export function checkNoticeDocument(document: NoticeDocumentText): Finding[] {
  const finding = (field: string, message: { en: string; nb: string }): Finding => ({
    ruleId: META.id,
    severity: META.severity,
    article: META.article,
    subject: { kind: "notice" },
    field,
    message,
  });
  return document.sections.flatMap((section, s) => {
    const path = `sections.${s}`;
    const heading = section.heading.trim();
    const label = heading === "" ? { en: `section ${s + 1}`, nb: `del ${s + 1}` } : { en: `the section “${heading}”`, nb: `delen «${heading}»` };
    const findings: Finding[] = [];
    if (heading === "") {
      findings.push(finding(`${path}.heading`, { en: `Section ${s + 1} of the notice has no heading.`, nb: `Del ${s + 1} av erklæringen mangler overskrift.` }));
    } else {
      const placeholder = findPlaceholder(heading);
      if (placeholder) {
        findings.push(
          finding(`${path}.heading`, {
            en: `The heading “${heading}” contains the placeholder “${placeholder}”.`,
            nb: `Overskriften «${heading}» inneholder plassholderen «${placeholder}».`,
          }),
        );
      }
    }
    if (section.paragraphs.length === 0) {
      findings.push(finding(path, { en: `${cap(label.en)} of the notice is empty.`, nb: `${cap(label.nb)} av erklæringen er tom.` }));
    }
    section.paragraphs.forEach((paragraph, p) => {
      const paragraphPath = `${path}.paragraphs.${p}`;
      if (paragraph.sentences.length === 0) {
        findings.push(
          finding(paragraphPath, {
            en: `Paragraph ${p + 1} in ${label.en} is empty.`,
            nb: `Avsnitt ${p + 1} i ${label.nb} er tomt.`,
          }),
        );
      }
      paragraph.sentences.forEach((sentence, n) => {
        const sentencePath = `${paragraphPath}.sentences.${n}.text`;
        const text = sentence.text.trim();
        // An empty string or one made only of punctuation/bullets is an empty list item.
        if (!/[\p{L}\p{N}]/u.test(text)) {
          findings.push(
            finding(sentencePath, {
              en: `An empty sentence or list item in ${label.en} (paragraph ${p + 1}).`,
              nb: `En tom setning eller et tomt listepunkt i ${label.nb} (avsnitt ${p + 1}).`,
            }),
          );
          return;
        }
        const placeholder = findPlaceholder(text);
        if (placeholder) {
          findings.push(
            finding(sentencePath, {
              en: `${cap(label.en)} contains “${placeholder}”, which looks like a placeholder or a drafting note: “${text}”.`,
              nb: `${cap(label.nb)} inneholder «${placeholder}», som ser ut som en plassholder eller et arbeidsnotat: «${text}».`,
            }),
          );
        }
      });
    });
    return findings;
  });
}
