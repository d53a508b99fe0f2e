import type { RegisterSnapshot } from "../snapshot";
import type { Finding, RuleMeta } from "./types";

export type { Finding, FindingSubject, RuleMeta, Severity } from "./types";

export type CheckOptions = { /** "Today", for date-dependent rules. */ now: Date };

type Rule = RuleMeta & { check: (snapshot: RegisterSnapshot, options: CheckOptions) => Finding[] };

/** Every rule of legal-spec §3, in the order of the spec. */
export const RULES: readonly Rule[] = [];

/** Runs every rule over the register; findings sorted errors first, then by rule id. */
export function runChecks(snapshot: RegisterSnapshot, options: CheckOptions = { now: new Date() }): Finding[] {
  const findings = RULES.flatMap((rule) => rule.check(snapshot, options));
  return findings.sort((a, b) => (a.severity === b.severity ? a.ruleId.localeCompare(b.ruleId) : a.severity === "error" ? -1 : 1));
}
