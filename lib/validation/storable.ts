/**
 * What PostgreSQL cannot store, found in one place for every way data comes in: request
 * bodies, query strings and path segments (lib/server/route.ts) and every import format —
 * JSON, XLSX and CSV (lib/server/export/import-file.ts). Text pasted from PDF or Word often
 * carries U+0000, which PostgreSQL refuses in text and jsonb (SQLSTATE 22021, 22P05); a lone
 * UTF-16 surrogate cannot be encoded as UTF-8 at all; and every whole-number column is a
 * 32-bit `integer`, so a larger number fails the statement (22003).
 */
export const INTEGER_RANGE = { min: -2_147_483_648, max: 2_147_483_647 } as const;

export type UnstorableProblem = "nul" | "surrogate" | "integerRange";

export type Unstorable = { path: (string | number)[]; problem: UnstorableProblem };

/** Message keys (lib/i18n/messages/<locale>/storable.json), with the values they need. */
export const UNSTORABLE_MESSAGE: Record<UnstorableProblem, { key: string; values?: Record<string, string | number> }> = {
  nul: { key: "storable.nul" },
  surrogate: { key: "storable.surrogate" },
  integerRange: { key: "storable.integerRange", values: { min: INTEGER_RANGE.min, max: INTEGER_RANGE.max } },
};

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored, or null. */
export function unstorableText(text: string): UnstorableProblem | null {
  if (text.includes("\u0000")) return "nul";
  if (LONE_SURROGATE.test(text)) return "surrogate";
  return null;
}

/**
 * Every place in a parsed value (JSON body, import document, query) that PostgreSQL would
 * refuse: texts and object keys with NUL or a lone surrogate, and whole numbers outside the
 * `integer` range. (Fractions are left to the schemas: no column stores them as integers.)
 */
export function findUnstorable(value: unknown, path: (string | number)[] = []): Unstorable[] {
  if (typeof value === "string") {
    const problem = unstorableText(value);
    return problem ? [{ path, problem }] : [];
  }
  if (typeof value === "number") {
    return Number.isInteger(value) && (value < INTEGER_RANGE.min || value > INTEGER_RANGE.max) ? [{ path, problem: "integerRange" }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findUnstorable(item, [...path, index]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => {
      const keyProblem = unstorableText(key);
      return keyProblem ? [{ path: [...path, key], problem: keyProblem }] : findUnstorable(item, [...path, key]);
    });
  }
  return [];
}
