import { getFormatter, getTranslations } from "next-intl/server";
import { diffFields } from "@/lib/register/diff-fields";

export type AuditEventRow = {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actor: { name: string; email: string } | null;
};

/** A stored value as one line of text; long values are cut so a pasted document does not flood the log. */
function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Audit events with who, when, what, and the field-level differences between before and after. */
export async function AuditEventList({ events }: { events: AuditEventRow[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const known = (group: "actions" | "entities", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  return (
    <ol className="space-y-3">
      {events.map((event) => {
        const changes = diffFields(event.before ?? null, event.after ?? null);
        return (
          <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
              <time dateTime={event.at} className="font-medium tabular-nums">
                {format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span>{event.actor ? `${event.actor.name} (${event.actor.email})` : t("system")}</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">{known("actions", event.action)}</span>
              <span className="text-slate-700">
                {known("entities", event.entityType)} <span className="font-mono text-xs text-slate-500">{event.entityId}</span>
              </span>
            </div>
            {changes.length === 0 ? (
              <p className="mt-2 text-xs text-slate-600">{t("noFieldChanges")}</p>
            ) : (
              <details className="mt-2" open={changes.length <= 6}>
                <summary className="cursor-pointer text-sm text-brand-800">
                  {t("changes")}: {t("showChanges", { count: changes.length })}
                </summary>
                <table className="mt-2 w-full table-fixed text-left text-xs">
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="w-1/4 py-1 pr-2 font-medium">{t("field")}</th>
                      <th scope="col" className="py-1 pr-2 font-medium">{t("before")}</th>
                      <th scope="col" className="py-1 font-medium">{t("after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.path} className="border-t border-slate-100 align-top">
                        <th scope="row" className="py-1 pr-2 font-mono font-normal break-all">{c.path}</th>
                        <td className="py-1 pr-2 break-words text-red-900">{show(c.before)}</td>
                        <td className="py-1 break-words text-emerald-900">{show(c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
