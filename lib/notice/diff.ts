import { diffWords } from "diff";
import { flattenSections, type NoticeBlock, type NoticeDocument, type NoticeSection, type Sentence } from "./document";

type SectionChangeStatus = "added" | "removed" | "changed" | "unchanged";

type WordChange = { kind: "same" | "added" | "removed"; text: string };

export type SectionDiff = {
  id: string;
  heading: string;
  depth: number;
  status: SectionChangeStatus;
  /** Word-level changes of the section's own text (not its subsections). */
  changes: WordChange[];
};

const sentencePlain = (s: Sentence) => s.parts.map((p) => p.text).join("");

function blockPlain(block: NoticeBlock): string {
  if (block.kind === "paragraph") return block.sentences.map(sentencePlain).join(" ");
  if (block.kind === "list") return [...(block.intro ? [sentencePlain(block.intro)] : []), ...block.items.map((i) => `• ${i.map(sentencePlain).join(" ")}`)].join("\n");
  return [block.caption, ...block.rows.map((r) => r.map(sentencePlain).join(" | "))].join("\n");
}

/** The section's own text: heading and blocks, one block a line. */
function sectionPlain(section: NoticeSection): string {
  return [section.heading, ...section.blocks.map(blockPlain)].join("\n");
}

/**
 * Section-level diff between two notice documents (e.g. the published one and
 * the draft): which sections were added, removed or changed, with word-level
 * changes inside a changed section. Sections are matched by their stable ids.
 */
export function diffNoticeDocuments(before: NoticeDocument | null, after: NoticeDocument): SectionDiff[] {
  const old = new Map((before ? flattenSections(before.sections) : []).map((x) => [x.section.id, x]));
  const result: SectionDiff[] = [];
  const seen = new Set<string>();
  for (const { section, depth } of flattenSections(after.sections)) {
    seen.add(section.id);
    const previous = old.get(section.id);
    const text = sectionPlain(section);
    if (!previous) {
      result.push({ id: section.id, heading: section.heading, depth, status: "added", changes: [{ kind: "added", text }] });
      continue;
    }
    const oldText = sectionPlain(previous.section);
    if (oldText === text) {
      result.push({ id: section.id, heading: section.heading, depth, status: "unchanged", changes: [{ kind: "same", text }] });
      continue;
    }
    const changes = diffWords(oldText, text).map((c): WordChange => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
    result.push({ id: section.id, heading: section.heading, depth, status: "changed", changes });
  }
  for (const [id, { section, depth }] of old) {
    if (!seen.has(id)) result.push({ id, heading: section.heading, depth, status: "removed", changes: [{ kind: "removed", text: sectionPlain(section) }] });
  }
  return result;
}
