import { z } from "zod";
import { addMonths, isoDateField } from "./dates";

/**
 * The review cycle: each activity has an owner (a member of the company) and a next
 * review date. A record of processing is only worth something while it is true
 * (Art. 5(2), 24(1): measures "reviewed and updated where necessary"), and records
 * rot unless someone is answerable for looking at them on a schedule.
 */

/** The usual interval: a yearly review, as most DPOs plan it. */
const DEFAULT_REVIEW_MONTHS = 12;
/** Reviews falling due within this many days are listed as "due soon". */
const DUE_SOON_DAYS = 30;

export const REVIEW_STATES = ["overdue", "dueSoon", "scheduled", "unscheduled"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export function reviewState(nextReviewOn: string | null, today: string): ReviewState {
  if (!nextReviewOn) return "unscheduled";
  if (nextReviewOn < today) return "overdue";
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + DUE_SOON_DAYS);
  return nextReviewOn <= soon.toISOString().slice(0, 10) ? "dueSoon" : "scheduled";
}

/** The next review after one done today, unless the DPO chooses another date. */
export function defaultNextReview(today: string): string {
  return addMonths(today, DEFAULT_REVIEW_MONTHS);
}

const optionalDate = isoDateField.or(z.literal("")).nullish().transform((value) => (value ? value : null));

/** Who owns the activity and when it is next reviewed; "" or null clears either. */
export const activityReviewSchema = z.object({
  ownerId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((value) => (value ? value : null)),
  nextReviewOn: optionalDate,
});
export type ActivityReviewInput = z.output<typeof activityReviewSchema>;

/** Marking an activity reviewed, with the next review date (default: a year from today). */
export const markReviewedSchema = z.object({
  nextReviewOn: optionalDate,
  note: z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type MarkReviewedInput = z.output<typeof markReviewedSchema>;
