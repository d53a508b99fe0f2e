import { describe, expect, it } from "vitest";
import { CORPUS } from "@/test/corpus";
import { brokenRegister } from "@/test/corpus/kit";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { REFERENCE_REGISTERS } from "@/test/register/reference-registers";
import { activity, purpose, TEST_NOW } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "../snapshot";
import { runChecks, type Finding } from ".";
import { activityFromOutline, activityOfFinding, activityOutline, outlineKey, registerWith } from "./parts";

const lines = (findings: Finding[]) => findings.map((f) => JSON.stringify([f.ruleId, f.severity, f.subject, f.field, f.message])).sort();

/** Varied registers: the corpus as first entered, each mistake alone, repaired, and the reference registers. */
function registers(): [string, RegisterSnapshot][] {
  const list: [string, RegisterSnapshot][] = [];
  for (const entry of CORPUS) {
    list.push([`${entry.kind} as entered`, brokenRegister(entry)], [`${entry.kind} repaired`, entry.fixed()]);
    entry.defects.forEach((defect, i) => {
      const register = entry.fixed();
      defect.apply(register);
      list.push([`${entry.kind} mistake ${i + 1}`, register]);
    });
  }
  for (const [name, make] of Object.entries(REFERENCE_REGISTERS)) list.push([name, make()]);
  list.push(["full register", fullRegisterSnapshot()]);
  // Every activity retired but one, and every activity a processor's: the register rules' edges.
  const retired = brokenRegister(CORPUS[0]!);
  retired.activities = retired.activities.map((a, i) => (i === 0 ? a : { ...a, status: "RETIRED" }));
  list.push(["all retired but one", retired]);
  // LB-011 and CK-004 judge the activities together: every purpose on consent, no cookie recorded.
  for (const entry of CORPUS.slice(0, 3)) {
    const consent = entry.fixed();
    consent.activities = consent.activities.map((a) => ({ ...a, cookieIds: [], purposes: a.purposes.map((p) => ({ ...p, lawfulBasis: "CONSENT" as const })) }));
    list.push([`${entry.kind} all on consent, no cookie`, consent]);
  }
  // LANG-001 on catalog entries: a data category in use, named in English only.
  const untranslated = CORPUS[0]!.fixed();
  const used = untranslated.activities.find((a) => a.status === "ACTIVE")?.dataCategoryIds[0];
  untranslated.catalogs.dataCategories = untranslated.catalogs.dataCategories.map((c) => (c.id === used ? { ...c, labelNb: "" } : c));
  list.push(["a category in use named in English only", untranslated]);
  return list;
}

describe("findings split into activity findings and register findings", () => {
  it.each(registers())("%s: each activity alone gives exactly its activity findings", (_name, snapshot) => {
    const whole = runChecks(snapshot, { now: TEST_NOW });
    for (const activity of snapshot.activities) {
      const alone = runChecks(registerWith(snapshot, [activity]), { now: TEST_NOW }).filter((f) => activityOfFinding(f) === activity.id);
      expect(lines(alone), activity.name).toEqual(lines(whole.filter((f) => activityOfFinding(f) === activity.id)));
    }
  });

  it.each(registers())("%s: the activities' outlines give exactly the register findings", (_name, snapshot) => {
    const whole = runChecks(snapshot, { now: TEST_NOW }).filter((f) => activityOfFinding(f) === null);
    const outlined = registerWith(snapshot, snapshot.activities.map((a) => activityFromOutline(activityOutline(a))));
    expect(lines(runChecks(outlined, { now: TEST_NOW }).filter((f) => activityOfFinding(f) === null))).toEqual(lines(whole));
  });

  it("the corpus has register findings of several rules, so the second claim is not empty", { timeout: 60_000 }, () => {
    const ids = new Set(registers().flatMap(([, s]) => runChecks(s, { now: TEST_NOW }).filter((f) => activityOfFinding(f) === null).map((f) => f.ruleId)));
    expect([...ids].length).toBeGreaterThan(5);
    for (const rule of ["LB-011", "CK-004", "PR-001", "LANG-001", "DPO-002"]) expect(ids, rule).toContain(rule);
  });
});

describe("outlineKey", () => {
  it("stays the same when an activity is reworded, and changes with what the register findings read", () => {
    const before = activity({ description: "We answer customers by e-mail." });
    const key = outlineKey(activityOutline(before));
    expect(outlineKey(activityOutline({ ...before, description: { en: "We answer customers by e-mail and phone.", nb: "Vi svarer kundene på e-post og telefon." } }))).toBe(key);
    // CK-004 reads the words only for whether they speak of cookies.
    expect(outlineKey(activityOutline({ ...before, description: { en: "We count visitors with cookies." } }))).not.toBe(key);
    // LB-011 reads the purposes' bases; the findings name the activity.
    expect(outlineKey(activityOutline({ ...before, purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Unsubscribe" })] }))).not.toBe(key);
    expect(outlineKey(activityOutline({ ...before, name: "Customer enquiries" }))).not.toBe(key);
  });
});
