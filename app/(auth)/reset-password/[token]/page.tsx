import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordResetForm } from "@/components/account/password-reset-form";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describePasswordReset } from "@/lib/server/password-resets";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in the address: it must not travel on to another site in a Referer.
  return { title: (await getTranslations("passwordReset"))("title"), referrer: "no-referrer" };
}

/** Where an owner's reset link leads: a new password, or a clear word on a used or expired link. */
export default async function PasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("passwordReset");
  const state = await describePasswordReset(token);
  return (
    <Card className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {state.status === "valid" ? (
        <>
          <p className="text-sm">{t("intro", { email: state.email })}</p>
          <PasswordResetForm token={token} email={state.email} />
        </>
      ) : (
        <>
          <Alert tone="error">{t(state.status)}</Alert>
          <Link className={buttonVariants({ variant: "secondary" })} href="/sign-in">
            {t("toSignIn")}
          </Link>
        </>
      )}
    </Card>
  );
}
