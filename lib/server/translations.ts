import "server-only";
import type { z } from "zod";
import { refreshCompanyFindings } from "./stored-findings";
import { AppError } from "@/lib/errors";
import { readTranslationXlsx, translationColumn, translationXlsx, type TranslationFileIssue } from "@/lib/export/translation-xlsx";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { savedActivityOf } from "@/lib/register/activity-values";
import { CATALOG_SCHEMAS, type CatalogKind } from "@/lib/register/catalog-schemas";
import { companyProfileSchema } from "@/lib/register/company-profile";
import type { FindingSubject } from "@/lib/register/checks/types";
import { cookieDurationFromJson } from "@/lib/register/cookie-duration";
import { findingHref, subjectKey } from "@/lib/register/finding-links";
import type { Language } from "@/lib/register/languages";
import { translatablesByKey, textKeyString, translationWork, writtenKey, type TranslationRow } from "@/lib/register/translation";
import type { TranslationEdit } from "@/lib/register/translation-schema";
import type { Translatable } from "@/lib/register/translatables";
import { issueMessage, type MessageRef } from "@/lib/validation/messages";
import type { CompanyAccess } from "./access";
import { updateActivityWithin } from "./activities";
import { readCatalogEntry, updateCatalogEntryWithin } from "./catalogs";
import { readCompanyProfileWithin, updateCompanyProfileWithin } from "./companies";
import { db } from "./db";
import { readRegisterSnapshot } from "./register/snapshot";
import { readTranslationMarks } from "./translation-marks";

type TranslationRowView = TranslationRow & { href: string };

/**
 * The translation view (issue 9): every text of the register missing in a notice language,
 * or changed in its source language since it was translated, with the link to its field.
 */
export async function getTranslationWork(access: CompanyAccess, language?: Language) {
  const companyId = access.company.id;
  const [snapshot, marks] = await Promise.all([readRegisterSnapshot(db(), companyId), readTranslationMarks(db(), companyId)]);
  const rows: TranslationRowView[] = translationWork(snapshot, marks, language).map((row) => ({ ...row, href: findingHref(companyId, { subject: row.subject, field: row.path }) }));
  return { rows, noticeLanguages: snapshot.company.noticeLanguages, primaryLanguage: snapshot.company.primaryLanguage };
}

/** A refused edit: its index in the list sent and the message key (the forms' own). */
export type TranslationIssue = { index: number; message: MessageRef };

class DryRunDone extends Error {}

/** Objects and arrays: what a form's values nest. */
function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** Writes `text` at a dotted path ("purposes.0.description.nb", "descriptionNb") of a form's values. */
function setPath(target: object, path: string, text: string): void {
  const parts = path.split(".");
  const last = parts.pop() ?? "";
  let node = target;
  for (const part of parts) {
    const existing: unknown = Reflect.get(node, part);
    const next = isContainer(existing) ? existing : {};
    if (next !== existing) Reflect.set(node, part, next);
    node = next;
  }
  Reflect.set(node, last, text);
}

function catalogKindOf(subject: FindingSubject): CatalogKind | null {
  if (subject.kind === "recipient") return "recipients";
  if (subject.kind === "cookie") return "cookies";
  if (subject.kind === "catalog") return subject.catalog;
  return null;
}

type Edit = { index: number; edit: TranslationEdit; item: Translatable };

/**
 * Writes translations, all or nothing, through the same writers and schemas as the editor
 * and the catalog forms (so a translation is held to the same rules, audited and versioned
 * like any save), and marks each written language as translated from its source as it is now.
 * `dryRun` does everything and rolls back: the report is the real one.
 */
export async function saveTranslations(access: CompanyAccess, edits: readonly TranslationEdit[], options: { dryRun?: boolean } = {}): Promise<{ ok: boolean; written: number; issues: TranslationIssue[] }> {
  const companyId = access.company.id;
  const issues: TranslationIssue[] = [];
  let written = 0;
  try {
    await db().$transaction(
      async (tx) => {
        // One translation save of the company at a time, each reading what the one before wrote:
        // the view saves row by row, and two rows of one activity or of the profile saved in quick
        // succession would otherwise both write over the version they read (a 409 for the second).
        await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`translations:${companyId}`}, 0))`;
        const snapshot = await readRegisterSnapshot(tx, companyId);
        const items = translatablesByKey(snapshot);
        const groups = new Map<string, Edit[]>();
        edits.forEach((edit, index) => {
          const item = items.get(textKeyString(edit));
          if (!item) return issues.push({ index, message: { key: "translations.unknownText" } });
          const key = subjectKey(item);
          groups.set(key, [...(groups.get(key) ?? []), { index, edit, item }]);
        });
        for (const group of groups.values()) {
          const first = group[0];
          if (!first) continue;
          const done = new Set(group.map(({ edit, item }) => writtenKey({ subjectKey: subjectKey(item), field: item.field }, edit.language)));
          const subject = first.item.subject;
          if (subject.kind === "activity") {
            const activity = snapshot.activities.find((a) => a.id === subject.activityId);
            if (!activity) throw new AppError("NOT_FOUND");
            const values = structuredClone(savedActivityOf(activity));
            for (const { edit, item } of group) setPath(values, item.pathIn(edit.language), edit.text);
            const parsed = activityInputSchema.safeParse(values);
            if (!parsed.success) {
              issues.push(...issuesOf(group, parsed.error.issues));
              continue;
            }
            await updateActivityWithin(tx, access, activity.id, parsed.data, done);
          } else if (subject.kind === "company") {
            const values = structuredClone(await readCompanyProfileWithin(tx, access));
            for (const { edit, item } of group) setPath(values, item.pathIn(edit.language), edit.text);
            const parsed = companyProfileSchema.safeParse(values);
            if (!parsed.success) {
              issues.push(...issuesOf(group, parsed.error.issues));
              continue;
            }
            await updateCompanyProfileWithin(tx, access, parsed.data, done);
          } else {
            const kind = catalogKindOf(subject);
            const id = subject.kind === "recipient" ? subject.recipientId : subject.kind === "cookie" ? subject.cookieId : subject.kind === "catalog" ? subject.entryId : null;
            if (!kind || !id) throw new AppError("NOT_FOUND");
            const entry = await readCatalogEntry(tx, kind, companyId, id);
            if (!entry) throw new AppError("NOT_FOUND");
            const values = structuredClone("duration" in entry ? { ...entry, duration: cookieDurationFromJson(entry.duration) } : entry);
            // A sub-processor's text is addressed by its place in the snapshot, which lists them by id.
            if ("subProcessors" in values) values.subProcessors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
            for (const { edit, item } of group) setPath(values, item.pathIn(edit.language), edit.text);
            const parsed = CATALOG_SCHEMAS[kind].create.safeParse(values);
            if (!parsed.success) {
              issues.push(...issuesOf(group, parsed.error.issues));
              continue;
            }
            await updateCatalogEntryWithin(tx, access, kind, id, entry.version, parsed.data, done);
          }
          written += group.length;
        }
        if (issues.length > 0 || options.dryRun) throw new DryRunDone();
        await refreshCompanyFindings(tx, companyId);
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  issues.sort((a, b) => a.index - b.index);
  return { ok: issues.length === 0, written: issues.length === 0 ? written : 0, issues };
}

/** A schema's refusal at the edit whose path it names; a refusal elsewhere in the form goes to the group's first edit. */
function issuesOf(group: Edit[], found: readonly z.core.$ZodIssue[]): TranslationIssue[] {
  return found.map((issue) => {
    const path = issue.path.map(String).join(".");
    const match = group.find(({ edit, item }) => {
      const target = item.pathIn(edit.language);
      return path === target || target.startsWith(`${path}.`) || path.startsWith(`${target}.`);
    });
    return { index: (match ?? group[0])?.index ?? 0, message: issueMessage(issue) };
  });
}

/** The translation list of `language` (or of every notice language) as a workbook for a translator. */
export async function exportTranslations(access: CompanyAccess, uiLanguage: Language, language?: Language): Promise<Buffer> {
  const { rows } = await getTranslationWork(access, language);
  return translationXlsx(rows, uiLanguage);
}

/**
 * A translator's workbook brought back: checked line by line (line, column, message) and then
 * written all or nothing; `dryRun` only checks, with the very writes rolled back.
 */
export async function importTranslations(access: CompanyAccess, data: Buffer, uiLanguage: Language, options: { dryRun: boolean }) {
  const file = await readTranslationXlsx(data);
  if (file.issues.length > 0) return { ok: false, dryRun: options.dryRun, written: 0, issues: file.issues };
  if (file.edits.length === 0) return { ok: false, dryRun: options.dryRun, written: 0, issues: [{ line: null, column: translationColumn(uiLanguage), message: { key: "translations.fileProblem.nothing" } }] };
  const result = await saveTranslations(access, file.edits, options);
  const issues: TranslationFileIssue[] = result.issues.map((issue) => ({ line: file.edits[issue.index]?.line ?? null, column: translationColumn(uiLanguage), message: issue.message }));
  return { ok: result.ok, dryRun: options.dryRun, written: result.ok ? file.edits.length : 0, issues };
}
