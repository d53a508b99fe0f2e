"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { OneTimeLink } from "./one-time-link";
import { MEMBERSHIP_ROLES } from "@/lib/register/enums";
import { INVITATION_DAYS, inviteSchema, type InviteInput } from "@/lib/register/member-schemas";
import { displayMessage } from "@/lib/validation/messages";
import { createdLinkSchema } from "./created-link";

/** Creates an invitation and shows its link once, to be copied and sent by the owner. */
export function InviteForm({ companyId }: { companyId: string }) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const router = useRouter();
  const { translate, errorMap } = useValidation();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const form = useForm<InviteInput>({ resolver: zodResolver(inviteSchema, { error: errorMap }), defaultValues: { email: "", role: "EDITOR" } });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setLink(null);
    const result = await submitJson(`/api/companies/${companyId}/members/invitations`, "POST", values, createdLinkSchema);
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      setError(result.message || tc("unexpectedError"));
      return;
    }
    setLink({ email: result.data.email, url: `${window.location.origin}${result.data.path}` });
    form.reset({ email: "", role: values.role });
    router.refresh();
  });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("inviteIntro", { days: INVITATION_DAYS })}</p>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={!hydrated} className="m-0 grid min-w-0 items-end gap-4 border-0 p-0 sm:grid-cols-[1fr_12rem_auto]">
          <FormField id="invite-email" label={t("inviteEmail")} error={displayMessage(errors.email?.message, translate)}>
            <Input
              id="invite-email"
              type="email"
              autoComplete="off"
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? "invite-email-error" : undefined}
              {...form.register("email")}
            />
          </FormField>
          <FormField id="invite-role" label={t("inviteRole")} error={displayMessage(errors.role?.message, translate)}>
            <Select id="invite-role" {...form.register("role")}>
              {MEMBERSHIP_ROLES.map((role) => (
                <option key={role} value={role}>
                  {tr(role)}
                </option>
              ))}
            </Select>
          </FormField>
          <Button type="submit" disabled={isSubmitting} className="mb-px">
            {t("sendInvite")}
          </Button>
        </fieldset>
      </form>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {link ? (
        <OneTimeLink key={link.url} id="invite-link" label={t("linkReady", { email: link.email })} url={link.url} copyLabel={t("copy")} copiedLabel={t("copied")} />
      ) : null}
    </div>
  );
}
