"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createPortal } from "react-dom";
import { CatalogEntryForm } from "@/components/catalog/catalog-entry-form";
import { entryValues } from "@/components/catalog/catalog-fields";
import { Button } from "@/components/ui/button";
import { strings } from "@/lib/notice/lang";
import type { Language } from "@/lib/register/languages";
import type { EditorCatalogs } from "./editor-types";
import { useEditor } from "./fields";

type DataCategory = EditorCatalogs["dataCategories"][number];

/**
 * Issue 11: what gets published is visible where it is chosen. For each kind of data the
 * activity links, the words the public reads in the notice, in every notice language (the
 * notice's own template, lib/notice/lang), and a way to change them through the catalog's
 * route and schema without leaving the activity.
 */
export function PublishedDataCategories({ selected }: { selected: readonly string[] }) {
  const t = useTranslations("publishedText");
  const { catalogs, languages, readOnly, companyId, locale, addCatalogEntry } = useEditor();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const linked = catalogs.dataCategories.filter((c) => selected.includes(c.id));
  if (linked.length === 0) return null;
  const name = (c: DataCategory) => (locale === "nb" ? c.labelNb : c.labelEn) || c.labelEn || c.labelNb;
  return (
    <section aria-labelledby="published-data-categories" className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <h3 id="published-data-categories" className="text-sm font-semibold text-slate-800">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ul className="space-y-3">
        {linked.map((category) => (
          <li key={category.id} className="space-y-1">
            <dl className="grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
              {languages.map((language) => (
                <PublishedLine key={language} category={category} language={language} label={t("language", { language: strings(language).languageName })} missing={t("noDescription")} />
              ))}
            </dl>
            {readOnly ? null : (
              <Button variant="ghost" size="sm" onClick={() => (setSaved(null), setEditing(category.id))}>
                {t("edit", { name: name(category) })}
              </Button>
            )}
            {editing === category.id ? (
              <EditDialog label={t("editTitle", { name: name(category) })} onClose={() => setEditing(null)}>
                <CatalogEntryForm
                  companyId={companyId}
                  kind="data-categories"
                  entryId={category.id}
                  initial={entryValues("data-categories", category)}
                  recipients={[]}
                  locale={locale}
                  onDone={(entry) => {
                    addCatalogEntry({ kind: "dataCategories", entry: dataCategoryOf(entry, category) });
                    setEditing(null);
                    setSaved(category.id);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </EditDialog>
            ) : null}
            {saved === category.id ? (
              <p role="status" className="text-sm text-green-800">
                {t("saved")}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The catalog's own form, outside the activity's <form> (HTML forbids nesting forms): in a
 * dialog portalled to the body. Its submit event stops here, so that React, which bubbles
 * events along the component tree, never hands it to the activity form as well.
 */
function EditDialog({ label, onClose, children }: { label: string; onClose: () => void; children: React.ReactNode }) {
  return createPortal(
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" onSubmit={(event) => event.stopPropagation()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        ref={(node) => node?.focus()}
        onKeyDown={(event) => {
          if (event.key === "Escape") onClose();
        }}
        className="max-h-full w-full max-w-2xl space-y-3 overflow-auto rounded-lg bg-white p-4 shadow-lg"
      >
        <h2 className="text-base font-semibold">{label}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}

function PublishedLine({ category, language, label, missing }: { category: DataCategory; language: Language; label: string; missing: string }) {
  const s = strings(language);
  const title = (language === "nb" ? category.labelNb : category.labelEn)?.trim() ?? "";
  const description = (language === "nb" ? category.descriptionNb : category.descriptionEn)?.trim() || null;
  // The very sentence of the notice's "personal data in detail" list.
  const text = title ? s.dataCategory(title, description).map((part) => part.text).join("") : "";
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd lang={language}>
        {text || "–"}
        {title && !description ? <span className="block text-slate-600">{missing}</span> : null}
      </dd>
    </>
  );
}

/** The saved entry as the editor keeps it (the route answers with the whole row). */
function dataCategoryOf(saved: Record<string, unknown>, before: DataCategory): DataCategory {
  const text = (value: unknown, fallback: string | null) => (typeof value === "string" ? value : fallback);
  return {
    id: before.id,
    labelEn: text(saved.labelEn, before.labelEn) ?? before.labelEn,
    labelNb: text(saved.labelNb, before.labelNb) ?? before.labelNb,
    descriptionEn: text(saved.descriptionEn, null),
    descriptionNb: text(saved.descriptionNb, null),
    specialCategory: text(saved.specialCategory, before.specialCategory),
    isCriminalOffence: typeof saved.isCriminalOffence === "boolean" ? saved.isCriminalOffence : before.isCriminalOffence,
    isNationalId: typeof saved.isNationalId === "boolean" ? saved.isNationalId : before.isNationalId,
    version: typeof saved.version === "number" ? saved.version : before.version,
  };
}
