import "server-only";
import type { ActivityGovernance } from "@/lib/export/pdf/governance-rows";
import { osloDate } from "@/lib/register/dates";
import type { Language } from "@/lib/register/languages";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { reviewsForRegister } from "../reviews";
import { acceptedRisksForRegister } from "../risk-acceptances";

/** Owner, last and next review, and the accepted risks of every activity, for the Art. 30 PDF in `language`. */
export async function registerGovernance(snapshot: RegisterSnapshot, language: Language, now = new Date()): Promise<Map<string, ActivityGovernance>> {
  const [reviews, accepted] = await Promise.all([reviewsForRegister(snapshot.company.id), acceptedRisksForRegister(snapshot, now)]);
  const governance = new Map<string, ActivityGovernance>();
  for (const activity of snapshot.activities) {
    const review = reviews.get(activity.id);
    governance.set(activity.id, {
      owner: review?.owner ?? null,
      lastReviewedOn: review?.lastReviewedOn ?? null,
      reviewedBy: review?.reviewedBy ?? null,
      nextReviewOn: review?.nextReviewOn ?? null,
      acceptedRisks: accepted
        .filter((finding) => finding.subject.kind === "activity" && finding.subject.activityId === activity.id)
        .map((finding) => ({
          ruleId: finding.ruleId,
          message: finding.message[language],
          justification: finding.acceptance.justification,
          acceptedBy: finding.acceptance.acceptedByName,
          acceptedOn: osloDate(new Date(finding.acceptance.acceptedAt)),
          expiresOn: finding.acceptance.expiresOn,
        })),
    });
  }
  return governance;
}
