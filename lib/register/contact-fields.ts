import type { z } from "zod";
import { optionalText } from "@/lib/validation/fields";

/**
 * Contact details a controller publishes in its notice (Art. 13(1)(a)): a phone
 * number, a web address and postal addresses. What was typed is checked here, once,
 * for the form and the route; each message says what is wrong and what is valid.
 */

/** ITU-T E.164 allows at most 15 digits; fewer than 5 is no reachable number. */
const PHONE_DIGITS = { min: 5, max: 15 } as const;

/** "+47 22 12 34 56", "(0)22-12 34 56", "22123456": digits with the usual separators, "+" only in front. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
}

/** An optional phone number, stored as typed (trimmed). */
export const optionalPhoneField = optionalText(40).refine((value) => value === null || isPhoneNumber(value), "fieldRules.phone");

/**
 * A web address as people write it: "fjellsko.no" and "www.fjellsko.no" mean
 * https://fjellsko.no, so that is what is stored (and linked in the notice).
 * Null when the text is no http(s) address with a host name.
 */
export function normaliseWebsite(value: string): string | null {
  const text = value.trim();
  if (/\s/.test(text) || /[<>"]/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return null;
  const url = new URL(withScheme);
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // A host with a dot and a top-level domain of letters: "localhost" or "fjellsko" is not a public site.
  // (URL has already turned "blåbær.no" into its xn-- form.)
  if (!/^([a-z0-9-]+\.)+([a-z]{2,}|xn--[a-z0-9-]+)$/i.test(url.hostname)) return null;
  // Keep what the user typed after the host; only a scheme is added.
  return withScheme === text ? text : withScheme;
}

/** An optional web address; "fjellsko.no" becomes "https://fjellsko.no". */
export const optionalWebsiteField = optionalText(200)
  .refine((value) => value === null || normaliseWebsite(value) !== null, "fieldRules.website")
  .transform((value) => (value === null ? null : (normaliseWebsite(value) ?? value)));

/**
 * Postcode formats of the countries Protokoll's users are established in; any other
 * country gets a loose check (letters, digits, space, hyphen). Norway, Denmark: 4 digits;
 * Sweden: 5 digits, usually written "123 45"; Germany, Finland: 5 digits; Iceland: 3.
 */
const POSTCODE_FORMATS: Record<string, RegExp> = {
  NO: /^\d{4}$/,
  DK: /^\d{4}$/,
  SE: /^\d{3} ?\d{2}$/,
  DE: /^\d{5}$/,
  FI: /^\d{5}$/,
  IS: /^\d{3}$/,
};
const GENERIC_POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/;

/** Countries with a postcode rule of their own (the message names their format). */
export const POSTCODE_COUNTRIES = Object.keys(POSTCODE_FORMATS);

export function isPostcodeFor(countryCode: string, postcode: string): boolean {
  return (POSTCODE_FORMATS[countryCode.toUpperCase()] ?? GENERIC_POSTCODE).test(postcode.trim());
}

/** The message key saying which postcode the country expects ("fieldRules.postcode.NO"). */
export function postcodeMessage(countryCode: string): string {
  const code = countryCode.toUpperCase();
  return `fieldRules.postcode.${code in POSTCODE_FORMATS ? code : "other"}`;
}

/**
 * Checks the named postcode fields against the country's format; the country is the
 * controller's own (a Norwegian company's address has a Norwegian postcode).
 */
export function postcodesMatchCountry<K extends string>(fields: readonly K[]) {
  return [
    (value: { countryCode: string } & Record<K, string | null>, ctx: z.RefinementCtx): void => {
      for (const field of fields) {
        const postcode = value[field];
        if (postcode !== null && !isPostcodeFor(value.countryCode, postcode)) {
          ctx.addIssue({ code: "custom", path: [field], message: postcodeMessage(value.countryCode) });
        }
      }
    },
    // Checked whenever the country and the postcodes themselves parsed, even when other fields failed.
    { when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => !payload.issues.some((issue) => issue.path?.[0] === "countryCode" || fields.includes(issue.path?.[0] as K)) },
  ] as const;
}
