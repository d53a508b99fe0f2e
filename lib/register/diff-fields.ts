/**
 * Field-level differences between two versions of a record, as stored in
 * AuditEvent.before/after (Art. 5(2) accountability: who changed what).
 * Pure: used by the company audit log and the per-activity history.
 */

export type FieldChange = { path: string; before: unknown; after: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Fields that change on every write and say nothing to a reader of the history. */
const NOISE = new Set(["version", "updatedAt", "createdAt"]);

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A list whose items all carry an id is compared item by item, keyed by id (e.g. sub-processors, purposes). */
function byId(list: unknown[]): Map<string, unknown> | null {
  const map = new Map<string, unknown>();
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.id !== "string") return null;
    map.set(item.id, item);
  }
  return map;
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  const a = normalise(before);
  const b = normalise(after);
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (NOISE.has(key)) continue;
      // A field holding a group of values (a text in its languages, a legal reference) that
      // appears or disappears is shown value by value: the reader looks for the words.
      const [from, to] = [normalise(a[key]), normalise(b[key])];
      walk(from === null && isPlainObject(to) ? {} : from, to === null && isPlainObject(from) ? {} : to, path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const mapA = byId(a);
    const mapB = byId(b);
    if (mapA && mapB) {
      for (const id of [...new Set([...mapA.keys(), ...mapB.keys()])]) {
        walk(mapA.get(id) ?? null, mapB.get(id) ?? null, `${path}[${id}]`, out);
      }
      return;
    }
  }
  if (!equal(a, b)) out.push({ path, before: a, after: b });
}

/**
 * Lists the fields that differ between `before` and `after`, by dotted path
 * ("subProcessors[ck1].countryCode"). Nested objects are walked; lists of
 * objects with ids are matched by id; other lists are compared whole. A
 * created record (before null) lists every field of `after`; a deleted one
 * every field of `before`. Bookkeeping fields (version, timestamps) are left out.
 */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  const a = normalise(before);
  const b = normalise(after);
  // A whole record appearing or disappearing is shown field by field.
  if (a === null && isPlainObject(b)) walk({}, b, "", out);
  else if (b === null && isPlainObject(a)) walk(a, {}, "", out);
  else walk(a, b, "", out);
  return out.filter((change) => !(change.before === null && change.after === null));
}
