import type { Inline } from "./document";

export type Piece = string | Inline | Inline[];

/** A link, only for addresses from fields meant to hold one. Anything else stays text. */
function link(text: string, href: string): Inline {
  return safeHref(href) ? { text, href } : { text };
}

/** http(s) and mailto only: a register field can never smuggle in javascript: or data: URLs. */
export function safeHref(href: string): boolean {
  return /^(https?:\/\/[^\s<>"']+|mailto:[^\s<>"':/]+@[^\s<>"'/]+)$/i.test(href.trim());
}

/** An e-mail address as a mailto link (when it looks like one), else plain text. */
export function emailLink(address: string): Inline {
  const trimmed = address.trim();
  return /^[^\s@<>"'():;,]+@[^\s@<>"'():;,/]+\.[^\s@<>"'():;,/]+$/.test(trimmed) ? link(trimmed, `mailto:${trimmed}`) : { text: trimmed };
}

/** A web address as a link when it is http(s); bare "www.x.no" gets https://. */
/** Whether the text is a web address a reader can follow (not a document's title or an internal reference). */
export function isWebAddress(text: string): boolean {
  return /^(https?:\/\/|www\.)[^\s<>"']+$/i.test(text.trim());
}

export function webLink(address: string): Inline {
  const trimmed = address.trim();
  if (/^https?:\/\//i.test(trimmed)) return link(trimmed.replace(/^https?:\/\//i, "").replace(/\/$/, ""), trimmed);
  if (/^www\.[^\s<>"']+$/i.test(trimmed)) return link(trimmed, `https://${trimmed}`);
  return { text: trimmed };
}

/** A field that may hold an e-mail address, a web address or a sentence: link what is an address. */
export function addressOrText(value: string): Inline {
  const trimmed = value.trim();
  const mail = emailLink(trimmed);
  if ("href" in mail) return mail;
  return webLink(trimmed);
}

/** Joins pieces into runs, merging adjacent text so renderers see clean runs. */
function runs(pieces: Piece[]): Inline[] {
  const out: Inline[] = [];
  const push = (inline: Inline) => {
    if (inline.text === "") return;
    const last = out[out.length - 1];
    if (last && !("href" in last) && !("href" in inline)) out[out.length - 1] = { text: last.text + inline.text };
    else out.push(inline);
  };
  for (const piece of pieces) {
    if (typeof piece === "string") push({ text: piece });
    else if (Array.isArray(piece)) piece.forEach(push);
    else push(piece);
  }
  return out;
}

/** Tagged template: p`We are ${name}, contact ${emailLink(x)}.` → runs. */
export function p(strings: TemplateStringsArray, ...values: Piece[]): Inline[] {
  const pieces: Piece[] = [];
  strings.forEach((s, i) => {
    pieces.push(s);
    const value = values[i];
    if (value !== undefined) pieces.push(value);
  });
  return runs(pieces);
}

/**
 * "a, b and c" with the language's conjunction; runs kept as runs. English: where an item has
 * the conjunction in it ("Name and address"), a comma comes before the last one too, so the
 * list does not read as one more item. Norwegian sets no comma before «og»/«eller» in a list,
 * whatever the items hold (Språkrådet's comma rules; Norwegian has no serial comma), so the
 * bokmål notice passes `serialComma: "never"`.
 */
export function joinList(items: Piece[], conjunction: string, serialComma: "where-ambiguous" | "never" = "where-ambiguous"): Inline[] {
  const textOf = (item: Piece): string => (typeof item === "string" ? item : Array.isArray(item) ? item.map(textOf).join("") : (item.text ?? ""));
  const inside = serialComma === "where-ambiguous" && items.length > 2 && items.some((item) => new RegExp(`\\s${conjunction}\\s`).test(textOf(item)));
  const pieces: Piece[] = [];
  items.forEach((item, i) => {
    if (i > 0) pieces.push(i === items.length - 1 ? `${inside ? "," : ""} ${conjunction} ` : ", ");
    pieces.push(item);
  });
  return runs(pieces);
}

/** Free text from the register as one sentence: trimmed, whitespace folded, capitalised, ending in a full stop. */
export function asSentence(text: string): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded === "") return "";
  // A text written to follow a colon in the editor («uten navn … kan vi ikke …») stands alone here.
  const opened = folded.charAt(0).toLocaleUpperCase() + folded.slice(1);
  return /[.!?…]$/.test(opened) ? opened : `${opened}.`;
}

/** Free text placed inside a sentence: folded, without its own final full stop. */
export function inner(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[.]+$/, "");
}

/**
 * Names joined into one phrase. Names that hold the conjunction or a comma themselves
 * ("Invoicing and accounting", «Nettstedene våre, statistikk og annonser») are set off by
 * semicolons, or "A, B and C and D" would not say where one ends.
 */
export function joinNames(names: string[], conjunction: string): Inline[] {
  const inner = new RegExp(`,|\\s${conjunction}\\s`);
  return names.length > 1 && names.some((name) => inner.test(name)) ? [{ text: names.join("; ") }] : joinList(names, conjunction);
}
