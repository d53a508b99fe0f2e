import type { Inline, NoticeBlock, NoticeDocument, NoticeSection, Sentence } from "../document";
import { safeHref } from "../inline";

/** Plain text has no markup to escape; control characters (terminal escapes included) are removed. */
function cleanText(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
}

function inline(part: Inline): string {
  if ("href" in part && safeHref(part.href)) {
    const href = part.href.trim();
    const shown = href.replace(/^mailto:/, "");
    const bare = (value: string) => value.trim().replace(/^https?:\/\//i, "").replace(/\/$/, "");
    return bare(shown) === bare(part.text) ? cleanText(shown) : `${cleanText(part.text)} (${cleanText(shown)})`;
  }
  return cleanText(part.text);
}

const sentenceText = (sentence: Sentence) => sentence.parts.map(inline).join("");
const sentencesText = (sentences: Sentence[]) => sentences.map(sentenceText).join(" ");

function blockText(block: NoticeBlock): string {
  if (block.kind === "paragraph") return sentencesText(block.sentences);
  if (block.kind === "list") return [...(block.intro ? [sentenceText(block.intro)] : []), ...block.items.map((item) => `  - ${sentencesText(item)}`)].join("\n");
  // A cell that ends a sentence of its own loses its full stop before the "; " that runs on to the next cell.
  const cellText = (cell: Sentence, i: number, last: boolean) => {
    const text = i === 0 ? sentenceText(cell) : `${cleanText(block.columns[i] ?? "")}: ${sentenceText(cell)}`;
    return last ? text : text.replace(/\.$/, "");
  };
  return [cleanText(block.caption), ...block.rows.map((row) => `  - ${row.map((cell, i) => cellText(cell, i, i === row.length - 1)).join("; ")}`)].join("\n");
}

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat(Math.max(3, [...text].length))}`;
}

function sectionText(section: NoticeSection, level: number): string[] {
  const heading = cleanText(section.heading);
  const title = level === 2 ? underline(heading, "-") : level === 3 ? underline(heading, "·") : `${heading}:`;
  return [title, ...section.blocks.map(blockText), ...section.sections.flatMap((child) => sectionText(child, level + 1))];
}

/** The notice as plain UTF-8 text. */
export function renderNoticeText(document: NoticeDocument): string {
  return [underline(cleanText(document.title), "="), sentenceText(document.versionLine), ...document.sections.flatMap((section) => sectionText(section, 2))].join("\n\n") + "\n";
}
