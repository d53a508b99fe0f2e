"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { CATALOG_STARTS, newCompanySchema, type NewCompanyInput } from "@/lib/register/company-profile";
import { displayMessage } from "@/lib/validation/messages";
import { CountrySelect } from "./country-select";

/** A consultant adds another company; on success they land on its overview as its owner. */
export function NewCompanyForm({ locale }: { locale: "en" | "nb" }) {
  const t = useTranslations("companyNew");
  const ts = useTranslations("suggestions");
  const tc = useTranslations("common");
  const router = useRouter();
  const { translate, errorMap } = useValidation();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<NewCompanyInput>({
    resolver: zodResolver(newCompanySchema, { error: errorMap }),
    defaultValues: { legalName: "", orgNumber: "", countryCode: "NO", startWith: "suggestions" },
  });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await submitJson("/api/companies", "POST", values, z.object({ id: z.string() }));
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      setNotice(result.message || tc("unexpectedError"));
      return;
    }
    router.push(`/companies/${result.data.id}`);
  });

  const field = (name: keyof NewCompanyInput) => ({
    id: `new-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `new-${name}-error` : undefined,
  });

  return (
    <Card aria-labelledby="new-company-heading">
      <h2 id="new-company-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={!hydrated} className="m-0 grid min-w-0 gap-4 border-0 p-0 sm:grid-cols-3">
          {notice ? (
            <Alert tone="error" className="sm:col-span-3">
              {notice}
            </Alert>
          ) : null}
          <FormField id="new-legalName" label={t("legalName")} error={displayMessage(errors.legalName?.message, translate)}>
            <Input {...field("legalName")} {...form.register("legalName")} />
          </FormField>
          <FormField id="new-orgNumber" label={t("orgNumber")} error={displayMessage(errors.orgNumber?.message, translate)}>
            <Input inputMode="numeric" {...field("orgNumber")} {...form.register("orgNumber")} />
          </FormField>
          <FormField id="new-countryCode" label={t("country")} error={displayMessage(errors.countryCode?.message, translate)}>
            <CountrySelect locale={locale} {...field("countryCode")} {...form.register("countryCode")} />
          </FormField>
          <fieldset className="m-0 min-w-0 space-y-1 border-0 p-0 sm:col-span-3">
            <legend className="mb-1 text-sm font-medium">{ts("startLegend")}</legend>
            {CATALOG_STARTS.map((start) => (
              <label key={start} className="flex items-start gap-2 text-sm">
                <input type="radio" value={start} className="mt-1" {...form.register("startWith")} />
                <span>{ts(start === "empty" ? "startEmpty" : "startSuggestions")}</span>
              </label>
            ))}
          </fieldset>
          <div className="sm:col-span-3">
            <Button type="submit" disabled={isSubmitting}>
              {t("submit")}
            </Button>
          </div>
        </fieldset>
      </form>
    </Card>
  );
}
