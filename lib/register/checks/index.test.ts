import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { activity, activityRecipient, buildSnapshot, cookie, dataCategory, noticeText, purpose, recipient, retention, TEST_NOW } from "@/test/register/snapshot-builder";
import { checkAll } from "@/test/register/findings";
import { RULES, rulesById, runChecks, summarise, type Finding } from ".";

/** Rule ids and severities in the order of legal-spec §3's table. */
function specRules(): { id: string; severity: string }[] {
  const spec = readFileSync(path.resolve(import.meta.dirname, "../../../docs/legal-spec.md"), "utf8");
  const section = spec.slice(spec.indexOf("## 3. Validation rules"), spec.indexOf("## 4."));
  return [...section.matchAll(/^\| ([A-Z]+-\d{3}) \| [^|]+ \| ([a-z/ ()]+) \|/gm)].map((m) => ({ id: m[1] ?? "", severity: (m[2] ?? "").trim() }));
}

describe("RULES", () => {
  it("lists every rule of legal-spec §3, in the spec's order", () => {
    const spec = specRules();
    expect(spec).toHaveLength(78);
    expect(RULES.map((rule) => rule.id)).toEqual(spec.map((rule) => rule.id));
  });

  it("uses the spec's severity (the higher one where the spec gives two)", () => {
    const spec = specRules();
    expect(RULES.map((rule) => rule.severity)).toEqual(spec.map((rule) => (rule.severity.startsWith("error") ? "error" : "warning")));
  });

  it("gives every rule an article and a title in both languages", () => {
    for (const rule of RULES) {
      expect(rule.article, rule.id).not.toBe("");
      expect(rule.title.en, rule.id).not.toBe("");
      expect(rule.title.nb, rule.id).not.toBe(rule.title.en);
    }
  });

  it("rulesById finds each rule", () => {
    expect(rulesById().size).toBe(RULES.length);
    expect(rulesById().get("LB-003")?.article).toBe("GDPR Art. 6(3)");
  });
});

describe("runChecks", () => {
  it("sorts errors first, then by rule id", () => {
    const snapshot = buildSnapshot({
      company: { orgNumber: "123456789", email: null },
      activities: [activity({ securityMeasureIds: [], purposes: [purpose({ lawfulBasis: null })] })],
    });
    expect(runChecks(snapshot, { now: TEST_NOW }).map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      "error CTL-001",
      "error LB-001",
      "warning CTL-002",
      "warning SEC-001",
    ]);
  });

  it("ignores retired activities entirely", () => {
    const retired = activity({ status: "RETIRED", purposes: [], retentionRules: [], securityMeasureIds: [], provisionRequirement: null });
    expect(runChecks(buildSnapshot({ activities: [retired] }), { now: TEST_NOW })).toEqual([]);
  });
});

describe("summarise", () => {
  it("counts by severity, by kind of subject and per activity", () => {
    const f = (severity: Finding["severity"], subject: Finding["subject"]): Finding => ({
      ruleId: "X-001",
      severity,
      article: "",
      subject,
      field: "x",
      message: { en: "x", nb: "y" },
    });
    const summary = summarise([
      f("error", { kind: "company" }),
      f("warning", { kind: "activity", activityId: "a1" }),
      f("error", { kind: "activity", activityId: "a1" }),
      f("error", { kind: "activity", activityId: "a2" }),
      f("warning", { kind: "cookie", cookieId: "c1" }),
    ]);
    expect(summary.total).toBe(5);
    expect(summary.bySeverity).toEqual({ error: 3, warning: 2 });
    expect(summary.bySubject.activity).toEqual({ error: 2, warning: 1 });
    expect(summary.bySubject.company).toEqual({ error: 1, warning: 0 });
    expect(summary.bySubject.notice).toEqual({ error: 0, warning: 0 });
    expect(summary.byActivity).toEqual({ a1: { error: 1, warning: 1 }, a2: { error: 1, warning: 0 } });
  });

  it("is all zeros for a clean register", () => {
    expect(summarise(runChecks(buildSnapshot(), { now: TEST_NOW })).total).toBe(0);
  });
});

/**
 * The reference notices (shared/reference-notices, legal-spec §5) entered as registers.
 * Defects that are about prose (typos, "former customers", 30 days vs one month) or that
 * the generated notice cannot reproduce (no "prior lawfulness" clause) are not register
 * facts and have no rule.
 */
describe("reference notices", () => {
  const ids = (findings: Finding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

  it("Working Group Two: cookies on legitimate interests, Google without transfer, newsletter on 6(1)(b), recruitment on three bases", () => {
    const google = recipient({ name: "Google LLC", kind: "PROCESSOR", countryCode: "US", dpaStatus: "SIGNED" });
    const ga = cookie({ name: "_ga", provider: "Google", category: "STATISTICS", consentRequired: false, durationText: "12 months", recipientId: google.id });
    const hotjar = cookie({
      name: "_hjSessionUser",
      provider: "Hotjar",
      category: "STATISTICS",
      consentRequired: false,
      purposeEn: "Hotjar collects anonymous data on user behaviour. By using our website, you agree to Hotjar's data collection practices.",
    });
    const website = activity({
      name: "Use of websites, cookies etc.",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "VOLUNTARY",
      cookieIds: [ga.id, hotjar.id],
      recipients: [activityRecipient({ recipientId: google.id })],
      systemIds: [],
      purposes: [purpose({ description: "Adapt the website to our users", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Adapting the website to our users", liaRef: "none" })],
      retentionRules: [retention({ dataCategoryId: null, duration: null, unit: null, criteriaText: "As long as it is necessary for the purposes mentioned above" })],
      noticeTexts: [noticeText({ text: "Many browsers or devices are set to accept cookies automatically, but you can choose to change the settings yourself so that the cookies are not accepted." })],
    });
    // 2.4: newsletter to existing customers "based on fulfilling an agreement" (6(1)(b)).
    const newsletter = activity({
      name: "Newsletter",
      purposes: [purpose({ description: "Newsletter to existing customers" })],
      marketingAudiences: [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true }],
    });
    // 2.5: one purpose, three bases — in our model three rows with the same description.
    const cvs = dataCategory({ labelEn: "CV and application", labelNb: "CV og søknad" });
    const recruitment = activity({
      name: "Recruitment",
      dataCategoryIds: [cvs.id],
      retentionRules: [retention({ dataCategoryId: cvs.id, trigger: "AFTER_CASE_CLOSED", duration: 0, unit: "DAYS" })],
      purposes: [
        purpose({ id: "r1", description: "Recruitment", lawfulBasis: "CONSENT", consentWithdrawal: "Contact us" }),
        purpose({ id: "r2", description: "Recruitment", lawfulBasis: "CONTRACT" }),
        purpose({ id: "r3", description: "Recruitment", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Finding the right candidate", liaRef: "LIA" }),
      ],
      consentRecordRef: "Recruitment system",
    });
    const snapshot = buildSnapshot({
      company: { legalName: "Working Group Two AS" },
      activities: [website, newsletter, recruitment],
      catalogs: { recipients: [google], cookies: [ga, hotjar], dataCategories: [cvs] },
    });
    const findings = checkAll(snapshot);
    expect(findings.filter((f) => f.ruleId === "CK-001").map((f) => f.subject)).toEqual([
      { kind: "activity", activityId: website.id },
      { kind: "activity", activityId: website.id },
    ]);
    expect(findings.filter((f) => f.ruleId === "CK-006").map((f) => f.subject)).toEqual([
      { kind: "cookie", cookieId: ga.id },
      { kind: "cookie", cookieId: hotjar.id },
    ]);
    expect(findings.filter((f) => f.ruleId === "TR-001").map((f) => f.message.en)).toEqual([expect.stringContaining("Google LLC")]);
    expect(findings.filter((f) => f.ruleId === "LB-009").map((f) => f.subject)).toEqual([{ kind: "activity", activityId: newsletter.id }]);
    expect(findings.filter((f) => f.ruleId === "LB-002").map((f) => f.field)).toEqual(["purposes.1.lawfulBasis", "purposes.2.lawfulBasis"]);
    expect(findings.filter((f) => f.ruleId === "CK-003").map((f) => f.field).sort()).toEqual(["noticeTextEn", "purposeEn"]);
    expect(ids(findings)).toEqual(["CK-001", "CK-003", "CK-006", "LB-002", "LB-009", "RT-002", "TR-001"]);
  });

  it("Its Working: § 2-7 b in 2025, analytics on legitimate interests, customer marketing without basis, no retention, Google missing", () => {
    const google = recipient({ name: "Google Ireland Ltd", kind: "CONTROLLER", countryCode: "IE", dpaStatus: "NOT_REQUIRED" });
    const analyticsCookie = cookie({ name: "_ga", provider: "Google", category: "STATISTICS", consentRequired: true, recipientId: google.id });
    const analytics = activity({
      name: "Cookies og analyseverktøy",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "VOLUNTARY",
      cookieIds: [analyticsCookie.id],
      purposes: [
        purpose({
          description: "Statistikk når anonymisert",
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: "Forbedre nettstedet",
          liaRef: "Intern vurdering",
          legalReference: "ekomloven § 2-7 b første ledd",
        }),
      ],
      retentionRules: [],
    });
    const customerMarketing = activity({
      name: "Markedsføring til eksisterende kunder",
      purposes: [purpose({ description: "Tilbud til eksisterende kunder", lawfulBasis: null })],
      marketingAudiences: [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: null }],
      retentionRules: [retention({ duration: null, unit: null, legalReference: "bokføringsloven" })],
    });
    const snapshot = buildSnapshot({
      company: { legalName: "Its Working AS" },
      activities: [analytics, customerMarketing],
      catalogs: { recipients: [google], cookies: [analyticsCookie] },
    });
    const findings = checkAll(snapshot, new Date("2025-06-06T12:00:00Z"));
    expect(findings.find((f) => f.ruleId === "CK-002")?.field).toBe("purposes.0.legalReference");
    expect(findings.find((f) => f.ruleId === "CK-001")?.subject).toEqual({ kind: "activity", activityId: analytics.id });
    expect(findings.find((f) => f.ruleId === "REC-001")?.message.nb).toContain("Google Ireland Ltd");
    expect(findings.filter((f) => f.ruleId === "RT-001").map((f) => f.subject)).toEqual([
      { kind: "activity", activityId: analytics.id },
      { kind: "activity", activityId: customerMarketing.id },
    ]);
    expect(ids(findings)).toEqual(["CK-001", "CK-002", "LB-001", "LB-008", "REC-001", "RT-001"]);
  });
});
