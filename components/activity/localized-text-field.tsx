"use client";
import { useTranslations } from "next-intl";
import { get, useWatch } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { LANGUAGE_FACTS, type Language } from "@/lib/register/languages";
import { LAWS, type LawId } from "@/lib/register/templates/laws";
import { cn } from "@/lib/utils";
import { errorMessageAt } from "@/components/forms/error-at";
import { describedBy, emptyToNull, FieldMessages, useEditor, type ActivityPath } from "./fields";

const filled = (value: unknown) => typeof value === "string" && value.trim() !== "";

/**
 * One text the public or an authority reads, written per language (LocalizedText,
 * lib/register/localized-text.ts): the company's notice languages side by side, its
 * primary language first. A language left empty while another is written is marked
 * as a missing translation; publishing that language waits for it (LANG-001).
 * The fieldset's id is the field's path, so a finding about the text lands on it;
 * each input's id is `<path>.<language>`, where LANG-001's findings land.
 */
export function LocalizedTextField({
  path,
  label,
  multiline = false,
  hint,
  className,
}: {
  path: string;
  label: string;
  multiline?: boolean;
  hint?: string | undefined;
  className?: string;
}) {
  const { form, readOnly, languages, locale } = useEditor();
  const t = useTranslations("localizedText");
  const value = useWatch({ control: form.control, name: path as ActivityPath }) as Partial<Record<Language, unknown>> | null | undefined;
  const anyWritten = languages.some((language) => filled(value?.[language]));
  const fieldError = Boolean(errorMessageAt(form.formState.errors, path));
  return (
    <fieldset id={path} className={cn("min-w-0 space-y-1 scroll-mt-4", className)} aria-describedby={describedBy(path, Boolean(get(form.formState.errors, path)), hint)}>
      <legend className="text-sm font-medium text-slate-900">{label}</legend>
      <div className={cn("grid gap-2", languages.length > 1 ? "sm:grid-cols-2" : "")}>
        {languages.map((language) => {
          const inputPath = `${path}.${language}` as ActivityPath;
          // An error of the whole text (required) marks every language's input, as it does the field.
          const hasError = Boolean(get(form.formState.errors, inputPath)) || fieldError;
          const missing = anyWritten && !filled(value?.[language]);
          const inputLabel = t("inLanguage", { language: LANGUAGE_FACTS[language].names[locale] });
          const common = {
            id: inputPath,
            lang: LANGUAGE_FACTS[language].tag,
            readOnly,
            "aria-label": `${label} (${inputLabel})`,
            "aria-invalid": hasError || missing ? true : undefined,
            "aria-describedby": missing ? `${inputPath}-missing` : describedBy(inputPath, hasError),
            ...form.register(inputPath, { setValueAs: emptyToNull }),
          };
          return (
            <div key={language} className="min-w-0 space-y-1">
              <span className="text-xs text-slate-600">{inputLabel}</span>
              {multiline ? (
                <textarea rows={3} className={cn("block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600", missing && "border-amber-500 aria-invalid:border-amber-500")} {...common} />
              ) : (
                <Input type="text" className={cn(missing && "border-amber-500 aria-invalid:border-amber-500")} {...common} />
              )}
              {missing ? (
                <p id={`${inputPath}-missing`} className="text-xs text-amber-800">
                  {t("missing", { language: LANGUAGE_FACTS[language].names[locale] })}
                </p>
              ) : null}
              <FieldMessages path={inputPath} />
            </div>
          );
        })}
      </div>
      <FieldMessages path={path} hint={hint} />
    </fieldset>
  );
}

/**
 * Where a lawful basis, an Art. 9(2) condition or a retention period rests in law: a law
 * from the one list (lib/register/templates/laws.ts) and a section render in every
 * language from one value; the free text per language is for a provision not in the list.
 */
export function LegalReferenceField({ path, label, className }: { path: string; label: string; className?: string }) {
  const { form, readOnly, locale } = useEditor();
  const t = useTranslations("localizedText");
  const law = useWatch({ control: form.control, name: `${path}.law` as ActivityPath }) as LawId | "" | null | undefined;
  const lawPath = `${path}.law` as ActivityPath;
  const sectionPath = `${path}.section` as ActivityPath;
  const laws = Object.values(LAWS).sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  return (
    <fieldset id={path} className={cn("min-w-0 space-y-2 scroll-mt-4", className)}>
      <legend className="text-sm font-medium text-slate-900">{label}</legend>
      <div className="grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-1">
          <label htmlFor={lawPath} className="text-xs text-slate-600">
            {t("law")}
          </label>
          <Select id={lawPath} disabled={readOnly} {...form.register(lawPath, { setValueAs: emptyToNull })}>
            <option value="">{t("otherLaw")}</option>
            {laws.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name[locale]}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor={sectionPath} className="text-xs text-slate-600">
            {t("section")}
          </label>
          <Input id={sectionPath} readOnly={readOnly} placeholder="§ 13" {...form.register(sectionPath, { setValueAs: emptyToNull })} />
          <FieldMessages path={sectionPath} />
        </div>
      </div>
      {law ? null : <LocalizedTextField path={`${path}.text`} label={t("freeText")} />}
      <FieldMessages path={path} />
    </fieldset>
  );
}
