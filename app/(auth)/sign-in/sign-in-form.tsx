"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const outage = useTranslations("outage");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const email = state.status === "idle" ? "" : state.email;

  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "wrong-credentials" ? <Alert tone="error">{t("wrongCredentials")}</Alert> : null}
      {state.status === "throttled" ? <Alert tone="error">{t("throttled", { seconds: state.seconds, minutes: state.seconds >= 60 ? Math.ceil(state.seconds / 60) : 0 })}</Alert> : null}
      {state.status === "unavailable" ? <Alert tone="error">{outage("signIn")}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="email" label={t("email")}>
        <Input id="email" name="email" type="email" autoComplete="username" required defaultValue={email} key={email} />
      </FormField>
      <FormField id="password" label={t("password")}>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
