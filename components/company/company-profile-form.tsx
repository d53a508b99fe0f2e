"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { submitJson } from "@/components/forms/submit-json";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { companyProfileSchema, type CompanyProfileInput } from "@/lib/register/company-profile";
import { displayMessage } from "@/lib/validation/messages";
import { CountrySelect } from "./country-select";

type TextField = Exclude<keyof CompanyProfileInput, "version" | "countryCode">;

export function CompanyProfileForm({
  companyId,
  initial,
  readOnly,
  locale,
}: {
  companyId: string;
  initial: CompanyProfileInput;
  readOnly: boolean;
  locale: "en" | "nb";
}) {
  const t = useTranslations();
  const router = useRouter();
  const { translate, errorMap } = useValidation();
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<CompanyProfileInput>({ resolver: zodResolver(companyProfileSchema, { error: errorMap }), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const result = await submitJson<{ version: number }>(`/api/companies/${companyId}/profile`, "PUT", values);
    if (!result.ok) {
      for (const [path, messages] of Object.entries(result.fieldErrors)) {
        form.setError(path as FieldPath<CompanyProfileInput>, { message: messages[0] });
      }
      // What the user typed stays in the form; only the message changes.
      setNotice({ tone: "error", text: result.message || t("common.unexpectedError") });
      return;
    }
    form.reset({ ...values, version: result.data.version });
    setNotice({ tone: "success", text: t("common.saved") });
    router.refresh();
  });

  const text = (name: TextField, label: string, props: React.ComponentProps<"input"> = {}) => (
    <FormField id={name} label={label} error={displayMessage(errors[name]?.message, translate)}>
      <Input
        id={name}
        readOnly={readOnly}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        {...props}
        {...form.register(name)}
      />
    </FormField>
  );

  return (
    <Card>
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        {notice ? (
          <Alert tone={notice.tone} className="sm:col-span-2">
            {notice.text}
          </Alert>
        ) : null}
        {text("legalName", t("profile.legalName"))}
        {text("orgNumber", t("profile.orgNumber"), { inputMode: "numeric" })}
        <FormField id="countryCode" label={t("profile.country")} error={displayMessage(errors.countryCode?.message, translate)}>
          <CountrySelect id="countryCode" locale={locale} disabled={readOnly} {...form.register("countryCode")} />
        </FormField>
        {text("email", t("profile.email"), { type: "email" })}
        {text("phone", t("profile.phone"), { type: "tel" })}
        {text("website", "Web")}
        {text("postalStreet", locale === "nb" ? "Postadresse" : "Postal address")}
        {text("postalCode", locale === "nb" ? "Postnummer" : "Postcode")}
        {text("postalCity", locale === "nb" ? "Poststed" : "City")}
        {readOnly ? null : (
          <div className="sm:col-span-2">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("common.saving") : t("common.save")}
            </Button>
          </div>
        )}
      </form>
    </Card>
  );
}
