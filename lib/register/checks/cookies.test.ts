import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, cookie, noticeText, purpose, retention, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";
import { infersConsent } from "./cookies";

const ga = cookie({ name: "_ga", provider: "Google", category: "STATISTICS", durationText: "2 years" });
const consentPurpose = purpose({ description: "Website statistics", lawfulBasis: "CONSENT", consentWithdrawal: "Cookie settings link in the footer" });
const analytics = (overrides: ActivityOverrides = {}) =>
  activity({ name: "Website analytics", collectionSource: "DATA_SUBJECT_OBSERVED", provisionRequirement: "VOLUNTARY", cookieIds: [ga.id], purposes: [consentPurpose], consentRecordRef: "Consent log of the cookie banner", ...overrides });

describe("CK-001 a non-necessary cookie read by an activity not on consent", () => {
  it("leaves the cookie's own marking to CK-006 (one id per rule)", () => {
    const noConsent = { ...ga, consent: "NOT_REQUIRED" as const };
    expect(findingsOf("CK-001", buildSnapshot({ activities: [analytics()], catalogs: { cookies: [noConsent] } }))).toEqual([]);
  });

  it("does not fire for a cookie the DPO explained as set without consent", () => {
    const explained = { ...ga, consent: "NOT_REQUIRED" as const, consentReason: { en: "Set only when you choose a language", nb: "Settes bare når du velger språk" } };
    const a = analytics({ purposes: [purpose({ description: "Website statistics", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Improving the site", liaRef: "LIA-2" })] });
    expect(findingsOf("CK-001", buildSnapshot({ activities: [a], catalogs: { cookies: [explained] } }))).toEqual([]);
    expect(findingsOf("CK-001", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } }))).toHaveLength(1);
  });

  it("fires on the activity when the processing rests on legitimate interests", () => {
    const a = analytics({ purposes: [purpose({ description: "Website statistics", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Improving the site", liaRef: "LIA-2" })] });
    const findings = findingsOf("CK-001", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } }));
    expect(brief(findings)).toEqual([{ ruleId: "CK-001", severity: "error", subject: { kind: "activity", activityId: a.id }, field: "purposes.0.lawfulBasis" }]);
    expect(findings[0]?.message.en).toContain("“_ga”");
  });

  it("names the basis of the purpose the cookie serves, not of the first purpose (a wrong blame before issue 10)", () => {
    const a = analytics({
      purposes: [
        purpose({ description: "Deliver orders", lawfulBasis: "CONTRACT" }),
        purpose({ description: "Visitor statistics for the site", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Improving the site", liaRef: "LIA-2" }),
      ],
    });
    const findings = findingsOf("CK-001", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } }));
    expect(findings.map((f) => f.field)).toEqual(["purposes.1.lawfulBasis"]);
    expect(findings[0]?.message.en).toContain("legitimate interests");
    expect(findings[0]?.message.en).not.toContain("contract");
  });

  it("names no basis, and points at the cookie list, when no purpose says what the cookie serves", () => {
    const a = analytics({ purposes: [purpose({ description: "Deliver orders", lawfulBasis: "CONTRACT" }), purpose({ description: "Handle complaints", lawfulBasis: "LEGAL_OBLIGATION", legalReference: "forbrukerkjøpsloven" })] });
    const findings = findingsOf("CK-001", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } }));
    expect(findings.map((f) => f.field)).toEqual(["cookieIds"]);
    expect(findings[0]?.message.en).toContain("none of its purposes rests on consent");
  });

  it("does not fire for consent-based use, strictly necessary cookies, or cookies no activity uses", () => {
    expect(checkAll(buildSnapshot({ activities: [analytics()], catalogs: { cookies: [ga] } }))).toEqual([]);
    const session = cookie();
    expect(findingsOf("CK-001", buildSnapshot({ activities: [activity({ cookieIds: [session.id] })], catalogs: { cookies: [session] } }))).toEqual([]);
    expect(findingsOf("CK-001", buildSnapshot({ catalogs: { cookies: [{ ...ga, consent: "NOT_REQUIRED" }] } }))).toEqual([]);
  });
});

describe("CK-002 ekomloven § 2-7 b", () => {
  const citing = (text: string) => analytics({ noticeTexts: [noticeText({ language: "NB", text })] });

  it("warns from 2025 for a notice text citing the old section, however it is spaced", () => {
    for (const text of ["Nødvendige cookies: ekomloven § 2-7 b første ledd.", "jf. Ekomloven §2-7b", "ekoml. § 2–7 B"]) {
      const a = citing(text);
      expect(brief(findingsOf("CK-002", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } }))), text).toEqual([
        { ruleId: "CK-002", severity: "warning", subject: { kind: "activity", activityId: a.id }, field: "noticeTextNb" },
      ]);
    }
  });

  it("checks legal references in retention rules too", () => {
    const a = analytics({ retentionRules: [retention({ legalReference: "ekomloven § 2-7 b" })] });
    expect(findingsOf("CK-002", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } })).map((f) => f.field)).toEqual(["retentionRules.0.legalReference"]);
  });

  it("does not fire before 2025, or for § 3-15", () => {
    expect(findingsOf("CK-002", buildSnapshot({ activities: [citing("ekomloven § 2-7 b")], catalogs: { cookies: [ga] } }), new Date("2024-12-31T12:00:00Z"))).toEqual([]);
    expect(findingsOf("CK-002", buildSnapshot({ activities: [citing("ekomloven § 3-15")], catalogs: { cookies: [ga] } }))).toEqual([]);
  });
});

describe("CK-003 consent inferred from use or browser settings", () => {
  it("fires for Hotjar's “by using our website, you agree”", () => {
    const a = analytics({ noticeTexts: [noticeText({ text: "This data is aggregated. By using our website, you agree to Hotjar's data collection practices." })] });
    const findings = findingsOf("CK-003", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } }));
    expect(brief(findings)).toEqual([{ ruleId: "CK-003", severity: "error", subject: { kind: "activity", activityId: a.id }, field: "noticeTextEn" }]);
    expect(findings[0]?.message.en).toContain("By using our website, you agree");
  });

  it("fires on a cookie's purpose text", () => {
    const inferred = { ...ga, purposeNb: "Ved å bruke nettstedet godtar du statistikk-cookies." };
    expect(brief(findingsOf("CK-003", buildSnapshot({ activities: [analytics()], catalogs: { cookies: [inferred] } })))).toEqual([
      { ruleId: "CK-003", severity: "error", subject: { kind: "cookie", cookieId: ga.id }, field: "purposeNb" },
    ]);
  });

  it("recognises browser-settings consent and leaves neutral browser advice alone", () => {
    expect(infersConsent("Many browsers or devices are set to accept cookies automatically, but you can choose to change the settings yourself.")).toBe(true);
    expect(infersConsent("Hvis nettleserinnstillingene dine tillater cookies, anser vi at du har samtykket.")).toBe(true);
    expect(infersConsent("Du kan blokkere eller slette cookies via nettleserinnstillingene.")).toBe(false);
    expect(infersConsent("We set statistics cookies only if you accept them in our banner; you can also delete them in your browser settings.")).toBe(false);
    expect(infersConsent("We use the site's search log to improve answers.")).toBe(false);
  });
});

it("CK-002 recognises the genitive and the long name of the Act", () => {
  for (const text of ["etter ekomlovens § 2-7b", "ekommunikasjonsloven § 2-7 b"]) {
    const a = analytics({ noticeTexts: [noticeText({ language: "NB", text })] });
    expect(findingsOf("CK-002", buildSnapshot({ activities: [a], catalogs: { cookies: [ga] } })), text).toHaveLength(1);
  }
});

describe("CK-004 cookies spoken of, none recorded", () => {
  it("warns where an activity or its notice text speaks of cookies or visitor statistics and the register records none", () => {
    const a = activity({ name: "Website visitor statistics", description: "We measure visits with Google Analytics", cookieIds: [] });
    expect(brief(findingsOf("CK-004", buildSnapshot({ activities: [a] })))).toEqual([{ ruleId: "CK-004", severity: "warning", subject: { kind: "activity", activityId: a.id }, field: "cookieIds" }]);
    const text = activity({ noticeTexts: [noticeText({ language: "NB", text: "Vi bruker informasjonskapsler for å huske handlekurven din." })] });
    expect(findingsOf("CK-004", buildSnapshot({ activities: [text] }))).toHaveLength(1);
  });

  it("reads the description and purposes in every language, not only the name (a regression: texts per language were read as “[object Object]”)", () => {
    const described = activity({ name: "Nettstedet", description: { en: "We count visits with a statistics cookie", nb: "Vi teller besøk med en statistikkcookie" }, cookieIds: [] });
    expect(findingsOf("CK-004", buildSnapshot({ activities: [described] }))).toHaveLength(1);
    const purposeOnly = activity({ name: "Nettstedet", purposes: [purpose({ description: { nb: "Lage besøksstatistikk for nettstedet" } })] });
    expect(findingsOf("CK-004", buildSnapshot({ activities: [purposeOnly] }))).toHaveLength(1);
  });

  it("does not fire when any activity records a cookie, nor for a website activity that says nothing of cookies", () => {
    const speaks = activity({ name: "Website visitor statistics" });
    expect(findingsOf("CK-004", buildSnapshot({ activities: [speaks, analytics()], catalogs: { cookies: [ga] } }))).toEqual([]);
    expect(findingsOf("CK-004", buildSnapshot({ activities: [activity({ name: "Employee photos on the website" })] }))).toEqual([]);
  });
});
