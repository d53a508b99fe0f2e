import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AddTemplateButton } from "@/components/templates/add-template-button";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { searchTemplates, TEMPLATE_CATEGORIES, type TemplateCategory } from "@/lib/register/templates";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

const isCategory = (value: string | undefined): value is TemplateCategory => TEMPLATE_CATEGORIES.some((category) => category === value);

/** The template gallery: pick a typical activity, and it is added as a draft (lib/register/templates). */
export default async function TemplatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<{ q?: string; category?: string }>;
}) {
  const { companyId } = await params;
  // Adding is what the gallery is for: only those who keep the register reach it.
  const access = await pageCompanyAccess(companyId, "register.write");
  const { q, category } = await searchParams;
  const query = (typeof q === "string" ? q : "").slice(0, 100);
  const chosen = isCategory(category) ? category : undefined;
  const found = searchTemplates(query, chosen);
  const [t, ta] = await Promise.all([getTranslations("templates"), getTranslations("activities")]);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const base = `/companies/${access.company.id}/activities`;
  return (
    <div className="space-y-6">
      <Link href={base} className="text-sm text-brand-700 hover:underline">
        {ta("backToRegister")}
      </Link>
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_auto]">
        <div className="space-y-1">
          <Label htmlFor="template-q">{t("search")}</Label>
          <Input id="template-q" name="q" type="search" defaultValue={query} placeholder={t("searchHint")} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="template-category">{t("category")}</Label>
          <Select id="template-category" name="category" defaultValue={chosen ?? ""}>
            <option value="">{t("anyCategory")}</option>
            {TEMPLATE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonVariants({ variant: "secondary" })}>
            {t("apply")}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t("count", { count: found.length })}
      </p>
      {found.length === 0 ? <p>{t("noMatch")}</p> : null}
      {TEMPLATE_CATEGORIES.map((c) => {
        const inCategory = found.filter((template) => template.category === c);
        if (inCategory.length === 0) return null;
        return (
          <section key={c} aria-labelledby={`category-${c}`} className="space-y-3">
            <h2 id={`category-${c}`} className="text-lg font-semibold">
              {t(`categories.${c}`)}
            </h2>
            <ul className="grid gap-3 md:grid-cols-2">
              {inCategory.map((template) => (
                <li key={template.id} aria-labelledby={`template-${template.id}`} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-template={template.id}>
                  <h3 id={`template-${template.id}`} className="font-medium">
                    {template.name[locale]}
                  </h3>
                  <p className="text-sm text-slate-700">{template.summary[locale]}</p>
                  <details className="text-sm">
                    <summary className="cursor-pointer text-brand-800">{t("assumes")}</summary>
                    <ul className="mt-1 list-disc pl-5 text-slate-700">
                      {template.assumptions.map((assumption) => (
                        <li key={assumption.en}>{assumption[locale]}</li>
                      ))}
                    </ul>
                  </details>
                  <div className="mt-auto">
                    <AddTemplateButton companyId={access.company.id} templateId={template.id} name={template.name[locale]} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
