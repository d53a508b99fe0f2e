/**
 * The structured privacy notice: what the compiler produces from a register
 * snapshot and every renderer (HTML, Markdown, plain text, JSON) reads.
 * Documented for integrators in docs/notice-json.md.
 *
 * Every sentence carries the register fields it came from (`sources`), and
 * every section and block carries the legal-spec §2 elements it fulfils
 * (`elements`), so that a test or a reviewer can trace each statement of the
 * notice back to the record (Art. 5(2) accountability).
 */
import type { Language } from "@/lib/register/languages";

export const NOTICE_DOCUMENT_FORMAT = 1;

/** Language of a notice: one of the languages of lib/register/languages.ts. */
export type NoticeLanguage = Language;

/** Notice elements of legal-spec §2 (Art. 13/14, 21(4), 26(2), 49(1), ekomloven § 3-15, WP260). */
export const NOTICE_ELEMENTS = [
  "N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11",
  "N12", "N13", "N14", "N15", "N16", "N17", "N18", "N19", "N20", "N21", "N22",
] as const;
export type NoticeElement = (typeof NOTICE_ELEMENTS)[number];

/**
 * A run of text. Only the compiler creates links, and only from fields meant
 * to hold an address (e-mail, website, arrangement link, copy of safeguards);
 * renderers still refuse any href that is not http(s) or mailto.
 */
export type Inline = { text: string } | { text: string; href: string };

export type Sentence = {
  parts: Inline[];
  /** Register fields the sentence states, e.g. "activity:<id>.purposes.<pid>.lawfulBasis". */
  sources: string[];
};

export type NoticeBlock =
  | { kind: "paragraph"; elements: NoticeElement[]; sentences: Sentence[] }
  | { kind: "list"; elements: NoticeElement[]; intro?: Sentence; items: Sentence[][] }
  | { kind: "table"; elements: NoticeElement[]; caption: string; columns: string[]; rows: Sentence[][] };

export type NoticeSection = {
  /** Stable id, unique in the document (used for anchors and the section-level diff). */
  id: string;
  heading: string;
  elements: NoticeElement[];
  blocks: NoticeBlock[];
  sections: NoticeSection[];
};

export type NoticeMetadata = {
  /** Version number of the publication; null for a draft preview. */
  version: number | null;
  /** Date of publication (YYYY-MM-DD); null for a draft preview. */
  publishedOn: string | null;
};

export type NoticeDocument = {
  format: typeof NOTICE_DOCUMENT_FORMAT;
  language: NoticeLanguage;
  title: string;
  company: { name: string; slug: string };
  version: number | null;
  publishedOn: string | null;
  /** Text shown at the top: "Version 3 · last updated 22 November 2026". */
  versionLine: Sentence;
  sections: NoticeSection[];
};

/** Every element id anywhere in the document (sections and blocks). */
export function documentElements(document: NoticeDocument): Set<NoticeElement> {
  const found = new Set<NoticeElement>();
  const visit = (section: NoticeSection) => {
    section.elements.forEach((e) => found.add(e));
    section.blocks.forEach((block) => block.elements.forEach((e) => found.add(e)));
    section.sections.forEach(visit);
  };
  document.sections.forEach(visit);
  return found;
}

/** Every sentence of the document, in reading order (list intros, items and table cells included). */
export function documentSentences(document: NoticeDocument): Sentence[] {
  const out: Sentence[] = [document.versionLine];
  const visit = (section: NoticeSection) => {
    for (const block of section.blocks) {
      if (block.kind === "paragraph") out.push(...block.sentences);
      else if (block.kind === "list") {
        if (block.intro) out.push(block.intro);
        block.items.forEach((item) => out.push(...item));
      } else block.rows.forEach((row) => out.push(...row));
    }
    section.sections.forEach(visit);
  };
  document.sections.forEach(visit);
  return out;
}

/** Flattens a section tree (depth first), for diffing and tables of contents. */
export function flattenSections(sections: NoticeSection[], depth = 0): { section: NoticeSection; depth: number }[] {
  return sections.flatMap((section) => [{ section, depth }, ...flattenSections(section.sections, depth + 1)]);
}

export const sentenceText = (sentence: Sentence): string => sentence.parts.map((part) => part.text).join("");
