"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { COUNTRIES } from "@/lib/register/countries";
import type { CatalogKind } from "@/lib/register/catalog-schemas";

export type PickerOption = { id: string; label: string; detail?: string | undefined };

/**
 * A list of the company's catalog entries as checkboxes (the activity links to
 * the checked ones). Each checkbox is named by the entry, so it is found by its label.
 */
export function CatalogChecklist({
  legend,
  name,
  options,
  selected,
  onToggle,
  readOnly,
  error,
  children,
}: {
  legend: string;
  /** The field path of the list, also the fieldset's id (a finding links to it). */
  name: string;
  options: PickerOption[];
  selected: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  readOnly: boolean;
  error?: string | undefined;
  children?: React.ReactNode;
}) {
  const t = useTranslations("activities");
  return (
    <fieldset id={name} className="space-y-2" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? <p className="text-sm text-slate-600">{t("noEntries")}</p> : null}
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.id} className="flex items-start gap-2">
            <input
              id={`${name}-${option.id}`}
              type="checkbox"
              className="mt-1 size-4"
              checked={selected.includes(option.id)}
              disabled={readOnly}
              onChange={(event) => onToggle(option.id, event.target.checked)}
            />
            <label htmlFor={`${name}-${option.id}`} className="text-sm">
              {option.label}
              {option.detail ? <span className="text-slate-600"> · {option.detail}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

type CreateField =
  | { name: string; label: string; type: "text"; required?: boolean }
  | { name: string; label: string; type: "checkbox"; defaultChecked?: boolean }
  | { name: string; label: string; type: "select"; options: { value: string; label: string }[] }
  | { name: string; label: string; type: "country"; empty: string };

/**
 * "Create new" inside the editor: a few fields posted to the catalogs API; the
 * new entry is then linked. Not a nested <form> (HTML forbids it): a group with
 * its own button, and its own messages beside its fields.
 */
export function InlineCreate<T extends { id: string }>({
  companyId,
  kind,
  title,
  fields,
  locale,
  entry,
  onCreated,
}: {
  companyId: string;
  kind: CatalogKind;
  title: string;
  fields: CreateField[];
  locale: "en" | "nb";
  /** The created entry as the editor keeps it (components/activity/editor-types.ts). */
  entry: z.ZodType<T>;
  onCreated: (entry: T) => void;
}) {
  const t = useTranslations("activities");
  const prefix = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const initial = () => {
    const values: Record<string, string | boolean> = Object.fromEntries(
      fields.map((field) => [
        field.name,
        field.type === "checkbox" ? (field.defaultChecked ?? false) : field.type === "select" ? (field.options[0]?.value ?? "") : "",
      ]),
    );
    return values;
  };

  const create = async () => {
    setBusy(true);
    setFormError(null);
    const result = await submitJson(`/api/companies/${companyId}/catalogs/${kind}`, "POST", nestDotted(values), entry);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setFormError(result.message || null);
      return;
    }
    onCreated(result.data);
    setErrors({});
    setOpen(false);
  };

  if (!open) {
    return (
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          setValues(initial());
          setOpen(true);
        }}
      >
        {t("createNew")}: {title}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={title} className="space-y-3 rounded-md border border-dashed border-slate-400 p-3">
      <p className="text-sm font-semibold">{title}</p>
      {formError ? (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `${prefix}-${field.name}`;
          const error = errors[field.name]?.[0];
          const value = values[field.name];
          if (field.type === "checkbox") {
            return (
              <div key={field.name} className="flex items-start gap-2">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 size-4"
                  checked={value === true}
                  onChange={(event) => {
                    const checked = event.target.checked;
                    setValues((v) => ({ ...v, [field.name]: checked }));
                  }}
                />
                <Label htmlFor={id}>{field.label}</Label>
              </div>
            );
          }
          const common = {
            id,
            "aria-invalid": error ? true : undefined,
            "aria-describedby": error ? `${id}-error` : undefined,
            value: typeof value === "string" ? value : "",
          };
          return (
            <div key={field.name} className="space-y-1">
              <Label htmlFor={id}>{field.label}</Label>
              {field.type === "text" ? (
                <Input {...common} onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))} />
              ) : field.type === "select" ? (
                <Select {...common} onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))}>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              ) : (
                <Select {...common} onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))}>
                  <option value="">{field.empty}</option>
                  <CountryOptions locale={locale} />
                </Select>
              )}
              {error ? (
                <p id={`${id}-error`} className="text-sm text-red-700">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="flex gap-2">
        <Button size="sm" disabled={busy} onClick={() => void create()}>
          {t("create")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}

/** Every ISO country, sorted by name in the UI language (the EEA ones first). */
export function CountryOptions({ locale }: { locale: "en" | "nb" }) {
  const name = (c: (typeof COUNTRIES)[number]) => (locale === "nb" ? c.nameNb : c.nameEn);
  const collator = new Intl.Collator(locale);
  const sorted = [...COUNTRIES].sort((a, b) => Number(b.isEea) - Number(a.isEea) || collator.compare(name(a), name(b)));
  return (
    <>
      {sorted.map((c) => (
        <option key={c.code} value={c.code}>
          {name(c)}
        </option>
      ))}
    </>
  );
}

/** Flat form values with dotted names ("duration.kind") as the nested object the catalog schema reads. */
function nestDotted(values: Record<string, string | boolean>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const keys = name.split(".");
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1] ?? name] = value;
  }
  return out;
}
