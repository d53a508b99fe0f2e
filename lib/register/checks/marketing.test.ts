import { describe, expect, it } from "vitest";
import type { MarketingAudienceSnapshot } from "@/lib/register/snapshot";
import { activity, buildSnapshot, dataSubjectCategory, purpose, type ActivityOverrides } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;

const customersOnTheirRoute: MarketingAudienceSnapshot = { who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true };
const othersOnConsent: MarketingAudienceSnapshot = { who: "OTHERS", channels: ["EMAIL", "SMS"], route: "CONSENT", optOutOffered: null, similarProducts: null };
const customerOffers = purpose({ description: "Send offers to customers", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Marketing our products (Recital 47)", liaRef: "LIA-3" });
const signedUpOffers = purpose({ description: "Send offers to those who signed up", lawfulBasis: "CONSENT", consentWithdrawal: "Unsubscribe link in every e-mail" });

const offers = (marketingAudiences: ActivityOverrides["marketingAudiences"], overrides: ActivityOverrides = {}) =>
  activity({ name: "Offers by e-mail", purposes: [customerOffers], consentRecordRef: "Consent log", marketingAudiences, ...overrides });

describe("LB-008 e-mail and SMS marketing (mfl. § 15), per audience", () => {
  it("fires on the audience whose route is not recorded", () => {
    const a = offers([customersOnTheirRoute, { who: "OTHERS", channels: ["EMAIL"] }], { purposes: [customerOffers, signedUpOffers] });
    const findings = findingsOf("LB-008", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-008", severity: "error", subject: on(a.id), field: "marketingAudiences.1.route" }]);
    expect(findings[0]?.message.en).toContain("to people who are not customers");
    expect(findings[0]?.message.nb).toContain("til personer som ikke er kunder");
  });

  it("fires for the existing-customer route without opt-out and similar products", () => {
    const a = offers([{ ...customersOnTheirRoute, channels: ["EMAIL", "SMS"], optOutOffered: false, similarProducts: null }]);
    expect(findingsOf("LB-008", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["marketingAudiences.0.similarProducts", "marketingAudiences.0.optOutOffered"]);
  });

  it("fires for the existing-customer route on addresses bought from a third party", () => {
    const a = offers([customersOnTheirRoute], { collectionSource: "THIRD_PARTY", sourceName: "List broker", art14Timing: "FIRST_COMMUNICATION" });
    expect(findingsOf("LB-008", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["marketingAudiences.0.route"]);
  });

  it("does not fire for customers on their complete route and others on consent, nor without e-mail/SMS marketing", () => {
    const lawful = offers([customersOnTheirRoute]);
    expect(checkAll(buildSnapshot({ activities: [lawful] }))).toEqual([]);
    expect(findingsOf("LB-008", buildSnapshot({ activities: [offers([customersOnTheirRoute, othersOnConsent], { purposes: [customerOffers, signedUpOffers] })] }))).toEqual([]);
    expect(findingsOf("LB-008", buildSnapshot({ activities: [offers([{ who: "OTHERS", channels: [], route: null }])] }))).toEqual([]);
    expect(findingsOf("LB-008", buildSnapshot())).toEqual([]);
  });
});

describe("LB-013 existing-customer route used for people who are not customers", () => {
  const subscribers = dataSubjectCategory({ labelEn: "Newsletter subscribers", labelNb: "Nyhetsbrevabonnenter" });
  const leads = dataSubjectCategory({ labelEn: "Potential customers", labelNb: "Potensielle kunder" });
  const catalogs = { dataSubjectCategories: [dataSubjectCategory(), subscribers, leads] };
  const marketingTo = (ids: string[], audiences: ActivityOverrides["marketingAudiences"] = [customersOnTheirRoute]) =>
    offers(audiences, { name: "Newsletter", dataSubjectCategoryIds: ids, purposes: [customerOffers, signedUpOffers] });

  it("fires when the audience of others is put on the existing-customer route", () => {
    const a = marketingTo(["dsc-customers", subscribers.id], [customersOnTheirRoute, { ...othersOnConsent, route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true }]);
    expect(brief(findingsOf("LB-013", buildSnapshot({ activities: [a], catalogs })))).toEqual([{ ruleId: "LB-013", severity: "error", subject: on(a.id), field: "marketingAudiences.1.route" }]);
  });

  it("fires when the only audience, customers on their route, also reaches subscribers or leads, naming them", () => {
    const a = marketingTo(["dsc-customers", subscribers.id, leads.id]);
    const findings = findingsOf("LB-013", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "LB-013", severity: "error", subject: on(a.id), field: "marketingAudiences.0.route" }]);
    expect(findings[0]?.message.en).toContain("“Newsletter subscribers”, “Potential customers”");
  });

  it("does not fire for customers only, for others on consent beside the customers, nor on consent alone", () => {
    expect(findingsOf("LB-013", buildSnapshot({ activities: [marketingTo(["dsc-customers"])], catalogs }))).toEqual([]);
    expect(findingsOf("LB-013", buildSnapshot({ activities: [marketingTo(["dsc-customers", subscribers.id], [customersOnTheirRoute, othersOnConsent])], catalogs }))).toEqual([]);
    expect(findingsOf("LB-013", buildSnapshot({ activities: [marketingTo([subscribers.id], [othersOnConsent])], catalogs }))).toEqual([]);
  });
});

describe("MKT-001 legitimate interests as the basis for e-mail/SMS marketing to people who are not customers", () => {
  it("fires on the legitimate-interests purpose when others are marketed to and no purpose rests on consent", () => {
    const a = offers([customersOnTheirRoute, othersOnConsent]);
    const findings = findingsOf("MKT-001", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "MKT-001", severity: "error", subject: on(a.id), field: "purposes.0.lawfulBasis" }]);
    expect(findings[0]?.message.nb).toContain("samtykke også behandlingsgrunnlaget");
  });

  it("does not fire with a consent purpose for the others, nor for customers alone on legitimate interests", () => {
    expect(findingsOf("MKT-001", buildSnapshot({ activities: [offers([customersOnTheirRoute, othersOnConsent], { purposes: [customerOffers, signedUpOffers] })] }))).toEqual([]);
    expect(findingsOf("MKT-001", buildSnapshot({ activities: [offers([customersOnTheirRoute])] }))).toEqual([]);
    expect(findingsOf("MKT-001", buildSnapshot({ activities: [offers([{ ...othersOnConsent, channels: [] }])] }))).toEqual([]);
  });
});

describe("MKT-002 marketing channels without an audience", () => {
  it("warns on the audience that has channels but says nobody", () => {
    const a = offers([customersOnTheirRoute, { channels: ["SMS"], route: "CONSENT" }], { purposes: [customerOffers, signedUpOffers] });
    const findings = findingsOf("MKT-002", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "MKT-002", severity: "warning", subject: on(a.id), field: "marketingAudiences.1.who" }]);
    expect(findings[0]?.message.en).toContain("by SMS, but not to whom");
  });

  it("does not warn when every audience with channels says who it is, nor for an audience without channels", () => {
    expect(findingsOf("MKT-002", buildSnapshot({ activities: [offers([customersOnTheirRoute, othersOnConsent], { purposes: [customerOffers, signedUpOffers] })] }))).toEqual([]);
    expect(findingsOf("MKT-002", buildSnapshot({ activities: [offers([{ route: "CONSENT" }])] }))).toEqual([]);
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
    expect(findingsOf("LB-009", buildSnapshot({ activities: [activity({ purposes: [purpose({ description: "Marketing newsletter" })] })] }))).toEqual([]);
  });
});
