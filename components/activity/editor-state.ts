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
  if ("message" in errors && typeof (errors as { message?: unknown }).message === "string") return [prefix];
  return Object.entries(errors as Record<string, unknown>).flatMap(([key, value]) => (key === "ref" ? [] : errorPaths(value, prefix ? `${prefix}.${key}` : key)));
}

/** Options of a select from an enumeration's values and their labels. */
export const enumOptions = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));
