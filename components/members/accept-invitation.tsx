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
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { invitationAccountSchema, type InvitationAccountInput } from "@/lib/register/member-schemas";
import { displayMessage } from "@/lib/validation/messages";

/** The company the accepted invitation joined. */
const joinedSchema = z.object({ companyId: z.string() });

/** A signed-in user with the invited address joins with one click. */
export function AcceptInvitationButton({ token }: { token: string }) {
  const t = useTranslations("invite");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    setBusy(true);
    setError(null);
    const result = await submitJson(`/api/invitations/${encodeURIComponent(token)}`, "POST", {}, joinedSchema);
    if (!result.ok) {
      setBusy(false);
      setError(result.message);
      return;
    }
    router.push(`/companies/${result.data.companyId}`);
    router.refresh();
  }
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button onClick={() => void accept()} disabled={busy || !hydrated}>
        {busy ? t("accepting") : t("accept")}
      </Button>
    </div>
  );
}

/** A visitor without an account chooses a name and password; the address is the invited one. */
export function InvitationAccountForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const tc = useTranslations("common");
  const router = useRouter();
  const { translate, errorMap } = useValidation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<InvitationAccountInput>({ resolver: zodResolver(invitationAccountSchema, { error: errorMap }), defaultValues: { name: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await submitJson(`/api/invitations/${encodeURIComponent(token)}/account`, "POST", values, joinedSchema);
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      setError(result.message || tc("unexpectedError"));
      return;
    }
    // The session cookie was set by the response: the dashboard now opens signed in.
    router.push(`/companies/${result.data.companyId}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <FormField id="invite-account-email" label={t("email")}>
          <Input id="invite-account-email" type="email" value={email} readOnly autoComplete="username" />
        </FormField>
        <FormField id="invite-account-name" label={t("name")} error={displayMessage(errors.name?.message, translate)}>
          <Input
            id="invite-account-name"
            autoComplete="name"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "invite-account-name-error" : undefined}
            {...form.register("name")}
          />
        </FormField>
        <FormField id="invite-account-password" label={t("password")} hint={t("passwordHint")} error={displayMessage(errors.password?.message, translate)}>
          <Input
            id="invite-account-password"
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "invite-account-password-error" : "invite-account-password-hint"}
            {...form.register("password")}
          />
        </FormField>
        <Button type="submit" disabled={isSubmitting}>
          {t("createAndJoin")}
        </Button>
      </fieldset>
    </form>
  );
}
