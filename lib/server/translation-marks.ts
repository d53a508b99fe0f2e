import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { subjectKey } from "@/lib/register/finding-links";
import { languageOfStored, storedLanguage, type Language } from "@/lib/register/languages";
import { marksAfterChange, type TranslationMark } from "@/lib/register/translation";
import type { Translatable } from "@/lib/register/translatables";
import type { DbClient } from "./db";

type Tx = Prisma.TransactionClient;

/** Every translation mark of the company (docs/decisions/017-translations-remember-their-source.md). */
export async function readTranslationMarks(client: DbClient, companyId: string): Promise<TranslationMark[]> {
  const rows = await client.translationMark.findMany({ where: { companyId }, select: { subjectKey: true, field: true, language: true, sourceSha256: true } });
  return rows.map((row) => ({ subjectKey: row.subjectKey, field: row.field, language: languageOfStored(row.language), sourceSha256: row.sourceSha256 }));
}

/**
 * Stores what a change of texts means for their translations (lib/register/translation.ts
 * marksAfterChange), in the writer's transaction: every writer of a text calls it — the
 * activity editor, the catalog forms and the translation view — so a translation written
 * anywhere counts, and a source changed anywhere shows its translations as changed.
 * `known`: the company's primary language and the marks of every subject of `after`, when
 * the writer read them already in its transaction (the activity save does, beside the activity).
 */
export async function recordTextChanges(
  tx: Tx,
  companyId: string,
  texts: (primary: Language) => { before: readonly Translatable[]; after: readonly Translatable[] },
  written?: ReadonlySet<string>,
  known?: { primary: Language; existing: readonly TranslationMark[] },
): Promise<void> {
  const stored = known ? null : await tx.company.findUnique({ where: { id: companyId }, select: { primaryLanguage: true } });
  const primary = known?.primary ?? (stored ? languageOfStored(stored.primaryLanguage) : null);
  if (!primary) return;
  const { before, after } = texts(primary);
  if (after.length === 0) return;
  const subjectKeys = [...new Set(after.map((item) => subjectKey(item)))];
  const existing =
    known?.existing ??
    (await tx.translationMark.findMany({ where: { companyId, subjectKey: { in: subjectKeys } }, select: { subjectKey: true, field: true, language: true, sourceSha256: true } })).map((row) => ({
      ...row,
      language: languageOfStored(row.language),
    }));
  const marks = marksAfterChange(before, after, primary, existing, written);
  const now = new Date();
  for (const mark of marks) {
    const id = { companyId, subjectKey: mark.subjectKey, field: mark.field, language: storedLanguage(mark.language) };
    await tx.translationMark.upsert({
      where: { companyId_subjectKey_field_language: id },
      create: { ...id, sourceSha256: mark.sourceSha256, writtenAt: now },
      update: { sourceSha256: mark.sourceSha256, writtenAt: now },
    });
  }
}
