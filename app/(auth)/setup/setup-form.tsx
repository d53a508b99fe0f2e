"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { CountrySelect } from "@/components/company/country-select";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { setupSchema, type SetupInput } from "@/lib/register/setup";
import { displayMessage } from "@/lib/validation/messages";
import { signInAction } from "../sign-in/actions";

export function SetupForm() {
  const t = useTranslations("setup");
  const tc = useTranslations("common");
  const locale = useLocale() === "nb" ? "nb" : "en";
  const { translate, errorMap } = useValidation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SetupInput>({
    resolver: zodResolver(setupSchema, { error: errorMap }),
    defaultValues: { name: "", email: "", password: "", legalName: "", orgNumber: "", countryCode: "NO" },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (field: keyof SetupInput) => displayMessage(errors[field]?.message, translate);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await submitJson("/api/setup", "POST", values, z.object({ companyId: z.string() }));
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      setFormError(result.message || tc("unexpectedError"));
      return;
    }
    const credentials = new FormData();
    credentials.set("email", values.email);
    credentials.set("password", values.password);
    credentials.set("callbackUrl", `/companies/${result.data.companyId}`);
    await signInAction({ status: "idle" }, credentials);
  });

  const field = (name: keyof SetupInput, label: string, props: React.ComponentProps<"input"> = {}, hint?: string) => (
    <FormField id={name} label={label} error={err(name)} hint={hint}>
      <Input
        id={name}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : hint ? `${name}-hint` : undefined}
        {...props}
        {...form.register(name)}
      />
    </FormField>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("you")}</legend>
        {field("name", t("name"), { autoComplete: "name" })}
        {field("email", t("email"), { type: "email", autoComplete: "username" })}
        {field("password", t("password"), { type: "password", autoComplete: "new-password" }, t("passwordHint"))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("company")}</legend>
        {field("legalName", t("legalName"), { autoComplete: "organization" })}
        <FormField id="countryCode" label={t("country")} error={err("countryCode")}>
          <CountrySelect id="countryCode" locale={locale} aria-invalid={errors.countryCode ? true : undefined} {...form.register("countryCode")} />
        </FormField>
        {field("orgNumber", t("orgNumber"), { inputMode: "numeric" }, t("orgNumberHint"))}
      </fieldset>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? tc("saving") : t("submit")}
      </Button>
    </form>
  );
}
