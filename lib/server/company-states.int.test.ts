import { describe, expect, it } from "vitest";
import { listMyCompanies, type CompanyAccess } from "./access";
import { listCompanyStates } from "./company-states";
import { db } from "./db";
import { getFindings } from "./findings";
import { publishNotice } from "./notice/versions";
import { seedDemoCompany } from "./seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";

describe("listCompanyStates", () => {
  it("gives each of the user's companies its activities, open findings, notice status and last change", async () => {
    const user = await createUser();
    const demo = await seedDemoCompany(db(), user.id, { slug: unique("states") });
    const empty = await createCompany([{ userId: user.id, role: "VIEWER" }], unique("Aaa Empty AS"));
    await createCompany([], unique("Not mine AS"));

    const access: CompanyAccess = { user, company: { id: demo.id, slug: demo.slug, legalName: demo.legalName }, role: "OWNER" };
    let states = await listCompanyStates(user, await listMyCompanies(user.id));
    expect(states.map((s) => s.company.id)).toEqual([empty.id, demo.id]);
    const activities = await db().processingActivity.count({ where: { companyId: demo.id, status: { not: "RETIRED" } } });
    expect(states[1]).toMatchObject({ role: "OWNER", activities, notice: { kind: "never" } });
    expect(states[1]?.lastChangedAt).not.toBeNull();
    expect(states[0]).toMatchObject({ role: "VIEWER", activities: 0, notice: { kind: "never" }, lastChangedAt: null });
    // The counts are the checks' own, as the findings page shows them.
    for (const state of states) {
      const { summary } = await getFindings({ user, company: state.company, role: state.role });
      expect([state.errors, state.warnings]).toEqual([summary.bySeverity.error, summary.bySeverity.warning]);
    }
    expect((states[1]?.errors ?? 0) + (states[1]?.warnings ?? 0)).toBeGreaterThan(0);

    const published = await publishNotice(access, { changeSummary: "First" });
    states = await listCompanyStates(user, await listMyCompanies(user.id));
    expect(states[1]?.notice).toMatchObject({ kind: "published", number: published.number });

    await db().company.update({ where: { id: demo.id }, data: { legalName: "Eksempel Programvare (endret) AS" } });
    states = await listCompanyStates(user, await listMyCompanies(user.id));
    expect(states[1]?.notice).toMatchObject({ kind: "unpublished", number: published.number });
  });
});
