import type { Inline, NoticeBlock, NoticeDocument, NoticeSection, Sentence } from "../document";
import { safeHref } from "../inline";

/**
 * Escapes register text for Markdown so it stays inert text in any CommonMark/GFM
 * renderer: emphasis, links, images, headings, quotes, raw HTML, code spans,
 * tables and leading list markers are neutralised; line breaks are folded.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, " ")
      .replace(/[\\`*_[\]()#>!<|~&{}]/g, (c) => `\\${c}`)
      // A bare "javascript:" is never a link in GFM, but keep it visibly broken for renderers that autolink liberally.
      .replace(/javascript:/gi, (m) => `${m.slice(0, -1)}\\:`)
  );
}

/** Escapes a leading list/heading/quote marker at the start of a block. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

function hrefMarkdown(href: string): string {
  return href.trim().replace(/[()<>\s\\]/g, (c) => encodeURIComponent(c));
}

function inline(part: Inline): string {
  if ("href" in part && safeHref(part.href)) return `[${escapeMarkdown(part.text)}](${hrefMarkdown(part.href)})`;
  return escapeMarkdown(part.text);
}

const sentenceMd = (sentence: Sentence) => sentence.parts.map(inline).join("");
const sentencesMd = (sentences: Sentence[]) => escapeLineStart(sentences.map(sentenceMd).join(" "));

function blockMd(block: NoticeBlock): string {
  if (block.kind === "paragraph") return sentencesMd(block.sentences);
  if (block.kind === "list") return [...(block.intro ? [sentencesMd([block.intro]), ""] : []), ...block.items.map((item) => `- ${sentencesMd(item)}`)].join("\n");
  const cell = (sentence: Sentence) => sentenceMd(sentence) || "\\-";
  return [
    `*${escapeMarkdown(block.caption)}*`,
    "",
    `| ${block.columns.map(escapeMarkdown).join(" | ")} |`,
    `| ${block.columns.map(() => "---").join(" | ")} |`,
    ...block.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

function sectionMd(section: NoticeSection, level: number): string[] {
  return [`${"#".repeat(Math.min(level, 6))} ${escapeMarkdown(section.heading)}`, ...section.blocks.map(blockMd), ...section.sections.flatMap((child) => sectionMd(child, level + 1))];
}

/** The notice as Markdown (GFM tables), for companies that embed it in their own site generator. */
export function renderNoticeMarkdown(document: NoticeDocument): string {
  return [`# ${escapeMarkdown(document.title)}`, sentencesMd([document.versionLine]), ...document.sections.flatMap((section) => sectionMd(section, 2))].join("\n\n") + "\n";
}
