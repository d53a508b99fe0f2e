import { flattenSections, type Inline, type NoticeBlock, type NoticeDocument, type NoticeLanguage, type NoticeSection, type Sentence } from "../document";
import { safeHref } from "../inline";
import { strings } from "../lang";
import type { NoticeLinks } from "../public-paths";
import { PAGE_STRINGS } from "./page-strings";
import { noticeStylesheet } from "./page-style";

/** HTML-escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

const idAttr = (id: string) => escapeHtml(`s-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`);

/**
 * A citation such as "6(1)(b)" is one word to a reader, but a browser may wrap it between
 * its brackets in a narrow table column. A word joiner (U+2060, invisible, not read aloud)
 * before each short bracketed part that follows a digit or a bracket keeps it on one line.
 */
const keepCitationsWhole = (html: string) => html.replace(/([\d)])\((?=[\p{L}\d]{1,3}\))/gu, "$1\u2060(");

function inline(part: Inline): string {
  if ("href" in part && safeHref(part.href)) return `<a href="${escapeHtml(part.href.trim())}">${escapeHtml(part.text)}</a>`;
  return keepCitationsWhole(escapeHtml(part.text));
}

const sentenceHtml = (sentence: Sentence) => sentence.parts.map(inline).join("");

/**
 * A table cell is narrow: a browser would break "cookie-tabellen" after its hyphen. A word
 * joiner after a hyphen inside a word keeps the word on one line there (cells wrap between
 * words only); in running text the break at a hyphen is welcome and stays.
 */
const cellHtml = (sentence: Sentence) =>
  sentence.parts.map((part) => ("href" in part && safeHref(part.href) ? inline(part) : inline(part).replace(/(?<=[\p{L}\d]-)(?=[\p{L}\d])/gu, "\u2060"))).join("");
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
    // data-label: on a narrow screen each row is a card and each cell shows its column's name.
    `<tbody>\n${block.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellHtml(cell)}</th>` : `<td data-label="${escapeHtml(block.columns[i] ?? "")}">${cellHtml(cell)}</td>`)).join("")}</tr>`).join("\n")}\n</tbody>`,
    `</table></div>`,
  ].join("\n");
}

/** `after`: what closes a top-level section (the page's link back to the contents). */
function sectionHtml(section: NoticeSection, level: number, after = ""): string {
  const h = Math.min(level, 6);
  return [
    `<section id="${idAttr(section.id)}">`,
    `<h${h}>${escapeHtml(section.heading)}</h${h}>`,
    ...section.blocks.map(blockHtml),
    ...section.sections.map((child) => sectionHtml(child, level + 1)),
    ...(after ? [after] : []),
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

/** The company's own look on its public pages: both optional, set on the company profile. */
type NoticeBranding = {
  /** #rrggbb, at least 4.5:1 against white (checked when saved). */
  accentColour: string | null;
  /** The app's own URL of the company's logo (never another site's). */
  logoSrc: string | null;
};

export type HtmlOptions =
  /** The public page: company header, language switch with hreflang alternates, contents, archive and format links. */
  | { mode: "page"; links: NoticeLinks; branding?: NoticeBranding }
  /** For iframes: the notice only, no page chrome. */
  | { mode: "embed"; branding?: NoticeBranding };

/** The header of every public page: the company's logo and name, and a few links. */
type Masthead = { companyName: string; logoSrc: string | null; navLabel: string; nav: string[] };

function mastheadHtml(m: Masthead): string {
  // The logo sits beside the name it depicts: decorative for a screen reader (alt="").
  const logo = m.logoSrc && m.logoSrc.startsWith("/") ? `<img src="${escapeHtml(m.logoSrc)}" alt="" height="40">` : "";
  return [
    `<header class="masthead"><div class="bar">`,
    `<p class="brand">${logo}<span>${escapeHtml(m.companyName)}</span></p>`,
    `<nav aria-label="${escapeHtml(m.navLabel)}"><ul>`,
    ...m.nav.map((item) => `<li>${item}</li>`),
    `</ul></nav>`,
    `</div></header>`,
  ].join("\n");
}

function page(language: NoticeLanguage, title: string, head: string, body: string, accentColour: string | null): string {
  return [
    `<!doctype html>`,
    `<html lang="${language}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${escapeHtml(title)}</title>`,
    head,
    `<style>${noticeStylesheet(accentColour)}</style>`,
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

const link = (href: string, text: string, attrs = "") => `<a href="${escapeHtml(href)}"${attrs}>${escapeHtml(text)}</a>`;

/**
 * A complete standalone HTML document: inline style (print stylesheet included), no
 * scripts, nothing from another site (the typeface and the logo come from the app), every
 * register string escaped. Deterministic: the same document and options give the same
 * bytes, so a published version is rendered once and served as stored.
 */
export function renderNoticeHtml(document: NoticeDocument, options: HtmlOptions): string {
  const s = strings(document.language);
  const accent = options.branding?.accentColour ?? null;
  if (options.mode === "embed") return page(document.language, document.title, "", `<main class="page" id="notice">\n${renderNoticeBodyHtml(document)}\n</main>`, accent);
  const { links } = options;
  const p = PAGE_STRINGS[document.language];
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
  // On a phone the contents are far behind after a few sections: each top-level section
  // ends with a way back (hidden where the contents stay in view beside the text).
  const back = `<p class="to-contents"><a href="#contents">↑ ${escapeHtml(p.backToContents)}</a></p>`;
  const body = [
    `<a class="skip" href="#notice">${escapeHtml(s.chrome.skip)}</a>`,
    mastheadHtml({
      companyName: document.company.name,
      logoSrc: options.branding?.logoSrc ?? null,
      navLabel: `${s.chrome.otherLanguage} / ${s.chrome.versions}`,
      nav: [link(links.alternates[other], s.chrome.otherLanguage, ` hreflang="${other}" lang="${other}"`), link(links.versions, s.chrome.versions)],
    }),
    // Title, contents, text in reading order (a phone shows them one after the other); a
    // wide screen keeps the contents in a column beside the text.
    `<main class="page layout" id="notice">`,
    `<div class="intro">`,
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="version">${sentenceHtml(document.versionLine)}</p>`,
    `</div>`,
    // A phone gets the contents folded (a full screen of links before the text otherwise), opened
    // with a tap and no script; a wide screen gets the same list always open in its column. Only
    // one of the two is displayed, so a reader and a screen reader meet the list once.
    `<nav class="toc" id="contents" aria-label="${escapeHtml(s.chrome.contents)}">`,
    `<details class="toc-fold"><summary>${escapeHtml(s.chrome.contents)}</summary><ol>`,
    toc,
    `</ol></details>`,
    `<div class="toc-column"><p class="toc-title">${escapeHtml(s.chrome.contents)}</p><ol>`,
    toc,
    `</ol></div>`,
    `</nav>`,
    `<div class="text">`,
    ...document.sections.map((section) => sectionHtml(section, 2, back)),
    `</div>`,
    `</main>`,
    `<footer><div class="bar">`,
    `<nav aria-label="${escapeHtml(s.chrome.formats)}"><ul>`,
    `<li>${link(links.versions, s.chrome.versions)}</li>`,
    `<li>${link(links.formats.markdown, "Markdown")}</li>`,
    `<li>${link(links.formats.text, document.language === "nb" ? "Ren tekst" : "Plain text")}</li>`,
    `<li>${link(links.formats.json, "JSON")}</li>`,
    `</ul></nav>`,
    `</div></footer>`,
  ].join("\n");
  return page(document.language, document.title, head, body, accent);
}

/** The company header of a small page (archive, diff); none on a page about no company (not found). */
export type PlainPageChrome = { companyName: string; branding?: NoticeBranding; navLabel: string; nav: { href: string; text: string; lang?: NoticeLanguage }[] };

/** A small standalone page in the notice's style (archive list, diff, not found). */
export function renderPlainPage(language: NoticeLanguage, title: string, bodyHtml: string, options: { head?: string; chrome?: PlainPageChrome } = {}): string {
  const { chrome } = options;
  const header = chrome
    ? mastheadHtml({
        companyName: chrome.companyName,
        logoSrc: chrome.branding?.logoSrc ?? null,
        navLabel: chrome.navLabel,
        nav: chrome.nav.map((item) => link(item.href, item.text, item.lang ? ` hreflang="${item.lang}" lang="${item.lang}"` : "")),
      })
    : "";
  const body = [header, `<div class="page">`, bodyHtml, `</div>`].filter(Boolean).join("\n");
  return page(language, title, options.head ?? "", body, chrome?.branding?.accentColour ?? null);
}
