import { describe, expect, it } from "vitest";
import { companyProfileSchema } from "./company-profile";
import { isPhoneNumber, isPostcodeFor, normaliseWebsite, postcodeMessage } from "./contact-fields";
import { parseTypedDate } from "./dates";

const profile = (fields: Record<string, unknown>) => ({
  legalName: "Fjellsko AS",
  countryCode: "NO",
  email: "post@fjellsko.no",
  noticeLanguages: ["en", "nb"],
  primaryLanguage: "nb",
  version: 1,
  ...fields,
});
const issuesOf = (fields: Record<string, unknown>) =>
  companyProfileSchema.safeParse(profile(fields)).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("phone numbers", () => {
  it("accept digits with the usual separators and a leading +", () => {
    for (const phone of ["+47 22 12 34 56", "22123456", "(0)22-12 34 56", "+46 8 123 456 78", "0047.22.12.34.56"]) expect(isPhoneNumber(phone), phone).toBe(true);
  });
  it("refuse letters, a + inside, too few and too many digits", () => {
    for (const phone of ["abc", "22 12 AB", "22+123456", "1234", "1234567890123456"]) expect(isPhoneNumber(phone), phone).toBe(false);
  });
  it("are checked in the profile and say what is valid", () => {
    expect(issuesOf({ phone: "abc", dpoPhone: "ring meg" })).toEqual([
      ["phone", "fieldRules.phone"],
      ["dpoPhone", "fieldRules.phone"],
    ]);
    expect(issuesOf({ phone: "+47 22 12 34 56", dpoPhone: "" })).toEqual([]);
  });
});

describe("web addresses", () => {
  it("add https:// to an address typed without a scheme and keep a full one as typed", () => {
    expect(normaliseWebsite("fjellsko.no")).toBe("https://fjellsko.no");
    expect(normaliseWebsite("www.fjellsko.no/personvern")).toBe("https://www.fjellsko.no/personvern");
    expect(normaliseWebsite("http://fjellsko.no")).toBe("http://fjellsko.no");
    expect(normaliseWebsite("https://blåbær.no")).toBe("https://blåbær.no");
  });
  it("refuse what is no public web address", () => {
    for (const site of ["fjellsko", "fjell sko.no", "ftp://fjellsko.no", "javascript:alert(1)", "https://", "localhost:3000", "<b>.no"]) expect(normaliseWebsite(site), site).toBeNull();
  });
  it("are stored normalised by the profile schema", () => {
    const parsed = companyProfileSchema.parse(profile({ website: "fjellsko.no" }));
    expect(parsed.website).toBe("https://fjellsko.no");
    expect(issuesOf({ website: "fjellsko" })).toEqual([["website", "fieldRules.website"]]);
  });
});

describe("postcodes per country", () => {
  it("follow each country's format", () => {
    expect(isPostcodeFor("NO", "0150")).toBe(true);
    expect(isPostcodeFor("NO", "12345")).toBe(false);
    expect(isPostcodeFor("NO", "015")).toBe(false);
    expect(isPostcodeFor("SE", "123 45")).toBe(true);
    expect(isPostcodeFor("SE", "12345")).toBe(true);
    expect(isPostcodeFor("SE", "1234")).toBe(false);
    expect(isPostcodeFor("DK", "2100")).toBe(true);
    expect(isPostcodeFor("DE", "10115")).toBe(true);
    expect(isPostcodeFor("DE", "1011")).toBe(false);
    expect(isPostcodeFor("FI", "00100")).toBe(true);
    expect(isPostcodeFor("IS", "101")).toBe(true);
    expect(isPostcodeFor("IS", "1010")).toBe(false);
    expect(isPostcodeFor("GB", "SW1A 1AA")).toBe(true);
    expect(isPostcodeFor("GB", "!!")).toBe(false);
  });
  it("name the country's format in the message", () => {
    expect(postcodeMessage("NO")).toBe("fieldRules.postcode.NO");
    expect(postcodeMessage("se")).toBe("fieldRules.postcode.SE");
    expect(postcodeMessage("GB")).toBe("fieldRules.postcode.other");
  });
  it("are checked against the company's country, even when another field is wrong", () => {
    expect(issuesOf({ postalCode: "12345", visitingPostalCode: "0150" })).toEqual([["postalCode", "fieldRules.postcode.NO"]]);
    expect(issuesOf({ countryCode: "SE", postalCode: "123 45" })).toEqual([]);
    expect(issuesOf({ postalCode: "12345", phone: "abc" })).toEqual([
      ["phone", "fieldRules.phone"],
      ["postalCode", "fieldRules.postcode.NO"],
    ]);
  });
});

describe("typed dates", () => {
  it("accept dd.mm.yyyy and yyyy-mm-dd and give the ISO date", () => {
    expect(parseTypedDate("31.12.2024")).toBe("2024-12-31");
    expect(parseTypedDate("1.2.2024")).toBe("2024-02-01");
    expect(parseTypedDate("2024-12-31")).toBe("2024-12-31");
  });
  it("refuse dates that do not exist and other formats", () => {
    for (const date of ["31.02.2024", "2024-13-01", "12/31/2024x", "31.12.24", "i går"]) expect(parseTypedDate(date), date).toBeNull();
  });
});
