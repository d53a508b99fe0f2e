import { z } from "zod";
import type { Finding, FindingSubject } from "./checks/types";
import { addMonths, isoDateField } from "./dates";
import { requiredText } from "@/lib/validation/fields";

/**
 * Accepted risks: a warning the DPO has assessed and decided to live with, for a
 * reason and until a date (Art. 5(2): the decision is documented). An acceptance is
 * data about a finding — its rule, what it is about and the field — so the checks
 * stay pure and unaware of it; this module splits their findings into open and
 * accepted. Errors are never accepted: they are what the law requires.
 */

export type AcceptableSubjectKind = Exclude<FindingSubject["kind"], "notice">;

/** What identifies a finding across runs: rule, subject and field, never the wording. */
export type FindingIdentity = { ruleId: string; subjectKind: AcceptableSubjectKind; subjectId: string; field: string };

export type RiskAcceptance = FindingIdentity & {
  id: string;
  /** The subject's version when the warning was accepted; a later change reopens it. */
  subjectVersion: number;
  justification: string;
  acceptedByName: string | null;
  acceptedAt: string;
  /** YYYY-MM-DD, the last day the acceptance holds. */
  expiresOn: string;
};

/** The identity of a finding, or null for what cannot be accepted (notice findings; catalog texts, whose only rule is the error LANG-001). */
export function findingIdentity(finding: Finding, companyId: string): FindingIdentity | null {
  const { subject } = finding;
  const base = { ruleId: finding.ruleId, field: finding.field };
  switch (subject.kind) {
    case "activity":
      return { ...base, subjectKind: "activity", subjectId: subject.activityId };
    case "recipient":
      return { ...base, subjectKind: "recipient", subjectId: subject.recipientId };
    case "cookie":
      return { ...base, subjectKind: "cookie", subjectId: subject.cookieId };
    case "company":
      return { ...base, subjectKind: "company", subjectId: companyId };
    case "notice":
    case "catalog":
      return null;
  }
}

export function identityKey(identity: FindingIdentity): string {
  return [identity.ruleId, identity.subjectKind, identity.subjectId, identity.field].join("|");
}

/** The current version of each subject a finding can be about, keyed `${kind}|${id}`. */
export type SubjectVersions = ReadonlyMap<string, number>;

export const subjectVersionKey = (kind: AcceptableSubjectKind, id: string) => `${kind}|${id}`;

/** Does the acceptance still hold today: not expired, and the subject unchanged since? */
function acceptanceHolds(acceptance: RiskAcceptance, versions: SubjectVersions, today: string): boolean {
  if (acceptance.expiresOn < today) return false;
  return versions.get(subjectVersionKey(acceptance.subjectKind, acceptance.subjectId)) === acceptance.subjectVersion;
}

export type AcceptedFinding<F extends Finding = Finding> = F & { acceptance: RiskAcceptance };

/**
 * Splits findings into the open list and the accepted ones. A warning is accepted while
 * an acceptance for its identity holds; an error stays open whatever was stored.
 */
export function applyAcceptances<F extends Finding>(
  findings: readonly F[],
  acceptances: readonly RiskAcceptance[],
  versions: SubjectVersions,
  companyId: string,
  today: string,
): { open: F[]; accepted: AcceptedFinding<F>[] } {
  const holding = new Map<string, RiskAcceptance>();
  for (const acceptance of acceptances) {
    if (acceptanceHolds(acceptance, versions, today)) holding.set(identityKey(acceptance), acceptance);
  }
  const open: F[] = [];
  const accepted: AcceptedFinding<F>[] = [];
  for (const finding of findings) {
    const identity = finding.severity === "warning" ? findingIdentity(finding, companyId) : null;
    const acceptance = identity ? holding.get(identityKey(identity)) : undefined;
    if (acceptance) accepted.push({ ...finding, acceptance });
    else open.push(finding);
  }
  return { open, accepted };
}

/** The longest an acceptance may run before the DPO must look again. */
const MAX_ACCEPTANCE_YEARS = 3;

/**
 * Accepting a warning: which finding, why, and until when (at the latest three years
 * ahead). Whether the finding exists and is a warning is checked by the server against
 * the current register; that the date is in the future, against today.
 */
export const riskAcceptanceSchema = z.object({
  ruleId: z.string().trim().regex(/^[A-Z]{2,4}-\d{3}$/, "validation.invalid"),
  subjectKind: z.enum(["activity", "recipient", "cookie", "company"]),
  subjectId: z.string().trim().min(1).max(64),
  field: z.string().trim().max(200),
  justification: requiredText(2000).refine((text) => text.length >= 20, "riskAcceptance.justificationTooShort"),
  expiresOn: isoDateField,
});
export type RiskAcceptanceInput = z.output<typeof riskAcceptanceSchema>;

/** The date rule the form and the server share: after today, within MAX_ACCEPTANCE_YEARS. */
export function expiryIssue(expiresOn: string, today: string): string | null {
  if (expiresOn <= today) return "riskAcceptance.expiryInPast";
  if (expiresOn > addMonths(today, MAX_ACCEPTANCE_YEARS * 12)) return "riskAcceptance.expiryTooFar";
  return null;
}
