import { documentSentences, flattenSections, sentenceText, type NoticeDocument } from "./document";

/**
 * Measures of a notice's prose, shared by the tests that hold its targets (issue 11: no
 * longer than the hand-written notice, no sentence more than twice) and by `npm run bench`.
 */

/** Words as a reader counts them: runs of non-space holding a letter or digit ("§" and "–" are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Everything a reader reads, once: title, version line, headings, sentences, table captions and column heads. */
export function noticeReadingText(document: NoticeDocument): string {
  const parts: string[] = [document.title];
  for (const { section } of flattenSections(document.sections)) {
    parts.push(section.heading);
    for (const block of section.blocks) if (block.kind === "table") parts.push(block.caption, ...block.columns);
  }
  return [...parts, ...documentSentences(document).map(sentenceText)].join("\n");
}

export const noticeWordCount = (document: NoticeDocument): number => countWords(noticeReadingText(document));

/**
 * Prose sentences (paragraphs, list intros and items) that occur more than `limit` times.
 * Table cells are data, not prose: "Yes" in a cookie table is not repetition.
 */
export function repeatedSentences(document: NoticeDocument, limit = 2): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  const visit = (text: string) => {
    // A paragraph or item holds several sentences; each counts on its own.
    for (const one of text.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“])/u)) counts.set(one.trim(), (counts.get(one.trim()) ?? 0) + 1);
  };
  for (const { section } of flattenSections(document.sections))
    for (const block of section.blocks) {
      if (block.kind === "paragraph") block.sentences.forEach((s) => visit(sentenceText(s)));
      if (block.kind === "list") [...(block.intro ? [block.intro] : []), ...block.items.flat()].forEach((s) => visit(sentenceText(s)));
    }
  return [...counts].filter(([text, count]) => text !== "" && count > limit).map(([text, count]) => ({ text, count }));
}

/**
 * LIX (Björnsson's läsbarhetsindex), the readability score used for Scandinavian and English
 * text alike: words per sentence plus the share of words longer than six letters, in per cent.
 * Below 40 reads easily; 40–50 is ordinary public information; above 50 is heavy.
 */
export function lix(text: string): number {
  const words = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
  if (words.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?:](\s|$)|\n/g) ?? []).length);
  const long = words.filter((word) => word.replace(/[^\p{L}]/gu, "").length > 6).length;
  return words.length / sentences + (100 * long) / words.length;
}
