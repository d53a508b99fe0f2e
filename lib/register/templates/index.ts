import { accounting, antiMoneyLaundering, debtCollection } from "./finance";
import { boardShareholders, processorServices, whistleblowing } from "./governance";
import { employeePhotos, leaverEmail, personnelFiles, recruitment, sickLeave, workingHours } from "./hr";
import { aMelding, payroll, pensionInsurance } from "./pay";
import { customerService, businessContacts, events, surveys, webshop } from "./customers";
import { customerMarketing, newsletter, socialMedia, websiteAnalytics, websiteOperation } from "./marketing";
import { accessControl, cctv, hseIncidents, itSecurity, visitorRegistration } from "./security";
import type { ActivityTemplate, TemplateCategory } from "./types";

export type { ActivityTemplate, TemplateCategory, TemplateText } from "./types";
export { TEMPLATE_CATEGORIES } from "./types";
export { formatLegalRef, formatLegalRefs, type LegalRef } from "./laws";

/** Every template, in the order the gallery shows them within a category. */
export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  payroll,
  aMelding,
  personnelFiles,
  recruitment,
  sickLeave,
  workingHours,
  pensionInsurance,
  leaverEmail,
  employeePhotos,
  hseIncidents,
  accounting,
  debtCollection,
  antiMoneyLaundering,
  customerService,
  webshop,
  businessContacts,
  events,
  surveys,
  newsletter,
  customerMarketing,
  websiteAnalytics,
  websiteOperation,
  socialMedia,
  cctv,
  accessControl,
  itSecurity,
  visitorRegistration,
  whistleblowing,
  boardShareholders,
  processorServices,
];

let byId: ReadonlyMap<string, ActivityTemplate> | undefined;

export function findTemplate(id: string): ActivityTemplate | undefined {
  byId ??= new Map(ACTIVITY_TEMPLATES.map((template) => [template.id, template]));
  return byId.get(id);
}

/** Lower case without diacritics, so "lonn" finds "Lønn" and "kamera" finds "Kameraovervåking". */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * The templates whose name, summary or purposes contain every word of the query, in
 * either language (a Norwegian DPO may search in English and the reverse), optionally
 * in one category. An empty query matches everything.
 */
export function searchTemplates(query: string, category?: TemplateCategory): ActivityTemplate[] {
  const words = fold(query).split(/\s+/).filter((word) => word.length > 0);
  return ACTIVITY_TEMPLATES.filter((template) => {
    if (category && template.category !== category) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [template.name, template.summary, template.noticeTitle, ...template.purposes.map((p) => p.description)].flatMap((t) => [t.en, t.nb]).join(" "),
    );
    return words.every((word) => haystack.includes(word));
  });
}
