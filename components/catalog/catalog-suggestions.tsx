"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useEnumLabel } from "@/components/ui/use-enum-label";
import type { SuggestionKind } from "@/lib/register/suggestions";
import { entryName, type CatalogRow } from "./catalog-section";

type Decision = "accept" | "dismiss";

/**
 * The default catalog's entries the DPO has not decided on yet (ADR 018), above the
 * catalogs: each accepted or dismissed on its own, or all at once after a confirmation.
 * Nothing here is linked, published, exported or checked until it is accepted.
 */
export function CatalogSuggestions({
  companyId,
  suggestions,
  readOnly,
  locale,
}: {
  companyId: string;
  suggestions: { kind: SuggestionKind; rows: CatalogRow[] }[];
  readOnly: boolean;
  locale: "en" | "nb";
}) {
  const t = useTranslations("suggestions");
  const tk = useTranslations("catalogs");
  const enumLabel = useEnumLabel();
  const router = useRouter();
  const [confirmingAll, setConfirmingAll] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const count = suggestions.reduce((sum, group) => sum + group.rows.length, 0);

  const label = (kind: SuggestionKind, row: CatalogRow) => {
    const name = entryName(kind, row, locale);
    return kind === "security-measures" ? `${enumLabel("SecurityMeasureKind", String(row.kind))}: ${name}` : name;
  };

  async function decide(decision: Decision, target?: { kind: SuggestionKind; row: CatalogRow }) {
    setBusy(true);
    setConfirmingAll(null);
    const result = await submitJson(`/api/companies/${companyId}/catalog-suggestions`, "POST", {
      decision,
      ...(target ? { kind: target.kind, id: target.row.id } : {}),
    }, z.object({ decided: z.number() }));
    setBusy(false);
    if (!result.ok) return setStatus({ tone: "error", text: result.message || t("failed") });
    const text = target
      ? t(decision === "accept" ? "accepted" : "dismissed", { label: label(target.kind, target.row) })
      : t(decision === "accept" ? "acceptedAll" : "dismissedAll", { count: result.data.decided });
    setStatus({ tone: "success", text });
    router.refresh();
  }

  if (count === 0) return status ? <Alert tone={status.tone}>{status.text}</Alert> : null;
  return (
    <section id="suggestions" aria-labelledby="suggestions-heading" className="scroll-mt-4">
      <Card className="space-y-4 border-amber-300 bg-amber-50/40">
        <div className="space-y-1">
          <h2 id="suggestions-heading" className="text-lg font-semibold">
            {t("heading")}
          </h2>
          <p className="text-sm text-slate-700">{t("intro")}</p>
          <p className="text-sm font-medium">{t("count", { count })}</p>
        </div>
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
        {readOnly ? null : confirmingAll ? (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t(confirmingAll === "accept" ? "acceptAll" : "dismissAll")}>
            <p className="text-sm">{t(confirmingAll === "accept" ? "confirmAcceptAll" : "confirmDismissAll", { count })}</p>
            <Button size="sm" variant={confirmingAll === "accept" ? "primary" : "danger"} disabled={busy} onClick={() => void decide(confirmingAll)}>
              {t(confirmingAll === "accept" ? "acceptAll" : "dismissAll")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirmingAll(null)}>
              {tk("no")}
            </Button>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => setConfirmingAll("accept")}>
              {t("acceptAll")}
            </Button>
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => setConfirmingAll("dismiss")}>
              {t("dismissAll")}
            </Button>
          </div>
        )}
        {suggestions
          .filter((group) => group.rows.length > 0)
          .map(({ kind, rows }) => (
            <div key={kind} className="space-y-2">
              <h3 id={`suggested-${kind}`} className="font-medium">
                {t("kindHeading", { kind: tk(`kinds.${kind}`).toLocaleLowerCase(locale) })}
              </h3>
              <ul aria-labelledby={`suggested-${kind}`} className="divide-y divide-amber-100 rounded-md border border-amber-200 bg-white">
                {rows.map((row) => {
                  const name = label(kind, row);
                  return (
                    <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                      <span>
                        {name}
                        {kind === "data-categories" && typeof row.descriptionEn === "string" ? (
                          <span className="block text-slate-600">{String(locale === "nb" ? row.descriptionNb : row.descriptionEn)}</span>
                        ) : null}
                      </span>
                      {readOnly ? null : (
                        <span className="flex gap-2">
                          <Button size="sm" variant="secondary" disabled={busy} aria-label={t("acceptOne", { label: name })} onClick={() => void decide("accept", { kind, row })}>
                            {t("accept")}
                          </Button>
                          <Button size="sm" variant="ghost" disabled={busy} aria-label={t("dismissOne", { label: name })} onClick={() => void decide("dismiss", { kind, row })}>
                            {t("dismiss")}
                          </Button>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
      </Card>
    </section>
  );
}
