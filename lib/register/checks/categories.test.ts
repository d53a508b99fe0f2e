import { describe, expect, it } from "vitest";
import { activity, buildSnapshot } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;

describe("CAT-001 activity without data categories or data subjects", () => {
  it("fires for each list that is empty, at its own field", () => {
    const a = activity({ dataSubjectCategoryIds: [], dataCategoryIds: [], retentionRules: [] });
    expect(brief(findingsOf("CAT-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "CAT-001", severity: "error", subject: on(a.id), field: "dataSubjectCategoryIds" },
      { ruleId: "CAT-001", severity: "error", subject: on(a.id), field: "dataCategoryIds" },
    ]);
  });

  it("does not fire with both recorded, nor for a processor's record (Art. 30(2) has categories of processing)", () => {
    expect(findingsOf("CAT-001", buildSnapshot({ activities: [activity()] }))).toEqual([]);
    const processor = activity({ role: "PROCESSOR", controllerDpaRef: "DPA", dataSubjectCategoryIds: [], dataCategoryIds: [], retentionRules: [] });
    expect(findingsOf("CAT-001", buildSnapshot({ activities: [processor] }))).toEqual([]);
  });
});
