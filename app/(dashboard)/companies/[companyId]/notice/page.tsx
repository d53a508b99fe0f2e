import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyRegisterGuidance } from "@/components/company/empty-register-guidance";
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
import { languageName } from "@/lib/register/languages";
import { countSuggestions } from "@/lib/server/catalogs";
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
  const [workspace, approval, suggestions] = await Promise.all([getNoticeWorkspace(access, language), getPublishApproval(access), countSuggestions(access)]);
  const t = await getTranslations("notice");
  const te = await getTranslations("emptyRegister");
  const slug = access.company.slug;
  const published = workspace.published;
  const nextNumber = (workspace.versions[0]?.number ?? 0) + 1;
  const date = (iso: string) => strings(uiLocale).date(iso.slice(0, 10));
  const base = `/companies/${access.company.id}/notice`;

  const tp = await getTranslations("noticePage");
  const languageSwitch = (
    <nav aria-label={t("previewIn")} className="flex gap-3 text-sm">
      <span>{t("previewIn")}:</span>
      <Link className={language === "en" ? "font-semibold underline" : "underline"} href={`${base}?lang=en`} aria-current={language === "en" ? "page" : undefined}>
        {t("english")}
      </Link>
      <Link className={language === "nb" ? "font-semibold underline" : "underline"} href={`${base}?lang=nb`} aria-current={language === "nb" ? "page" : undefined}>
        {t("bokmal")}
      </Link>
    </nav>
  );

  // The preview comes first and takes the full width: what the public will read is what the
  // DPO checks; the changes (closed per section), publishing and the archive follow it.
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />

      {workspace.activityCount === 0 ? (
        <EmptyRegisterGuidance base={`/companies/${access.company.id}`} canWrite={can(access.role, "register.write")} suggestions={suggestions} />
      ) : workspace.describesNothing ? (
        <Alert data-testid="notice-describes-nothing">{te("textDrafts")}</Alert>
      ) : null}

      <div className="space-y-2">
        <Alert tone={workspace.unpublishedChanges ? "info" : "success"} data-testid="notice-status">
          {!published ? t("neverPublished") : workspace.unpublishedChanges ? t("unpublishedChanges") : t("upToDate")}
        </Alert>
        {published ? (
          <p className="text-sm">
            {t("lastPublished", { number: published.number, date: date(published.publishedAt), name: published.publishedByName })} {t("publicPages")}:{" "}
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
      </div>

      <Card className="space-y-3" data-testid="notice-preview">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">
            {tp("previewTitle")}: {t("draft")}
          </h2>
          {languageSwitch}
        </div>
        <div role="region" aria-label={t("draft")} tabIndex={0} className="max-h-[75vh] overflow-y-auto rounded-md border border-slate-200 px-5 py-3 focus-visible:outline-2 focus-visible:outline-brand-700">
          <NoticePreview document={workspace.draft} />
        </div>
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("diffTitle")}</h2>
        {workspace.diff.some((d) => d.status !== "unchanged") ? <p className="text-sm text-slate-600">{tp("changesHint")}</p> : null}
        <SectionDiffList diff={workspace.diff} labels={{ added: t("added"), removed: t("removed"), changed: t("changed"), none: t("diffNone") }} />
      </Card>

      <Card className="space-y-4" id="publish">
        {workspace.blocking.length > 0 ? (
          <div className="space-y-2">
            {/* Only some languages held back (ADR 027): the others can be published now. */}
            <h2 className="text-base font-semibold">{workspace.publishable.length > 0 ? t("heldTitle") : t("blockedTitle")}</h2>
            <p className="text-sm text-slate-700">{workspace.publishable.length > 0 ? t("held") : t("blocked")}</p>
            <PublishGate companyId={access.company.id} languages={workspace.noticeLanguages} findings={workspace.blocking} held={workspace.held} locale={uiLocale} />
            <BlockingFindings findings={workspace.blocking} locale={uiLocale} fixLabel={t("fix")} />
          </div>
        ) : null}
        {!can(access.role, "notice.publish") ? (
          <p className="text-sm text-slate-600">{t("cannotPublish")}</p>
        ) : workspace.describesNothing ? (
          // Nothing to publish: no form that invites publishing an empty notice.
          <p className="text-sm text-slate-700" data-testid="nothing-to-publish">
            {te("cannotPublishYet")}
          </p>
        ) : workspace.publishable.length > 0 ? (
          approval.publishNeedsApproval ? (
            <FourEyesPublish companyId={access.company.id} userId={access.user.id} pending={approval.pending} recent={approval.recent} />
          ) : (
            <PublishForm companyId={access.company.id} nextNumber={nextNumber} locale={uiLocale} goingLive={workspace.goingLive} />
          )
        ) : null}
      </Card>

      {published ? (
        <Card>
          <details>
            <summary className="cursor-pointer">
              <h2 className="inline text-lg font-semibold">{tp("publishedPreview", { number: published.number })}</h2>
            </summary>
            <div className="mt-3">
              <NoticePreview document={published.document} />
            </div>
          </details>
        </Card>
      ) : null}

      {workspace.versions.length > 0 ? (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t("versions")}</h2>
          <ol className="space-y-1 text-sm">
            {workspace.versions.map((v) => (
              <li key={v.number}>
                <a className="underline" href={`${noticeBasePath(slug, language)}/versions/${v.number}`}>
                  {t("lastPublished", { number: v.number, date: date(v.publishedAt), name: v.publishedByName })}
                </a>
                {v.languages.length < workspace.noticeLanguages.length ? <span className="text-slate-700"> ({t("versionLanguages", { languages: v.languages.map((l) => languageName(l, uiLocale)).join(", ") })})</span> : null}
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
          {workspace.versions.length > 1 ? <CompareVersionsForm action={`${noticeBasePath(slug, language)}/diff`} versions={workspace.versions.map((v) => v.number)} /> : null}
        </Card>
      ) : null}
    </div>
  );
}

/** Any two published versions, compared on the public diff page (a plain GET form). */
async function CompareVersionsForm({ action, versions }: { action: string; versions: number[] }) {
  const tp = await getTranslations("noticePage");
  return (
    <form method="get" action={action} aria-labelledby="compare-versions-title" className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <h3 id="compare-versions-title" className="w-full text-sm font-semibold">
        {tp("compareTitle")} <span className="font-normal text-slate-600">— {tp("compareHint")}</span>
      </h3>
      <VersionSelect label={tp("from")} name="from" versions={versions} selected={versions[1]} />
      <VersionSelect label={tp("to")} name="to" versions={versions} selected={versions[0]} />
      <button type="submit" className="h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
        {tp("compare")}
      </button>
    </form>
  );
}

function VersionSelect({ label, name, versions, selected }: { label: string; name: string; versions: number[]; selected: number | undefined }) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select name={name} defaultValue={selected} className="block h-10 rounded-md border border-slate-300 bg-white px-2 text-sm">
        {versions.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
