import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { forPage } from "@/lib/server/page-access";
import { isSetupNeeded } from "@/lib/server/setup";
import { SetupForm } from "./setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup"))("title") };
}

/** Shown only while the database has no user; afterwards it is a 404. */
export default async function SetupPage() {
  if (!(await forPage(isSetupNeeded))) notFound();
  const t = await getTranslations("setup");
  return (
    <Card>
      <h1 className="mb-2 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("intro")}</p>
      <SetupForm />
    </Card>
  );
}
