import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, dataSubjectCategory, purpose, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const withPurposes = (...purposes: ReturnType<typeof purpose>[]) => activity({ purposes });

describe("LB-008 e-mail and SMS marketing (mfl. § 15)", () => {
  const marketingPurpose = purpose({ description: "Send offers to customers", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Marketing our products (Recital 47)", liaRef: "LIA-3" });
  const newsletter = (marketing: ActivityOverrides["marketing"], overrides: ActivityOverrides = {}) =>
    activity({ name: "Offers by e-mail", purposes: [marketingPurpose], marketing, ...overrides });

  it("fires when the route is not recorded", () => {
    const a = newsletter({ channels: ["EMAIL"] });
    expect(brief(findingsOf("LB-008", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-008", severity: "error", subject: on(a.id), field: "marketing.route" },
    ]);
  });

  it("fires for the existing-customer route without opt-out and similar products", () => {
    const a = newsletter({ channels: ["EMAIL", "SMS"], route: "EXISTING_CUSTOMER", optOutOffered: false, similarProducts: null });
    expect(findingsOf("LB-008", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["marketing.similarProducts", "marketing.optOutOffered"]);
  });

  it("fires for the existing-customer route on addresses bought from a third party", () => {
    const a = newsletter(
      { channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true },
      { collectionSource: "THIRD_PARTY", sourceName: "List broker", art14Timing: "FIRST_COMMUNICATION" },
    );
    expect(findingsOf("LB-008", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["marketing.route"]);
  });

  it("does not fire for consent, for a complete existing-customer route, or without e-mail/SMS marketing", () => {
    const lawful = newsletter({ channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true });
    expect(checkAll(buildSnapshot({ activities: [lawful] }))).toEqual([]);
    expect(findingsOf("LB-008", buildSnapshot({ activities: [newsletter({ channels: ["SMS"], route: "CONSENT" })] }))).toEqual([]);
    expect(findingsOf("LB-008", buildSnapshot())).toEqual([]);
  });
});

describe("LB-009 marketing on 6(1)(b)", () => {
  it("fires for a contract purpose in an activity that sends e-mail marketing", () => {
    const a = activity({
      name: "Newsletter",
      purposes: [purpose({ description: "Newsletter to customers" })],
      marketing: { channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true },
    });
    expect(brief(findingsOf("LB-009", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LB-009", severity: "warning", subject: on(a.id), field: "purposes.0.lawfulBasis" },
    ]);
  });

  it("does not fire for contract purposes of activities without marketing channels", () => {
    expect(findingsOf("LB-009", buildSnapshot({ activities: [withPurposes(purpose({ description: "Marketing newsletter" }))] }))).toEqual([]);
  });
});

describe("LB-013 existing-customer route used for people who are not customers", () => {
  const subscribers = dataSubjectCategory({ labelEn: "Newsletter subscribers", labelNb: "Nyhetsbrevabonnenter" });
  const leads = dataSubjectCategory({ labelEn: "Potential customers", labelNb: "Potensielle kunder" });
  const marketingTo = (...ids: string[]) =>
    activity({
      name: "Newsletter",
      dataSubjectCategoryIds: ids,
      purposes: [purpose({ description: "Send offers", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Marketing our products", liaRef: "LIA-1" })],
      marketing: { channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true },
    });

  it("fires when e-mail marketing on the existing-customer route also reaches subscribers or leads, naming them", () => {
    const a = marketingTo("dsc-customers", subscribers.id, leads.id);
    const findings = findingsOf("LB-013", buildSnapshot({ activities: [a], catalogs: { dataSubjectCategories: [dataSubjectCategory(), subscribers, leads] } }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-013", severity: "error", subject: on(a.id), field: "marketing.route" }]);
    expect(findings[0]?.message.en).toContain("“Newsletter subscribers”, “Potential customers”");
  });

  it("does not fire for customers only, nor on consent", () => {
    const customers = buildSnapshot({ activities: [marketingTo("dsc-customers")], catalogs: { dataSubjectCategories: [dataSubjectCategory(), subscribers] } });
    expect(findingsOf("LB-013", customers)).toEqual([]);
    const onConsent = { ...marketingTo(subscribers.id), marketing: { channels: ["EMAIL" as const], route: "CONSENT" as const, optOutOffered: null, similarProducts: null } };
    expect(findingsOf("LB-013", buildSnapshot({ activities: [onConsent], catalogs: { dataSubjectCategories: [subscribers] } }))).toEqual([]);
  });
});
