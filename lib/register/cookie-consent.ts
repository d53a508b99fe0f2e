import type { CookieCategory, CookieConsent } from "./enums";

/**
 * Whether a cookie is set only with consent. ekomloven § 3-15 (ePrivacy Art. 5(3)) exempts
 * only storage strictly necessary for the service the user asks for, so the category decides;
 * the DPO may override it with a reason (a strictly necessary cookie asked for anyway, or a
 * language cookie set by the user's own click), and CK-005/CK-006 ask for the reason.
 */
function consentByCategory(category: CookieCategory): boolean {
  return category !== "STRICTLY_NECESSARY";
}

export function needsConsent(cookie: { category: CookieCategory; consent: CookieConsent }): boolean {
  if (cookie.consent === "REQUIRED") return true;
  if (cookie.consent === "NOT_REQUIRED") return false;
  return consentByCategory(cookie.category);
}

/**
 * The consent setting of an older record that stored only "consent required" (snapshot
 * format 5, register file version 4): the same value as the category's follows the category,
 * another is an override whose reason was never written, as the migration
 * 20261207170400_company_notice_texts_and_cookie_consent does in the database.
 */
export function consentOfRequired(category: CookieCategory, required: boolean): CookieConsent {
  if (required === consentByCategory(category)) return "BY_CATEGORY";
  return required ? "REQUIRED" : "NOT_REQUIRED";
}
