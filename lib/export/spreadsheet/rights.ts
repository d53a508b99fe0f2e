import type { LawfulBasis } from "@/lib/register/enums";
import type { ExportLanguage } from "../labels";

type Right = "15" | "16" | "17" | "18" | "20" | "21" | "7(3)";

const RIGHT_LABELS: Record<Right, { en: string; nb: string }> = {
  "15": { en: "Access (Art. 15)", nb: "Innsyn (art. 15)" },
  "16": { en: "Rectification (Art. 16)", nb: "Retting (art. 16)" },
  "17": { en: "Erasure (Art. 17)", nb: "Sletting (art. 17)" },
  "18": { en: "Restriction (Art. 18)", nb: "Begrensning (art. 18)" },
  "20": { en: "Data portability (Art. 20)", nb: "Dataportabilitet (art. 20)" },
  "21": { en: "Objection (Art. 21)", nb: "Protestere (art. 21)" },
  "7(3)": { en: "Withdraw consent (Art. 7(3))", nb: "Trekke tilbake samtykke (art. 7 nr. 3)" },
};

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
  return ORDER.filter((right) => rights.has(right)).map((right) => RIGHT_LABELS[right][language]);
}
