import { describe, expect, it } from "vitest";
import { activity, buildSnapshot } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";

describe("SEC-001 security measures", () => {
  it("warns for an activity with no linked measure and no description", () => {
    const a = activity({ securityMeasureIds: [], securityMeasuresText: " " });
    expect(brief(findingsOf("SEC-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "SEC-001", severity: "warning", subject: { kind: "activity", activityId: a.id }, field: "securityMeasureIds" },
    ]);
  });

  it("does not fire with a description only, or with a linked measure", () => {
    expect(findingsOf("SEC-001", buildSnapshot({ activities: [activity({ securityMeasureIds: [], securityMeasuresText: "Encrypted laptops, MFA" })] }))).toEqual([]);
    expect(findingsOf("SEC-001", buildSnapshot())).toEqual([]);
  });
});
