import { describe, expect, it } from "vitest";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { emptyCompanyWithOwner } from "@/test/server/templates";
import { getActivity, updateActivity } from "./activities";
import { db } from "./db";
import { getFindings } from "./findings";
import { acceptRisk, revokeRiskAcceptance } from "./risk-acceptances";
import { addActivityFromTemplate } from "./templates";

const NOW = new Date("2026-06-15T10:00:00Z");

/** A draft customer-service activity: its legitimate interest has no balancing test linked (LB-004 warning). */
async function withWarning() {
  const { access, company } = await emptyCompanyWithOwner();
  const { activity } = await addActivityFromTemplate(access, "customer-service", "en");
  const { findings } = await getFindings(access, { now: NOW });
  const warning = findings.find((f) => f.ruleId === "LB-004" && f.severity === "warning");
  if (!warning) throw new Error("expected the LB-004 warning");
  const identity = { ruleId: warning.ruleId, subjectKind: "activity" as const, subjectId: activity.id, field: warning.field };
  return { access, company, activityId: activity.id, identity };
}

const justification = "Balancing test is being written by our lawyer; the interest is plainly stated in the notice.";

describe("accepting a warning", () => {
  it("moves it from the open list to the accepted ones, with who, why and until when, and logs it", async () => {
    const { access, company, identity } = await withWarning();
    const acceptance = await acceptRisk(access, { ...identity, justification, expiresOn: "2026-12-31" }, NOW);
    expect(acceptance).toMatchObject({ justification, expiresOn: "2026-12-31", acceptedByName: access.user.name });
    const { findings, accepted, summary } = await getFindings(access, { now: NOW });
    expect(findings.some((f) => f.ruleId === "LB-004" && f.field === identity.field)).toBe(false);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.acceptance.id).toBe(acceptance.id);
    expect(summary.bySeverity.warning).toBe(findings.filter((f) => f.severity === "warning").length);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { companyId: company.id, action: "RISK_ACCEPT" } });
    expect(audit.after).toMatchObject({ ruleId: "LB-004", justification, expiresOn: "2026-12-31" });
  });

  it("reopens it when the acceptance expires", async () => {
    const { access, identity } = await withWarning();
    await acceptRisk(access, { ...identity, justification, expiresOn: "2026-06-30" }, NOW);
    const later = new Date("2026-07-01T10:00:00Z");
    const { findings, accepted } = await getFindings(access, { now: later });
    expect(accepted).toHaveLength(0);
    expect(findings.some((f) => f.ruleId === "LB-004" && f.field === identity.field)).toBe(true);
  });

  it("reopens it when the activity changes", async () => {
    const { access, activityId, identity } = await withWarning();
    await acceptRisk(access, { ...identity, justification, expiresOn: "2026-12-31" }, NOW);
    const saved = await getActivity(access, activityId);
    await updateActivity(access, activityId, activityInputSchema.parse({ ...saved, description: { en: "Now also by chat." }, version: saved.version }));
    const { accepted, findings } = await getFindings(access, { now: NOW });
    expect(accepted).toHaveLength(0);
    expect(findings.some((f) => f.ruleId === "LB-004" && f.field === identity.field)).toBe(true);
  });

  it("reopens it when withdrawn, and logs the withdrawal", async () => {
    const { access, company, identity } = await withWarning();
    const acceptance = await acceptRisk(access, { ...identity, justification, expiresOn: "2026-12-31" }, NOW);
    await revokeRiskAcceptance(access, acceptance.id, NOW);
    expect((await getFindings(access, { now: NOW })).accepted).toHaveLength(0);
    expect(await db().auditEvent.count({ where: { companyId: company.id, action: "RISK_REVOKE", entityId: acceptance.id } })).toBe(1);
    await expect(revokeRiskAcceptance(access, acceptance.id, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never accepts an error, nor a finding that does not exist, nor a date in the past or beyond three years", async () => {
    const { access, activityId, identity } = await withWarning();
    // A purpose without a lawful basis is an error (LB-001).
    const saved = await getActivity(access, activityId);
    await updateActivity(access, activityId, activityInputSchema.parse({ ...saved, purposes: saved.purposes.map((p) => ({ ...p, lawfulBasis: null })), version: saved.version }));
    const { findings } = await getFindings(access, { now: NOW });
    const error = findings.find((f) => f.severity === "error" && f.ruleId === "LB-001");
    if (!error) throw new Error("expected the LB-001 error");
    await expect(acceptRisk(access, { ruleId: error.ruleId, subjectKind: "activity", subjectId: activityId, field: error.field, justification, expiresOn: "2026-12-31" }, NOW)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "riskAcceptance.errorNotAcceptable",
    });
    await expect(acceptRisk(access, { ...identity, ruleId: "TR-004", justification, expiresOn: "2026-12-31" }, NOW)).rejects.toMatchObject({ message: "riskAcceptance.noSuchFinding" });
    await expect(acceptRisk(access, { ...identity, justification, expiresOn: "2026-06-15" }, NOW)).rejects.toMatchObject({ fieldErrors: { expiresOn: ["riskAcceptance.expiryInPast"] } });
    await expect(acceptRisk(access, { ...identity, justification, expiresOn: "2029-07-01" }, NOW)).rejects.toMatchObject({ fieldErrors: { expiresOn: ["riskAcceptance.expiryTooFar"] } });
  });
});
