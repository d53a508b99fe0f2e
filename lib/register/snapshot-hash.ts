import { createHash } from "node:crypto";

/**
 * JSON with object keys sorted at every level, so that the same register
 * always serialises to the same bytes whatever order the database returned.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item && typeof item === "object" && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return item;
  });
}

/** SHA-256 of the canonical JSON: the fingerprint printed on exports and stored with published notices. */
export function sha256Hex(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}
