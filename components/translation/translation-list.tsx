"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson, unreadData } from "@/components/forms/submit-json";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** One text to translate, as the page hands it over (lib/server/translations.ts). */
export type TranslationItem = {
  subjectKey: string;
  field: string;
  language: "en" | "nb";
  status: "missing" | "changed";
  where: string;
  href: string;
  sourceLanguageName: string;
  targetLanguageName: string;
  source: string;
  current: string;
  short: boolean;
  optional: boolean;
};

/**
 * The translation list: each text beside its source, written and saved in place, so a DPO
 * can translate a whole register in one sitting. A saved text leaves the list (the page is
 * refreshed); saving an unchanged text whose source changed confirms that it still holds.
 */
export function TranslationList({ companyId, items, canEdit }: { companyId: string; items: TranslationItem[]; canEdit: boolean }) {
  return (
    <ol className="space-y-4">
      {items.map((item, i) => (
        <TranslationRow key={`${item.subjectKey}|${item.field}|${item.language}`} companyId={companyId} item={item} index={i} canEdit={canEdit} />
      ))}
    </ol>
  );
}

function TranslationRow({ companyId, item, index, canEdit }: { companyId: string; item: TranslationItem; index: number; canEdit: boolean }) {
  const t = useTranslations("translations");
  const router = useRouter();
  const [text, setText] = useState(item.current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `translation-${index}`;

  async function save() {
    setError(null);
    setBusy(true);
    try {
      const response = await submitJson(`/api/companies/${companyId}/translations`, "PUT", {
        edits: [{ subjectKey: item.subjectKey, field: item.field, language: item.language, text }],
      }, unreadData);
      if (!response.ok) {
        setError(response.fieldErrors["edits.0.text"]?.[0] ?? (response.message || t("failed")));
        return;
      }
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  const common = {
    id,
    value: text,
    readOnly: !canEdit,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
  };
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="translation-row" data-language={item.language}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium">{item.where}</h3>
        <a className="text-sm underline" href={item.href}>
          {t("openField")}
        </a>
      </div>
      <p className="text-xs font-medium text-amber-800">
        {item.status === "missing" ? t("missing") : t("changed")}
        {item.optional ? ` · ${t("optional")}` : ""}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="space-y-1">
          <p className="text-xs text-slate-600">{t("source", { language: item.sourceLanguageName })}</p>
          <p className="whitespace-pre-wrap rounded-md bg-slate-50 px-3 py-2 text-sm">{item.source}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor={id} className="text-xs text-slate-600">
            {t("translation", { language: item.targetLanguageName })}
          </label>
          {item.short ? (
            <Input type="text" {...common} />
          ) : (
            <textarea rows={3} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600" {...common} />
          )}
          {error ? (
            <p id={`${id}-error`} className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </div>
      </div>
      {canEdit ? (
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void save()}>
          {busy ? t("saving") : item.status === "changed" && text === item.current ? t("confirm") : t("save")}
        </Button>
      ) : null}
      {busy ? <span className="sr-only" aria-live="polite">{t("saving")}</span> : null}
    </li>
  );
}
