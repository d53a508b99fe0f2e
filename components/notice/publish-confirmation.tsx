"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { GoingLive } from "@/lib/server/notice/versions";

type Props = { open: boolean; nextNumber: number; changeSummary: string; goingLive: GoingLive[]; lookChanged: boolean; firstPublication: boolean; publishing: boolean; onConfirm: () => void; onCancel: () => void };

/**
 * The last look before a version goes live (it cannot be taken back, ADR 008): per language,
 * the public address and which sections change, whether the look changes (ADR 024), and the
 * summary the archive will show.
 */
export function PublishConfirmation({ open, nextNumber, changeSummary, goingLive, lookChanged, firstPublication, publishing, onConfirm, onCancel }: Props) {
  // A modal <dialog>: focus moves into it, the page behind is inert, Escape cancels.
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const t = useTranslations("noticePage");
  const tn = useTranslations("notice");
  const status = { added: tn("added"), removed: tn("removed"), changed: tn("changed") };
  return (
    <dialog
      ref={ref}
      aria-labelledby="publish-confirm-title"
      onCancel={onCancel}
      className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="max-h-[80vh] space-y-4 overflow-y-auto p-5">
        <h2 id="publish-confirm-title" className="text-lg font-semibold">
          {t("confirmTitle", { number: nextNumber })}
        </h2>
        <p className="text-sm text-slate-700">{t("confirmIntro")}</p>
        <p className="text-sm">
          <span className="font-medium">{t("changeSummaryLabel")}:</span> {changeSummary}
        </p>
        {lookChanged && !firstPublication ? (
          <p className="text-sm" data-testid="publish-look-changed">
            {t("lookGoesLive")}
          </p>
        ) : null}
        {goingLive.map((live) => (
          <section key={live.language} aria-label={live.language === "nb" ? t("languageNb") : t("languageEn")} className="space-y-1 rounded-md border border-slate-200 p-3 text-sm">
            <h3 className="font-semibold">
              {live.language === "nb" ? t("languageNb") : t("languageEn")} · <span className="font-mono text-xs">{live.path}</span>
            </h3>
            <p className="font-medium" lang={live.language}>
              {live.title}
            </p>
            <p>{firstPublication ? t("firstPublication", { total: live.sectionCount }) : t("changedSections", { count: live.changed.length, total: live.sectionCount })}</p>
            {!firstPublication && live.changed.length > 0 ? (
              <ul className="list-disc pl-5" lang={live.language}>
                {live.changed.map((c) => (
                  <li key={c.id}>
                    {c.heading} <span className="text-slate-600">({status[c.status]})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel} disabled={publishing}>
            {t("cancel")}
          </Button>
          <Button onClick={onConfirm} disabled={publishing}>
            {publishing ? tn("publishing") : t("confirm")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
