import { describe, expect, it } from "vitest";
import { companyAccessFor } from "./access";
import { db } from "./db";
import { getFindings } from "./findings";
import { createCompany, createUser } from "@/test/server/factories";

async function viewerAccess() {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "VIEWER" }]);
  return companyAccessFor(user, company.id, "register.read");
}

describe("getFindings", () => {
  it("reports a designated DPO without contact details with a link to the profile field", async () => {
    const access = await viewerAccess();
    await db().company.update({ where: { id: access.company.id }, data: { dpoDesignated: true } });
    const { findings, summary } = await getFindings(access);
    const dpo = findings.find((f) => f.ruleId === "DPO-001");
    expect(dpo).toMatchObject({ severity: "error", href: `/companies/${access.company.id}/profile#dpoEmail`, subjectName: null });
    expect(summary.bySeverity.error).toBeGreaterThan(0);
  });

  it("narrows to one activity, each finding naming it and linking into its editor", async () => {
    const access = await viewerAccess();
    const activity = await db().processingActivity.create({
      data: { companyId: access.company.id, name: "Newsletter", status: "ACTIVE", purposes: { create: { description: "Send the newsletter" } } },
      select: { id: true },
    });
    const { findings } = await getFindings(access, { activityId: activity.id });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.find((f) => f.ruleId === "LB-001")).toBeDefined();
    for (const f of findings) {
      expect(f.subject).toEqual({ kind: "activity", activityId: activity.id });
      expect(f.subjectName).toBe("Newsletter");
      expect(f.href.startsWith(`/companies/${access.company.id}/activities/${activity.id}#`)).toBe(true);
    }
    expect((await getFindings(access, { activityId: "someone-elses" })).findings).toEqual([]);
  });

  it("names a system whose description is missing in a notice language, instead of calling it deleted", async () => {
    const access = await viewerAccess();
    await db().company.update({ where: { id: access.company.id }, data: { noticeLanguages: ["EN", "NB"], primaryLanguage: "NB" } });
    const companyId = access.company.id;
    const system = await db().system.create({ data: { companyId, name: "Tripletex", descriptionNb: "regnskap og lønn" }, select: { id: true } });
    // A system's description reaches the notice's languages once an activity in it uses the system.
    const activity = await db().processingActivity.create({ data: { companyId, name: "Lønn", status: "ACTIVE" }, select: { id: true } });
    await db().activitySystem.create({ data: { companyId, activityId: activity.id, systemId: system.id } });
    const { findings } = await getFindings(access);
    const missing = findings.filter((f) => f.subject.kind === "catalog" && f.subject.entryId === system.id);
    expect(missing.map((f) => [f.ruleId, f.subjectName])).toEqual([["LANG-001", "Tripletex"]]);
  });
});
