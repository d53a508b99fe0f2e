import "server-only";
import type { NoticeDocument, NoticeLanguage } from "@/lib/notice/document";
import { noticeBranding } from "@/lib/company/branding";
import { isPossibleSlug } from "@/lib/notice/public-paths";
import { storedLanguage } from "@/lib/register/languages";
import { db } from "../db";
import { storedNoticeDocument } from "./stored-document";

/** The stored renderings of a version, by language and format. */
export type StoredFormat = "html" | "markdown" | "text" | "document";
type Column = `${StoredFormat}${"En" | "Nb"}`;

const COLUMNS: readonly Column[] = ["htmlEn", "htmlNb", "markdownEn", "markdownNb", "textEn", "textNb", "documentEn", "documentNb"];

function column(format: StoredFormat, language: NoticeLanguage): Column {
  return `${format}${language === "nb" ? "Nb" : "En"}`;
}

/** Selects only the one rendering asked for (the others are large). */
function selectOnly(col: Column) {
  return Object.fromEntries(COLUMNS.map((c) => [c, c === col])) as Record<Column, boolean>;
}

/** The company's look when the version was published (docs/decisions/024-company-branding.md). */
export type VersionBranding = { accentColour: string | null; logoSrc: string | null };

export type StoredRendering = { number: number; snapshotSha256: string; content: unknown; branding: VersionBranding };

const LOOK = { accentColour: true, logoSha256: true } as const;

/**
 * The latest version published in the language, its stored rendering for a company slug: one
 * indexed query (companies.slug → notice_versions (company_id, number)) that reads only the
 * column asked for. Null for an unknown slug, or a company that has published nothing in that
 * language (a draft is never public, nor a language a version held back: ADR 027).
 */
export async function latestPublished(slug: string, language: NoticeLanguage, format: StoredFormat): Promise<StoredRendering | null> {
  if (!isPossibleSlug(slug)) return null;
  const col = column(format, language);
  const row = await db().noticeVersion.findFirst({
    where: { company: { slug }, languages: { has: storedLanguage(language) } },
    orderBy: { number: "desc" },
    select: { number: true, snapshotSha256: true, ...LOOK, ...selectOnly(col) },
  });
  if (!row) return null;
  return { number: row.number, snapshotSha256: row.snapshotSha256, content: (row as Record<string, unknown>)[col], branding: noticeBranding(row) };
}

/** One archived version's structured document (rendered on request with archive links). */
export async function publishedVersion(
  slug: string,
  number: number,
  language: NoticeLanguage,
): Promise<{ number: number; snapshotSha256: string; document: NoticeDocument; branding: VersionBranding } | null> {
  if (!isPossibleSlug(slug) || !Number.isSafeInteger(number) || number < 1) return null;
  const col = column("document", language);
  const row = await db().noticeVersion.findFirst({
    where: { company: { slug }, number, languages: { has: storedLanguage(language) } },
    select: { number: true, snapshotSha256: true, ...LOOK, ...selectOnly(col) },
  });
  if (!row) return null;
  return { number: row.number, snapshotSha256: row.snapshotSha256, document: storedNoticeDocument((row as Record<string, unknown>)[col]), branding: noticeBranding(row) };
}

export type ArchiveEntry = { number: number; publishedAt: string; changeSummary: string | null; snapshotSha256: string };

/** The archive of a company's versions published in the language, newest first, with the company's name. */
export async function publishedArchive(slug: string, language: NoticeLanguage): Promise<{ companyName: string; versions: ArchiveEntry[]; branding: VersionBranding } | null> {
  if (!isPossibleSlug(slug)) return null;
  const company = await db().company.findUnique({
    where: { slug },
    select: {
      legalName: true,
      noticeVersions: { where: { languages: { has: storedLanguage(language) } }, orderBy: { number: "desc" }, select: { number: true, publishedAt: true, changeSummary: true, snapshotSha256: true, ...LOOK } },
    },
  });
  if (!company || company.noticeVersions.length === 0) return null;
  return {
    companyName: company.legalName,
    // The archive looks like the latest version's page.
    branding: noticeBranding(company.noticeVersions[0]!),
    versions: company.noticeVersions.map((v) => ({ number: v.number, publishedAt: v.publishedAt.toISOString(), changeSummary: v.changeSummary, snapshotSha256: v.snapshotSha256 })),
  };
}
