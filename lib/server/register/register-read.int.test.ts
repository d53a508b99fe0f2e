import { describe, expect, it } from "vitest";
import { createCompany, createUser } from "@/test/server/factories";
import { db } from "../db";
import { seedDemoCompany } from "../seed/demo-company";
import { readRegisterRows } from "./register-read";

/** The rows as Prisma reads them, table by table: what the one-statement reader replaced. */
async function viaPrisma(companyId: string) {
  const where = { companyId };
  const accepted = { companyId, suggested: false };
  return {
    company: await db().company.findUnique({ where: { id: companyId }, include: { country: true, supervisoryAuthority: true } }),
    dataSubjectCategories: await db().dataSubjectCategory.findMany({ where: accepted, orderBy: { id: "asc" } }),
    dataCategories: await db().dataCategory.findMany({ where: accepted, orderBy: { id: "asc" } }),
    recipients: await db().recipient.findMany({ where, orderBy: { id: "asc" }, include: { subProcessors: { orderBy: { id: "asc" } } } }),
    systems: await db().system.findMany({ where, orderBy: { id: "asc" } }),
    securityMeasures: await db().securityMeasure.findMany({ where: accepted, orderBy: { id: "asc" } }),
    cookies: await db().cookie.findMany({ where, orderBy: { id: "asc" } }),
    countries: await db().country.findMany({ orderBy: { code: "asc" } }),
    adequacyDecisions: await db().adequacyDecision.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("readRegisterRows", () => {
  it("reads the company, its catalogs and the reference data in one statement exactly as Prisma reads them, suggestions left out", async () => {
    const owner = await createUser();
    const company = await seedDemoCompany(db(), owner.id, { slug: `rows-${owner.id}` });
    // A suggestion (ADR 018) is not part of the register; a recipient with a sub-processor and dates.
    await db().dataCategory.create({ data: { companyId: company.id, labelEn: "Suggested", labelNb: "Foreslått", suggested: true } });
    const recipient = await db().recipient.create({ data: { companyId: company.id, name: "Dated AS", kind: "PROCESSOR", countryCode: "NO", dpaStatus: "SIGNED", dpaDate: new Date("2025-03-04T00:00:00Z") } });
    await db().subProcessor.create({ data: { companyId: company.id, recipientId: recipient.id, name: "Sub Ltd", countryCode: "IN" } });

    const { activities, findingsState, ...rows } = await readRegisterRows(db(), company.id, { findingsState: true });
    const prisma = await viaPrisma(company.id);
    expect(rows).toEqual(prisma);
    expect(rows.dataCategories.some((c) => c.labelEn === "Suggested")).toBe(false);
    expect(rows.recipients.find((r) => r.id === recipient.id)?.subProcessors).toHaveLength(1);
    expect(activities).toEqual([]);
    expect(findingsState).toEqual(await db().findingsState.findUnique({ where: { companyId: company.id } }));

    const ids = (await db().processingActivity.findMany({ where: { companyId: company.id }, select: { id: true }, take: 2 })).map((a) => a.id);
    expect((await readRegisterRows(db(), company.id, { activityIds: ids })).activities.map((a) => a.id).sort()).toEqual([...ids].sort());
    // Another company's activity is not read with this one's register.
    const other = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    expect((await readRegisterRows(db(), other.id, { activityIds: ids })).activities).toEqual([]);
    expect((await readRegisterRows(db(), "no-such-company")).company).toBeNull();
  });
});
