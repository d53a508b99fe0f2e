import { describe, expect, it } from "vitest";
import { findingHref, subjectKey } from "./finding-links";

describe("findingHref", () => {
  it("links an activity finding to the field in the activity editor", () => {
    expect(findingHref("c1", { subject: { kind: "activity", activityId: "a1" }, field: "purposes.0.legalReference" })).toBe(
      "/companies/c1/activities/a1#purposes.0.legalReference",
    );
  });
  it("links a company finding to the profile field and catalog findings to the catalog row", () => {
    expect(findingHref("c1", { subject: { kind: "company" }, field: "dpoEmail" })).toBe("/companies/c1/profile#dpoEmail");
    expect(findingHref("c1", { subject: { kind: "recipient", recipientId: "r1" }, field: "dpaStatus" })).toBe("/companies/c1/catalogs#recipients-r1");
    expect(findingHref("c1", { subject: { kind: "cookie", cookieId: "k1" }, field: "consentRequired" })).toBe("/companies/c1/catalogs#cookies-k1");
  });
  it("groups by subject", () => {
    expect(subjectKey({ subject: { kind: "activity", activityId: "a1" } })).toBe("activity:a1");
    expect(subjectKey({ subject: { kind: "company" } })).toBe("company");
  });
});
