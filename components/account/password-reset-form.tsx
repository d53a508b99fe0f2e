"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFieldErrors, submitJson, unreadData } from "@/components/forms/submit-json";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { passwordResetSchema, type PasswordResetInput } from "@/lib/auth/account-schemas";
import { displayMessage } from "@/lib/validation/messages";
import { PasswordField } from "./password-field";

/** The new password through an owner's reset link; afterwards the member signs in with it. */
export function PasswordResetForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("passwordReset");
  const ta = useTranslations("account");
  const tc = useTranslations("common");
  const { translate, errorMap } = useValidation();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<PasswordResetInput>({ resolver: zodResolver(passwordResetSchema, { error: errorMap }), defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await submitJson(`/api/password-resets/${encodeURIComponent(token)}`, "POST", values, unreadData);
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      setError(result.message || tc("unexpectedError"));
      return;
    }
    setDone(true);
  });

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("done")}</Alert>
        <Link className={buttonVariants()} href="/sign-in">
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <PasswordField
          id="reset-password"
          label={t("password")}
          hint={ta("newPasswordHint")}
          autoComplete="new-password"
          error={displayMessage(errors.password?.message, translate)}
          registration={form.register("password")}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </fieldset>
    </form>
  );
}
