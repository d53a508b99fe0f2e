import "server-only";
import { diffNoticeDocuments } from "@/lib/notice/diff";
import type { NoticeDocument, NoticeLanguage } from "@/lib/notice/document";
import { strings } from "@/lib/notice/lang";
import { noticeBasePath, noticeLinks } from "@/lib/notice/public-paths";
import { escapeHtml, renderNoticeHtml, renderNoticeJson, renderPlainPage } from "@/lib/notice/render";
import { PAGE_STRINGS } from "@/lib/notice/render/page-strings";
import crypto from "node:crypto";
import { DatabaseUnavailableError, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../database-unavailable";
import { forget, keep, lastKept } from "./public-cache";
import { storedNoticeDocument } from "./stored-document";
import { latestPublished, publishedArchive, publishedVersion, type ArchiveEntry, type VersionBranding } from "./public";

// The public notice is static text: nothing may run, load or be sent anywhere (no scripts,
// no third-party requests, no forms). Only the embed view may be framed by other sites.
// The typeface and the company's logo come from the app itself ('self'), never another site.
// The archive's one form (compare two versions) is a GET to the app's own diff page.
const PUBLIC_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const ARCHIVE_CSP = PUBLIC_CSP.replace("form-action 'none'", "form-action 'self'");
const EMBED_CSP = PUBLIC_CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

// Browsers ask again each time (a 304 when unchanged); a shared cache (CDN, reverse proxy) may
// answer for 10 s, refresh in the background for a minute after that, and keep serving its
// copy for a day while this server answers errors. A newly published version shows within
// about a minute everywhere (docs/decisions/013).
const LATEST_CACHE = "public, max-age=0, s-maxage=10, stale-while-revalidate=60, stale-if-error=86400";
const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

export type PublicFormat = "html" | "embed" | "markdown" | "text" | "json";
/** What a response is: a public format, or the archive page (HTML with its compare form). */
type ResponseKind = PublicFormat | "archive";

const CONTENT_TYPE: Record<ResponseKind, string> = {
  html: "text/html; charset=utf-8",
  archive: "text/html; charset=utf-8",
  embed: "text/html; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  text: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
};

function headers(format: ResponseKind, language: NoticeLanguage, extra: Record<string, string> = {}): Headers {
  const h = new Headers({
    "Content-Type": CONTENT_TYPE[format],
    "Content-Language": language === "nb" ? "nb" : "en",
    "Content-Security-Policy": format === "embed" ? EMBED_CSP : format === "archive" ? ARCHIVE_CSP : PUBLIC_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    ...extra,
  });
  if (format !== "embed") h.set("X-Frame-Options", "DENY");
  // The text formats are meant to be fetched by other sites that embed the notice.
  if (format === "markdown" || format === "text" || format === "json") h.set("Access-Control-Allow-Origin", "*");
  return h;
}

/** `If-None-Match` holds our ETag (or "*"): the client's copy is current. */
function notModified(request: Request, etag: string): boolean {
  return clientHasCurrent(request.headers.get("if-none-match") ?? undefined, etag);
}

/** An `If-None-Match` header that names `etag` (or "*"), also weakly. */
export function clientHasCurrent(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

function respond(request: Request, body: string, format: ResponseKind, language: NoticeLanguage, etag: string, cache: string): Response {
  const h = headers(format, language, { ETag: etag, "Cache-Control": cache });
  if (notModified(request, etag)) return new Response(null, { status: 304, headers: h });
  return new Response(body, { status: 200, headers: h });
}

/** An HTML 404 in the notice's language: unknown slug, nothing published, unknown version. */
function notFoundResponse(language: NoticeLanguage): Response {
  const s = strings(language);
  const html = renderPlainPage(language, s.chrome.notFoundTitle, `<main id="notice">\n<h1>${escapeHtml(s.chrome.notFoundTitle)}</h1>\n<p>${escapeHtml(s.chrome.notFoundText)}</p>\n</main>`);
  return new Response(html, { status: 404, headers: headers("html", language, { "Cache-Control": "no-store" }) });
}

/** 503 in the notice's language: the database is out of reach and this process has no copy yet. */
function unavailableResponse(language: NoticeLanguage): Response {
  const { title, text } = UNAVAILABLE[language];
  const html = renderPlainPage(language, title, `<main id="notice">\n<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n</main>`);
  return new Response(html, { status: 503, headers: headers("html", language, { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) }) });
}

const UNAVAILABLE: Record<NoticeLanguage, { title: string; text: string }> = {
  en: { title: "Temporarily unavailable", text: "This privacy notice cannot be shown right now. Try again in a minute." },
  nb: { title: "Midlertidig utilgjengelig", text: "Denne personvernerklæringen kan ikke vises akkurat nå. Prøv igjen om et minutt." },
};

const etagFor = (sha: string, number: number, language: NoticeLanguage, format: string) => `"${sha.slice(0, 32)}-${number}-${language}-${format}"`;

/**
 * A database that does not answer at all (a network partition drops packets rather than
 * refusing) would hold a reader until the pool's connect timeout or longer; with a kept
 * copy to show, the reader waits this long at most.
 */
const FALLBACK_AFTER_MS = 3_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`no answer within ${ms} ms`)), ms);
  });
  // The late query's own failure, if any, has no one left to hear it.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** What a public URL names now: its ETag, and its body, rendered only when this process has not kept it. */
type Found = { etag: string; render: () => string };

/**
 * Asks the database what the URL names now (`find`) and answers with it; the rendered body
 * is kept (public-cache.ts), so a version is rendered once per process. While the database
 * is out of reach, the body kept last is the answer — a published version, immutable — or,
 * when this process has none, a 503 in the notice's language.
 */
async function answer(
  request: Request,
  key: string,
  format: ResponseKind,
  language: NoticeLanguage,
  cache: string,
  find: () => Promise<Found | null>,
): Promise<Response> {
  let found: Found | null;
  const last = lastKept(key);
  try {
    found = await (last ? withDeadline(find(), FALLBACK_AFTER_MS) : find());
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return last ? respond(request, last.body, format, language, last.etag, cache) : unavailableResponse(language);
  }
  if (!found) {
    forget(key);
    return notFoundResponse(language);
  }
  let current = lastKept(key);
  if (current?.etag !== found.etag) {
    current = { etag: found.etag, body: found.render() };
    keep(key, current);
  }
  return respond(request, current.body, format, language, current.etag, cache);
}

/**
 * The latest published notice of a company in one language and format. The page
 * (html) and the text formats are the bytes stored at publication; the embed view
 * is rendered from the stored document without page chrome.
 */
export async function latestNoticeResponse(request: Request, slug: string, language: NoticeLanguage, format: PublicFormat): Promise<Response> {
  return answer(request, `latest ${slug} ${language} ${format}`, format, language, LATEST_CACHE, async () => {
    const stored = await latestPublished(slug, language, format === "embed" || format === "json" ? "document" : format);
    if (!stored) return null;
    return {
      etag: etagFor(stored.snapshotSha256, stored.number, language, format),
      render: () =>
        format === "embed"
          ? renderNoticeHtml(storedNoticeDocument(stored.content), { mode: "embed", branding: stored.branding })
          : format === "json"
            ? renderNoticeJson(storedNoticeDocument(stored.content))
            : String(stored.content),
    };
  });
}

/** One archived version, rendered from its stored document with links to its own language twin. */
export async function versionResponse(request: Request, slug: string, language: NoticeLanguage, rawNumber: string): Promise<Response> {
  const number = /^\d{1,6}$/.test(rawNumber) ? Number(rawNumber) : NaN;
  if (!Number.isFinite(number)) return notFoundResponse(language);
  return answer(request, `version ${slug} ${language} ${number}`, "html", language, IMMUTABLE_CACHE, async () => {
    const version = await publishedVersion(slug, number, language);
    if (!version) return null;
    return {
      etag: etagFor(version.snapshotSha256, version.number, language, "version"),
      render: () => renderNoticeHtml(version.document, { mode: "page", links: noticeLinks(slug, language, version.number), branding: version.branding }),
    };
  });
}

/** The archive: every published version with its date and change summary, and links to compare neighbours. */
export async function archiveResponse(request: Request, slug: string, language: NoticeLanguage): Promise<Response> {
  return answer(request, `archive ${slug} ${language}`, "archive", language, LATEST_CACHE, async () => {
    const archive = await publishedArchive(slug, language);
    if (!archive) return null;
    const latest = archive.versions[0]!;
    // The page shows the company's current name, which may change without a new version.
    const name = crypto.createHash("sha256").update(archive.companyName).digest("hex").slice(0, 8);
    return { etag: etagFor(latest.snapshotSha256, latest.number, language, `archive${archive.versions.length}-${name}`), render: () => renderArchive(slug, language, archive) };
  });
}

function renderArchive(slug: string, language: NoticeLanguage, archive: { companyName: string; versions: ArchiveEntry[]; branding: VersionBranding }): string {
  const s = strings(language);
  const base = noticeBasePath(slug, language);
  const latest = archive.versions[0]!;
  const items = archive.versions
    .map((v, i) => {
      // The version before it in this language: a version that held this language back is not in its archive (ADR 027).
      const before = archive.versions[i + 1]?.number;
      const compare = before !== undefined ? ` · <a href="${escapeHtml(`${base}/diff?from=${before}&to=${v.number}`)}">${escapeHtml(s.chrome.compare)} ${before} → ${v.number}</a>` : "";
      const summary = v.changeSummary ? ` — ${escapeHtml(v.changeSummary)}` : "";
      const current = v.number === latest.number ? ` (${escapeHtml(s.chrome.current)})` : "";
      return `<li><a href="${escapeHtml(`${base}/versions/${v.number}`)}">${escapeHtml(s.chrome.versionItem(v.number, v.publishedAt.slice(0, 10)))}</a>${current}${summary}${compare}</li>`;
    })
    .join("\n");
  const other = language === "nb" ? "en" : "nb";
  const title = s.chrome.archiveTitle(archive.companyName);
  const p = PAGE_STRINGS[language];
  const options = (selected: number) => archive.versions.map((v) => `<option value="${v.number}"${v.number === selected ? " selected" : ""}>${v.number}</option>`).join("");
  // Any two versions, no script: a GET form to the diff page (the archive's CSP allows 'self').
  const compareForm =
    archive.versions.length > 1
      ? [
          `<form class="compare" method="get" action="${escapeHtml(`${base}/diff`)}" aria-labelledby="compare-title">`,
          `<h2 id="compare-title">${escapeHtml(p.compareTitle)}</h2>`,
          `<label>${escapeHtml(s.chrome.from)} <select name="from">${options(archive.versions[1]!.number)}</select></label>`,
          `<label>${escapeHtml(s.chrome.to)} <select name="to">${options(latest.number)}</select></label>`,
          `<button type="submit">${escapeHtml(p.compareButton)}</button>`,
          `</form>`,
        ].join("\n")
      : "";
  const body = [`<main id="notice">`, `<h1>${escapeHtml(title)}</h1>`, compareForm, `<ol reversed>`, items, `</ol>`, `</main>`].filter(Boolean).join("\n");
  const head = [`<link rel="alternate" hreflang="en" href="/${escapeHtml(slug)}/versions">`, `<link rel="alternate" hreflang="nb" href="/${escapeHtml(slug)}/nb/versions">`].join("\n");
  return renderPlainPage(language, title, body, {
    head,
    chrome: {
      companyName: archive.companyName,
      branding: archive.branding,
      navLabel: s.chrome.otherLanguage,
      nav: [
        { href: `${noticeBasePath(slug, other)}/versions`, text: s.chrome.otherLanguage, lang: other },
        { href: base, text: s.title(archive.companyName) },
      ],
    },
  });
}

/** The difference between two published versions, section by section (rendered on request). */
export async function diffResponse(request: Request, slug: string, language: NoticeLanguage): Promise<Response> {
  const url = new URL(request.url);
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  if (!/^\d{1,6}$/.test(from) || !/^\d{1,6}$/.test(to)) return notFoundResponse(language);
  return answer(request, `diff ${slug} ${language} ${Number(from)} ${Number(to)}`, "html", language, IMMUTABLE_CACHE, async () => {
    const [a, b] = await Promise.all([publishedVersion(slug, Number(from), language), publishedVersion(slug, Number(to), language)]);
    if (!a || !b) return null;
    return {
      etag: `"${a.snapshotSha256.slice(0, 16)}-${b.snapshotSha256.slice(0, 16)}-${a.number}-${b.number}-${language}-diff"`,
      render: () => renderDiff(slug, language, a, b),
    };
  });
}

type PublishedDocument = { number: number; document: NoticeDocument; branding: VersionBranding };

function renderDiff(slug: string, language: NoticeLanguage, a: PublishedDocument, b: PublishedDocument): string {
  const s = strings(language);
  const changed = diffNoticeDocuments(a.document, b.document).filter((d) => d.status !== "unchanged");
  const label = { added: s.chrome.diffAdded, removed: s.chrome.diffRemoved, changed: s.chrome.diffChanged, unchanged: "" } as const;
  const sections = changed
    .map((d) => {
      const text = d.changes
        .map((c) => {
          const t = escapeHtml(c.text).replace(/\n/g, "<br>\n");
          return c.kind === "added" ? `<ins>${t}</ins>` : c.kind === "removed" ? `<del>${t}</del>` : t;
        })
        .join("");
      return `<section>\n<h2>${escapeHtml(d.heading)}</h2>\n<p><strong>${escapeHtml(label[d.status])}</strong></p>\n<p>${text}</p>\n</section>`;
    })
    .join("\n");
  const title = s.chrome.diffTitle(a.number, b.number);
  const base = noticeBasePath(slug, language);
  const body = [`<main id="notice">`, `<h1>${escapeHtml(title)}</h1>`, sections || `<p>${escapeHtml(s.chrome.diffNone)}</p>`, `</main>`].join("\n");
  return renderPlainPage(language, title, body, {
    chrome: {
      companyName: b.document.company.name,
      branding: b.branding,
      navLabel: s.chrome.versions,
      nav: [
        { href: `${base}/versions/${a.number}`, text: `${s.chrome.from} ${a.number}` },
        { href: `${base}/versions/${b.number}`, text: `${s.chrome.to} ${b.number}` },
        { href: `${base}/versions`, text: s.chrome.versions },
      ],
    },
  });
}
