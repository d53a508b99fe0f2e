/**
 * The public notice page's look: one inline stylesheet, the same bytes for every company
 * except the accent colour. Nothing is fetched from anyone else: the typeface is Inter
 * from @fontsource-variable/inter, served by the app itself under /fonts (app/fonts).
 */

/** The app's own URLs of the typeface files (app/fonts/[file]/route.ts serves exactly these). */
export const NOTICE_FONT_FILES: readonly string[] = ["inter-latin-wght-normal.woff2", "inter-latin-ext-wght-normal.woff2"];

// Unicode ranges as @fontsource-variable/inter declares them, so a page in plain Latin
// (English, bokmål: æ ø å are in Latin-1) loads only the first, smaller file.
const FONT_FACES = `
@font-face{font-family:"Inter Variable";font-style:normal;font-display:swap;font-weight:100 900;src:url(/fonts/inter-latin-ext-wght-normal.woff2) format("woff2-variations");unicode-range:U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF}
@font-face{font-family:"Inter Variable";font-style:normal;font-display:swap;font-weight:100 900;src:url(/fonts/inter-latin-wght-normal.woff2) format("woff2-variations");unicode-range:U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD}
`.trim();

/** The accent when the company has chosen none: 8.1:1 against white. */
const DEFAULT_ACCENT = "#1d4f91";

const HEX_COLOUR = /^#[0-9a-f]{6}$/;

/**
 * The page's stylesheet with the company's accent colour. The colour was checked when it was
 * saved (lib/company/branding.ts); anything that is not a plain #rrggbb here still falls back
 * to the default, because it ends up inside a <style> element.
 */
export function noticeStylesheet(accentColour: string | null = null): string {
  const accent = accentColour && HEX_COLOUR.test(accentColour) ? accentColour : DEFAULT_ACCENT;
  return `${FONT_FACES}\n:root{--accent:${accent}}\n${NOTICE_CSS}`;
}

// Contrast on white: text #1b1f24 (16:1), muted #4b5563 (7.6:1), links and accents the
// company's colour (at least 4.5:1, checked when it is saved) — WCAG 2.2 AA.
// Tables never break inside a word: cells, headings included, wrap between words only (a heading
// kept on one line pushed the first layer's last column out of sight); a table wider than the
// column scrolls sideways on a wide screen and becomes one card per row on a narrow one.
const NOTICE_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1b1f24;font-family:"Inter Variable",Inter,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1.0625rem;line-height:1.65;font-feature-settings:"cv11","ss01";text-rendering:optimizeLegibility}
a{color:var(--accent);text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:.18em}
a:hover{text-decoration-thickness:2px}
a:focus-visible,summary:focus-visible,.table:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem .75rem;z-index:2}
.masthead{border-top:5px solid var(--accent);border-bottom:1px solid #e3e6ea;background:#fff}
.masthead .bar,.page,footer .bar{max-width:72rem;margin:0 auto;padding-left:1.25rem;padding-right:1.25rem}
.masthead .bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:.9rem;padding-bottom:.9rem}
.brand{display:flex;align-items:center;gap:.75rem;margin:0;font-size:1.125rem;font-weight:650;letter-spacing:-.01em;color:#1b1f24}
.brand img{display:block;height:2.5rem;width:auto;max-width:12rem;object-fit:contain}
.masthead ul,footer ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.9375rem}
.masthead a,footer a{display:inline-block;padding:.35rem 0}
.page{padding-top:2rem;padding-bottom:3rem}
.intro,.text,main:not(.layout){max-width:44rem;min-width:0}
h1,h2,h3,h4,h5,h6{color:#111418;line-height:1.25;letter-spacing:-.015em;font-weight:650}
h1{font-size:clamp(1.75rem,1.3rem + 2vw,2.5rem);margin:0 0 .5rem;letter-spacing:-.025em;font-weight:700}
h2{font-size:1.5rem;margin:3rem 0 .75rem;scroll-margin-top:1rem}
h2::before{content:"";display:block;width:2.5rem;height:3px;background:var(--accent);margin-bottom:.9rem}
h3{font-size:1.1875rem;margin:2rem 0 .5rem}
h4,h5,h6{font-size:1.0625rem;margin:1.5rem 0 .4rem}
section{scroll-margin-top:1rem}
p,ul,ol{margin:.75rem 0}
li{margin:.3rem 0}
ul{padding-left:1.25rem}
.version{color:#4b5563;margin:0 0 1.5rem;font-size:.9375rem}
.toc{font-size:.9375rem}
.toc details{border:1px solid #e3e6ea;border-radius:.5rem;background:#f8f9fa}
.toc-column{display:none}
.toc-title{margin:0;padding:0 0 .5rem;font-size:.8125rem;font-weight:650;text-transform:uppercase;letter-spacing:.06em;color:#4b5563}
.toc summary{cursor:pointer;font-weight:650;padding:.75rem 1rem;min-height:2.75rem}
.toc ol{list-style:none;margin:0;padding:0 .5rem .5rem;counter-reset:toc}
.toc li{margin:0}
.toc a{display:flex;gap:.4rem;padding:.55rem .5rem;min-height:2.75rem;text-decoration:none;color:#1b1f24;border-radius:.25rem;line-height:1.35}
.toc a::before{counter-increment:toc;content:counter(toc) ".";flex:none;min-width:1.5em;text-align:right;color:var(--accent);font-variant-numeric:tabular-nums;font-weight:600}
.toc a:hover{background:#eef1f4;text-decoration:underline}
.to-contents{display:none;margin:1.5rem 0 0;font-size:.9375rem}
.table{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.9375rem;line-height:1.45}
caption{text-align:left;font-weight:650;padding:0 0 .5rem}
th,td{border-bottom:1px solid #e3e6ea;padding:.55rem .75rem .55rem 0;text-align:left;vertical-align:top;overflow-wrap:normal;word-break:normal;hyphens:manual}
thead th{border-bottom:2px solid #c9ced6;font-size:.8125rem;font-weight:650;color:#374151}
tbody th{font-weight:600}
td a{overflow-wrap:anywhere}
ins{background:#dff3e4;text-decoration:underline}
del{background:#fbe3e3}
footer{border-top:1px solid #e3e6ea;color:#4b5563;font-size:.9375rem}
footer .bar{padding-top:1rem;padding-bottom:2rem}
.compare{display:flex;flex-wrap:wrap;align-items:end;gap:.75rem 1rem;margin:1.5rem 0;padding:1rem;border:1px solid #e3e6ea;border-radius:.5rem;background:#f8f9fa}
.compare h2{margin:0;width:100%;font-size:1.0625rem}
.compare h2::before{display:none}
.compare label{display:flex;flex-direction:column;font-size:.875rem;font-weight:600;gap:.25rem}
.compare select,.compare button{font:inherit;font-size:1rem;min-height:2.75rem;padding:.4rem .6rem;border:1px solid #8a929c;border-radius:.375rem;background:#fff;color:#1b1f24}
.compare button{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600;padding:.4rem 1rem;cursor:pointer}
@media (min-width:64rem){
 .layout{display:grid;grid-template-columns:16rem minmax(0,44rem);grid-template-rows:auto 1fr;column-gap:3.5rem;align-items:start}
 .intro,.text{grid-column:2}
 .toc{grid-column:1;grid-row:1 / span 2;position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow-y:auto;padding-top:.5rem}
 .toc-fold{display:none}
 .toc-column{display:block}
 .toc ol{padding:0}
 .toc a{min-height:0;padding:.35rem .5rem .35rem 0}
}
@media (max-width:63.99rem){
 .toc{margin:0 0 1.5rem}
 .to-contents{display:block}
}
@media (max-width:40rem){
 body{font-size:1rem}
 .page{padding-top:1.25rem}
 h2{font-size:1.3125rem;margin-top:2.5rem}
 .table{overflow:visible}
 table,thead,tbody,tr,th,td,caption{display:block;width:auto}
 caption{padding-bottom:.75rem}
 thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
 tbody tr{border:1px solid #dfe3e8;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 .75rem;background:#fff}
 tbody th,tbody td{border:0;padding:.2rem 0}
 tbody th{font-size:1rem;padding-bottom:.4rem}
 tbody td{padding:.3rem 0}
 tbody td::before{content:attr(data-label);display:block;font-size:.8125rem;font-weight:600;color:#4b5563}
}
@media print{
 .masthead nav,footer,.toc,.skip,.to-contents,.compare{display:none}
 .masthead{border:0}
 body{font-size:11pt;color:#000}
 .page,.masthead .bar{max-width:none;padding:0}
 .layout{display:block}
 .intro,.text{max-width:none}
 h2::before{display:none}
 a{color:#000}
 a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
 section{break-inside:auto}
 h2,h3,h4{break-after:avoid}
 table{font-size:9pt}
}
`.trim();
