import { flattenSections, type Inline, type NoticeBlock, type NoticeDocument, type NoticeSection, type Sentence } from "../document";
import { safeHref } from "../inline";
import { strings } from "../lang";
import type { NoticeLinks } from "../public-paths";

/** HTML-escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const idAttr = (id: string) => escapeHtml(`s-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`);

function inline(part: Inline): string {
  if ("href" in part && safeHref(part.href)) return `<a href="${escapeHtml(part.href.trim())}">${escapeHtml(part.text)}</a>`;
  return escapeHtml(part.text);
}

const sentenceHtml = (sentence: Sentence) => sentence.parts.map(inline).join("");
const sentencesHtml = (sentences: Sentence[]) => sentences.map(sentenceHtml).join(" ");

function blockHtml(block: NoticeBlock): string {
  if (block.kind === "paragraph") return `<p>${sentencesHtml(block.sentences)}</p>`;
  if (block.kind === "list")
    return `${block.intro ? `<p>${sentenceHtml(block.intro)}</p>\n` : ""}<ul>\n${block.items.map((item) => `<li>${sentencesHtml(item)}</li>`).join("\n")}\n</ul>`;
  return [
    // A wide table scrolls sideways; the region must be reachable by keyboard (WCAG 2.1.1).
    `<div class="table" tabindex="0" role="region" aria-label="${escapeHtml(block.caption)}"><table>`,
    `<caption>${escapeHtml(block.caption)}</caption>`,
    `<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>`,
    `<tbody>\n${block.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${sentenceHtml(cell)}</th>` : `<td>${sentenceHtml(cell)}</td>`)).join("")}</tr>`).join("\n")}\n</tbody>`,
    `</table></div>`,
  ].join("\n");
}

function sectionHtml(section: NoticeSection, level: number): string {
  const h = Math.min(level, 6);
  return [
    `<section id="${idAttr(section.id)}">`,
    `<h${h}>${escapeHtml(section.heading)}</h${h}>`,
    ...section.blocks.map(blockHtml),
    ...section.sections.map((child) => sectionHtml(child, level + 1)),
    `</section>`,
  ].join("\n");
}

/** The notice's own content (title, version line, sections): what the dashboard preview shows. */
export function renderNoticeBodyHtml(document: NoticeDocument, options: { titleLevel?: number } = {}): string {
  // Inside a page that has its own h1 (the dashboard preview), the notice starts lower.
  const level = options.titleLevel ?? 1;
  return [
    `<h${level}>${escapeHtml(document.title)}</h${level}>`,
    `<p class="version">${sentenceHtml(document.versionLine)}</p>`,
    ...document.sections.map((section) => sectionHtml(section, level + 1)),
  ].join("\n");
}

// Contrast: #1a1a1a on #fff (17:1), links #0b4fbf (7.3:1), muted #4a4a4a (8.9:1) — WCAG AA and AAA.
const NOTICE_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:#1a1a1a;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:50rem;margin:0 auto;padding:1.5rem 1rem 3rem}
a{color:#0b4fbf;text-decoration:underline}
a:focus-visible{outline:3px solid #0b4fbf;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header nav ul,footer nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:1rem;font-size:.95rem}
header{border-bottom:1px solid #d0d0d0;padding-bottom:.75rem;margin-bottom:1.5rem}
footer{border-top:1px solid #d0d0d0;margin-top:2.5rem;padding-top:1rem;color:#4a4a4a}
h1{font-size:1.9rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.4rem;margin:2rem 0 .5rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
h4,h5,h6{font-size:1rem;margin:1.25rem 0 .4rem}
.version{color:#4a4a4a;margin:0 0 1.5rem}
.toc ol{padding-left:1.25rem}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.875rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c4c4c4;padding:.3rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f2f2f2}
ins{background:#dff3e4;text-decoration:underline}
del{background:#fbe3e3}
@media print{
 header,footer,.toc,.skip{display:none}
 body{font-size:11pt;color:#000}
 .page{max-width:none;padding:0}
 a{color:#000}
 a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
 section{break-inside:auto}
 h2,h3,h4{break-after:avoid}
 table{font-size:9pt}
}
`.trim();

export type HtmlOptions =
  /** The public page: language switch with hreflang alternates, contents, archive and format links. */
  | { mode: "page"; links: NoticeLinks }
  /** For iframes: the notice only, no page chrome. */
  | { mode: "embed" };

function page(document: NoticeDocument, title: string, head: string, body: string): string {
  return [
    `<!doctype html>`,
    `<html lang="${document.language}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${escapeHtml(title)}</title>`,
    head,
    `<style>${NOTICE_CSS}</style>`,
    `</head>`,
    `<body>`,
    body,
    `</body>`,
    `</html>`,
    ``,
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}

/**
 * A complete standalone HTML document: inline style (print stylesheet included),
 * no scripts, no external resources, every register string escaped. Deterministic:
 * the same document and options give the same bytes, so a published version is
 * rendered once and served as stored.
 */
export function renderNoticeHtml(document: NoticeDocument, options: HtmlOptions): string {
  const s = strings(document.language);
  if (options.mode === "embed") return page(document, document.title, "", `<main class="page" id="notice">\n${renderNoticeBodyHtml(document)}\n</main>`);
  const { links } = options;
  const other = s.chrome.otherLanguageCode as "en" | "nb";
  const head = [
    `<link rel="alternate" hreflang="en" href="${escapeHtml(links.alternates.en)}">`,
    `<link rel="alternate" hreflang="nb" href="${escapeHtml(links.alternates.nb)}">`,
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(links.alternates.en)}">`,
  ].join("\n");
  const toc = flattenSections(document.sections)
    .filter(({ depth }) => depth === 0)
    .map(({ section }) => `<li><a href="#${idAttr(section.id)}">${escapeHtml(section.heading)}</a></li>`)
    .join("\n");
  const body = [
    `<a class="skip" href="#notice">${escapeHtml(s.chrome.skip)}</a>`,
    `<div class="page">`,
    `<header>`,
    `<nav aria-label="${escapeHtml(s.chrome.otherLanguage)} / ${escapeHtml(s.chrome.versions)}"><ul>`,
    `<li><a href="${escapeHtml(links.alternates[other])}" hreflang="${other}" lang="${other}">${escapeHtml(s.chrome.otherLanguage)}</a></li>`,
    `<li><a href="${escapeHtml(links.versions)}">${escapeHtml(s.chrome.versions)}</a></li>`,
    `</ul></nav>`,
    `</header>`,
    `<main id="notice">`,
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="version">${sentenceHtml(document.versionLine)}</p>`,
    `<nav class="toc" aria-label="${escapeHtml(s.chrome.contents)}"><ol>`,
    toc,
    `</ol></nav>`,
    ...document.sections.map((section) => sectionHtml(section, 2)),
    `</main>`,
    `<footer>`,
    `<nav aria-label="${escapeHtml(s.chrome.formats)}"><ul>`,
    `<li><a href="${escapeHtml(links.versions)}">${escapeHtml(s.chrome.versions)}</a></li>`,
    `<li><a href="${escapeHtml(links.formats.markdown)}">Markdown</a></li>`,
    `<li><a href="${escapeHtml(links.formats.text)}">${document.language === "nb" ? "Ren tekst" : "Plain text"}</a></li>`,
    `<li><a href="${escapeHtml(links.formats.json)}">JSON</a></li>`,
    `</ul></nav>`,
    `</footer>`,
    `</div>`,
  ].join("\n");
  return page(document, document.title, head, body);
}

/** A small standalone page in the notice's style (archive list, diff, not found). */
export function renderPlainPage(language: "en" | "nb", title: string, bodyHtml: string, head = ""): string {
  return [
    `<!doctype html>`,
    `<html lang="${language}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${escapeHtml(title)}</title>`,
    ...(head ? [head] : []),
    `<style>${NOTICE_CSS}</style>`,
    `</head>`,
    `<body>`,
    `<div class="page">`,
    bodyHtml,
    `</div>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
