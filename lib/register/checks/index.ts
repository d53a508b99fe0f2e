import type { RegisterSnapshot } from "../snapshot";
import { ADM_001, ADM_002, ADM_003 } from "./adm";
import { CTL_001, CTL_002, CTL_003, DPO_001, DPO_002, SA_001 } from "./controller";
import { CAT_001 } from "./categories";
import { LB_010, LB_011 } from "./consent";
import { CK_005, CK_006, CK_007, CK_008, CK_009 } from "./cookie-consent";
import { CK_001, CK_002, CK_003, CK_004 } from "./cookies";
import { REC_002, REC_003 } from "./disclosure";
import { DPIA_001, DPIA_002 } from "./dpia";
import { LB_001, LB_002, LB_003, LB_004, LB_005, LB_006, LB_007, LB_012, LB_014 } from "./lawful-basis";
import { LB_008, LB_009, LB_013, MKT_001, MKT_002 } from "./marketing";
import { LANG_001 } from "./languages";
import { NOT_001 } from "./notice";
import { JC_001, JC_002, PR_001, PR_002, REC_001, REC_004 } from "./recipients";
import { RT_001, RT_002, RT_003, RT_004 } from "./retention";
import { RGT_001 } from "./rights";
import { SEC_001 } from "./security";
import { REQ_001, SRC_001, SRC_002, SRC_003, SRC_004 } from "./source";
import { SC_001, SC_002, SC_003, SC_004, SC_005, SC_006, SC_007, SC_008, SC_009 } from "./special-categories";
import { TR_001, TR_002, TR_003, TR_004, TR_005, TR_006, TR_007, TR_008, TR_009, TR_010, TR_011 } from "./transfers";
import type { CheckOptions, Finding, FindingSubject, Rule, Severity } from "./types";

export type { CheckOptions, Finding, Rule } from "./types";
export { checkNoticeDocument, type NoticeDocumentText } from "./notice";

/**
 * Every rule of legal-spec §3, in the order of the spec. NOT-001 checks the DPO's
 * own notice texts here; the generated notice is checked with `checkNoticeDocument`.
 */
export const RULES: readonly Rule[] = [
  CTL_001, CTL_002, CTL_003,
  DPO_001, DPO_002,
  LB_001, LB_002, LB_003, LB_004, LB_005, LB_006, LB_007, LB_008, LB_009, LB_010, LB_011, LB_012, LB_013, LB_014, MKT_001, MKT_002,
  SC_001, SC_002, SC_003, SC_004, SC_005, SC_006, SC_007, SC_008, SC_009, CAT_001,
  REC_001, REC_002, REC_003, PR_001, PR_002, JC_001, REC_004, JC_002,
  TR_001, TR_002, TR_003, TR_004, TR_005, TR_006, TR_007, TR_008, TR_009, TR_010, TR_011,
  RT_001, RT_002, RT_003, RT_004,
  SRC_001, SRC_002, SRC_003, SRC_004, REQ_001,
  ADM_001, ADM_002, ADM_003,
  RGT_001, SEC_001, SA_001,
  CK_001, CK_002, CK_003, CK_004, CK_005, CK_006, CK_007, CK_008, CK_009,
  DPIA_001, DPIA_002, NOT_001,
  LANG_001,
];

/** Runs every rule over the register; findings sorted errors first, then by rule id. */
export function runChecks(snapshot: RegisterSnapshot, options: CheckOptions = { now: new Date() }): Finding[] {
  const findings = RULES.flatMap((rule) => rule.check(snapshot, options));
  return findings.sort((a, b) => (a.severity === b.severity ? a.ruleId.localeCompare(b.ruleId) : a.severity === "error" ? -1 : 1));
}

let byId: ReadonlyMap<string, Rule> | undefined;

/** The rules keyed by id ("LB-003"), for the dashboard's rule titles and articles. */
export function rulesById(): ReadonlyMap<string, Rule> {
  byId ??= new Map(RULES.map((rule) => [rule.id, rule]));
  return byId;
}

type SeverityCounts = Record<Severity, number>;

export type FindingsSummary = {
  total: number;
  bySeverity: SeverityCounts;
  /** Per kind of subject: company, activity, recipient, cookie, other catalog entry, notice. */
  bySubject: Record<FindingSubject["kind"], SeverityCounts>;
  /** Per activity id, for badges in the activity list. */
  byActivity: Record<string, SeverityCounts>;
};

/** Counts findings by severity, by kind of subject and per activity. */
export function summarise(findings: readonly Finding[]): FindingsSummary {
  const zero = (): SeverityCounts => ({ error: 0, warning: 0 });
  const summary: FindingsSummary = {
    total: findings.length,
    bySeverity: zero(),
    bySubject: { company: zero(), activity: zero(), recipient: zero(), cookie: zero(), catalog: zero(), notice: zero() },
    byActivity: {},
  };
  for (const finding of findings) {
    summary.bySeverity[finding.severity] += 1;
    summary.bySubject[finding.subject.kind][finding.severity] += 1;
    if (finding.subject.kind === "activity") {
      const counts = (summary.byActivity[finding.subject.activityId] ??= zero());
      counts[finding.severity] += 1;
    }
  }
  return summary;
}
