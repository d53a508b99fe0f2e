"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const outage = useTranslations("outage");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const tStatus = useTranslations("formStatus");
  const email = state.status === "idle" ? "" : state.email;
  const missing = state.status === "missing" ? state.missing : [];
  const emailError = missing.includes("email") ? tStatus("signInEmailMissing") : undefined;
  const passwordError = missing.includes("password") ? tStatus("signInPasswordMissing") : undefined;
  // The first field left empty takes the focus once the form has answered.
  useEffect(() => {
    if (state.status === "missing") document.getElementById(state.missing[0] ?? "email")?.focus();
  }, [state]);

  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "wrong-credentials" ? <Alert tone="error">{t("wrongCredentials")}</Alert> : null}
      {state.status === "throttled" ? <Alert tone="error">{t("throttled", { seconds: state.seconds, minutes: state.seconds >= 60 ? Math.ceil(state.seconds / 60) : 0 })}</Alert> : null}
      {state.status === "unavailable" ? <Alert tone="error">{outage("signIn")}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="email" label={t("email")} error={emailError}>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          key={email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
        />
      </FormField>
      <FormField id="password" label={t("password")} error={passwordError}>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
        />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
