import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { subjectKey } from "@/lib/register/finding-links";
import { findingIdentity } from "@/lib/register/risk-acceptance";
import type { FindingView } from "@/lib/server/findings";
import { cn } from "@/lib/utils";
import { AcceptRisk } from "./accept-risk";

/** A small label for a finding's severity, in words and colour (never colour alone). */
async function SeverityBadge({ severity }: { severity: "error" | "warning" }) {
  const t = await getTranslations("findings");
  return (
    <span
      className={cn(
        "inline-block rounded px-2 py-0.5 text-xs font-semibold",
        severity === "error" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900",
      )}
    >
      {t(`severity.${severity}`)}
    </span>
  );
}

/**
 * Findings grouped by what they are about (the company, each activity, each
 * catalog entry), each with its rule, legal source, message in the reader's
 * language and a link to the field that fixes it.
 */
export async function FindingsList({
  findings,
  locale,
  acceptFor,
}: {
  findings: FindingView[];
  locale: "en" | "nb";
  /** The company whose warnings the caller may accept (never errors); absent: read only. */
  acceptFor?: string;
}) {
  const t = await getTranslations("findings");
  const groups = new Map<string, FindingView[]>();
  for (const f of findings) {
    const key = subjectKey(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  // The company profile first, then activities and catalog entries by name.
  const ordered = [...groups.entries()].sort(([a, fa], [b, fb]) => {
    if (a === "company") return -1;
    if (b === "company") return 1;
    return (fa[0]?.subjectName ?? a).localeCompare(fb[0]?.subjectName ?? b, locale);
  });
  const heading = (f: FindingView) => {
    const name = f.subjectName ?? t("unknownSubject");
    switch (f.subject.kind) {
      case "company":
        return t("company");
      case "notice":
        return t("notice");
      default:
        return t(f.subject.kind, { name });
    }
  };
  return (
    <div className="space-y-6">
      {ordered.map(([key, items]) => {
        const first = items[0];
        if (!first) return null;
        const errors = items.filter((f) => f.severity === "error").length;
        return (
          <section key={key} aria-labelledby={`group-${key}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id={`group-${key}`} className="font-semibold">
              {heading(first)}
            </h2>
            <p className="mb-2 text-xs text-slate-600">{t("count", { errors, warnings: items.length - errors })}</p>
            <ul className="divide-y divide-slate-100">
              {items.map((f, i) => (
                <li key={`${f.ruleId}-${f.field}-${i}`} className="flex flex-wrap items-start gap-3 py-2" data-rule={f.ruleId}>
                  <SeverityBadge severity={f.severity} />
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="text-sm">{f.message[locale]}</p>
                    <p className="text-xs text-slate-600">
                      {t("rule")} {f.ruleId} · {t("article")}: {f.article}
                    </p>
                  </div>
                  <Link href={f.href} className="text-sm text-brand-800 underline" aria-label={t("fixLabel", { rule: f.ruleId })}>
                    {t("fix")}
                  </Link>
                  {acceptFor && f.severity === "warning" ? <AcceptableWarning finding={f} companyId={acceptFor} /> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** A warning the DPO may accept: only findings with an identity (not the notice's) can be. */
function AcceptableWarning({ finding, companyId }: { finding: FindingView; companyId: string }) {
  const identity = findingIdentity(finding, companyId);
  return identity ? <AcceptRisk companyId={companyId} identity={identity} /> : null;
}
