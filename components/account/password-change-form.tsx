"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFieldErrors, submitJson, unreadData } from "@/components/forms/submit-json";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/auth/account-schemas";
import { displayMessage } from "@/lib/validation/messages";
import { PasswordField } from "./password-field";

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
    const result = await submitJson("/api/me/password", "POST", values, unreadData);
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
        <PasswordField
          id="current-password"
          label={t("currentPassword")}
          autoComplete="current-password"
          error={displayMessage(errors.currentPassword?.message, translate)}
          registration={form.register("currentPassword")}
        />
        <PasswordField
          id="new-password"
          label={t("newPassword")}
          hint={t("newPasswordHint")}
          autoComplete="new-password"
          error={displayMessage(errors.newPassword?.message, translate)}
          registration={form.register("newPassword")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </fieldset>
    </form>
  );
}
