import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { Card } from "@/components/ui/card";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import { pageUser } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** The signed-in user's own account: the password, and how long a session lasts. */
export default async function AccountPage() {
  const user = await pageUser();
  const t = await getTranslations("account");
  return (
    <div className="max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("signedInAs", { email: user.email })}</p>
        <p className="text-sm text-slate-700">{t("sessionNote", { minutes: SESSION_POLICY.idleMinutes, hours: SESSION_POLICY.maxHours })}</p>
      </div>
      <Card aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <p className="text-sm text-slate-600">{t("changeIntro")}</p>
        <PasswordChangeForm email={user.email} />
      </Card>
    </div>
  );
}
