import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogSection, type CatalogRow } from "@/components/catalog/catalog-section";
import { CatalogSuggestions } from "@/components/catalog/catalog-suggestions";
import { can } from "@/lib/auth/permissions";
import { CATALOG_KINDS } from "@/lib/register/catalog-schemas";
import { SUGGESTION_KINDS } from "@/lib/register/suggestions";
import { listCatalog } from "@/lib/server/catalogs";
import { pageCompanyAccess } from "@/lib/server/page-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogs"))("title") };
}

export default async function CatalogsPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const access = await pageCompanyAccess(companyId);
  const locale = (await getLocale()) === "nb" ? "nb" : "en";
  const t = await getTranslations("catalogs");
  const all = await Promise.all(CATALOG_KINDS.map(async (kind) => [kind, (await listCatalog(access, kind)) as CatalogRow[]] as const));
  // Suggestions are offered apart from the catalogs (ADR 018): they are not the company's entries yet.
  const catalogs = all.map(([kind, rows]) => [kind, rows.filter((row) => row.suggested !== true)] as const);
  const suggestions = SUGGESTION_KINDS.map((kind) => ({ kind, rows: (all.find(([k]) => k === kind)?.[1] ?? []).filter((row) => row.suggested === true) }));
  const recipients = (catalogs.find(([kind]) => kind === "recipients")?.[1] ?? []).map((r) => ({ id: r.id, name: String(r.name) }));
  const readOnly = !can(access.role, "register.write");
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
        <nav aria-label={t("title")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {CATALOG_KINDS.map((kind) => (
              <li key={kind}>
                <a className="text-brand-800 underline" href={`#${kind}`}>
                  {t(`kinds.${kind}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <CatalogSuggestions companyId={access.company.id} suggestions={suggestions} readOnly={readOnly} locale={locale} />
      {catalogs.map(([kind, rows]) => (
        <CatalogSection key={kind} companyId={access.company.id} kind={kind} rows={rows} recipients={recipients} readOnly={readOnly} locale={locale} />
      ))}
    </div>
  );
}
