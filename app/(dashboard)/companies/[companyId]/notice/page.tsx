import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BlockingFindings } from "@/components/notice/blocking-findings";
import { NoticePreview } from "@/components/notice/notice-preview";
import { FourEyesPublish } from "@/components/notice/four-eyes";
import { PublishForm } from "@/components/notice/publish-form";
import { SectionDiffList } from "@/components/notice/section-diff";
import { PublishGate } from "@/components/translation/publish-gate";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { noticeBasePath } from "@/lib/notice/public-paths";
import { strings } from "@/lib/notice/lang";
import { getPublishApproval } from "@/lib/server/notice/publish-requests";
import { getNoticeWorkspace } from "@/lib/server/notice/versions";
import { pageCompanyAccess } from "@/lib/server/page-access";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notice"))("title") };
}

export default async function NoticePage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<{ lang?: string }> }) {
  const { companyId } = await params;
  const { lang } = await searchParams;
  const access = await pageCompanyAccess(companyId);
  const uiLocale = (await getLocale()) === "nb" ? "nb" : "en";
  const language = lang === "nb" || lang === "en" ? lang : uiLocale;
  const [workspace, approval] = await Promise.all([getNoticeWorkspace(access, language), getPublishApproval(access)]);
  const t = await getTranslations("notice");
  const slug = access.company.slug;
  const published = workspace.published;
  const nextNumber = (workspace.versions[0]?.number ?? 0) + 1;
  const date = (iso: string) => strings(uiLocale).date(iso.slice(0, 10));
  const base = `/companies/${access.company.id}/notice`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />

      <Card className="space-y-4">
        {published ? (
          <p className="text-sm">{t("lastPublished", { number: published.number, date: date(published.publishedAt), name: published.publishedByName })}</p>
        ) : null}
        <Alert tone={workspace.unpublishedChanges ? "info" : "success"} data-testid="notice-status">
          {!published ? t("neverPublished") : workspace.unpublishedChanges ? t("unpublishedChanges") : t("upToDate")}
        </Alert>
        {published ? (
          <p className="text-sm">
            {t("publicPages")}:{" "}
            <a className="underline" href={noticeBasePath(slug, "en")}>
              {t("english")}
            </a>{" "}
            ·{" "}
            <a className="underline" href={noticeBasePath(slug, "nb")}>
              {t("bokmal")}
            </a>{" "}
            ·{" "}
            <a className="underline" href={`${noticeBasePath(slug, uiLocale)}/versions`}>
              {t("archive")}
            </a>
          </p>
        ) : null}
        {workspace.blocking.length > 0 ? (
          <div className="space-y-2">
            <h2 className="text-base font-semibold">{t("blockedTitle")}</h2>
            <p className="text-sm text-slate-700">{t("blocked")}</p>
            <PublishGate companyId={access.company.id} languages={workspace.noticeLanguages} findings={workspace.blocking} locale={uiLocale} />
            <BlockingFindings findings={workspace.blocking} locale={uiLocale} fixLabel={t("fix")} />
          </div>
        ) : null}
        {can(access.role, "notice.publish") ? (
          workspace.blocking.length === 0 ? (
            approval.publishNeedsApproval ? (
              <FourEyesPublish companyId={access.company.id} userId={access.user.id} pending={approval.pending} recent={approval.recent} />
            ) : (
              <PublishForm companyId={access.company.id} nextNumber={nextNumber} locale={uiLocale} />
            )
          ) : null
        ) : (
          <p className="text-sm text-slate-600">{t("cannotPublish")}</p>
        )}
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("diffTitle")}</h2>
        <SectionDiffList diff={workspace.diff} labels={{ added: t("added"), removed: t("removed"), changed: t("changed"), none: t("diffNone") }} />
      </Card>

      <nav aria-label={t("previewIn")} className="flex gap-3 text-sm">
        <span>{t("previewIn")}:</span>
        <Link className={language === "en" ? "font-semibold underline" : "underline"} href={`${base}?lang=en`} aria-current={language === "en" ? "page" : undefined}>
          {t("english")}
        </Link>
        <Link className={language === "nb" ? "font-semibold underline" : "underline"} href={`${base}?lang=nb`} aria-current={language === "nb" ? "page" : undefined}>
          {t("bokmal")}
        </Link>
      </nav>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t("draft")}</h2>
          <NoticePreview document={workspace.draft} />
        </Card>
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{published ? t("published", { number: published.number }) : t("noPublished")}</h2>
          {published ? <NoticePreview document={published.document} /> : null}
        </Card>
      </div>

      {workspace.versions.length > 0 ? (
        <Card className="space-y-2">
          <h2 className="text-lg font-semibold">{t("versions")}</h2>
          <ol className="space-y-1 text-sm">
            {workspace.versions.map((v) => (
              <li key={v.number}>
                <a className="underline" href={`${noticeBasePath(slug, language)}/versions/${v.number}`}>
                  {t("lastPublished", { number: v.number, date: date(v.publishedAt), name: v.publishedByName })}
                </a>
                {v.changeSummary ? <span className="text-slate-700"> — {v.changeSummary}</span> : null}
                {v.number > 1 ? (
                  <>
                    {" "}
                    ·{" "}
                    <a className="underline" href={`${noticeBasePath(slug, language)}/diff?from=${v.number - 1}&to=${v.number}`}>
                      {t("compareWithPrevious", { number: v.number - 1 })}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>
      ) : null}
    </div>
  );
}
