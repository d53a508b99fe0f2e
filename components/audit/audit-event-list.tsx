import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { diffFields } from "@/lib/register/diff-fields";
import { readableChanges, type Words } from "@/lib/register/readable-changes";
import { recordNameOf } from "@/lib/server/audit-log";

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

/** Long values are cut so a pasted document does not flood the log. */
function cut(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Where a record of the log is edited, when it still has a page of its own. */
function recordHref(companyId: string, event: AuditEventRow): string | null {
  const base = `/companies/${companyId}`;
  if (event.entityType === "ProcessingActivity") return `${base}/activities/${event.entityId}/history`;
  if (event.entityType === "Company") return `${base}/profile`;
  if (event.entityType === "Membership" || event.entityType === "Invitation") return `${base}/members`;
  if (event.entityType === "NoticeVersion") return `${base}/notice`;
  return null;
}

/** Audit events with who, when, what, and each changed field as the editor labels and shows it. */
export async function AuditEventList({ events, words, companyId }: { events: AuditEventRow[]; words: Words & { language: "en" | "nb" }; companyId: string }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const known = (group: "actions" | "entities", key: string) => (t.has(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  return (
    <ol className="space-y-3" data-testid="audit-events">
      {events.map((event) => {
        const changes = readableChanges(event.entityType, diffFields(event.before ?? null, event.after ?? null), words);
        const name = recordNameOf(event, words.language);
        const href = recordHref(companyId, event);
        return (
          <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="audit-event">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
              <time dateTime={event.at} className="font-medium tabular-nums">
                {format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span>{event.actor ? `${event.actor.name} (${event.actor.email})` : t("system")}</span>
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold">{known("actions", event.action)}</span>
              <span className="text-slate-700">
                {known("entities", event.entityType)}
                {name ? (
                  <>
                    {": "}
                    {href ? (
                      <Link href={href} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                        {name}
                      </Link>
                    ) : (
                      <span className="font-medium">{name}</span>
                    )}
                  </>
                ) : null}
              </span>
            </div>
            {changes.length === 0 ? (
              <p className="mt-2 text-xs text-slate-600">{t("noFieldChanges")}</p>
            ) : (
              <details className="mt-2" open={changes.length <= 6}>
                <summary className="cursor-pointer text-sm text-brand-800">
                  {t("changes")}: {t("showChanges", { count: changes.length })}
                </summary>
                <ChangeTable changes={changes} labels={{ field: t("field"), before: t("before"), after: t("after") }} />
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Field, before and after, one row per changed field. */
export function ChangeTable({ changes, labels }: { changes: { field: string; before: string; after: string }[]; labels: { field: string; before: string; after: string } }) {
  return (
    <table className="mt-2 w-full table-fixed text-left text-sm">
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="w-1/4 py-1 pr-2 font-medium">{labels.field}</th>
          <th scope="col" className="py-1 pr-2 font-medium">{labels.before}</th>
          <th scope="col" className="py-1 font-medium">{labels.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => (
          <tr key={`${c.field}-${i}`} className="border-t border-slate-100 align-top">
            <th scope="row" className="py-1 pr-2 font-medium break-words">{c.field}</th>
            <td className="py-1 pr-2 break-words whitespace-pre-line text-red-900">{cut(c.before)}</td>
            <td className="py-1 break-words whitespace-pre-line text-emerald-900">{cut(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
