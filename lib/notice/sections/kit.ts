/**
 * What every part of the notice compiler shares: the context of one compilation and the small
 * helpers that turn register values into the notice's words in its language.
 */
import { type ActivitySnapshot, type PurposeSnapshot, type RegisterSnapshot, type SnapshotIndex } from "@/lib/register/snapshot";
import type * as E from "@/lib/register/enums";
import { type Inline, type NoticeBlock, type NoticeElement, type NoticeLanguage, type NoticeMetadata, type NoticeSection, type Sentence } from "../document";
import { type NoticeStrings } from "../lang";
import { legalReferenceIn, textIn, type LegalReference, type LocalizedText } from "@/lib/register/localized-text";


export type CompileOptions = NoticeMetadata & {
  /** The register as last published, to announce purposes added since (Art. 13(3) / 14(4); N17). */
  previous?: { version: number; snapshot: RegisterSnapshot } | null;
};

export const NON_EEA_MECHANISMS_NEEDING_COPY: ReadonlySet<E.TransferMechanism> = new Set([
  "SCC_2021_914", "SA_SCC", "BCR", "CODE_OF_CONDUCT", "CERTIFICATION", "PUBLIC_BODIES_INSTRUMENT", "AUTHORISED_CLAUSES", "ADMIN_ARRANGEMENT",
]);

export const sentence = (parts: Inline[], sources: string[]): Sentence => ({ parts, sources });
export const paragraph = (elements: NoticeElement[], sentences: Sentence[]): NoticeBlock => ({ kind: "paragraph", elements, sentences });
export const nonEmpty = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== "";

export type Ctx = { s: NoticeStrings; index: SnapshotIndex; snapshot: RegisterSnapshot; language: NoticeLanguage };

export function countryName(ctx: Ctx, code: string | null): string | null {
  if (!code) return null;
  const country = ctx.index.countries.get(code);
  if (!country) return code;
  return ctx.language === "nb" ? country.nameNb : country.nameEn;
}

/**
 * A catalog text kept as one column per language, in the notice's language only: a
 * missing translation is left out (LANG-001 reports it), never filled with the other language.
 */
export const pick = (ctx: Ctx, en: string | null, nb: string | null): string | null => {
  const value = ctx.language === "nb" ? nb : en;
  return nonEmpty(value) ? value.trim() : null;
};

/** The DPO's text in the notice's language, or null where it is not written in it (issue 9). */
export const tr = (ctx: Ctx, value: LocalizedText): string | null => textIn(value, ctx.language);
export const law = (ctx: Ctx, value: LegalReference): string | null => legalReferenceIn(value, ctx.language);

export function postalAddress(ctx: Ctx): string | null {
  const c = ctx.snapshot.company;
  const cityLine = [c.postalCode, c.postalCity].filter(nonEmpty).join(" ");
  const parts = [c.postalStreet, cityLine].filter(nonEmpty);
  if (parts.length === 0) return null;
  return [...parts, countryName(ctx, c.country.code)].filter(nonEmpty).join(", ");
}

export function visitingAddress(ctx: Ctx): string | null {
  const c = ctx.snapshot.company;
  const cityLine = [c.visitingPostalCode, c.visitingCity].filter(nonEmpty).join(" ");
  const parts = [c.visitingStreet, cityLine].filter(nonEmpty);
  return parts.length ? parts.join(", ") : null;
}

export function section(id: string, heading: string, elements: NoticeElement[], blocks: NoticeBlock[], sections: NoticeSection[] = []): NoticeSection {
  return { id, heading, elements, blocks: blocks.filter(blockHasContent), sections: sections.filter((x) => x.blocks.length > 0 || x.sections.length > 0) };
}

function blockHasContent(block: NoticeBlock): boolean {
  if (block.kind === "paragraph") return block.sentences.length > 0;
  if (block.kind === "list") return block.items.length > 0;
  return block.rows.length > 0;
}

// ── First layer: N01, N04, N05, N07, N10, N11, N12, N13, N18 ─────────────────
/**
 * The activity's heading: its notice title in this language, else its register name, which
 * is written in the company's primary language. A notice language other than the primary
 * one without its title is reported by LANG-001 and blocks publishing that language.
 */
export function activityTitle(ctx: Ctx, activity: ActivitySnapshot): string {
  return pick(ctx, activity.noticeTitleEn, activity.noticeTitleNb) ?? activity.name;
}

/**
 * How the detail sections name a purpose the table already states: a single-purpose
 * activity by its short title (the table's row says the rest), otherwise the purpose itself.
 */
export function purposeName(ctx: Ctx, row: PurposeRow): string {
  return row.activity.purposes.length === 1 ? activityTitle(ctx, row.activity) : row.label;
}

const sortedPurposes = (activity: ActivitySnapshot) => [...activity.purposes].sort((x, y) => x.sortOrder - y.sortOrder || (x.id < y.id ? -1 : 1));

/**
 * A purpose as the DPO wrote it, in whichever form ("To deliver your order", "For
 * invoicing", "Order delivery"; «Å levere», «For å levere», «Levering»): it is only ever
 * shown as a label, capitalised, never put after our own "to", so every form reads right.
 */
function asLabel(text: string): string {
  const folded = text.replace(/\s+/g, " ").trim().replace(/[.]+$/, "");
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}

/** The DPO's own notice text for a purpose (or, for a single-purpose activity, for the activity). */
function ownPurposeText(activity: ActivitySnapshot, purposeId: string, purposes: number, langCode: E.Locale) {
  const texts = activity.noticeTexts.filter((t) => t.language === langCode && nonEmpty(t.text));
  return texts.find((t) => t.purposeId === purposeId) ?? (purposes === 1 ? texts.find((t) => t.purposeId === null) : undefined);
}

/** One sentence of at most 20 words: short enough to stand in the table's purpose column. */
const isShort = (text: string) => text.trim().split(/\s+/).length <= 20 && !/[.!?]\s+\S/.test(text.trim());

export type PurposeRow = { activity: ActivitySnapshot; purpose: PurposeSnapshot; label: string; source: string };

/**
 * Each purpose in the notice's language: the DPO's own notice text for it (or, for a
 * single-purpose activity, for the activity) replaces the register's description.
 */
export function purposeRows(ctx: Ctx, activities: ActivitySnapshot[]): PurposeRow[] {
  const langCode: E.Locale = ctx.language === "nb" ? "NB" : "EN";
  return activities.flatMap((activity) => {
    const purposes = sortedPurposes(activity);
    return purposes.flatMap((purpose) => {
      const own = ownPurposeText(activity, purpose.id, purposes.length, langCode);
      const a = `activity:${activity.id}`;
      const description = tr(ctx, purpose.description);
      // The DPO's own short wording names the purpose; a longer text is shown beside the activity.
      if (own && (isShort(own.text) || !description)) return [{ activity, purpose, label: asLabel(own.text), source: `${a}.noticeTexts.${own.id}` }];
      return description ? [{ activity, purpose, label: asLabel(description), source: `${a}.purposes.${purpose.id}.description` }] : [];
    });
  });
}

export function categoriesOf(ctx: Ctx, activity: ActivitySnapshot) {
  return activity.dataCategoryIds.map((id) => ctx.index.dataCategories.get(id)).filter((x) => x !== undefined);
}

export const categoryLabel = (ctx: Ctx, c: { labelEn: string | null; labelNb: string | null }) => pick(ctx, c.labelEn, c.labelNb);

// ── N11–N13, N16, N18 ─────────────────────────────────────────────────────────
export function basesUsed(activities: ActivitySnapshot[]): Set<E.LawfulBasis> {
  return new Set(activities.flatMap((a) => a.purposes.map((p) => p.lawfulBasis)).filter((b): b is E.LawfulBasis => b !== null));
}
