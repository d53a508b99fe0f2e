"use client";
import type { EnumName } from "@/lib/register/vocabulary";
import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import { get, type FieldPath, type UseFormReturn } from "react-hook-form";
import { errorMessageAt } from "@/components/forms/error-at";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import type { Finding } from "@/lib/register/checks/types";
import type { Language } from "@/lib/register/languages";
import { cn } from "@/lib/utils";
import type { CatalogAddition, EditorCatalogs } from "./editor-types";

export type ActivityPath = FieldPath<ActivityFormValues>;

/**
 * The fields of a row of one of the activity's lists: `\`purposes.${index}.${key}\` as const`
 * with such a key is a path react-hook-form checks, no cast needed.
 */
export type RowKey<L extends "purposes" | "sources" | "jointControllers" | "controllersServed" | "marketingAudiences" | "transfers" | "retentionRules"> = keyof NonNullable<ActivityFormValues[L]>[number] & string;

/** What every field of the activity editor needs: the form, the role's rights, messages and findings. */
export type EditorContextValue = {
  form: UseFormReturn<ActivityFormValues>;
  readOnly: boolean;
  /** Shows an error that may be a message key ("activityValidation.x", "validation.y") in the user's language. */
  message: (value: string | undefined) => string | undefined;
  findingsByField: ReadonlyMap<string, Finding[]>;
  locale: "en" | "nb";
  companyId: string;
  /** The company's catalog entries, including those created inline since the page loaded. */
  catalogs: EditorCatalogs;
  /** Adds an entry created inline, so the lists and the catalog-dependent validation see it at once. */
  addCatalogEntry: (addition: CatalogAddition) => void;
  /** The UI label of an enumeration value ("LawfulBasis", "CONSENT"). */
  enumLabel: (enumName: EnumName, value: string) => string;
  /** The company's notice languages, its primary (register) language first: each translatable field shows one input per language. */
  languages: readonly Language[];
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditor outside the activity editor");
  return value;
}

/** Text inputs show "" for a null value; the schema turns "" back into null. */
export const emptyToNull = (value: unknown) => (value === "" ? null : value);

/** The error and the live findings for one field path, tied to the control by id. */
export function FieldMessages({ path, hint }: { path: string; hint?: string | undefined }) {
  const { form, message, findingsByField, locale } = useEditor();
  const error = message(errorMessageAt(form.formState.errors, path));
  const findings = findingsByField.get(path) ?? [];
  return (
    <>
      {hint && !error ? (
        <p id={`${path}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${path}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {findings.map((finding) => (
        <p key={finding.ruleId} className={cn("text-xs", finding.severity === "error" ? "text-red-800" : "text-amber-800")}>
          {finding.ruleId}: {locale === "nb" ? finding.message.nb : finding.message.en}
        </p>
      ))}
    </>
  );
}

export function describedBy(path: string, hasError: boolean, hint?: string) {
  if (hasError) return `${path}-error`;
  return hint ? `${path}-hint` : undefined;
}

export function TextField({
  path,
  label,
  multiline = false,
  hint,
  type = "text",
  className,
}: {
  path: ActivityPath;
  label: string;
  multiline?: boolean;
  hint?: string | undefined;
  type?: "text" | "date" | "url";
  className?: string;
}) {
  const { form, readOnly } = useEditor();
  const tStatus = useTranslations("formStatus");
  // A browser's date picker reads typed digits in its own locale's order ("31.12.2024" became
  // nonsense): dates are typed as text, dd.mm.yyyy or yyyy-mm-dd, and the schema stores ISO.
  if (type === "date") hint ??= tStatus("dateHint");
  const hasError = Boolean(get(form.formState.errors, path));
  const common = {
    id: path,
    readOnly,
    "aria-invalid": hasError ? true : undefined,
    "aria-describedby": describedBy(path, hasError, hint),
    ...form.register(path, { setValueAs: emptyToNull }),
  };
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={path}>{label}</Label>
      {multiline ? (
        <textarea rows={3} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600" {...common} />
      ) : (
        <Input type={type === "date" ? "text" : type} autoComplete={type === "date" ? "off" : undefined} {...common} />
      )}
      <FieldMessages path={path} hint={hint} />
    </div>
  );
}

export function NumberField({ path, label, className }: { path: ActivityPath; label: string; className?: string }) {
  const { form, readOnly } = useEditor();
  const hasError = Boolean(get(form.formState.errors, path));
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={path}>{label}</Label>
      <Input
        id={path}
        type="number"
        inputMode="numeric"
        min={0}
        readOnly={readOnly}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(path, hasError)}
        {...form.register(path, { setValueAs: (value: unknown) => (value === "" || value === null ? null : Number(value)) })}
      />
      <FieldMessages path={path} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  path,
  label,
  options,
  empty,
  hint,
  className,
  onChange,
}: {
  path: ActivityPath;
  label: string;
  options: Option[];
  /** Label of the empty choice (value ""), or undefined when a choice is required. */
  empty?: string | undefined;
  hint?: string | undefined;
  className?: string;
  /** Runs after the form holds the chosen value, for fields that follow from it. */
  onChange?: (value: string) => void;
}) {
  const { form, readOnly } = useEditor();
  const hasError = Boolean(get(form.formState.errors, path));
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={path}>{label}</Label>
      <Select
        id={path}
        disabled={readOnly}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(path, hasError, hint)}
        {...form.register(path, { setValueAs: emptyToNull, ...(onChange ? { onChange: (event: { target: { value: string } }) => onChange(event.target.value) } : {}) })}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <FieldMessages path={path} hint={hint} />
    </div>
  );
}

/** Yes / no / not stated, for the register's nullable booleans. */
export function TriStateField({ path, label, className }: { path: ActivityPath; label: string; className?: string }) {
  const { form, readOnly } = useEditor();
  const t = useTranslations("activities");
  return (
    <div className={cn("space-y-1", className)}>
      <Label htmlFor={path}>{label}</Label>
      <Select
        id={path}
        disabled={readOnly}
        {...form.register(path, { setValueAs: (value: unknown) => (value === "true" || value === true ? true : value === "false" || value === false ? false : null) })}
      >
        <option value="">{t("unknown")}</option>
        <option value="true">{t("yes")}</option>
        <option value="false">{t("no")}</option>
      </Select>
      <FieldMessages path={path} />
    </div>
  );
}

export function CheckboxField({ path, label, className }: { path: ActivityPath; label: string; className?: string }) {
  const { form, readOnly } = useEditor();
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex items-start gap-2">
        <input id={path} type="checkbox" disabled={readOnly} className="mt-1 size-4" {...form.register(path)} />
        <Label htmlFor={path}>{label}</Label>
      </div>
      <FieldMessages path={path} />
    </div>
  );
}

/** A section of the editor, reachable from the section nav by its anchor. */
export function EditorSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={`section-${id}`} aria-labelledby={`section-${id}-title`} className="scroll-mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`section-${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Where a finding about a list as a whole ("retentionRules", "transfers") lands: an anchor
 * with the list's error and findings, placed above the list's entries.
 */
export function ListAnchor({ path }: { path: string }) {
  return (
    <div id={path} className="scroll-mt-4">
      <FieldMessages path={path} />
    </div>
  );
}
