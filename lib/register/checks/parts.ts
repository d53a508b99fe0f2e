/**
 * Which part of the register each finding depends on, so that stored findings
 * (docs/decisions/022-stored-findings.md) can be recomputed for one activity
 * without reading the whole register. Pure: the rules stay as they are; this
 * module only says how their results split.
 *
 * - An **activity finding** is about one activity and depends only on that activity,
 *   the company profile, the catalogs, the reference data and the day. Running the
 *   rules over a register holding that one activity gives exactly its findings.
 * - Every other finding is a **register finding**: about the company, a catalog entry
 *   or the notice — it may depend on which entries the activities in force use
 *   (PR-001, REC-003, LANG-001, DPO-002, …) — or by a rule that judges the activities
 *   together (CROSS_ACTIVITY_RULES). Register findings read an activity only through
 *   its *outline* (`activityOutline`): running the rules over the company, the catalogs
 *   and every activity's outline gives exactly the register findings.
 *
 * lib/register/checks/parts.test.ts holds both claims over the regression corpus and
 * random registers; a new rule that reads more of other activities fails it until it
 * is listed here or the outline carries what it reads.
 */
import { blankActivityFields } from "../activity-defaults";
import type { ActivitySnapshot, PurposeSnapshot, RegisterSnapshot } from "../snapshot";
import { speaksOfCookies } from "./cookies";
import type { Finding } from "./types";

/**
 * Rules whose findings about one activity depend on the other activities: LB-011
 * (every purpose of the register rests on consent) and CK-004 (no activity records a cookie).
 */
export const CROSS_ACTIVITY_RULES: ReadonlySet<string> = new Set(["LB-011", "CK-004"]);

/** The activity an activity finding is about; null for a register finding. */
export function activityOfFinding(finding: Pick<Finding, "ruleId" | "subject">): string | null {
  if (finding.subject.kind !== "activity" || CROSS_ACTIVITY_RULES.has(finding.ruleId)) return null;
  return finding.subject.activityId;
}

/** What of an activity the register findings read: its state, its links to the catalogs and the words CK-004 reads. */
export type ActivityOutline = Pick<
  ActivitySnapshot,
  | "id"
  | "name"
  | "status"
  | "role"
  | "showInNotice"
  | "noticeTitleEn"
  | "noticeTitleNb"
  | "description"
  | "dataSubjectCategoryIds"
  | "dataCategoryIds"
  | "recipients"
  | "securityMeasureIds"
  | "cookieIds"
  | "noticeTexts"
> & { purposes: Pick<PurposeSnapshot, "id" | "description" | "lawfulBasis" | "sortOrder">[] };

/** An activity's outline. */
export function activityOutline(activity: ActivitySnapshot): ActivityOutline {
  return {
    id: activity.id,
    name: activity.name,
    status: activity.status,
    role: activity.role,
    showInNotice: activity.showInNotice,
    noticeTitleEn: activity.noticeTitleEn,
    noticeTitleNb: activity.noticeTitleNb,
    description: activity.description,
    dataSubjectCategoryIds: activity.dataSubjectCategoryIds,
    dataCategoryIds: activity.dataCategoryIds,
    recipients: activity.recipients,
    securityMeasureIds: activity.securityMeasureIds,
    cookieIds: activity.cookieIds,
    noticeTexts: activity.noticeTexts,
    purposes: activity.purposes.map(({ id, description, lawfulBasis, sortOrder }) => ({ id, description, lawfulBasis, sortOrder })),
  };
}

/**
 * What of an outline the register findings can depend on: the outline with its words
 * replaced by the one thing CK-004 concludes from them. Two activities' outlines with the
 * same key give the same register findings, so a save that rewords a description (the
 * common edit) keeps them instead of checking every activity of the register again.
 */
export function outlineKey(outline: ActivityOutline): string {
  const { description: _description, noticeTexts: _noticeTexts, purposes, ...rest } = outline;
  return JSON.stringify({ ...rest, purposes: purposes.map(({ description: _words, ...purpose }) => purpose), speaksOfCookies: speaksOfCookies(outline) });
}

const noReference = { law: null, section: null, text: {} };

/** An outline as a whole activity with nothing else recorded, for the rules to read. */
export function activityFromOutline(outline: ActivityOutline): ActivitySnapshot {
  return {
    ...outline,
    purposes: outline.purposes.map((purpose) => ({
      ...purpose,
      legalReference: noReference,
      legitimateInterest: {},
      liaRef: null,
      liaDate: null,
      consentWithdrawal: {},
    })),
    ...blankActivityFields(),
    sources: [{ id: `${outline.id}-source`, kind: "DATA_SUBJECT_DIRECT", name: {}, isPublic: null, dataCategoryIds: [] }],
    jointControllers: [],
    controllersServed: [],
    marketingAudiences: [],
    systemIds: [],
    transfers: [],
    retentionRules: [],
    version: 0,
    createdAt: "",
    updatedAt: "",
  };
}

/** The register with only the given activities (the company, catalogs and reference data whole). */
export function registerWith(snapshot: RegisterSnapshot, activities: ActivitySnapshot[]): RegisterSnapshot {
  return { ...snapshot, activities };
}
