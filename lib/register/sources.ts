/**
 * An activity's sources (Art. 13 vs 14; 14(1)(d), 14(2)(f)): which of its data come from
 * where. Recruitment has the applicant, the referees and public sources; the notice says per
 * source which data it supplies, and "you give us these yourself" only of what the person gives.
 */
import { isArt14Source } from "./activity-schema";
import type * as E from "./enums";

/** An activity as far as its sources go (the snapshot's, or an export's with texts in one language). */
type WithSources = { sources: readonly { dataCategoryIds: string[] }[]; dataCategoryIds: string[] };
type WithKinds = { sources: readonly { kind: E.CollectionSource }[] };

/**
 * The activity's data categories a source supplies. An activity with one source gets all
 * its data from it; with several, each source names its own (of the activity's categories).
 */
export function suppliedCategoryIds(activity: WithSources, source: { dataCategoryIds: string[] }): string[] {
  if (activity.sources.length <= 1) return activity.dataCategoryIds;
  const own = new Set(source.dataCategoryIds);
  return activity.dataCategoryIds.filter((id) => own.has(id));
}

/** Does any of the data come from someone other than the person (Art. 14)? */
export function hasArt14Source(activity: WithKinds): boolean {
  return activity.sources.some((source) => isArt14Source(source.kind));
}

/** Does the person give any of the data themselves (Art. 13, and so 13(2)(e))? */
export function hasDirectSource(activity: WithKinds): boolean {
  return activity.sources.some((source) => source.kind === "DATA_SUBJECT_DIRECT");
}

/** Is any of the data observed as the person uses a service (cookies, logs, cameras)? */
export function hasObservedSource(activity: WithKinds): boolean {
  return activity.sources.some((source) => source.kind === "DATA_SUBJECT_OBSERVED");
}

/** With several sources, the activity's data categories that no source supplies (SRC-003). */
export function categoriesWithoutSource(activity: WithSources): string[] {
  if (activity.sources.length <= 1) return [];
  const supplied = new Set(activity.sources.flatMap((source) => source.dataCategoryIds));
  return activity.dataCategoryIds.filter((id) => !supplied.has(id));
}
