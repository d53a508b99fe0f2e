import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationButton, InvitationAccountForm } from "@/components/members/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { describeInvitation } from "@/lib/server/members";
import { forPage } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), referrer: "no-referrer" };
}

/**
 * Where an invitation link leads. A signed-in user with the invited address
 * accepts; a visitor without an account creates one here; anyone else is told
 * what to do. Unknown, used and expired links get a clear message.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const state = await forPage(() => describeInvitation(token));
  const session = await auth();
  const userId = session?.user?.id;
  const user = userId ? await db().user.findUnique({ where: { id: userId }, select: { email: true } }) : null;
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;

  let body: React.ReactNode;
  if (state.status !== "valid") {
    body = (
      <>
        <Alert tone="error">{t(`invite.${state.status}`)}</Alert>
        <Link className={buttonVariants({ variant: "secondary" })} href={user ? "/companies" : "/sign-in"}>
          {t("invite.toSignIn")}
        </Link>
      </>
    );
  } else {
    const intro = <p>{t("invite.join", { company: state.companyName, role: t(`roles.${state.role}`) })}</p>;
    if (user) {
      body = (
        <>
          {intro}
          <p className="text-sm text-slate-600">{t("invite.signedInAs", { email: user.email })}</p>
          {user.email === state.email ? <AcceptInvitationButton token={token} /> : <Alert tone="error">{t("invite.wrongAccount")}</Alert>}
        </>
      );
    } else if (state.accountExists) {
      body = (
        <>
          {intro}
          <p className="text-sm">{t("invite.accountExists")}</p>
          <Link className={buttonVariants()} href={signInHref}>
            {t("invite.signInToAccept")}
          </Link>
        </>
      );
    } else {
      body = (
        <>
          {intro}
          <h2 className="text-lg font-semibold">{t("invite.createAccount")}</h2>
          <p className="text-sm text-slate-600">{t("invite.createIntro")}</p>
          <InvitationAccountForm token={token} email={state.email} />
        </>
      );
    }
  }

  return (
    <main id="main" className="flex min-h-screen items-start justify-center px-4 py-16">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight text-brand-800">{t("common.appName")}</p>
        <Card className="space-y-4">
          <h1 className="text-xl font-semibold">{t("invite.title")}</h1>
          {body}
        </Card>
      </div>
    </main>
  );
}
