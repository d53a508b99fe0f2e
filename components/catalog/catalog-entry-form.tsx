"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm, type Control, type Resolver } from "react-hook-form";
import { z } from "zod";
import { useClearErrorOnChange } from "@/components/forms/clear-error-on-change";
import { errorMessageAt } from "@/components/forms/error-at";
import { submitJson } from "@/components/forms/submit-json";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useEnumLabel } from "@/components/ui/use-enum-label";
import { COUNTRIES } from "@/lib/register/countries";
import { CATALOG_SCHEMAS, type CatalogKind } from "@/lib/register/catalog-schemas";
import { displayMessage } from "@/lib/validation/messages";
import { CATALOG_FIELDS, SUB_PROCESSOR_AUTHORISATION_OPTIONS, type FieldSpec } from "./catalog-fields";

type SubProcessorRow = { id?: unknown; name: string; countryCode: string; authorisation: string; flowDownContract: boolean; dpfCertified: boolean; descriptionEn: string; descriptionNb: string };
type FormValues = { subProcessors?: SubProcessorRow[] } & Record<string, unknown>;

export type RecipientOption = { id: string; name: string };

/** Countries in the UI language, with "not set" first: a catalog entry's country may be unknown yet. */
function OptionalCountrySelect({ locale, ...props }: React.ComponentProps<"select"> & { locale: "en" | "nb" }) {
  const t = useTranslations("catalogs");
  const name = (c: (typeof COUNTRIES)[number]) => (locale === "nb" ? c.nameNb : c.nameEn);
  const collator = new Intl.Collator(locale);
  const sorted = [...COUNTRIES].sort((a, b) => collator.compare(name(a), name(b)));
  return (
    <Select {...props}>
      <option value="">{t("notSet")}</option>
      {sorted.map((c) => (
        <option key={c.code} value={c.code}>
          {name(c)}
        </option>
      ))}
    </Select>
  );
}

/**
 * Create or edit one catalog entry. The same zod schema as the route checks
 * the input in the browser; the server's field errors land beside the same fields.
 */
export function CatalogEntryForm({
  companyId,
  kind,
  entryId,
  initial,
  recipients,
  locale,
  onDone,
  onCancel,
}: {
  companyId: string;
  kind: CatalogKind;
  /** Absent when creating. */
  entryId?: string;
  initial: Record<string, unknown>;
  recipients: RecipientOption[];
  locale: "en" | "nb";
  onDone: (saved: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("catalogs");
  const tc = useTranslations("common");
  const tStatus = useTranslations("formStatus");
  const enumLabel = useEnumLabel();
  const { translate, errorMap } = useValidation();
  const [notice, setNotice] = useState<string | null>(null);
  const schema = entryId ? CATALOG_SCHEMAS[kind].update : CATALOG_SCHEMAS[kind].create;
  // One generic form for all six catalogs: the schema decides the shape, the field specs the layout.
  const resolver = zodResolver(schema, { error: errorMap }) as unknown as Resolver<FormValues>;
  // Checked on leaving a field and on Save: an added sub-processor row is not red before anything is typed.
  const form = useForm<FormValues>({ resolver, defaultValues: initial, mode: "onBlur", reValidateMode: "onBlur" });
  useClearErrorOnChange(form);
  const subProcessors = useFieldArray({
    // The generic form's type has an index signature, which hides the list from useFieldArray's path type.
    control: form.control as unknown as Control<{ subProcessors: SubProcessorRow[] }>,
    name: "subProcessors",
    keyName: "key",
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = `${kind}-form`;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const url = entryId ? `/api/companies/${companyId}/catalogs/${kind}/${entryId}` : `/api/companies/${companyId}/catalogs/${kind}`;
    const result = await submitJson(url, entryId ? "PUT" : "POST", values, z.record(z.string(), z.unknown()));
    if (!result.ok) {
      for (const [path, messages] of Object.entries(result.fieldErrors)) form.setError(path, { message: messages[0] });
      setNotice(result.message || tc("unexpectedError"));
      return;
    }
    onDone(result.data);
  });

  const describedBy = (id: string, path: string) => (errorMessageAt(errors, path) ? `${id}-error` : undefined);

  const control = (field: FieldSpec) => {
    const id = `${prefix}-${field.name}`;
    const error = displayMessage(errorMessageAt(errors, field.name), translate);
    const a11y = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, field.name) ?? (field.type === "date" ? `${id}-hint` : undefined) } as const;
    const label = t(`fields.${field.name}`);
    if (field.type === "checkbox") {
      return (
        <div key={field.name} className="flex items-center gap-2 sm:col-span-2">
          <input type="checkbox" className="h-4 w-4" {...a11y} {...form.register(field.name)} />
          <label htmlFor={id} className="text-sm">
            {label}
          </label>
        </div>
      );
    }
    const wide = (field.type === "text" || field.type === "textarea") && field.wide;
    let input: React.ReactNode;
    if (field.type === "textarea") {
      input = <textarea rows={2} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600" {...a11y} {...form.register(field.name)} />;
    } else if (field.type === "select") {
      input = (
        <Select {...a11y} {...form.register(field.name)}>
          {field.always ? null : field.required ? <option value="">{t("notSet")}</option> : <option value="">{t("none")}</option>}
          {field.options.map((value) => (
            <option key={value} value={value}>
              {enumLabel(field.enumName, value)}
            </option>
          ))}
        </Select>
      );
    } else if (field.type === "country") {
      input = <OptionalCountrySelect locale={locale} {...a11y} {...form.register(field.name)} />;
    } else if (field.type === "recipient") {
      input = (
        <Select {...a11y} {...form.register(field.name)}>
          <option value="">{t("none")}</option>
          {recipients.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      );
    } else {
      // Typed as text, dd.mm.yyyy or yyyy-mm-dd (see the activity editor's date fields).
      input = <Input type="text" autoComplete={field.type === "date" ? "off" : undefined} {...a11y} {...form.register(field.name)} />;
    }
    return (
      <div key={field.name} className={wide ? "sm:col-span-2" : undefined}>
        <FormField id={id} label={label} error={error} hint={field.type === "date" ? tStatus("dateHint") : undefined}>
          {input}
        </FormField>
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={entryId ? t("editEntry") : t("newEntry")}>
      {notice ? <Alert tone="error">{notice}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">{CATALOG_FIELDS[kind].map(control)}</div>
      {kind === "recipients" ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium">{t("fields.subProcessors")}</legend>
          {subProcessors.fields.map((row, index) => {
            const base = `subProcessors.${index}`;
            const id = (name: string) => `${prefix}-sp-${index}-${name}`;
            const err = (name: string) => displayMessage(errorMessageAt(errors, `${base}.${name}`), translate);
            return (
              <div key={row.key} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-2" role="group" aria-label={t("fields.subProcessor", { n: index + 1 })}>
                <FormField id={id("name")} label={t("fields.name")} error={err("name")}>
                  <Input id={id("name")} aria-invalid={err("name") ? true : undefined} aria-describedby={err("name") ? `${id("name")}-error` : undefined} {...form.register(`${base}.name`)} />
                </FormField>
                <FormField id={id("countryCode")} label={t("fields.subCountry")} error={err("countryCode")}>
                  <OptionalCountrySelect id={id("countryCode")} locale={locale} aria-invalid={err("countryCode") ? true : undefined} {...form.register(`${base}.countryCode`)} />
                </FormField>
                <FormField id={id("authorisation")} label={t("fields.authorisation")} error={err("authorisation")}>
                  <Select id={id("authorisation")} {...form.register(`${base}.authorisation`)}>
                    <option value="">{t("notSet")}</option>
                    {SUB_PROCESSOR_AUTHORISATION_OPTIONS.map((value) => (
                      <option key={value} value={value}>
                        {enumLabel("SubProcessorAuthorisation", value)}
                      </option>
                    ))}
                  </Select>
                </FormField>
                <div className="flex items-end gap-2 pb-2">
                  <input id={id("flowDownContract")} type="checkbox" className="h-4 w-4" {...form.register(`${base}.flowDownContract`)} />
                  <label htmlFor={id("flowDownContract")} className="text-sm">
                    {t("fields.flowDownContract")}
                  </label>
                </div>
                <div className="flex items-end gap-2 pb-2">
                  <input id={id("dpfCertified")} type="checkbox" className="h-4 w-4" {...form.register(`${base}.dpfCertified`)} />
                  <label htmlFor={id("dpfCertified")} className="text-sm">
                    {t("fields.subDpfCertified")}
                  </label>
                </div>
                {(["descriptionEn", "descriptionNb"] as const).map((name) => (
                  <FormField key={name} id={id(name)} label={t(`fields.${name}`)} error={err(name)}>
                    <textarea
                      id={id(name)}
                      rows={2}
                      className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600"
                      aria-invalid={err(name) ? true : undefined}
                      aria-describedby={err(name) ? `${id(name)}-error` : undefined}
                      {...form.register(`${base}.${name}`)}
                    />
                  </FormField>
                ))}
                <div className="sm:col-span-2">
                  <Button variant="ghost" size="sm" onClick={() => subProcessors.remove(index)}>
                    {t("fields.removeSubProcessor")}
                  </Button>
                </div>
              </div>
            );
          })}
          <Button
            variant="secondary"
            size="sm"
            onClick={() => subProcessors.append({ name: "", countryCode: "", authorisation: "", flowDownContract: false, dpfCertified: false, descriptionEn: "", descriptionNb: "" })}
          >
            {t("fields.addSubProcessor")}
          </Button>
        </fieldset>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tc("saving") : tc("save")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
