"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { Finding } from "@/lib/register/checks/types";
import { findingIdentity } from "@/lib/register/risk-acceptance";
import { AcceptRisk } from "@/components/findings/accept-risk";

/** The saved activity's findings beside the form, each linking to the field that fixes it. */
export function FindingsPanel({
  companyId,
  activityId,
  findings,
  failed,
  locale,
  onAccepted,
}: {
  companyId: string;
  /** Absent for a new activity: the checks run over the saved register. */
  activityId: string | undefined;
  findings: readonly Finding[] | null;
  failed: boolean;
  locale: "en" | "nb";
  /** Present when the caller may accept warnings: reloads the findings after one is accepted. */
  onAccepted?: (() => void) | undefined;
}) {
  const t = useTranslations("activities");
  return (
    <aside aria-labelledby="findings-title" className="space-y-2 text-sm lg:sticky lg:top-4 lg:self-start">
      <h2 id="findings-title" className="text-lg font-semibold">
        {t("findings")}
      </h2>
      {activityId ? (
        <Link href={`/companies/${companyId}/activities/${activityId}/history`} className="text-brand-700 hover:underline">
          {t("history")}
        </Link>
      ) : (
        <p className="text-slate-600">{t("findingsAfterSave")}</p>
      )}
      {failed ? <p className="text-slate-600">{t("findingsUnavailable")}</p> : null}
      {activityId && findings && findings.length === 0 ? <p className="text-slate-600">{t("findingsNone")}</p> : null}
      <ul className="space-y-2" aria-label={t("findings")}>
        {(findings ?? []).map((finding, index) => (
          <li key={`${finding.ruleId}-${finding.field}-${index}`} className={finding.severity === "error" ? "border-l-4 border-red-600 pl-2" : "border-l-4 border-amber-500 pl-2"}>
            <a href={`#${finding.field}`} className="font-medium hover:underline">
              {finding.ruleId} · {t(`severity.${finding.severity}`)}
            </a>
            <p>{locale === "nb" ? finding.message.nb : finding.message.en}</p>
            {onAccepted && finding.severity === "warning" ? <AcceptableWarning companyId={companyId} finding={finding} onAccepted={onAccepted} /> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}

function AcceptableWarning({ companyId, finding, onAccepted }: { companyId: string; finding: Finding; onAccepted: () => void }) {
  const identity = findingIdentity(finding, companyId);
  return identity ? <AcceptRisk companyId={companyId} identity={identity} onAccepted={onAccepted} /> : null;
}
