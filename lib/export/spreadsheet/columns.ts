import { legalReferenceForExport, textForExport, type ExportLanguage } from "../labels";
import { LANGUAGES } from "@/lib/register/languages";
import { booleanFromLabel, enumFromLabel, enumLabel as label, VOCABULARY, yesNo, type EnumName, type SpreadsheetColumnId } from "@/lib/register/vocabulary";
import { inLanguage, parseLegalReference, type LegalReference, type LocalizedText } from "@/lib/register/localized-text";
import type { DocumentActivity, DocumentCatalogs, RegisterDocument } from "../json/format";
import type { CatalogBuilder } from "./catalog-builder";

/**
 * What a column of the spreadsheet layout is (layout.ts lists them): its header, the
 * record sheets it appears on, and how it writes an activity into a cell and reads one
 * back; and the cell conventions every column shares. Several values in one cell go on
 * separate lines; the parts of one value are separated by " | ".
 */
export type RecordSheet = "controller" | "processor";

type Draft = DocumentActivity;

export const PART = " | ";

/** One value's text in a cell: no line breaks and no part separator inside it. */
export function flat(text: string | null | undefined): string {
  return (text ?? "").replace(/\r?\n/g, " ").replace(/\s\|\s/g, " / ").trim();
}
export const parts = (...values: (string | null | undefined)[]) => {
  const list = values.map(flat);
  while (list.length > 1 && list[list.length - 1] === "") list.pop();
  return list.join(PART);
};
/** Lines aligned with another column: keeps inner empty lines, drops trailing ones. */
export const aligned = (values: string[]) => values.join("\n").replace(/\n+$/, "");
export const lines = (values: string[]) => values.filter((v) => v !== "").join("\n");

type WriteContext = { doc: RegisterDocument; lang: ExportLanguage };

export type ReadContext = {
  catalogs: CatalogBuilder;
  /** The sheet's language (its headers'): the language its texts are read into. */
  lang: ExportLanguage;
  issue: (code: string, values?: Record<string, string | number>) => void;
  countryCodes: ReadonlySet<string>;
};

/** A column's heading in every language, from the vocabulary (issue 9: one vocabulary, read back in any language). */
type Headings = Record<ExportLanguage, string>;

export type Column = {
  id: SpreadsheetColumnId;
  header: Headings;
  sheets: RecordSheet[];
  /** Written for the reader, ignored on import (e.g. the rights, which follow from the bases). */
  derived?: boolean;
  write: (activity: Draft, ctx: WriteContext) => string;
  read?: (cell: string, draft: Draft, ctx: ReadContext) => void;
};

export const byKey = <T extends { key: string }>(list: T[], key: string) => list.find((item) => item.key === key);
/** The headings of a column in every language of the vocabulary. */
export const headings = (id: SpreadsheetColumnId): Headings => Object.fromEntries(LANGUAGES.map((lang) => [lang, VOCABULARY[lang].spreadsheet.columns[id]])) as Headings;
export const splitLines = (cell: string) => (cell === "" ? [] : cell.split(/\r?\n/).map((line) => line.trim()));
export const splitParts = (line: string) => line.split("|").map((part) => part.trim());
export const orNull = (text: string | undefined) => (text === undefined || text === "" ? null : text);
/**
 * A sheet is written in one language: each text in that language only — never the other
 * language's text. A text written only in another language says so in the sheet's language
 * ("[not yet written in English]"), so its line stays in place (a purpose's line is what its
 * basis and interest are aligned with) and the DPO sees where to write. Read back into the
 * same language; that placeholder, in any language, reads as no text.
 */
export const inSheet = (value: LocalizedText, lang: ExportLanguage) => textForExport(value, lang);
export const refInSheet = (value: LegalReference, lang: ExportLanguage) => legalReferenceForExport(value, lang);
const written = (text: string | undefined) => {
  const value = orNull(text?.trim());
  return value !== null && LANGUAGES.some((lang) => VOCABULARY[lang].words.notWrittenYet === value) ? null : value;
};
export const fromSheet = (text: string | undefined, ctx: ReadContext): LocalizedText => inLanguage(written(text), ctx.lang);
export const refFromSheet = (text: string | undefined, ctx: ReadContext): LegalReference => parseLegalReference(written(text), ctx.lang);

export function readEnum<K extends EnumName>(ctx: ReadContext, enumName: K, text: string | undefined) {
  if (text === undefined || text.trim() === "") return null;
  const value = enumFromLabel(enumName, text);
  if (value === null) ctx.issue("unknownValue", { value: text });
  return value;
}
export function readBool(ctx: ReadContext, text: string | undefined): boolean | null {
  if (text === undefined || text.trim() === "") return null;
  const value = booleanFromLabel(text);
  if (value === null) ctx.issue("notYesNo", { value: text });
  return value;
}
export function readCountry(ctx: ReadContext, text: string | undefined): string | null {
  if (text === undefined || text.trim() === "") return null;
  const code = text.trim().toUpperCase();
  if (!ctx.countryCodes.has(code)) {
    ctx.issue("unknownCountry", { value: text.trim() });
    return null;
  }
  return code;
}
export function readDate(ctx: ReadContext, text: string | undefined): string | null {
  if (text === undefined || text.trim() === "") return null;
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    ctx.issue("badDate", { value });
    return null;
  }
  return value;
}

export function recipientLine(r: DocumentCatalogs["recipients"][number], lang: ExportLanguage) {
  return parts(r.name, label("RecipientKind", r.kind, lang), r.countryCode);
}

export function readRecipientLines(cell: string, draft: Draft, ctx: ReadContext, withAuthorisation: boolean) {
  for (const line of splitLines(cell).filter(Boolean)) {
    const [name = "", kindText, countryText, authorisationText, flowDownText] = splitParts(line);
    if (name === "") continue;
    const kind = readEnum(ctx, "RecipientKind", kindText) ?? (withAuthorisation ? "PROCESSOR" : "CONTROLLER");
    const { key } = ctx.catalogs.recipient(name, kind, readCountry(ctx, countryText));
    if (draft.recipients.some((r) => r.recipient === key)) continue;
    draft.recipients.push({
      recipient: key,
      subProcessorAuthorisation: withAuthorisation ? readEnum(ctx, "SubProcessorAuthorisation", authorisationText) : null,
      flowDownContract: withAuthorisation ? readBool(ctx, flowDownText) : null,
    });
  }
}

/** `recipient | country | sub-processor | sub-processor on the DPF List (Yes or empty)`. */
export function transferLines(a: Draft, doc: RegisterDocument, lang: ExportLanguage): string[] {
  return a.transfers.map((t) => {
    const r = byKey(doc.catalogs.recipients, t.recipient);
    const sub = t.subProcessor && r ? byKey(r.subProcessors, t.subProcessor) : undefined;
    return parts(r?.name ?? "", t.countryCode, sub?.name ?? "", sub?.dpfCertified ? yesNo(true, lang) : "");
  });
}

type TextField = { [K in keyof Draft]: Draft[K] extends string | null ? K : never }[keyof Draft];
type LocalizedField = { [K in keyof Draft]: Draft[K] extends LocalizedText ? (Draft[K] extends LegalReference ? never : K) : never }[keyof Draft];

/** Headers of earlier exports that were reworded, so that a file exported before still imports. */
const FORMER_HEADERS: Record<string, string[]> = {
  art10Authority: ["Authority for criminal offence data (Art. 10)", "Hjemmel for straffeopplysninger (art. 10)"],
};

/**
 * The language a heading of ours is in, given which of the column's headings it matches:
 * null when it is the heading of several languages ("Status") or of none (the column's id).
 */
export function headingLanguage(column: Column, matches: (heading: string) => boolean): ExportLanguage | null {
  const languages = LANGUAGES.filter((lang) => matches(column.header[lang]));
  const [only] = languages;
  return languages.length === 1 && only !== undefined && LANGUAGES.every((lang) => lang === only || column.header[lang] !== column.header[only]) ? only : null;
}

/** Every header a column is read back by: its header in each language, its id, and its former headers. */
export function headerNames(column: Column): string[] {
  return [...LANGUAGES.map((lang) => column.header[lang]), column.id, ...(FORMER_HEADERS[column.id] ?? [])];
}

/** A text per language: the cell holds the sheet's language. */
export const localizedText = (id: LocalizedField & SpreadsheetColumnId, header: Headings, sheets: RecordSheet[]): Column => ({
  id,
  header,
  sheets,
  write: (a, { lang }) => flat(inSheet(a[id] as LocalizedText, lang)),
  read: (cell, d, ctx) => {
    (d as Record<string, unknown>)[id] = fromSheet(cell, ctx);
  },
});

export const simpleText = (id: TextField & SpreadsheetColumnId, header: Headings, sheets: RecordSheet[]): Column => ({
  id,
  header,
  sheets,
  write: (a) => {
    const value = a[id];
    return typeof value === "string" ? value : "";
  },
  read: (cell, d) => {
    (d as Record<string, unknown>)[id] = orNull(cell.trim());
  },
});

export const enumColumn = <K extends EnumName>(
  id: SpreadsheetColumnId,
  header: Headings,
  sheets: RecordSheet[],
  enumName: K,
  get: (a: Draft) => string | null,
  set: (d: Draft, value: string | null) => void,
): Column => ({
  id,
  header,
  sheets,
  write: (a, { lang }) => {
    const value = get(a);
    return value === null ? "" : label(enumName, value as never, lang);
  },
  read: (cell, d, ctx) => set(d, readEnum(ctx, enumName, cell) as string | null),
});

/** Purposes and their per-purpose columns: line n of each belongs to purpose n. */
export const purposeColumn = (
  id: SpreadsheetColumnId,
  header: Headings,
  write: (p: Draft["purposes"][number], lang: ExportLanguage) => string,
  read: (text: string, p: Draft["purposes"][number], ctx: ReadContext) => void,
): Column => ({
  id,
  header,
  sheets: ["controller"],
  write: (a, { lang }) => aligned(a.purposes.map((p) => write(p, lang))),
  read: (cell, d, ctx) => {
    const values = splitLines(cell);
    values.forEach((text, i) => {
      const p = d.purposes[i];
      if (!p) {
        if (text !== "") ctx.issue("moreLinesThanPurposes");
        return;
      }
      read(text, p, ctx);
    });
  },
});
