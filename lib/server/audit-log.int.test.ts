import { describe, expect, it } from "vitest";
import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { companyAccessFor } from "./access";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "./audit-log";
import { createCatalogEntry } from "./catalogs";
import { createCompany, createUser } from "@/test/server/factories";

describe("listAuditEvents", () => {
  it("pages the company's own events newest first, with the actor", async () => {
    const owner = await createUser();
    const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    const access = await companyAccessFor(owner, company.id, "company.manage");
    const other = await companyAccessFor(owner, (await createCompany([{ userId: owner.id, role: "OWNER" }])).id, "company.manage");
    for (let i = 0; i < AUDIT_PAGE_SIZE + 2; i++) {
      await createCatalogEntry(access, "data-subject-categories", CATALOG_SCHEMAS["data-subject-categories"].create.parse({ labelEn: `Group ${i}`, labelNb: `Gruppe ${i}` }));
    }
    await createCatalogEntry(other, "data-subject-categories", CATALOG_SCHEMAS["data-subject-categories"].create.parse({ labelEn: "Elsewhere", labelNb: "Annensteds" }));

    const first = await listAuditEvents(access, { page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: AUDIT_PAGE_SIZE + 2 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]).toMatchObject({ action: "CREATE", entityType: "DataSubjectCategory", after: { labelEn: `Group ${AUDIT_PAGE_SIZE + 1}` }, actor: { email: owner.email } });
    const second = await listAuditEvents(access, { page: 2 });
    expect(second.events.map((e) => (e.after as { labelEn: string }).labelEn)).toEqual(["Group 1", "Group 0"]);
    expect([...first.events, ...second.events].some((e) => JSON.stringify(e.after).includes("Elsewhere"))).toBe(false);
  });
});
