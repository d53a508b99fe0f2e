// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { savedActivityOf } from "@/lib/register/activity-values";
import { runChecks } from "@/lib/register/checks";
import type { ActivitySnapshot, RegisterSnapshot } from "@/lib/register/snapshot";
import {
  activity,
  activityRecipient,
  buildSnapshot,
  cookie,
  dataCategory,
  noticeText,
  purpose,
  recipient,
  retention,
  subProcessor,
  TEST_NOW,
  transfer,
} from "@/test/register/snapshot-builder";
import { ActivitySections, editorSectionIds } from "./activity-sections";
import { formValuesOf } from "./editor-state";
import type { EditorCatalogs } from "./editor-types";
import { renderSections } from "@/test/components/editor-harness";

function editorCatalogs(snapshot: RegisterSnapshot): EditorCatalogs {
  const { catalogs } = snapshot;
  return {
    dataSubjectCategories: catalogs.dataSubjectCategories,
    dataCategories: catalogs.dataCategories.map((c) => ({ ...c, version: 1 })),
    recipients: catalogs.recipients,
    systems: catalogs.systems,
    securityMeasures: catalogs.securityMeasures,
    cookies: catalogs.cookies,
  };
}

/** Renders the whole editor form for one activity of the snapshot, as the page does. */
function renderActivity(snapshot: RegisterSnapshot, subject: ActivitySnapshot) {
  return renderSections((purposes) => <ActivitySections purposes={purposes} role={subject.role} />, {
    values: formValuesOf(savedActivityOf(subject)),
    catalogs: editorCatalogs(snapshot),
  });
}

const us = recipient({ name: "Cloud Mail Inc.", countryCode: "US" });
const india = recipient({ name: "Offshore Support", countryCode: "IN" });
// An Irish processor whose US parent is not marked certified, and a sub-processor in India with no transfer.
const irish = recipient({
  name: "Payments Europe Ltd",
  countryCode: "IE",
  subProcessors: [subProcessor({ name: "Payments Inc.", countryCode: "US" }), subProcessor({ name: "Support Pvt Ltd", countryCode: "IN" })],
});
const health = dataCategory({ labelEn: "Health data", specialCategory: "HEALTH" });
const convictions = dataCategory({ labelEn: "Criminal records", isCriminalOffence: true });
const nationalId = dataCategory({ labelEn: "National identity number", isNationalId: true });
const tracker = cookie({ name: "_ga", category: "STATISTICS", consentRequired: false });

/** Activities that break as many rules as the model allows at once, one per role. */
const deficient: ActivitySnapshot[] = [
  activity({
    name: "Everything missing",
    collectionSource: "THIRD_PARTY",
    sourceName: null,
    art14Exemption: "IMPOSSIBLE_OR_DISPROPORTIONATE",
    purposes: [
      purpose({ description: "Interest", lawfulBasis: "LEGITIMATE_INTERESTS", sortOrder: 0 }),
      purpose({ description: "Law", lawfulBasis: "LEGAL_OBLIGATION", sortOrder: 1 }),
      purpose({ description: "Consent", lawfulBasis: "CONSENT", sortOrder: 2 }),
      purpose({ description: "No basis", lawfulBasis: null, sortOrder: 3 }),
    ],
    dataCategoryIds: [health.id, convictions.id, nationalId.id],
    recipients: [activityRecipient({ recipientId: us.id }), activityRecipient({ recipientId: india.id })],
    transfers: [
      transfer({ recipientId: us.id, mechanism: "SCC_2021_914", sccModule: null, tiaRef: null, copyAccess: null }),
      transfer({ recipientId: india.id, countryCode: "IN", mechanism: "DEROGATION_49_1_A", sccModule: null, tiaRef: null, copyAccess: null, isRegular: true }),
    ],
    retentionRules: [retention({ dataCategoryId: health.id, duration: null, unit: null, trigger: null })],
    securityMeasureIds: [],
    cookieIds: [tracker.id],
    adm: { exists: true },
    dpia: { required: true },
    marketingAudiences: [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER" }],
    noticeTexts: [noticeText({ text: "We never share anything. You have no right to complain.", language: "EN" })],
  }),
  activity({ name: "Processor with nothing", role: "PROCESSOR", purposes: [], recipients: [activityRecipient({ recipientId: us.id })], retentionRules: [] }),
  activity({ name: "Joint without arrangement", role: "JOINT_CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", provisionRequirement: null }),
  activity({
    name: "Onward transfers twice",
    recipients: [activityRecipient({ recipientId: irish.id })],
    transfers: [1, 2].map(() => transfer({ recipientId: irish.id, subProcessorId: "sub-payments-inc", countryCode: "US", mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null })),
  }),
  activity({
    name: "Offers to everyone",
    contractParty: "ORGANISATION",
    purposes: [purpose({ description: "Offers", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Selling", liaRef: "LIA", sortOrder: 0 })],
    marketingAudiences: [{ who: null, channels: ["SMS"] }, { who: "OTHERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER" }],
    recipients: [activityRecipient({ recipientId: us.id })],
    transfers: [transfer({ recipientId: us.id, mechanism: "DEROGATION_49_1_B", sccModule: null, tiaRef: null, copyAccess: null, art49Assessment: "Support case", isRegular: false })],
  }),
];

describe("finding anchors", () => {
  const snapshot = buildSnapshot({
    activities: deficient,
    catalogs: { recipients: [us, india, irish], dataCategories: [health, convictions, nationalId], cookies: [tracker] },
  });
  const findings = runChecks(snapshot, { now: TEST_NOW }).filter((f) => f.subject.kind === "activity");

  it("the deficient activities raise findings of many rules (else this test proves little)", () => {
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(20);
    const onward = findings.filter((f) => f.subject.kind === "activity" && f.subject.activityId === deficient[3]?.id).map((f) => `${f.ruleId} ${f.field}`);
    expect(onward).toEqual(expect.arrayContaining(["TR-001 transfers", "TR-003 transfers.0.mechanism", "TR-003 transfers.1.mechanism", "TR-009 transfers.1.recipientId"]));
    const offers = findings.filter((f) => f.subject.kind === "activity" && f.subject.activityId === deficient[4]?.id).map((f) => `${f.ruleId} ${f.field}`);
    expect(offers).toEqual(
      expect.arrayContaining(["LB-008 marketingAudiences.0.route", "LB-008 marketingAudiences.1.optOutOffered", "LB-013 marketingAudiences.1.route", "MKT-001 purposes.0.lawfulBasis", "MKT-002 marketingAudiences.0.who", "TR-011 transfers.0.mechanism"]),
    );
  });

  for (const subject of deficient) {
    it(`every finding of "${subject.name}" and every section in the navigation links to an element of the editor`, () => {
      const own = findings.filter((f) => f.subject.kind === "activity" && f.subject.activityId === subject.id);
      expect(own.length).toBeGreaterThan(0);
      const { container } = renderActivity(snapshot, subject);
      const document = container.ownerDocument;
      const missing = own.filter((f) => document.getElementById(f.field) === null).map((f) => `${f.ruleId} → #${f.field}`);
      expect(missing).toEqual([]);
      const sections = editorSectionIds(subject.role).filter((id) => document.getElementById(`section-${id}`) === null);
      expect(sections).toEqual([]);
    });
  }
});
