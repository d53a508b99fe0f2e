import type { Language } from "@/lib/register/languages";
import { VOCABULARY } from "@/lib/register/vocabulary";
import type { FieldRow } from "./fields";

/**
 * What the Art. 30 PDF says about an activity's upkeep, beside its Art. 30 content:
 * who owns it, when it was last reviewed and by whom, when it is next due, and the
 * warnings the DPO has accepted with their reasons (Art. 5(2): accountability). Kept out
 * of the register snapshot, which is published with every notice version: owners'
 * names and internal risk decisions are not public.
 */
export type ActivityGovernance = {
  owner: string | null;
  lastReviewedOn: string | null;
  reviewedBy: string | null;
  nextReviewOn: string | null;
  acceptedRisks: { ruleId: string; message: string; justification: string; acceptedBy: string | null; acceptedOn: string; expiresOn: string }[];
};

const T = {
  owner: { en: "Owner", nb: "Ansvarlig" },
  noOwner: { en: "No owner assigned", nb: "Ingen ansvarlig er utpekt" },
  lastReview: { en: "Last review", nb: "Sist gjennomgått" },
  notReviewed: { en: "Not reviewed yet", nb: "Ikke gjennomgått ennå" },
  reviewedBy: { en: (date: string, by: string) => `${date}, by ${by}`, nb: (date: string, by: string) => `${date}, av ${by}` },
  nextReview: { en: "Next review", nb: "Neste gjennomgang" },
  noNextReview: { en: "Not scheduled", nb: "Ikke planlagt" },
  acceptedRisk: { en: (rule: string) => `Accepted risk (${rule})`, nb: (rule: string) => `Akseptert risiko (${rule})` },
  acceptance: {
    en: (message: string, why: string, by: string, on: string, until: string) => `${message} Accepted by ${by} on ${on}, until ${until}. Justification: ${why}`,
    nb: (message: string, why: string, by: string, on: string, until: string) => `${message} Akseptert av ${by} ${on}, til og med ${until}. Begrunnelse: ${why}`,
  },
  unknownPerson: { en: "a former member", nb: "et tidligere medlem" },
} as const;

export function governanceRows(governance: ActivityGovernance, lang: Language): FieldRow[] {
  const day = VOCABULARY[lang].date;
  const rows: FieldRow[] = [
    { label: T.owner[lang], value: governance.owner ?? T.noOwner[lang] },
    {
      label: T.lastReview[lang],
      value: governance.lastReviewedOn ? T.reviewedBy[lang](day(governance.lastReviewedOn), governance.reviewedBy ?? T.unknownPerson[lang]) : T.notReviewed[lang],
    },
    { label: T.nextReview[lang], value: governance.nextReviewOn ? day(governance.nextReviewOn) : T.noNextReview[lang] },
  ];
  for (const risk of governance.acceptedRisks) {
    rows.push({
      label: T.acceptedRisk[lang](risk.ruleId),
      value: T.acceptance[lang](risk.message, risk.justification, risk.acceptedBy ?? T.unknownPerson[lang], day(risk.acceptedOn), day(risk.expiresOn)),
    });
  }
  return rows;
}
