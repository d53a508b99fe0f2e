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
