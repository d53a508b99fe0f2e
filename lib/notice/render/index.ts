export { escapeHtml, renderNoticeBodyHtml, renderNoticeHtml, renderPlainPage } from "./html";
export { escapeMarkdown, renderNoticeMarkdown } from "./markdown";
export { renderNoticeText } from "./text";
export { renderNoticeJson } from "./json";
