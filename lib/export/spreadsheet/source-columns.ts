import { enumLabel as label, yesNo } from "@/lib/register/vocabulary";
import type { DocumentActivity } from "../json/format";
import { aligned, byKey, headings, flat, parts, readBool, readEnum, inSheet, fromSheet, splitLines, splitParts, type Column } from "./columns";

/** Between the data categories one source supplies, in one line of the source columns. */
const SOURCE_DATA_SEPARATOR = "; ";

/** The activity's i-th source as read so far; a line beyond the kinds column's is a source from the person. */
function sourceAt(d: DocumentActivity, i: number): DocumentActivity["sources"][number] {
  while (d.sources.length <= i) d.sources.push({ kind: "DATA_SUBJECT_DIRECT", name: {}, isPublic: null, dataCategories: [] });
  return d.sources[i] as DocumentActivity["sources"][number];
}

/** The sources of the data (Art. 13/14; 14(2)(f)) and the special categories people volunteer (layout.ts places them). */
export const SOURCE_COLUMNS: Column[] = [
  // The sources, one line each in the same order in the three columns (several sources: issue 10).
  {
    id: "source",
    header: headings("source"),
    sheets: ["controller"],
    write: (a, { lang }) => aligned(a.sources.map((s) => label("CollectionSource", s.kind, lang))),
    read: (cell, d, ctx) => {
      const kinds = splitLines(cell.trim()).map((line) => readEnum(ctx, "CollectionSource", line) ?? "DATA_SUBJECT_DIRECT");
      if (kinds.length) d.sources = kinds.map((kind) => ({ kind, name: {}, isPublic: null, dataCategories: [] }));
    },
  },
  {
    id: "sourceName",
    header: headings("sourceName"),
    sheets: ["controller"],
    write: (a, { lang }) => aligned(a.sources.map((s) => parts(inSheet(s.name, lang), s.isPublic === null ? "" : yesNo(s.isPublic, lang)))),
    read: (cell, d, ctx) => {
      splitLines(cell.replace(/\s+$/, "")).forEach((line, i) => {
        const [n, isPublic] = splitParts(line);
        const source = sourceAt(d, i);
        source.name = fromSheet(n, ctx);
        source.isPublic = readBool(ctx, isPublic);
      });
    },
  },
  {
    id: "sourceData",
    header: headings("sourceData"),
    sheets: ["controller"],
    // With one source it supplies everything, and the cell stays empty.
    write: (a, { doc, lang }) =>
      a.sources.length <= 1
        ? ""
        : // In the order of the activity's own data categories column.
          aligned(a.sources.map((s) => a.dataCategories.filter((k) => s.dataCategories.includes(k)).map((k) => byKey(doc.catalogs.dataCategories, k)).map((c) => flat(c ? (lang === "nb" ? c.labelNb : c.labelEn) : "")).join(SOURCE_DATA_SEPARATOR))),
    read: (cell, d, ctx) => {
      splitLines(cell.replace(/\s+$/, "")).forEach((line, i) => {
        const keys = line.split(SOURCE_DATA_SEPARATOR.trim()).map((text) => text.trim()).filter(Boolean).map((text) => ctx.catalogs.dataCategory(text).key);
        // A category named only here is the activity's too: a source supplies the activity's data.
        for (const key of keys) if (!d.dataCategories.includes(key)) d.dataCategories.push(key);
        sourceAt(d, i).dataCategories = [...new Set(keys)];
      });
    },
  },
  {
    id: "volunteered",
    header: headings("volunteered"),
    sheets: ["controller"],
    write: (a, { lang }) => (a.volunteeredSpecialCategories ? parts(yesNo(true, lang), a.volunteeredHandling ? label("VolunteeredHandling", a.volunteeredHandling, lang) : "") : ""),
    read: (cell, d, ctx) => {
      const [volunteered, handling] = splitParts(cell.trim());
      d.volunteeredSpecialCategories = readBool(ctx, volunteered) ?? false;
      d.volunteeredHandling = readEnum(ctx, "VolunteeredHandling", handling);
    },
  },
];
