/**
 * URL slugs for a company's public notice (/{slug}). Norwegian letters are
 * spelled out the way Norwegians do in addresses (æ→ae, ø→o, å→a).
 */
/**
 * First path segments the app uses itself, so never a company slug: the
 * public notice lives at /{slug}, beside the app's own top-level routes.
 */
export const RESERVED_FIRST_SEGMENTS: ReadonlySet<string> = new Set([
  "api", "companies", "sign-in", "sign-out", "setup", "invite", "account", "reset-password", "p", "_next", "health", "settings", "static", "public", "fonts", "logos",
  "favicon.ico", "icon.svg", "robots.txt", "sitemap.xml",
]);

export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  const base = slug || "company";
  return RESERVED_FIRST_SEGMENTS.has(base) ? `${base}-company` : base;
}

/** The first of slug, slug-2, slug-3 … that `taken` does not hold. */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
