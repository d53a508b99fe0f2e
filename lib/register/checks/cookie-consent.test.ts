import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, company, cookie, purpose, type CompanyOverrides } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";

const session = cookie();
const ga = cookie({ name: "_ga", provider: "Google", category: "STATISTICS", durationText: "2 years" });
const reason = { en: "Set only when you choose a language", nb: "Settes bare når du velger språk" };
const statistics = activity({ name: "Website statistics", cookieIds: [ga.id], purposes: [purpose({ description: "Website statistics", lawfulBasis: "CONSENT", consentWithdrawal: "Cookie settings" })], consentRecordRef: "Banner log" });
const withCookies = (cookies: ReturnType<typeof cookie>[], overrides: CompanyOverrides = {}) =>
  buildSnapshot({ company: company(overrides), activities: [activity({ name: "Website", cookieIds: cookies.map((c) => c.id) })], catalogs: { cookies } });

describe("CK-005 strictly necessary cookie marked as needing consent, without a reason", () => {
  it("warns on the cookie's reason", () => {
    const asked = { ...session, consent: "REQUIRED" as const };
    expect(brief(findingsOf("CK-005", withCookies([asked])))).toEqual([{ ruleId: "CK-005", severity: "warning", subject: { kind: "cookie", cookieId: session.id }, field: "consentReason" }]);
  });

  it("does not fire when it follows its category, when the override is explained, or for a statistics cookie asked for", () => {
    expect(findingsOf("CK-005", withCookies([session]))).toEqual([]);
    expect(findingsOf("CK-005", withCookies([{ ...session, consent: "REQUIRED", consentReason: reason }]))).toEqual([]);
    expect(findingsOf("CK-005", withCookies([{ ...ga, consent: "REQUIRED" }]))).toEqual([]);
  });
});

describe("CK-006 non-necessary cookie set without consent, without a reason", () => {
  it("is an error on the cookie's reason", () => {
    const unasked = { ...ga, consent: "NOT_REQUIRED" as const };
    const findings = findingsOf("CK-006", withCookies([unasked]));
    expect(brief(findings)).toEqual([{ ruleId: "CK-006", severity: "error", subject: { kind: "cookie", cookieId: ga.id }, field: "consentReason" }]);
    expect(findings[0]?.message.nb).toContain("«_ga»");
  });

  it("does not fire when consent follows the category, when the override is explained, or when no activity uses the cookie", () => {
    expect(findingsOf("CK-006", withCookies([ga]))).toEqual([]);
    expect(findingsOf("CK-006", withCookies([{ ...ga, consent: "NOT_REQUIRED", consentReason: reason }]))).toEqual([]);
    expect(findingsOf("CK-006", buildSnapshot({ catalogs: { cookies: [{ ...ga, consent: "NOT_REQUIRED" }] } }))).toEqual([]);
  });
});

describe("CK-007 cookies need consent, the banner is not described", () => {
  const unrecorded = { cookieBannerBeforeSetting: null, cookieRefuseAsEasy: null, cookieWithdrawal: {}, cookieSettingsUrl: null };

  it("warns on each banner fact the profile does not record", () => {
    expect(brief(findingsOf("CK-007", withCookies([ga], unrecorded))).map((f) => f.field)).toEqual(["cookieBannerBeforeSetting", "cookieRefuseAsEasy", "cookieWithdrawal"]);
    expect(brief(findingsOf("CK-007", withCookies([ga], { cookieRefuseAsEasy: null })))).toEqual([{ ruleId: "CK-007", severity: "warning", subject: { kind: "company" }, field: "cookieRefuseAsEasy" }]);
  });

  it("takes the settings page's address as how consent is withdrawn", () => {
    expect(findingsOf("CK-007", withCookies([ga], { cookieWithdrawal: {}, cookieSettingsUrl: "https://www.testfirma.no/cookies" }))).toEqual([]);
  });

  it("does not fire when only strictly necessary cookies are used, or no activity in force uses one", () => {
    expect(findingsOf("CK-007", withCookies([session], unrecorded))).toEqual([]);
    expect(findingsOf("CK-007", buildSnapshot({ company: company(unrecorded), catalogs: { cookies: [ga] } }))).toEqual([]);
    expect(findingsOf("CK-007", buildSnapshot({ company: company(unrecorded), activities: [statistics], catalogs: { cookies: [{ ...ga, consent: "NOT_REQUIRED", consentReason: reason }] } }))).toEqual([]);
  });
});

describe("CK-008 cookies needing consent set before the banner's choice", () => {
  it("is an error on the profile's banner fact", () => {
    expect(brief(findingsOf("CK-008", withCookies([ga], { cookieBannerBeforeSetting: false })))).toEqual([{ ruleId: "CK-008", severity: "error", subject: { kind: "company" }, field: "cookieBannerBeforeSetting" }]);
  });

  it("does not fire when the banner asks first, when it is not recorded (CK-007's), or without cookies needing consent", () => {
    expect(findingsOf("CK-008", withCookies([ga]))).toEqual([]);
    expect(findingsOf("CK-008", withCookies([ga], { cookieBannerBeforeSetting: null }))).toEqual([]);
    expect(findingsOf("CK-008", withCookies([session], { cookieBannerBeforeSetting: false }))).toEqual([]);
  });
});

describe("CK-009 refusing harder than accepting", () => {
  it("is an error on the profile's banner fact", () => {
    expect(brief(findingsOf("CK-009", withCookies([ga], { cookieRefuseAsEasy: false })))).toEqual([{ ruleId: "CK-009", severity: "error", subject: { kind: "company" }, field: "cookieRefuseAsEasy" }]);
  });

  it("does not fire when refusing is as easy, when it is not recorded, or without cookies needing consent", () => {
    expect(findingsOf("CK-009", withCookies([ga]))).toEqual([]);
    expect(findingsOf("CK-009", withCookies([ga], { cookieRefuseAsEasy: null }))).toEqual([]);
    expect(findingsOf("CK-009", withCookies([session], { cookieRefuseAsEasy: false }))).toEqual([]);
  });
});
