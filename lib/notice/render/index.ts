export { escapeHtml, renderNoticeBodyHtml, renderNoticeHtml, renderPlainPage, NOTICE_CSS, type HtmlOptions } from "./html";
export { escapeMarkdown, renderNoticeMarkdown } from "./markdown";
export { cleanText, renderNoticeText } from "./text";
export { renderNoticeJson } from "./json";
