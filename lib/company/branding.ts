import { z } from "zod";

/**
 * A company's look on its public notice page (issue 11; docs/decisions/024-company-branding.md):
 * an accent colour and a logo, both optional. The page is only as accessible as its colours:
 * the accent is the colour of links on white and the background of white button text, so it
 * must reach WCAG 2.2 AA for normal text (4.5:1) against white. A logo is an image the app
 * serves itself; nothing in it may run or fetch.
 */

/** WCAG 2.2 SC 1.4.3, normal text. */
const MIN_ACCENT_CONTRAST = 4.5;

/** The largest logo accepted: a header image 40 px high needs far less. */
export const MAX_LOGO_BYTES = 200 * 1024;

/** The four types a logo may have (also a CHECK on company_logos). */
export type LogoContentType = "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";

/** "#1D4F91", "1d4f91", "#abc" → "#1d4f91" / "#aabbcc"; anything else → null. */
export function normaliseHexColour(raw: string): string | null {
  const text = raw.trim().toLowerCase().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/.test(text)) return `#${[...text].map((c) => c + c).join("")}`;
  if (/^[0-9a-f]{6}$/.test(text)) return `#${text}`;
  return null;
}

function channels(hex: string): [number, number, number] {
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

/** Relative luminance as WCAG defines it (sRGB). */
function luminance(hex: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  const [hi, lo] = la >= lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** The accent's contrast against the page's white, to one decimal as a reader would quote it (rounded down). */
export function accentContrast(hex: string): number {
  return Math.floor(contrastRatio(hex, "#ffffff") * 10) / 10;
}

export function accentPasses(hex: string): boolean {
  return contrastRatio(hex, "#ffffff") >= MIN_ACCENT_CONTRAST;
}

/**
 * The same hue made just dark enough to pass: what the form offers for a colour that is too
 * light, so a company keeps its colour's character rather than being told only "no".
 */
export function darkenToPass(hex: string): string {
  if (accentPasses(hex)) return hex;
  const [r, g, b] = channels(hex);
  for (let factor = 0.99; factor > 0; factor -= 0.01) {
    const candidate = `#${[r, g, b].map((c) => Math.round(c * factor).toString(16).padStart(2, "0")).join("")}`;
    if (accentPasses(candidate)) return candidate;
  }
  return "#000000";
}

/** Why a logo is refused: message keys in lib/i18n/messages/<locale>/branding.json. */
export type LogoProblem = "empty" | "tooLarge" | "unknownType" | "svgActive";

export type LogoCheck = { ok: true; contentType: LogoContentType } | { ok: false; problem: LogoProblem };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * What an SVG may not contain to be shown as a logo: anything that runs (scripts, event
 * handlers, javascript: URLs), embeds other documents (foreignObject), loads anything (a
 * reference that is not to the image's own #fragment or an inline data: image, CSS @import or
 * url()), and DTDs (entity expansion). Refused, not cleaned: a cleaned logo may no longer be the
 * company's logo, and the DPO can export it again without them.
 */
const SVG_ACTIVE = [
  /<\s*script/i,
  /<\s*foreignObject/i,
  /<!DOCTYPE|<!ENTITY/i,
  /\son[a-z]+\s*=/i,
  /javascript\s*:/i,
  /@import/i,
  /url\(\s*(?!["']?\s*#)/i,
  /(?:^|\s)(?:xlink:)?href\s*=\s*(?!["']?\s*(?:#|data:image\/(?:png|jpeg|webp);base64,))/i,
  /<\s*(?:iframe|embed|object|audio|video|animate|set|handler|listener)\b/i,
];

/** The type of an image from its bytes (never from the name or the browser's word), or why it is refused. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: "tooLarge" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, contentType: "image/png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, contentType: "image/jpeg" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { ok: true, contentType: "image/webp" };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  // An SVG file: optional XML declaration and comments, then the <svg> element.
  if (/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text) || /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+svg/i.test(text)) {
    return SVG_ACTIVE.some((pattern) => pattern.test(text)) ? { ok: false, problem: "svgActive" } : { ok: true, contentType: "image/svg+xml" };
  }
  return { ok: false, problem: "unknownType" };
}

/** base64 of at most MAX_LOGO_BYTES (4 characters per 3 bytes), so a larger file is refused before it is decoded. */
const MAX_LOGO_BASE64 = Math.ceil(MAX_LOGO_BYTES / 3) * 4;

/**
 * The branding form's input, for the form and the route alike: the accent as typed ("" for
 * the default), and what to do with the logo. A replacement travels as base64 in the JSON body.
 */
export const companyBrandingSchema = z.object({
  accentColour: z
    .string()
    .max(20)
    .superRefine((value, ctx) => {
      if (value.trim() === "") return;
      const hex = normaliseHexColour(value);
      if (!hex) ctx.addIssue({ code: "custom", message: "branding.accentFormat" });
      else if (!accentPasses(hex)) ctx.addIssue({ code: "custom", message: "branding.accentContrast" });
    }),
  logo: z.discriminatedUnion("action", [
    z.object({ action: z.literal("keep") }),
    z.object({ action: z.literal("remove") }),
    z.object({
      action: z.literal("replace"),
      // Over the limit already as text: the same message as over the limit in bytes.
      base64: z.string().min(1, "branding.logoEmpty").max(MAX_LOGO_BASE64 + 4, "branding.logoTooLarge").regex(/^[A-Za-z0-9+/]*={0,2}$/, "branding.logoUnknownType"),
    }),
  ]),
});
export type CompanyBrandingInput = z.input<typeof companyBrandingSchema>;

/** The message key for a refused logo. */
export const LOGO_PROBLEM_MESSAGE: Record<LogoProblem, string> = {
  empty: "branding.logoEmpty",
  tooLarge: "branding.logoTooLarge",
  unknownType: "branding.logoUnknownType",
  svgActive: "branding.logoSvgActive",
};

/** The app's own URL of a logo: by its content, so a page that names it never shows another. */
export const logoSrc = (sha256: string) => `/logos/${sha256}`;

/** What the notice renderer takes (lib/notice/render/html.ts) from a company's or a version's stored look. */
export function noticeBranding(look: { accentColour: string | null; logoSha256: string | null }): { accentColour: string | null; logoSrc: string | null } {
  return { accentColour: look.accentColour, logoSrc: look.logoSha256 ? logoSrc(look.logoSha256) : null };
}
