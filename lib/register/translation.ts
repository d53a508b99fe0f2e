/**
 * The translation work of a register (issue 9): every text that is missing in one of the
 * company's notice languages, or whose primary-language wording changed since it was
 * translated. Pure: the translation marks (when each language of a text was last written,
 * as the fingerprint of the source it was written from) come from the database
 * (lib/server/translations.ts); docs/decisions/017-translations-remember-their-source.md says why
 * a fingerprint and not a timestamp.
 */
import { createHash } from "node:crypto";
import { subjectKey } from "./finding-links";
import { LANGUAGES, type Language } from "./languages";
import { textIn } from "./localized-text";
import type { RegisterSnapshot } from "./snapshot";
import { registerTranslatables, type Message, type Translatable } from "./translatables";
import type { FindingSubject } from "./checks/types";

/** A text's identity in the register: the subject it belongs to and its form path. */
export type TextKey = { subjectKey: string; field: string };

const textKeyOf = (item: Pick<Translatable, "subject" | "field">): TextKey => ({ subjectKey: subjectKey(item), field: item.field });
export const textKeyString = (key: TextKey) => `${key.subjectKey}|${key.field}`;

/** The fingerprint of a source text: SHA-256 of its trimmed wording ("" when it is not written). */
function sourceSha256(text: string | null): string {
  return createHash("sha256").update((text ?? "").trim(), "utf8").digest("hex");
}

export type TranslationMark = TextKey & { language: Language; sourceSha256: string };
const markKey = (key: TextKey, language: Language) => `${textKeyString(key)}|${language}`;

type TranslationStatus = "missing" | "changed";

export type TranslationRow = TextKey & {
  subject: FindingSubject;
  owner: Message;
  what: Message;
  /** The language to write. */
  language: Language;
  /** Where that language's value sits in the text's form (the path a link lands on). */
  path: string;
  status: TranslationStatus;
  /** The text to translate from: the primary language's, else the first language it is written in. */
  source: { language: Language; text: string };
  /** What is written in `language` now ("" when missing). */
  current: string;
  short: boolean;
  optional: boolean;
};

/** The language a text is translated from: the primary language if it is written there. */
function sourceOf(item: Translatable, primary: Language): { language: Language; text: string } | null {
  for (const language of [primary, ...LANGUAGES.filter((l) => l !== primary)]) {
    const text = textIn(item.value, language);
    if (text !== null) return { language, text };
  }
  return null;
}

/**
 * What a DPO has to translate, for every notice language (or only `language`): texts written
 * in some language and missing in a notice language, and translations whose source changed
 * since they were written (their mark's fingerprint is not the source's). A text without a
 * mark has not changed as far as anyone knows: texts written before marks existed.
 */
export function translationWork(snapshot: RegisterSnapshot, marks: readonly TranslationMark[], language?: Language): TranslationRow[] {
  const primary = snapshot.company.primaryLanguage;
  const wanted = snapshot.company.noticeLanguages.filter((l) => language === undefined || l === language);
  const byKey = new Map(marks.map((m) => [markKey(m, m.language), m.sourceSha256]));
  const rows: TranslationRow[] = [];
  for (const item of registerTranslatables(snapshot, "register")) {
    const source = sourceOf(item, primary);
    if (source === null) continue;
    const key = textKeyOf(item);
    for (const target of wanted) {
      if (target === source.language) continue;
      const current = textIn(item.value, target);
      const mark = byKey.get(markKey(key, target));
      const status: TranslationStatus | null = current === null ? "missing" : mark !== undefined && mark !== sourceSha256(source.text) ? "changed" : null;
      if (status === null) continue;
      rows.push({ ...key, subject: item.subject, owner: item.owner, what: item.what, language: target, path: item.pathIn(target), status, source, current: current ?? "", short: item.short, optional: item.optional === true });
    }
  }
  return rows;
}

/** Every text of the register by its key, for writing a translation to it. */
export function translatablesByKey(snapshot: RegisterSnapshot): Map<string, Translatable> {
  return new Map(registerTranslatables(snapshot, "register").map((item) => [textKeyString(textKeyOf(item)), item]));
}

/**
 * The marks to store after a change of the register from `before` to `after`:
 * - a language of a text that was written (changed, or named in `written`: the DPO wrote or
 *   confirmed it in the translation view) is a translation of the source as it is now;
 * - a language that has no mark yet, of a text whose source changed, was a translation of the
 *   source as it was, so the change shows (texts written before marks existed).
 * The source language's own value never gets a mark. `before` and `after` are the texts of
 * what changed (one activity, one catalog entry, or the whole register).
 */
export function marksAfterChange(
  before: readonly Translatable[],
  after: readonly Translatable[],
  primary: Language,
  existing: readonly TranslationMark[],
  written: ReadonlySet<string> = new Set(),
): TranslationMark[] {
  const had = new Set(existing.map((m) => markKey(m, m.language)));
  const old = new Map(before.map((item) => [textKeyString(textKeyOf(item)), item]));
  const marks: TranslationMark[] = [];
  for (const item of after) {
    const key = textKeyOf(item);
    const previous = old.get(textKeyString(key));
    const source = sourceOf(item, primary);
    if (source === null) continue;
    const previousSource = previous ? sourceOf(previous, primary) : null;
    for (const language of LANGUAGES) {
      if (language === source.language) continue;
      const text = textIn(item.value, language);
      if (text === null) continue;
      const changed = previous === undefined || textIn(previous.value, language) !== text;
      if (changed || written.has(markKey(key, language))) {
        marks.push({ ...key, language, sourceSha256: sourceSha256(source.text) });
      } else if (!had.has(markKey(key, language)) && previousSource !== null && previousSource.text !== source.text) {
        marks.push({ ...key, language, sourceSha256: sourceSha256(previousSource.text) });
      }
    }
  }
  return marks;
}

/** The key of a written language of a text, for `marksAfterChange(…, written)`. */
export const writtenKey = (key: TextKey, language: Language) => markKey(key, language);
