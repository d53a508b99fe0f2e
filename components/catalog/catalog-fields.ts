import type { CatalogKind } from "@/lib/register/catalog-schemas";
import { COOKIE_DURATION_KINDS, COOKIE_DURATION_UNITS } from "@/lib/register/enums";
import type { EnumName } from "@/lib/register/vocabulary";
import {
  COOKIE_CATEGORIES,
  DPA_STATUSES,
  RECIPIENT_KINDS,
  SECURITY_MEASURE_KINDS,
  SPECIAL_CATEGORIES,
  SUB_PROCESSOR_AUTHORISATIONS,
} from "@/lib/register/enums";

/**
 * How each catalog's form is laid out. The fields are those of the kind's zod
 * schema (lib/register/catalog-schemas.ts); labels come from the "catalogs"
 * messages (fields.<name>) and the vocabulary (lib/register/vocabulary) for enum values.
 */
export type FieldSpec =
  | { name: string; type: "text" | "textarea" | "date"; required?: boolean; wide?: boolean }
  | { name: string; type: "checkbox" }
  | { name: string; type: "country" }
  | { name: string; type: "recipient" }
  | { name: string; type: "select"; enumName: EnumName; options: readonly string[]; required?: boolean };

export const CATALOG_FIELDS: Record<CatalogKind, readonly FieldSpec[]> = {
  "data-categories": [
    { name: "labelEn", type: "text", required: true },
    { name: "labelNb", type: "text", required: true },
    { name: "descriptionEn", type: "textarea" },
    { name: "descriptionNb", type: "textarea" },
    { name: "specialCategory", type: "select", enumName: "SpecialCategory", options: SPECIAL_CATEGORIES },
    { name: "isCriminalOffence", type: "checkbox" },
    { name: "isNationalId", type: "checkbox" },
  ],
  "data-subject-categories": [
    { name: "labelEn", type: "text", required: true },
    { name: "labelNb", type: "text", required: true },
    { name: "includesChildren", type: "checkbox" },
  ],
  recipients: [
    { name: "name", type: "text", required: true },
    { name: "kind", type: "select", enumName: "RecipientKind", options: RECIPIENT_KINDS, required: true },
    { name: "countryCode", type: "country" },
    { name: "dpaStatus", type: "select", enumName: "DpaStatus", options: DPA_STATUSES, required: true },
    { name: "dpaDate", type: "date" },
    { name: "dpaRef", type: "text" },
    { name: "dpfCertified", type: "checkbox" },
    { name: "descriptionEn", type: "textarea" },
    { name: "descriptionNb", type: "textarea" },
  ],
  systems: [
    { name: "name", type: "text", required: true },
    { name: "hostingCountryCode", type: "country" },
    { name: "vendorRecipientId", type: "recipient" },
    { name: "descriptionEn", type: "textarea" },
    { name: "descriptionNb", type: "textarea" },
  ],
  "security-measures": [
    { name: "kind", type: "select", enumName: "SecurityMeasureKind", options: SECURITY_MEASURE_KINDS, required: true },
    { name: "descriptionEn", type: "textarea", required: true, wide: true },
    { name: "descriptionNb", type: "textarea", required: true, wide: true },
  ],
  cookies: [
    { name: "name", type: "text", required: true },
    { name: "provider", type: "text", required: true },
    { name: "category", type: "select", enumName: "CookieCategory", options: COOKIE_CATEGORIES, required: true },
    { name: "duration.kind", type: "select", enumName: "CookieDurationKind", options: COOKIE_DURATION_KINDS, required: true },
    { name: "duration.amount", type: "text" },
    { name: "duration.unit", type: "select", enumName: "CookieDurationUnit", options: COOKIE_DURATION_UNITS },
    { name: "duration.text.en", type: "text" },
    { name: "duration.text.nb", type: "text" },
    { name: "purposeEn", type: "textarea", required: true },
    { name: "purposeNb", type: "textarea", required: true },
    { name: "consentRequired", type: "checkbox" },
    { name: "recipientId", type: "recipient" },
  ],
};

export const SUB_PROCESSOR_AUTHORISATION_OPTIONS = SUB_PROCESSOR_AUTHORISATIONS;

/** Blank values for a new entry: what an untouched form sends. */
export function emptyValues(kind: CatalogKind): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of CATALOG_FIELDS[kind]) setPath(values, field.name, field.type === "checkbox" ? false : "");
  if (kind === "recipients") {
    values.dpaStatus = "MISSING";
    values.subProcessors = [];
  }
  // ekomloven § 3-15: consent is the rule; only strictly necessary storage is exempt.
  if (kind === "cookies") {
    values.consentRequired = true;
    setPath(values, "duration.kind", "PERIOD");
  }
  return values;
}

/** An entry from the list as form values: nulls become "" so the inputs stay controlled. */
export function entryValues(kind: CatalogKind, entry: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { version: entry.version };
  for (const field of CATALOG_FIELDS[kind]) {
    const value = getPath(entry, field.name);
    setPath(values, field.name, field.type === "checkbox" ? Boolean(value) : (value ?? ""));
  }
  if (kind === "recipients") {
    const subs = Array.isArray(entry.subProcessors) ? (entry.subProcessors as Record<string, unknown>[]) : [];
    values.subProcessors = subs.map((sp) => ({
      id: sp.id,
      name: sp.name ?? "",
      countryCode: sp.countryCode ?? "",
      authorisation: sp.authorisation ?? "",
      flowDownContract: Boolean(sp.flowDownContract),
      dpfCertified: Boolean(sp.dpfCertified),
      descriptionEn: sp.descriptionEn ?? "",
      descriptionNb: sp.descriptionNb ?? "",
    }));
  }
  return values;
}

/** A field's value by its dotted name ("duration.text.nb"), as react-hook-form names nested values. */
function getPath(values: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined), values);
}

function setPath(values: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let target = values;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    target = typeof next === "object" && next !== null ? (next as Record<string, unknown>) : (target[key] = {} as Record<string, unknown>);
  }
  target[keys[keys.length - 1] ?? path] = value;
}
