import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, dataSubjectCategory, purpose, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const withPurposes = (...purposes: ReturnType<typeof purpose>[]) => activity({ purposes });

describe("LB-001 purpose without a lawful basis", () => {
  it("fires on the purpose's basis field", () => {
    const a = withPurposes(purpose(), purpose({ description: "Follow up complaints", lawfulBasis: null }));
    const findings = findingsOf("LB-001", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-001", severity: "error", subject: on(a.id), field: "purposes.1.lawfulBasis" }]);
    expect(findings[0]?.message.en).toContain("“Follow up complaints”");
    expect(findings[0]?.message.nb).toContain("«Follow up complaints»");
  });

  it("fires for an activity with no purpose at all", () => {
    expect(brief(findingsOf("LB-001", buildSnapshot({ activities: [withPurposes()] })))[0]?.field).toBe("purposes");
  });

  it("skips processor activities (the controller decides) and retired ones", () => {
    const unbased = [purpose({ lawfulBasis: null })];
    expect(findingsOf("LB-001", buildSnapshot({ activities: [activity({ role: "PROCESSOR", purposes: unbased, controllerDpaRef: "DPA" })] }))).toEqual([]);
    expect(findingsOf("LB-001", buildSnapshot({ activities: [activity({ status: "RETIRED", purposes: unbased })] }))).toEqual([]);
  });

  it("checks drafts too", () => {
    expect(findingsOf("LB-001", buildSnapshot({ activities: [activity({ status: "DRAFT", purposes: [purpose({ lawfulBasis: null })] })] }))).toHaveLength(1);
  });

  it("does not fire when every purpose has a basis", () => {
    expect(findingsOf("LB-001", buildSnapshot())).toEqual([]);
  });
});

describe("LB-002 one purpose with several bases", () => {
  it("fires when the same purpose is entered twice with different bases", () => {
    const a = withPurposes(
      purpose({ id: "p1", description: "Recruitment", lawfulBasis: "CONTRACT" }),
      purpose({ id: "p2", description: "recruitment.", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Finding the right candidate", liaRef: "LIA-7" }),
    );
    expect(brief(findingsOf("LB-002", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-002", severity: "warning", subject: on(a.id), field: "purposes.1.lawfulBasis" },
    ]);
  });

  it("does not fire for different purposes, or the same purpose with the same basis", () => {
    const different = withPurposes(purpose({ description: "Recruitment" }), purpose({ description: "Reference checks", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "x", liaRef: "y" }));
    const same = withPurposes(purpose({ id: "p1", description: "Recruitment" }), purpose({ id: "p2", description: "Recruitment" }));
    expect(findingsOf("LB-002", buildSnapshot({ activities: [different] }))).toEqual([]);
    expect(findingsOf("LB-002", buildSnapshot({ activities: [same] }))).toEqual([]);
  });
});

describe("LB-003 legal reference for 6(1)(c)/(e)", () => {
  it("fires for a legal obligation without the law", () => {
    const a = withPurposes(purpose({ description: "Keep invoices", lawfulBasis: "LEGAL_OBLIGATION" }));
    expect(brief(findingsOf("LB-003", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-003", severity: "error", subject: on(a.id), field: "purposes.0.legalReference" },
    ]);
  });

  it("fires for a public task without the law", () => {
    expect(findingsOf("LB-003", buildSnapshot({ activities: [withPurposes(purpose({ lawfulBasis: "PUBLIC_TASK" }))] }))).toHaveLength(1);
  });

  it("does not fire when the law is named", () => {
    const a = withPurposes(purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: "bokføringsloven § 13" }));
    expect(findingsOf("LB-003", buildSnapshot({ activities: [a] }))).toEqual([]);
  });
});

describe("LB-004 legitimate interests", () => {
  it("is an error without the stated interest", () => {
    const a = withPurposes(purpose({ lawfulBasis: "LEGITIMATE_INTERESTS", liaRef: "LIA-1" }));
    expect(brief(findingsOf("LB-004", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-004", severity: "error", subject: on(a.id), field: "purposes.0.legitimateInterest" },
    ]);
  });

  it("is a warning with the interest but without the balancing test", () => {
    const a = withPurposes(purpose({ lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Documenting enquiries" }));
    expect(brief(findingsOf("LB-004", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-004", severity: "warning", subject: on(a.id), field: "purposes.0.liaRef" },
    ]);
  });

  it("does not fire with both", () => {
    const a = withPurposes(purpose({ lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Documenting enquiries", liaRef: "LIA-1" }));
    expect(checkAll(buildSnapshot({ activities: [a] }))).toEqual([]);
  });
});

describe("LB-005 public authority on legitimate interests", () => {
  const li = withPurposes(purpose({ lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Security", liaRef: "LIA-1" }));
  const dpo = { designated: true, email: "personvernombud@kommune.no" };

  it("fires for a public authority", () => {
    expect(brief(findingsOf("LB-005", buildSnapshot({ company: { isPublicAuthority: true, dpo }, activities: [li] })))).toEqual([
      { ruleId: "LB-005", severity: "error", subject: on(li.id), field: "purposes.0.lawfulBasis" },
    ]);
  });

  it("does not fire for a private company", () => {
    expect(findingsOf("LB-005", buildSnapshot({ activities: [li] }))).toEqual([]);
  });
});

describe("LB-006 consent without withdrawal, LB-012 consent without a record (one id per rule)", () => {
  it("LB-006 is an error without a withdrawal route, LB-012 a warning without a consent record", () => {
    const a = withPurposes(purpose({ description: "Send the newsletter", lawfulBasis: "CONSENT" }));
    expect(brief(findingsOf("LB-006", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-006", severity: "error", subject: on(a.id), field: "purposes.0.consentWithdrawal" },
    ]);
    expect(brief(findingsOf("LB-012", buildSnapshot({ activities: [a] })))).toEqual([{ ruleId: "LB-012", severity: "warning", subject: on(a.id), field: "consentRecordRef" }]);
  });

  it("each fires without the other: a withdrawal route but no record, a record but no withdrawal route", () => {
    const noRecord = withPurposes(purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Unsubscribe link" }));
    expect(findingsOf("LB-006", buildSnapshot({ activities: [noRecord] }))).toEqual([]);
    expect(findingsOf("LB-012", buildSnapshot({ activities: [noRecord] }))).toHaveLength(1);
    const noWithdrawal = activity({ purposes: [purpose({ lawfulBasis: "CONSENT" })], consentRecordRef: "Consent log in the CRM" });
    expect(findingsOf("LB-006", buildSnapshot({ activities: [noWithdrawal] }))).toHaveLength(1);
    expect(findingsOf("LB-012", buildSnapshot({ activities: [noWithdrawal] }))).toEqual([]);
  });

  it("does not fire with both", () => {
    const a = activity({
      provisionRequirement: "VOLUNTARY",
      purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Unsubscribe link in every e-mail" })],
      consentRecordRef: "Consent log in the CRM",
    });
    expect(checkAll(buildSnapshot({ activities: [a] }))).toEqual([]);
  });
});

describe("LB-007 children's consent", () => {
  const pupils = dataSubjectCategory({ labelEn: "Pupils", labelNb: "Elever", includesChildren: true });
  const consentActivity = (overrides: ActivityOverrides = {}) =>
    activity({
      name: "Game accounts",
      dataSubjectCategoryIds: [pupils.id],
      purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Delete the account in the app" })],
      consentRecordRef: "Consent log in the app",
      ...overrides,
    });
  const catalogs = { dataSubjectCategories: [pupils] };

  it("fires when children give consent and no parental authorisation is recorded", () => {
    const a = consentActivity();
    const findings = findingsOf("LB-007", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-007", severity: "error", subject: on(a.id), field: "consentRecordRef" }]);
    expect(findings[0]?.message.nb).toContain("«Elever»");
  });

  it("does not fire when the consent record covers parents, for other bases, or for data from third parties", () => {
    expect(findingsOf("LB-007", buildSnapshot({ activities: [consentActivity({ consentRecordRef: "Foresattes samtykke lagres i appen" })], catalogs }))).toEqual([]);
    expect(findingsOf("LB-007", buildSnapshot({ activities: [consentActivity({ purposes: [purpose()] })], catalogs }))).toEqual([]);
    expect(
      findingsOf("LB-007", buildSnapshot({ activities: [consentActivity({ collectionSource: "THIRD_PARTY", sourceName: "The school", art14Timing: "FIRST_COMMUNICATION" })], catalogs })),
    ).toEqual([]);
  });
});

describe("LB-009 marketing on 6(1)(b)", () => {
  it("fires for a contract purpose in an activity that sends e-mail marketing", () => {
    const a = activity({
      name: "Newsletter",
      purposes: [purpose({ description: "Newsletter to customers" })],
      marketingAudiences: [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true }],
    });
    expect(brief(findingsOf("LB-009", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-009", severity: "warning", subject: on(a.id), field: "purposes.0.lawfulBasis" },
    ]);
  });

  it("does not fire for contract purposes of activities without marketing channels", () => {
    expect(findingsOf("LB-009", buildSnapshot({ activities: [withPurposes(purpose({ description: "Marketing newsletter" }))] }))).toEqual([]);
  });
});

describe("LB-014 contract as the basis where the contract is with the person's organisation", () => {
  const userAccounts = (overrides: Parameters<typeof activity>[0] = {}) =>
    activity({ name: "User accounts", contractParty: "ORGANISATION", purposes: [purpose({ description: "Give the customer's staff access", lawfulBasis: "CONTRACT" })], ...overrides });

  it("fires on the contract purpose when the contract is with the employer, naming the way out", () => {
    const a = userAccounts();
    const findings = findingsOf("LB-014", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-014", severity: "error", subject: on(a.id), field: "purposes.0.lawfulBasis" }]);
    expect(findings[0]?.message.en).toContain("legitimate interests");
  });

  it("does not fire for a contract with the person, nor for legitimate interests towards the organisation's staff", () => {
    expect(findingsOf("LB-014", buildSnapshot({ activities: [userAccounts({ contractParty: "DATA_SUBJECT" })] }))).toEqual([]);
    const interests = userAccounts({ purposes: [purpose({ description: "Give the customer's staff access", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Serving our customer", liaRef: "LIA-2" })] });
    expect(findingsOf("LB-014", buildSnapshot({ activities: [interests] }))).toEqual([]);
  });
});
