import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { auth } from "@/lib/server/auth";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { isSetupNeeded } from "@/lib/server/setup";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  let unavailable = false;
  try {
    if (await isSetupNeeded()) redirect("/setup");
  } catch (error) {
    // The form still shows, so that signing in works again as soon as the database is back.
    if (!isDatabaseUnavailable(error)) throw error;
    unavailable = true;
  }
  if (!unavailable && (await auth())?.user?.id) redirect("/companies");
  const params = await searchParams;
  const t = await getTranslations("signIn");
  const outage = await getTranslations("outage");
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : "/companies";
  return (
    <Card>
      <h1 className="mb-4 text-xl font-semibold">{t("title")}</h1>
      {params.signedOut ? <Alert className="mb-4">{t("signedOut")}</Alert> : null}
      {unavailable ? <Alert tone="error" className="mb-4" data-testid="sign-in-unavailable">{outage("signIn")}</Alert> : null}
      <SignInForm callbackUrl={callbackUrl} />
    </Card>
  );
}
