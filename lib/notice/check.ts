import { checkNoticeDocument, type Finding, type NoticeDocumentText } from "@/lib/register/checks";
import { flattenSections, type NoticeBlock, type NoticeDocument, type Sentence } from "./document";

const plain = (sentence: Sentence) => ({ text: sentence.parts.map((p) => p.text).join("") });

function paragraphs(block: NoticeBlock): NoticeDocumentText["sections"][number]["paragraphs"] {
  if (block.kind === "paragraph") return [{ sentences: block.sentences.map(plain) }];
  // Each list item and table row is checked on its own, so an empty one is reported.
  if (block.kind === "list") return [...(block.intro ? [{ sentences: [plain(block.intro)] }] : []), ...block.items.map((item) => ({ sentences: item.map(plain) }))];
  return [{ sentences: [{ text: block.caption }] }, ...block.rows.map((row) => ({ sentences: row.map(plain) }))];
}

/** The document as the NOT-001 check reads it: every section that holds text, flattened. */
function noticeDocumentText(document: NoticeDocument): NoticeDocumentText {
  return {
    sections: flattenSections(document.sections)
      // A grouping heading whose content is all in its subsections is not an empty section.
      .filter(({ section }) => section.blocks.length > 0 || section.sections.length === 0)
      .map(({ section }) => ({ heading: section.heading, paragraphs: section.blocks.flatMap(paragraphs) })),
  };
}

/** NOT-001 over a generated notice: placeholders, drafting notes, empty parts (GDPR Art. 12(1)). */
export function noticeDocumentFindings(document: NoticeDocument): Finding[] {
  return checkNoticeDocument(noticeDocumentText(document));
}
