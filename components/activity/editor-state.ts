import { nullsToEmpty, type ActivityFormValues } from "@/lib/register/activity-schema";
import type { SavedActivityJson } from "./editor-types";

/** A saved (or new, empty) activity as the form's values: null shown as "", only the fields the form edits. */
export function formValuesOf(activity: SavedActivityJson | Omit<ActivityFormValues, "status">): ActivityFormValues {
  const { id: _id, status, version, updatedAt: _u, createdAt: _c, ...rest } = activity as Record<string, unknown>;
  return { ...(nullsToEmpty(rest) as ActivityFormValues), status: status === "ACTIVE" ? "ACTIVE" : "DRAFT", version: typeof version === "number" ? version : undefined };
}

/**
 * The user's changes on top of a newer saved version: every top-level field the
 * user changed since loading comes from "mine", everything else from "theirs"
 * (so a colleague's edit of another field is kept).
 */
export function mergeMyChanges(base: ActivityFormValues, mine: ActivityFormValues, theirs: ActivityFormValues): ActivityFormValues {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
  const merged: Record<string, unknown> = { ...theirs };
  for (const [key, value] of Object.entries(mine)) {
    if (!same(value, (base as Record<string, unknown>)[key])) merged[key] = value;
  }
  return merged as ActivityFormValues;
}

/** The paths of the fields with errors, for the summary above the form (some may sit in a closed section). */
export function errorPaths(errors: unknown, prefix = ""): string[] {
  if (!errors || typeof errors !== "object") return [];
  if ("message" in errors && typeof errors.message === "string") return [prefix];
  return Object.entries(errors).flatMap(([key, value]) => (key === "ref" ? [] : errorPaths(value, prefix ? `${prefix}.${key}` : key)));
}

/** Options of a select from an enumeration's values and their labels. */
export const enumOptions = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));

/** An empty input holds "", the schema and a field's setValueAs hold null: the same "nothing". */
function isNothing(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Do the form's values say the same as the saved ones? "" and null (and a missing key) are
 * the same nothing: react-hook-form's own dirty flag counts a blurred empty field (null) as a
 * change from the loaded "" and kept "Unsaved changes" after a successful save.
 */
export function sameFormValues(a: unknown, b: unknown): boolean {
  if (isNothing(a) && isNothing(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameFormValues(item, b[index]));
  }
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameFormValues(Reflect.get(a, key), Reflect.get(b, key)));
  }
  return a === b;
}
