import { RESERVED_FIRST_SEGMENTS } from "@/lib/register/slug";
import type { NoticeLanguage } from "./document";

/**
 * URLs of a company's public notice. The English notice lives at /{slug}, the
 * bokmål one at /{slug}/nb; each has an archive, a diff, an embeddable view and
 * Markdown, plain-text and JSON variants.
 */
export type NoticeLinks = {
  self: string;
  alternates: Record<NoticeLanguage, string>;
  versions: string;
  formats: { markdown: string; text: string; json: string };
};

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** Whether a path segment can be a company slug at all (cheap check before any database read). */
export function isPossibleSlug(segment: string): boolean {
  return SLUG.test(segment) && !RESERVED_FIRST_SEGMENTS.has(segment);
}

const PUBLIC_SUFFIX = /^(?:\/nb)?(?:\/(?:embed|versions(?:\/\d{1,6})?|diff|notice\.(?:md|txt|json)))?\/?$/;

/** Whether a request path is one of the public notice routes (the proxy leaves their headers alone). */
export function isPublicNoticePath(pathname: string): boolean {
  const match = /^\/([^/]+)(.*)$/.exec(pathname);
  if (!match) return false;
  const [, first = "", rest = ""] = match;
  return isPossibleSlug(first) && PUBLIC_SUFFIX.test(rest);
}

export function noticeBasePath(slug: string, language: NoticeLanguage): string {
  return language === "nb" ? `/${slug}/nb` : `/${slug}`;
}

/** Links for the latest version's page (stored at publication) or an archived version's page. */
export function noticeLinks(slug: string, language: NoticeLanguage, version?: number): NoticeLinks {
  const base = (lang: NoticeLanguage) => noticeBasePath(slug, lang);
  const page = (lang: NoticeLanguage) => (version === undefined ? base(lang) : `${base(lang)}/versions/${version}`);
  return {
    self: page(language),
    alternates: { en: page("en"), nb: page("nb") },
    versions: `${base(language)}/versions`,
    formats: { markdown: `${base(language)}/notice.md`, text: `${base(language)}/notice.txt`, json: `${base(language)}/notice.json` },
  };
}
