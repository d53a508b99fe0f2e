import { describe, expect, it } from "vitest";
import { activity, activityRecipient, buildSnapshot, dataCategory, dataSubjectCategory, purpose, recipient, retention, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const health = dataCategory({ labelEn: "Sick notes", labelNb: "Sykmeldinger", specialCategory: "HEALTH" });
const convictions = dataCategory({ labelEn: "Police certificate", labelNb: "Politiattest", isCriminalOffence: true });
const nationalId = dataCategory({ labelEn: "National identity number", labelNb: "Fødselsnummer", isNationalId: true });
const catalogs = { dataCategories: [health, convictions, nationalId] };

/** An activity processing `category` with a retention rule for it, so only the rule under test fires. */
const processing = (category: ReturnType<typeof dataCategory>, overrides: ActivityOverrides = {}) =>
  activity({ name: "HR", dataCategoryIds: [category.id], retentionRules: [retention({ dataCategoryId: category.id })], ...overrides });

describe("SC-001 Art. 9(2) condition", () => {
  it("fires for health data without a condition, naming the category", () => {
    const a = processing(health);
    const findings = findingsOf("SC-001", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "SC-001", severity: "error", subject: on(a.id), field: "art9Condition" }]);
    expect(findings[0]?.message.nb).toContain("«Sykmeldinger»");
  });

  it("does not fire with a condition, or for processor activities", () => {
    expect(checkAll(buildSnapshot({ activities: [processing(health, { art9Condition: "EXPLICIT_CONSENT", consentRecordRef: "Signed consent forms" })], catalogs }))).toEqual([]);
    expect(findingsOf("SC-001", buildSnapshot({ activities: [processing(health, { role: "PROCESSOR", controllerDpaRef: "DPA" })], catalogs }))).toEqual([]);
  });
});

describe("SC-002 law reference for 9(2)(b)/(g)–(j)", () => {
  it("fires for employment law without the law", () => {
    const a = processing(health, { art9Condition: "EMPLOYMENT_SOCIAL_SECURITY" });
    expect(brief(findingsOf("SC-002", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "SC-002", severity: "error", subject: on(a.id), field: "art9LegalReference" },
    ]);
  });

  it("does not fire with the law, or for conditions that need none", () => {
    expect(findingsOf("SC-002", buildSnapshot({ activities: [processing(health, { art9Condition: "HEALTH_OR_SOCIAL_CARE", art9LegalReference: "helsepersonelloven § 39" })], catalogs }))).toEqual([]);
    expect(findingsOf("SC-002", buildSnapshot({ activities: [processing(health, { art9Condition: "LEGAL_CLAIMS" })], catalogs }))).toEqual([]);
  });
});

describe("SC-003 Art. 10 data", () => {
  it("fires without legal authority", () => {
    const a = processing(convictions);
    expect(brief(findingsOf("SC-003", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "SC-003", severity: "error", subject: on(a.id), field: "art10Authority" },
    ]);
  });

  it("does not fire with the authority stated", () => {
    expect(checkAll(buildSnapshot({ activities: [processing(convictions, { art10Authority: "barnehageloven § 30" })], catalogs }))).toEqual([]);
  });
});

describe("SC-004 national identity numbers (pol. § 12)", () => {
  it("warns without a documented need", () => {
    const a = processing(nationalId);
    expect(brief(findingsOf("SC-004", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "SC-004", severity: "warning", subject: on(a.id), field: "nationalIdJustification" },
    ]);
  });

  it("does not fire with the need documented", () => {
    expect(checkAll(buildSnapshot({ activities: [processing(nationalId, { nationalIdJustification: "Payroll reporting to a-ordningen needs secure identification" })], catalogs }))).toEqual([]);
  });
});

describe("SC-005 Art. 30(5) exemption", () => {
  it("fires for an occasional, low-risk activity with health data in a small company", () => {
    const a = processing(health, { art9Condition: "EXPLICIT_CONSENT", isOccasional: true });
    expect(brief(findingsOf("SC-005", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "SC-005", severity: "error", subject: on(a.id), field: "isOccasional" },
    ]);
  });

  it("also fires for criminal-offence data", () => {
    const a = processing(convictions, { art10Authority: "x", isOccasional: true });
    expect(findingsOf("SC-005", buildSnapshot({ activities: [a], catalogs }))).toHaveLength(1);
  });

  it("does not fire for ordinary data, likely-risk activities, or large companies (never exempt)", () => {
    expect(findingsOf("SC-005", buildSnapshot({ activities: [activity({ isOccasional: true })] }))).toEqual([]);
    expect(findingsOf("SC-005", buildSnapshot({ activities: [processing(health, { art9Condition: "EXPLICIT_CONSENT", isOccasional: true, isLikelyRisk: true })], catalogs }))).toEqual([]);
    expect(
      findingsOf(
        "SC-005",
        buildSnapshot({ company: { employeeBand: "AT_LEAST_250", dpo: { designated: true, email: "dpo@x.no" } }, activities: [processing(health, { art9Condition: "EXPLICIT_CONSENT", isOccasional: true })], catalogs }),
      ),
    ).toEqual([]);
  });
});

describe("SC-006 explicit consent with nothing that carries it", () => {
  it("fires for 9(2)(a) when no purpose rests on consent and no consent record exists", () => {
    const a = processing(health, { art9Condition: "EXPLICIT_CONSENT" });
    const findings = findingsOf("SC-006", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "SC-006", severity: "error", subject: on(a.id), field: "art9Condition" }]);
    expect(findings[0]?.message.nb).toContain("art. 9 nr. 2 bokstav a");
  });

  it("does not fire with a consent record, with a purpose on consent, or for another condition", () => {
    expect(findingsOf("SC-006", buildSnapshot({ activities: [processing(health, { art9Condition: "EXPLICIT_CONSENT", consentRecordRef: "Signed forms" })], catalogs }))).toEqual([]);
    const onConsent = processing(health, { art9Condition: "EXPLICIT_CONSENT", purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "E-mail us" })] });
    expect(findingsOf("SC-006", buildSnapshot({ activities: [onConsent], catalogs }))).toEqual([]);
    expect(findingsOf("SC-006", buildSnapshot({ activities: [processing(health, { art9Condition: "HEALTH_OR_SOCIAL_CARE", art9LegalReference: "helsepersonelloven § 39" })], catalogs }))).toEqual([]);
  });
});

describe("SC-007 volunteered special categories without their handling", () => {
  it("fires when people may send special categories and nothing says what is done with them", () => {
    const a = activity({ name: "Applications", volunteeredSpecialCategories: true });
    expect(brief(findingsOf("SC-007", buildSnapshot({ activities: [a] })))).toEqual([{ ruleId: "SC-007", severity: "error", subject: on(a.id), field: "volunteeredHandling" }]);
  });

  it("does not fire once the handling is recorded, nor where nothing is volunteered", () => {
    const deleted = activity({ name: "Applications", volunteeredSpecialCategories: true, volunteeredHandling: "DELETED" });
    expect(checkAll(buildSnapshot({ activities: [deleted] }))).toEqual([]);
    expect(findingsOf("SC-007", buildSnapshot())).toEqual([]);
  });
});

describe("SC-008 volunteered special categories kept without a condition that holds", () => {
  const kept = (overrides: ActivityOverrides) => activity({ name: "Applications", volunteeredSpecialCategories: true, ...overrides });
  it("fires when kept under the activity's condition with none chosen, or with 9(2)(e) (sending is not making public)", () => {
    const none = kept({ volunteeredHandling: "KEPT_UNDER_CONDITION" });
    const published = kept({ volunteeredHandling: "KEPT_UNDER_CONDITION", art9Condition: "MANIFESTLY_MADE_PUBLIC" });
    expect(brief(findingsOf("SC-008", buildSnapshot({ activities: [none] })))).toEqual([{ ruleId: "SC-008", severity: "error", subject: on(none.id), field: "art9Condition" }]);
    expect(findingsOf("SC-008", buildSnapshot({ activities: [published] }))).toHaveLength(1);
  });

  it("fires when kept with explicit consent and no consent record", () => {
    const a = kept({ volunteeredHandling: "KEPT_WITH_EXPLICIT_CONSENT" });
    expect(brief(findingsOf("SC-008", buildSnapshot({ activities: [a] })))).toEqual([{ ruleId: "SC-008", severity: "error", subject: on(a.id), field: "consentRecordRef" }]);
  });

  it("does not fire for data deleted unused, kept under a condition that holds, or with consents recorded", () => {
    const activities = [
      kept({ volunteeredHandling: "DELETED" }),
      kept({ name: "Adjustments", volunteeredHandling: "KEPT_UNDER_CONDITION", art9Condition: "EMPLOYMENT_SOCIAL_SECURITY", art9LegalReference: "arbeidsmiljøloven § 4-6" }),
      kept({ name: "Talent pool", volunteeredHandling: "KEPT_WITH_EXPLICIT_CONSENT", consentRecordRef: "Consent log in the portal" }),
    ];
    expect(findingsOf("SC-008", buildSnapshot({ activities }))).toEqual([]);
  });
});

describe("SC-009 Art. 9(2)(d) beyond members or outside the body", () => {
  const members = dataSubjectCategory({ id: "dsc-members", labelEn: "Members", labelNb: "Medlemmer" });
  const public_ = dataSubjectCategory({ id: "dsc-public", labelEn: "Members of the public", labelNb: "Allmennheten" });
  const visitors = dataSubjectCategory({ id: "dsc-visitors", labelEn: "Website visitors", labelNb: "Besøkende på nettstedet" });
  const union = dataCategory({ id: "dc-union", labelEn: "Union membership", labelNb: "Fagforeningsmedlemskap", specialCategory: "TRADE_UNION_MEMBERSHIP" });
  const insurer = recipient({ id: "recipient-insurer", name: "Forsikring ASA", kind: "CONTROLLER" });
  const catalogs9d = { dataSubjectCategories: [members, public_, visitors], dataCategories: [union], recipients: [insurer] };
  const register = (overrides: ActivityOverrides) =>
    activity({ name: "Member register", art9Condition: "NOT_FOR_PROFIT_MEMBERS", dataSubjectCategoryIds: [members.id], dataCategoryIds: [union.id], retentionRules: [retention({ dataCategoryId: union.id })], ...overrides });

  it("warns of people who are not members, and of disclosure to another controller without consent", () => {
    const a = register({ dataSubjectCategoryIds: [members.id, visitors.id], recipients: [activityRecipient(), activityRecipient({ recipientId: insurer.id })] });
    expect(brief(findingsOf("SC-009", buildSnapshot({ activities: [a], catalogs: catalogs9d })))).toEqual([
      { ruleId: "SC-009", severity: "warning", subject: on(a.id), field: "dataSubjectCategoryIds" },
      { ruleId: "SC-009", severity: "warning", subject: on(a.id), field: "recipients" },
    ]);
  });

  it("does not warn for members only and processors only, nor for another condition", () => {
    expect(findingsOf("SC-009", buildSnapshot({ activities: [register({})], catalogs: catalogs9d }))).toEqual([]);
    const consent = register({ art9Condition: "EXPLICIT_CONSENT", dataSubjectCategoryIds: [public_.id], consentRecordRef: "Forms" });
    expect(findingsOf("SC-009", buildSnapshot({ activities: [consent], catalogs: catalogs9d }))).toEqual([]);
  });
});
