"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/auth/account-schemas";
import { displayMessage } from "@/lib/validation/messages";

/** The signed-in user's password change; what was typed stays in the fields when it is refused. */
export function PasswordChangeForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const tc = useTranslations("common");
  const { translate, errorMap } = useValidation();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<PasswordChangeInput>({ resolver: zodResolver(passwordChangeSchema, { error: errorMap }), defaultValues: { currentPassword: "", newPassword: "" } });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await submitJson<{ endedSessions: number }>("/api/me/password", "POST", values);
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      setStatus({ tone: "error", text: result.message || tc("unexpectedError") });
      return;
    }
    form.reset({ currentPassword: "", newPassword: "" });
    setStatus({ tone: "success", text: t("changed") });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
        {/* For password managers: whose password this is. */}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <FormField id="current-password" label={t("currentPassword")} error={displayMessage(errors.currentPassword?.message, translate)}>
          <Input
            id="current-password"
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.currentPassword ? true : undefined}
            aria-describedby={errors.currentPassword ? "current-password-error" : undefined}
            {...form.register("currentPassword")}
          />
        </FormField>
        <FormField id="new-password" label={t("newPassword")} hint={t("newPasswordHint")} error={displayMessage(errors.newPassword?.message, translate)}>
          <Input
            id="new-password"
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.newPassword ? true : undefined}
            aria-describedby={errors.newPassword ? "new-password-error" : "new-password-hint"}
            {...form.register("newPassword")}
          />
        </FormField>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </fieldset>
    </form>
  );
}
