"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import { diffFields } from "@/lib/register/diff-fields";

/** "" and null mean the same in the form (an empty field); compare them as one. */
function normalise(value: unknown): unknown {
  if (value === "" || value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Someone saved the activity while this user was editing: both versions side
 * by side, only the fields that differ, and two ways out that lose nothing —
 * put my values on top of the newer version (then save), or take the saved one.
 */
export function ConflictView({
  mine,
  theirs,
  onKeepMine,
  onDiscard,
}: {
  mine: ActivityFormValues;
  theirs: Record<string, unknown>;
  onKeepMine: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("activities");
  const { id: _id, status: _status, updatedAt: _updatedAt, createdAt: _createdAt, ...saved } = theirs;
  const { status: _myStatus, ...own } = mine;
  const changes = diffFields(normalise(saved), normalise(own));
  return (
    <section aria-labelledby="conflict-title" className="space-y-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-semibold">
        {t("conflictTitle")}
      </h2>
      <p className="text-sm">{t("conflictText")}</p>
      <table className="w-full table-fixed border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="w-1/4 border-b border-amber-300 p-1">
              {t("conflictField")}
            </th>
            <th scope="col" className="border-b border-amber-300 p-1">
              {t("conflictMine")}
            </th>
            <th scope="col" className="border-b border-amber-300 p-1">
              {t("conflictTheirs")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path} className="bg-amber-100 align-top">
              <th scope="row" className="break-words p-1 text-left font-mono text-xs">
                {change.path}
              </th>
              <td className="break-words p-1">{show(change.after, t("empty_value"))}</td>
              <td className="break-words p-1">{show(change.before, t("empty_value"))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>{t("conflictKeepMine")}</Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t("conflictDiscard")}
        </Button>
      </div>
    </section>
  );
}
