import type { NoticeDocument } from "../document";

/**
 * The document as JSON (format in docs/notice-json.md). `<`, `>`, `&` and the
 * JavaScript line separators are written as \u escapes, so the JSON stays inert
 * even if a consumer pastes it into an HTML page or a script block.
 */
export function renderNoticeJson(document: NoticeDocument): string {
  return (
    JSON.stringify(document, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n"
  );
}
