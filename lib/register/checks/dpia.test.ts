import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, cookie, dataCategory, purpose, retention } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const adm = { exists: true, logic: "Score", significance: "Credit", consequences: "Prepayment", art22Exception: "CONTRACT" as const };

describe("DPIA-001 high risk without a DPIA", () => {
  it("warns for automated decisions without a DPIA", () => {
    const a = activity({ adm });
    const findings = findingsOf("DPIA-001", buildSnapshot({ activities: [a] }));
    expect(brief(findings)).toEqual([{ ruleId: "DPIA-001", severity: "warning", subject: on(a.id), field: "dpia.required" }]);
    expect(findings[0]?.message.en).toContain("automated decisions");
  });

  it("points to the status when a DPIA is marked required but not started", () => {
    const a = activity({ adm, dpia: { required: true, status: "NOT_STARTED" } });
    expect(findingsOf("DPIA-001", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual(["dpia.status"]);
  });

  it("warns for special categories in a company of 250+", () => {
    const health = dataCategory({ labelEn: "Health", specialCategory: "HEALTH" });
    const a = activity({ dataCategoryIds: [health.id], art9Condition: "EXPLICIT_CONSENT", retentionRules: [retention({ dataCategoryId: null })] });
    const snapshot = buildSnapshot({ company: { employeeBand: "AT_LEAST_250", dpo: { designated: true, email: "dpo@x.no" } }, activities: [a], catalogs: { dataCategories: [health] } });
    expect(findingsOf("DPIA-001", snapshot)).toHaveLength(1);
  });

  const pixel = cookie({ name: "_fbp", provider: "Meta", category: "MARKETING", consentRequired: true });
  const adsWith = (...cookies: ReturnType<typeof cookie>[]) =>
    activity({
      name: "Ads",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      cookieIds: cookies.map((c) => c.id),
      purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Cookie settings" })],
      consentRecordRef: "CMP",
    });

  it("warns for tracking on a scale: marketing cookies of two providers, or one in a company of 250+", () => {
    const gclid = cookie({ name: "_gcl_au", provider: "Google", category: "MARKETING", consentRequired: true });
    const two = buildSnapshot({ activities: [adsWith(pixel, gclid)], catalogs: { cookies: [pixel, gclid] } });
    expect(findingsOf("DPIA-001", two)[0]?.message.nb).toContain("markedsføringscookies");
    const large = buildSnapshot({ company: { employeeBand: "AT_LEAST_250", dpo: { designated: true, email: "dpo@x.no" } }, activities: [adsWith(pixel)], catalogs: { cookies: [pixel] } });
    expect(findingsOf("DPIA-001", large)).toHaveLength(1);
  });

  it("does not warn for one advertising cookie on a small company's site (a false alarm before issue 10)", () => {
    expect(findingsOf("DPIA-001", buildSnapshot({ activities: [adsWith(pixel)], catalogs: { cookies: [pixel] } }))).toEqual([]);
  });

  it("does not fire with a completed DPIA, a screening link, or no indicator", () => {
    expect(findingsOf("DPIA-001", buildSnapshot({ activities: [activity({ adm, dpia: { required: true, status: "COMPLETED" } })] }))).toEqual([]);
    expect(findingsOf("DPIA-001", buildSnapshot({ activities: [activity({ adm, dpia: { link: "https://intranet/dpia-screening-7" } })] }))).toEqual([]);
    expect(findingsOf("DPIA-001", buildSnapshot())).toEqual([]);
  });
});

describe("DPIA-002 screening questions for location, traffic data and monitoring at scale", () => {
  const location = dataCategory({ labelEn: "Location data", labelNb: "Lokasjonsdata", descriptionEn: "GPS position of the vehicle", descriptionNb: "GPS-posisjonen til kjøretøyet" });
  const traffic = dataCategory({ labelEn: "Internet traffic data", labelNb: "Trafikkdata", descriptionEn: "IP address, pages visited", descriptionNb: "IP-adresse, besøkte sider" });
  const video = dataCategory({ labelEn: "Camera recordings", labelNb: "Kameraopptak", descriptionEn: null, descriptionNb: null });
  const large = { employeeBand: "AT_LEAST_250" as const, dpo: { designated: true, email: "dpo@x.no" } };

  it("asks the screening questions for location data, whatever the size", () => {
    const a = activity({ name: "Fleet management", dataCategoryIds: [location.id] });
    const findings = findingsOf("DPIA-002", buildSnapshot({ activities: [a], catalogs: { dataCategories: [location] } }));
    expect(brief(findings)).toEqual([{ ruleId: "DPIA-002", severity: "warning", subject: on(a.id), field: "dpia.link" }]);
    expect(findings[0]?.message.en).toContain("location data");
    expect(findings[0]?.message.en).toContain("Is it on a large scale");
    expect(findings[0]?.message.nb).toContain("Skjer den i stor skala");
  });

  it("asks for internet traffic data and for systematic monitoring at scale", () => {
    const web = activity({ name: "Web statistics", dataCategoryIds: [traffic.id] });
    const cctv = activity({ name: "Camera surveillance", dataCategoryIds: [video.id] });
    const findings = findingsOf("DPIA-002", buildSnapshot({ company: large, activities: [web, cctv], catalogs: { dataCategories: [traffic, video] } }));
    expect(findings.map((f) => f.subject)).toEqual([on(web.id), on(cctv.id)]);
    expect(findings[0]?.message.nb).toContain("trafikkdata fra nett i stor skala");
    expect(findings[1]?.message.nb).toContain("systematisk overvåking i stor skala");
  });

  it("does not ask below the scale, with a DPIA or a screening link, or where DPIA-001 already asks", () => {
    const web = activity({ name: "Web statistics", dataCategoryIds: [traffic.id], collectionSource: "DATA_SUBJECT_OBSERVED" });
    expect(findingsOf("DPIA-002", buildSnapshot({ activities: [web], catalogs: { dataCategories: [traffic] } }))).toEqual([]);
    const screened = activity({ name: "Fleet", dataCategoryIds: [location.id], dpia: { link: "https://intranet/screening-3" } });
    const assessed = activity({ name: "Fleet 2", dataCategoryIds: [location.id], dpia: { required: true, status: "IN_PROGRESS" } });
    const withAdm = activity({ name: "Fleet 3", dataCategoryIds: [location.id], adm });
    expect(findingsOf("DPIA-002", buildSnapshot({ activities: [screened, assessed, withAdm], catalogs: { dataCategories: [location] } }))).toEqual([]);
    expect(findingsOf("DPIA-002", buildSnapshot({ company: large }))).toEqual([]);
  });
});
