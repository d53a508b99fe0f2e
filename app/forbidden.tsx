import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The "not allowed" page. A dashboard page that refuses renders it inside the dashboard's
 * layout, which already holds the one main landmark; so this is a plain block with a way back
 * (the companies list, which opens a DPO's only company directly).
 */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <div className="mx-auto max-w-xl px-4 py-16" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <Link href="/companies" className="mt-6 inline-block text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
