import "server-only";
import { can } from "@/lib/auth/permissions";
import { noticeBranding } from "@/lib/company/branding";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noticeDocumentFindings } from "@/lib/notice/check";
import { compileNotice, noticeDescribesNothing } from "@/lib/notice/compile";
import { diffNoticeDocuments, type SectionDiff } from "@/lib/notice/diff";
import { flattenSections, type NoticeDocument, type NoticeLanguage } from "@/lib/notice/document";
import { publishNoticeSchema, type PublishNoticeInput } from "@/lib/notice/publish-schema";
import { noticeBasePath, noticeLinks } from "@/lib/notice/public-paths";
import { renderNoticeHtml, renderNoticeMarkdown, renderNoticeText } from "@/lib/notice/render";
import { runChecks, type Finding } from "@/lib/register/checks";
import { languageOfFinding } from "@/lib/register/checks/languages";
import { findingHref as fieldHref } from "@/lib/register/finding-links";
import { osloDate } from "@/lib/register/dates";
import { LANGUAGES, languageOfStored, storedLanguage, type Language } from "@/lib/register/languages";
import { SNAPSHOT_FORMAT, type RegisterSnapshot } from "@/lib/register/snapshot";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { parseStoredSnapshot } from "@/lib/register/snapshot-upgrade";
import type { CompanyAccess } from "../access";
import { recordAudit } from "../audit";
import { db, type DbClient } from "../db";
import { readRegisterSnapshot } from "../register/snapshot";
import { storedNoticeDocument } from "./stored-document";

/**
 * A finding that blocks publishing, with the dashboard page where it is fixed, and the one
 * notice language it holds back (a missing text, LANG-001, or that language's generated notice,
 * NOT-001); null: it holds back every language.
 */
export type BlockingFinding = Finding & { href: string; language: Language | null };

/**
 * Where the DPO fixes a finding: the field in the activity editor or the company profile, the
 * catalog row (lib/register/finding-links.ts, the findings page's links too). A generated
 * notice's own findings (NOT-001) point into the document, which has no anchors: the notice page.
 */
function findingHref(companyId: string, finding: Finding): string {
  return finding.subject.kind === "notice" ? `/companies/${companyId}/notice` : fieldHref(companyId, finding);
}

/**
 * Everything that stops a publication: error-level legal findings in the register
 * and NOT-001 findings in the generated notice (each language's).
 */
export function blockingFindings(companyId: string, snapshot: RegisterSnapshot, documents: NoticeDocument[], now: Date): BlockingFinding[] {
  const register = runChecks(snapshot, { now })
    .filter((f) => f.severity === "error")
    .map((f) => ({ ...f, language: languageOfFinding(f) }));
  const generated = documents.flatMap((document) => noticeDocumentFindings(document).map((f) => ({ ...f, language: document.language })));
  return [...register, ...generated].map((f) => ({ ...f, href: findingHref(companyId, f) }));
}

/**
 * The languages a publication publishes (docs/decisions/027-publishing-per-language.md): none
 * while a finding holds back every language; otherwise each language but those with findings
 * of their own, so a complete bokmål notice is not held back by a missing English text.
 */
export function publishableLanguages(blocking: Pick<BlockingFinding, "language">[]): Language[] {
  if (blocking.some((f) => f.language === null)) return [];
  return LANGUAGES.filter((language) => !blocking.some((f) => f.language === language));
}

export type PublishedVersion = { id: string; number: number; publishedAt: string; snapshotSha256: string; languages: Language[] };

type Tx = Prisma.TransactionClient;

/**
 * Publishes the company's notice as a new immutable version (GDPR Art. 12(1),
 * 13, 14; WP260 on communicating changes). In one transaction: lock the company
 * row (so two publications cannot take the same number), snapshot the register,
 * refuse while error-level findings exist (409 with the list), compile and render
 * both languages once, store everything, and record the audit event. A company
 * that publishes with four eyes publishes through an approved request instead
 * (lib/server/notice/publish-requests.ts).
 */
export async function publishNotice(access: CompanyAccess, rawInput: PublishNoticeInput, now = new Date()): Promise<PublishedVersion> {
  if (!can(access.role, "notice.publish")) throw new AppError("FORBIDDEN");
  const input = publishNoticeSchema.parse(rawInput);
  return db().$transaction(
    async (tx) => {
      const company = await lockCompanyForPublishing(tx, access.company.id);
      if (company.publishNeedsApproval) throw new AppError("CONFLICT", "publishRequest.approvalRequired");
      return publishWithin(tx, access, input.changeSummary, now);
    },
    { timeout: 30_000 },
  );
}

/** Locks the company row for the rest of the transaction: publications and requests are serialised per company. */
export async function lockCompanyForPublishing(tx: Tx, companyId: string): Promise<{ publishNeedsApproval: boolean }> {
  const rows = await tx.$queryRaw<{ publish_needs_approval: boolean }[]>`SELECT publish_needs_approval FROM companies WHERE id = ${companyId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  return { publishNeedsApproval: row.publish_needs_approval };
}

/**
 * The publication itself, inside the caller's transaction (which holds the company lock):
 * `publishNotice` for a direct publication, the approval of a four-eyes request for the other.
 * `expectedSha256`, when given, is the register the approver saw; a changed register is refused.
 */
export async function publishWithin(tx: Tx, access: CompanyAccess, changeSummary: string, now: Date, expectedSha256?: string): Promise<PublishedVersion> {
  const companyId = access.company.id;
  const snapshot = await readRegisterSnapshot(tx, companyId, now);
  if (noticeDescribesNothing(snapshot)) throw new AppError("CONFLICT", "emptyRegister.publishRefused");
  const snapshotSha256 = registerFingerprint(snapshot);
  if (expectedSha256 !== undefined && expectedSha256 !== snapshotSha256) throw new AppError("CONFLICT", "publishRequest.registerChanged");
  const last = await tx.noticeVersion.findFirst({ where: { companyId }, orderBy: { number: "desc" }, select: { number: true, snapshot: true } });
  const number = (last?.number ?? 0) + 1;
  const publishedOn = osloDate(now);
  const previous = last ? { version: last.number, snapshot: parseStoredSnapshot(last.snapshot) } : null;
  const en = compileNotice(snapshot, "en", { version: number, publishedOn, previous });
  const nb = compileNotice(snapshot, "nb", { version: number, publishedOn, previous });
  const blocking = blockingFindings(companyId, snapshot, [en, nb], now);
  const languages = publishableLanguages(blocking);
  if (languages.length === 0) throw new AppError("CONFLICT", "notice.blocked", undefined, { findings: blocking });

  const slug = snapshot.company.slug;
  // The company's look goes into the version: its page shows what was published (024).
  const look = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { accentColour: true, logoSha256: true } });
  const branding = noticeBranding(look);
  const version = await tx.noticeVersion.create({
    data: {
      companyId,
      number,
      publishedAt: now,
      publishedById: access.user.id,
      publishedByName: access.user.name,
      changeSummary,
      snapshot,
      snapshotSha256,
      // A held-back language is rendered too (the version is whole) but is not public.
      languages: languages.map(storedLanguage),
      htmlEn: renderNoticeHtml(en, { mode: "page", links: noticeLinks(slug, "en"), branding }),
      htmlNb: renderNoticeHtml(nb, { mode: "page", links: noticeLinks(slug, "nb"), branding }),
      markdownEn: renderNoticeMarkdown(en),
      markdownNb: renderNoticeMarkdown(nb),
      textEn: renderNoticeText(en),
      textNb: renderNoticeText(nb),
      documentEn: en,
      documentNb: nb,
      accentColour: look.accentColour,
      logoSha256: look.logoSha256,
    },
    select: { id: true, number: true, publishedAt: true, snapshotSha256: true },
  });
  await recordAudit(tx, {
    companyId,
    actorId: access.user.id,
    action: "PUBLISH",
    entityType: "NoticeVersion",
    entityId: version.id,
    after: { number, snapshotSha256, changeSummary, languages },
  });
  return { id: version.id, number: version.number, publishedAt: version.publishedAt.toISOString(), snapshotSha256: version.snapshotSha256, languages };
}

/**
 * The fingerprint of the register as last published, or null before the first
 * publication. A version stored in the current snapshot format carries it in
 * `snapshotSha256`; an older one is read through the upgrades first, so that
 * a new snapshot format alone does not count as an unpublished change.
 */
async function publishedFingerprint(client: DbClient, companyId: string): Promise<string | null> {
  const last = await client.noticeVersion.findFirst({ where: { companyId }, orderBy: { number: "desc" }, select: { number: true, snapshotSha256: true } });
  if (!last) return null;
  const where = { companyId_number: { companyId, number: last.number } };
  const inCurrentFormat = await client.noticeVersion.count({ where: { companyId, number: last.number, snapshot: { path: ["format"], equals: SNAPSHOT_FORMAT } } });
  if (inCurrentFormat > 0) return last.snapshotSha256;
  const stored = await client.noticeVersion.findUniqueOrThrow({ where, select: { snapshot: true } });
  return registerFingerprint(parseStoredSnapshot(stored.snapshot));
}

/**
 * Whether the register changed since the last publication (or was never
 * published). Pass the snapshot when the caller has read it already.
 */
export async function hasUnpublishedChanges(access: CompanyAccess, current?: RegisterSnapshot): Promise<boolean> {
  const [snapshot, published] = await Promise.all([current ?? readRegisterSnapshot(db(), access.company.id), publishedFingerprint(db(), access.company.id)]);
  return published !== registerFingerprint(snapshot);
}

type NoticeVersionSummary = { number: number; publishedAt: string; publishedByName: string; changeSummary: string | null; languages: Language[] };

/**
 * What a publication would put on the public page of one language: its address, title and
 * the sections that differ from what is public now (all of them at the first publication).
 */
export type GoingLive = {
  language: NoticeLanguage;
  path: string;
  title: string;
  sectionCount: number;
  changed: { id: string; heading: string; status: "added" | "removed" | "changed" }[];
};

export type NoticeWorkspace = {
  language: NoticeLanguage;
  draft: NoticeDocument;
  published: (NoticeVersionSummary & { document: NoticeDocument }) | null;
  diff: SectionDiff[];
  blocking: BlockingFinding[];
  /** The company's notice languages: each is published only when its texts are complete (LANG-001). */
  noticeLanguages: Language[];
  /** What a publication now would publish (ADR 027); empty while a finding holds back every language. */
  publishable: Language[];
  /** Languages held back by their own findings, with the version their public page keeps (null: none yet). */
  held: { language: Language; publicVersion: number | null }[];
  unpublishedChanges: boolean;
  versions: NoticeVersionSummary[];
  /** The languages that would be published, for the publish confirmation. */
  goingLive: GoingLive[];
  /** The register's activities, and whether the notice would describe none of them (nothing to publish). */
  activityCount: number;
  describesNothing: boolean;
};

/** What the notice page of the dashboard shows: the draft beside the published version, the diff and what blocks publishing. */
export async function getNoticeWorkspace(access: CompanyAccess, language: NoticeLanguage, now = new Date()): Promise<NoticeWorkspace> {
  const companyId = access.company.id;
  const [snapshot, rows, publishedSha256] = await Promise.all([
    readRegisterSnapshot(db(), companyId, now),
    db().noticeVersion.findMany({
      where: { companyId },
      orderBy: { number: "desc" },
      select: { number: true, publishedAt: true, publishedByName: true, changeSummary: true, languages: true },
    }),
    publishedFingerprint(db(), companyId),
  ]);
  const latest = rows[0];
  // What is public in a language is the latest version that published it (ADR 027).
  const latestIn = (lang: NoticeLanguage) => rows.find((r) => r.languages.includes(storedLanguage(lang)));
  const stored = new Map(
    await Promise.all(
      [...new Set([latest, ...LANGUAGES.map(latestIn)].flatMap((r) => (r ? [r.number] : [])))].map(
        async (number) => [number, await db().noticeVersion.findUniqueOrThrow({ where: { companyId_number: { companyId, number } }, select: { documentEn: true, documentNb: true, snapshot: true } })] as const,
      ),
    ),
  );
  const publishedIn = (lang: NoticeLanguage) => {
    const row = latestIn(lang);
    const version = row ? stored.get(row.number) : undefined;
    return version ? storedNoticeDocument(lang === "nb" ? version.documentNb : version.documentEn) : null;
  };
  const publishedDocument = publishedIn(language);
  const latestStored = latest ? stored.get(latest.number) : undefined;
  const previous = latest && latestStored ? { version: latest.number, snapshot: parseStoredSnapshot(latestStored.snapshot) } : null;
  const draftIn = (lang: NoticeLanguage) => compileNotice(snapshot, lang, { version: null, publishedOn: null, previous });
  // Diff with the published version's own metadata, so only register changes show.
  const diffIn = (lang: NoticeLanguage, draftDocument: NoticeDocument) => {
    const before = publishedIn(lang);
    const comparable = before ? compileNotice(snapshot, lang, { version: before.version, publishedOn: before.publishedOn, previous }) : draftDocument;
    return diffNoticeDocuments(before, comparable);
  };
  const otherLanguage: NoticeLanguage = language === "nb" ? "en" : "nb";
  const draft = draftIn(language);
  const other = draftIn(otherLanguage);
  const diffs = { [language]: diffIn(language, draft), [otherLanguage]: diffIn(otherLanguage, other) } as Record<NoticeLanguage, SectionDiff[]>;
  const blocking = blockingFindings(companyId, snapshot, [draft, other], now);
  const publishable = publishableLanguages(blocking);
  const goingLive = publishable.map((lang): GoingLive => {
    const document = lang === language ? draft : other;
    const changed = diffs[lang].flatMap((d) => (d.status === "unchanged" ? [] : [{ id: d.id, heading: d.heading, status: d.status }]));
    return { language: lang, path: noticeBasePath(access.company.slug, lang), title: document.title, sectionCount: flattenSections(document.sections).length, changed };
  });
  const summary = (r: NonNullable<typeof latest>): NoticeVersionSummary => ({
    number: r.number,
    publishedAt: r.publishedAt.toISOString(),
    publishedByName: r.publishedByName,
    changeSummary: r.changeSummary,
    languages: r.languages.map(languageOfStored),
  });
  const publishedRow = latestIn(language);
  return {
    language,
    draft,
    published: publishedRow && publishedDocument ? { ...summary(publishedRow), document: publishedDocument } : null,
    diff: diffs[language],
    blocking,
    noticeLanguages: snapshot.company.noticeLanguages,
    publishable,
    held: publishable.length === 0 ? [] : LANGUAGES.filter((lang) => !publishable.includes(lang)).map((lang) => ({ language: lang, publicVersion: latestIn(lang)?.number ?? null })),
    unpublishedChanges: publishedSha256 !== registerFingerprint(snapshot),
    versions: rows.map(summary),
    goingLive,
    activityCount: snapshot.activities.length,
    describesNothing: noticeDescribesNothing(snapshot),
  };
}
