import type { LawfulBasis } from "@/lib/register/enums";
import { VOCABULARY, type SpreadsheetRight as Right } from "@/lib/register/vocabulary";
import type { ExportLanguage } from "../labels";

// legal-spec §1.4.6 (Arts. 17(3)(b), 20(1), 21(1); ICO guidance): which rights each basis gives.
const BY_BASIS: Record<LawfulBasis, Right[]> = {
  CONSENT: ["15", "16", "17", "18", "20", "7(3)"],
  CONTRACT: ["15", "16", "17", "18", "20"],
  LEGAL_OBLIGATION: ["15", "16", "18"],
  VITAL_INTERESTS: ["15", "16", "17", "18"],
  PUBLIC_TASK: ["15", "16", "18", "21"],
  LEGITIMATE_INTERESTS: ["15", "16", "17", "18", "21"],
};

const ORDER: Right[] = ["15", "16", "17", "18", "20", "21", "7(3)"];

/** The rights available under any of the activity's lawful bases, in article order. */
export function rightsFor(bases: (LawfulBasis | null)[], language: ExportLanguage): string[] {
  const rights = new Set<Right>();
  for (const basis of bases) if (basis) for (const right of BY_BASIS[basis]) rights.add(right);
  return ORDER.filter((right) => rights.has(right)).map((right) => VOCABULARY[language].spreadsheet.rights[right]);
}
