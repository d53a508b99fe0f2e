import { describe, expect, it } from "vitest";
import { CORPUS } from "@/test/corpus";
import { brokenRegister } from "@/test/corpus/kit";
import { runChecks } from ".";
import { findingSchema, isFindingCatalog, isSeverity } from "./finding-schema";

describe("findingSchema", () => {
  it("reads back every finding the checks give, unchanged, after a trip through JSON", () => {
    const findings = CORPUS.flatMap((entry) => runChecks(brokenRegister(entry), { now: new Date("2026-12-07T12:00:00Z") }));
    // Every kind of subject, so each branch of the schema is read.
    expect(new Set(findings.map((f) => f.subject.kind)).size).toBeGreaterThanOrEqual(4);
    for (const finding of findings) expect(findingSchema.parse(JSON.parse(JSON.stringify(finding)))).toEqual(finding);
  });

  it("refuses a finding with an unknown severity or subject", () => {
    const finding = { ruleId: "LB-003", severity: "error", article: "GDPR Art. 6(3)", subject: { kind: "company" }, field: "name", message: { en: "a", nb: "b" } };
    expect(findingSchema.safeParse(finding).success).toBe(true);
    expect(findingSchema.safeParse({ ...finding, severity: "info" }).success).toBe(false);
    expect(findingSchema.safeParse({ ...finding, subject: { kind: "catalog", catalog: "cookies", entryId: "c1" } }).success).toBe(false);
  });

  it("tells a severity and a catalog a finding can name from any other text", () => {
    expect(isSeverity("warning")).toBe(true);
    expect(isSeverity("info")).toBe(false);
    expect(isFindingCatalog("systems")).toBe(true);
    expect(isFindingCatalog("recipients")).toBe(false);
  });
});
