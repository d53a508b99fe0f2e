/**
 * Assertions shared by the rule tests: run the checks over a snapshot and return
 * one rule's findings, after verifying what every finding must satisfy (both
 * languages present and different, no rendering leftovers, activity named).
 */
import { expect } from "vitest";
import { runChecks, type Finding } from "@/lib/register/checks";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { TEST_NOW } from "./snapshot-builder";

export function checkAll(snapshot: RegisterSnapshot, now: Date = TEST_NOW): Finding[] {
  const findings = runChecks(snapshot, { now });
  for (const finding of findings) assertWellFormed(snapshot, finding);
  return findings;
}

/** The findings of one rule (all others are ignored). */
export function findingsOf(ruleId: string, snapshot: RegisterSnapshot, now: Date = TEST_NOW): Finding[] {
  return checkAll(snapshot, now).filter((finding) => finding.ruleId === ruleId);
}

/** Id, severity, subject and field of each finding, for compact expectations. */
export function brief(findings: Finding[]) {
  return findings.map(({ ruleId, severity, subject, field }) => ({ ruleId, severity, subject, field }));
}

function assertWellFormed(snapshot: RegisterSnapshot, finding: Finding): void {
  const { en, nb } = finding.message;
  expect(en.trim(), `${finding.ruleId} English message`).not.toBe("");
  expect(nb.trim(), `${finding.ruleId} Norwegian message`).not.toBe("");
  expect(en, `${finding.ruleId} messages differ by language`).not.toBe(nb);
  for (const text of [en, nb]) expect(text, `${finding.ruleId} leftovers`).not.toMatch(/undefined|\bnull\b|NaN|\[object/);
  expect(finding.field, `${finding.ruleId} field`).not.toBe("");
  if (finding.subject.kind === "activity") {
    const { activityId } = finding.subject;
    const activity = snapshot.activities.find((a) => a.id === activityId);
    expect(activity, `${finding.ruleId} names an existing activity`).toBeDefined();
    if (activity && activity.name.length <= 80) {
      expect(en, `${finding.ruleId} names the activity (en)`).toContain(`“${activity.name}”`);
      expect(nb, `${finding.ruleId} names the activity (nb)`).toContain(`«${activity.name}»`);
    }
  }
}
