import { emptyActivity, type ActivityInput } from "./activity-schema";

/**
 * An activity's parts kept in rows of their own (purposes, sources, links to catalog entries,
 * transfers, retention rules…), by the names the editor's input, the register snapshot and the
 * JSON register file give them. Everything else an activity has is a column of its own: the one
 * list the snapshot reader (lib/server/register/snapshot.ts) and the blank activity below leave out.
 */
export const ACTIVITY_PARTS = [
  "purposes",
  "sources",
  "jointControllers",
  "controllersServed",
  "marketingAudiences",
  "dataSubjectCategoryIds",
  "dataCategoryIds",
  "recipients",
  "systemIds",
  "securityMeasureIds",
  "cookieIds",
  "transfers",
  "retentionRules",
] as const satisfies readonly (keyof ActivityInput)[];

export type ActivityPart = (typeof ACTIVITY_PARTS)[number];

/** What whoever starts an activity sets (its name, role, status and notice heading), and the notice texts and version the editor keeps beside them. */
const STARTED_WITH = ["name", "noticeTitleEn", "noticeTitleNb", "description", "role", "status", "showInNotice", "noticeTextEn", "noticeTextNb", "version"] as const satisfies readonly (keyof ActivityInput)[];

/**
 * The columns an activity has in the same shape wherever it is held — the editor's input, the
 * register snapshot and the JSON register file — from the Art. 14 timing to the processor
 * record.
 */
type SharedActivityFields = Omit<ActivityInput, ActivityPart | (typeof STARTED_WITH)[number]>;

/**
 * What a new activity records before anyone writes in it, for every form that starts one: the
 * editor's defaults (`emptyActivity`, from the schema's own defaults), so a spreadsheet row and the
 * checks' outline of an activity start where the "New activity" form starts.
 */
export function blankActivityFields(): SharedActivityFields {
  // Parsed once (the checks start one per activity of the register); each caller gets its own copy to fill in.
  defaults ??= sharedFields();
  return structuredClone(defaults);
}

let defaults: SharedActivityFields | undefined;

function sharedFields(): SharedActivityFields {
  const left = new Set<string>([...ACTIVITY_PARTS, ...STARTED_WITH]);
  // Object.fromEntries loses the keys' types; the filter above is exactly the Omit of the type.
  return Object.fromEntries(Object.entries(emptyActivity()).filter(([key]) => !left.has(key))) as SharedActivityFields;
}
