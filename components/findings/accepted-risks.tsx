import { getTranslations } from "next-intl/server";
import { osloDate } from "@/lib/register/dates";
import type { AcceptedFinding } from "@/lib/register/risk-acceptance";
import type { FindingView } from "@/lib/server/findings";
import { WithdrawAcceptance } from "./accept-risk";

/**
 * The warnings the company accepted and that still hold: the finding, the justification,
 * who accepted it and until when. Each returns to the open list when it expires, when what
 * it is about changes, or when it is withdrawn here.
 */
export async function AcceptedRisks({ accepted, locale, withdrawFor }: { accepted: AcceptedFinding<FindingView>[]; locale: "en" | "nb"; withdrawFor?: string }) {
  if (accepted.length === 0) return null;
  const t = await getTranslations("riskAcceptance");
  const tf = await getTranslations("findings");
  return (
    <section aria-labelledby="accepted-risks-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="accepted-risks-title" className="font-semibold">
        {t("acceptedTitle")} ({accepted.length})
      </h2>
      <p className="text-xs text-slate-600">{t("acceptedIntro")}</p>
      <ul className="divide-y divide-slate-100">
        {accepted.map((f) => {
          const { acceptance } = f;
          const date = osloDate(new Date(acceptance.acceptedAt));
          return (
            <li key={acceptance.id} className="flex flex-wrap items-start gap-3 py-2 text-sm" data-accepted-rule={f.ruleId}>
              <div className="min-w-0 flex-1 space-y-1">
                <p>
                  {f.subjectName ? <span className="font-medium">{f.subjectName}: </span> : null}
                  {f.message[locale]}
                </p>
                <p className="text-xs text-slate-600">
                  {tf("rule")} {f.ruleId} · {tf("article")}: {f.article}
                </p>
                <blockquote className="border-l-2 border-slate-300 pl-2 italic">{acceptance.justification}</blockquote>
                <p className="text-xs text-slate-600">
                  {acceptance.acceptedByName
                    ? t("acceptedBy", { name: acceptance.acceptedByName, date, until: acceptance.expiresOn })
                    : t("acceptedByUnknown", { date, until: acceptance.expiresOn })}
                </p>
              </div>
              {withdrawFor ? <WithdrawAcceptance companyId={withdrawFor} acceptanceId={acceptance.id} ruleId={f.ruleId} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
