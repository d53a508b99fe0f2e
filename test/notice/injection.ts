import type { RegisterSnapshot } from "@/lib/register/snapshot";

/** Hostile strings a DPO (or an attacker with an editor account) could type into the register. */
export const INJECTION_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  "javascript:alert(1)",
  "[x](javascript:alert(1))",
  "![x](http://evil.example/x.png)",
  "# heading",
  "- list item",
  "1. numbered",
  "> quote",
  "<!--",
  "`code` ``` fenced",
  "*bold* _em_ ~~strike~~",
  "| a | b |",
  "</style><style>body{display:none}</style>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<a href=\"http://evil.example\">click</a>",
  "{placeholder} undefined",
  "\u001b[31mred\u001b[0m \u202eevil",
] as const;

/**
 * Every free-text field of the register: names, descriptions, labels, free-text
 * explanations, contact details. Ids, enums, dates and numbers stay as they are.
 */
const FREE_TEXT_KEYS = new Set([
  "legalName", "orgNumber", "postalStreet", "postalCode", "postalCity", "visitingStreet", "visitingPostalCode", "visitingCity", "email", "phone", "website",
  "name", "address", "labelEn", "labelNb", "descriptionEn", "descriptionNb", "description", "noticeTitleEn", "noticeTitleNb",
  "sourceName", "art14ExemptionJustification", "provisionConsequence", "art9LegalReference", "art10Authority", "nationalIdJustification",
  "logic", "significance", "consequences", "consentRecordRef", "securityMeasuresText", "processingCategories", "controllerDpaRef",
  "legalReference", "legitimateInterest", "liaRef", "consentWithdrawal", "contact", "arrangementLink", "essenceText", "representative", "dpoContact",
  "dpaRef", "tiaRef", "copyAccess", "art49Assessment", "triggerText", "criteriaText", "text", "provider", "purposeEn", "purposeNb", "durationText",
]);

/** A copy of the snapshot with `payload` in every free-text field (reference data untouched). */
export function poisonSnapshot(snapshot: RegisterSnapshot, payload: string): RegisterSnapshot {
  const visit = (value: unknown, key: string | null): unknown => {
    if (Array.isArray(value)) return value.map((item) => visit(item, null));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    if (typeof value === "string" && key !== null && FREE_TEXT_KEYS.has(key)) return `${payload} ${key}`;
    return value;
  };
  const { reference, company, ...rest } = snapshot;
  const poisoned = visit(rest, null) as Omit<RegisterSnapshot, "reference" | "company">;
  // The supervisory authority is reference data, not typed by the DPO.
  const poisonedCompany = visit({ ...company, supervisoryAuthority: null }, null) as RegisterSnapshot["company"];
  return { ...poisoned, company: { ...poisonedCompany, supervisoryAuthority: company.supervisoryAuthority, country: company.country }, reference };
}
