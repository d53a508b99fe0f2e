import { describe, expect, it } from "vitest";
import { companyProfileSchema, newCompanySchema } from "./company-profile";

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join("."));
}

describe("organisation number check", () => {
  it("reports a wrong Norwegian number even when other fields of the profile are missing", () => {
    const result = companyProfileSchema.safeParse({ legalName: "Ok AS", orgNumber: "123", countryCode: "NO", version: 1 });
    expect(issuePaths(result)).toContain("orgNumber");
    expect(issuePaths(result)).toContain("primaryLanguage");
  });

  it("says nothing of the number when the country is not Norway or the number is valid", () => {
    const foreign = companyProfileSchema.safeParse({ legalName: "Ok AB", orgNumber: "123", countryCode: "SE", version: 1 });
    expect(issuePaths(foreign)).not.toContain("orgNumber");
    const valid = newCompanySchema.safeParse({ legalName: "Ok AS", orgNumber: "928546136", countryCode: "NO" });
    expect(valid.success).toBe(true);
  });

  it("leaves the number alone while the country itself is invalid", () => {
    const result = newCompanySchema.safeParse({ legalName: "Ok AS", orgNumber: "123", countryCode: "" });
    expect(issuePaths(result)).not.toContain("orgNumber");
    expect(issuePaths(result)).toContain("countryCode");
  });
});
