import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TranslationImportForm } from "@/components/translation/translation-import-form";
import { TranslationList, type TranslationItem } from "@/components/translation/translation-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { isLanguage, languageName } from "@/lib/register/languages";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { getTranslationWork } from "@/lib/server/translations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("translations"))("title") };
}

/**
 * The translation view (issue 9): every text of the register missing in a notice language or
 * changed in its source since it was translated, across activities and catalogs, written in
 * place; or downloaded for a translator and imported back.
 */
export default async function TranslationsPage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<{ lang?: string }> }) {
  const { companyId } = await params;
  const { lang } = await searchParams;
  const access = await pageCompanyAccess(companyId);
  const ui = (await getLocale()) === "nb" ? "nb" : "en";
  const language = isLanguage(lang) ? lang : undefined;
  const { rows, noticeLanguages, primaryLanguage } = await getTranslationWork(access, language);
  const t = await getTranslations("translations");
  const base = `/companies/${access.company.id}/translations`;
  const canEdit = can(access.role, "register.write");
  const items: TranslationItem[] = rows.map((row) => {
    const where = `${row.owner[ui]}: ${row.what[ui]}`;
    return {
      subjectKey: row.subjectKey,
      field: row.field,
      language: row.language,
      status: row.status,
      where: where.charAt(0).toUpperCase() + where.slice(1),
      href: row.href,
      sourceLanguageName: languageName(row.source.language, ui),
      targetLanguageName: languageName(row.language, ui),
      source: row.source.text,
      current: row.current,
      short: row.short,
      optional: row.optional,
    };
  });
  const targets = noticeLanguages.filter((l) => l !== primaryLanguage);
  const download = `/api/companies/${access.company.id}/translations/xlsx${language ? `?lang=${language}` : ""}`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("filter")} className="flex flex-wrap gap-3 text-sm">
        <span>{t("filter")}:</span>
        <Link className={language ? "underline" : "font-semibold underline"} href={base} aria-current={language ? undefined : "page"}>
          {t("all")}
        </Link>
        {(targets.length > 0 ? targets : noticeLanguages).map((l) => (
          <Link key={l} className={language === l ? "font-semibold underline" : "underline"} href={`${base}?lang=${l}`} aria-current={language === l ? "page" : undefined}>
            {t("into", { language: languageName(l, ui) })}
          </Link>
        ))}
      </nav>
      <Card className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" data-testid="translation-count">
          {items.length === 0 ? t("none") : t("count", { count: items.length })}
        </p>
        <a className="text-sm font-medium underline" href={download} download>
          {t("download")}
        </a>
      </Card>
      {canEdit ? null : <p className="text-sm text-slate-600">{t("readOnly")}</p>}
      <TranslationList companyId={access.company.id} items={items} canEdit={canEdit} />
      {canEdit ? <TranslationImportForm companyId={access.company.id} /> : null}
    </div>
  );
}
