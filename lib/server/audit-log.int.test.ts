import { describe, expect, it } from "vitest";
import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { companyAccessFor } from "./access";
import { AUDIT_PAGE_SIZE, listAuditActors, listAuditEvents } from "./audit-log";
import { createCatalogEntry } from "./catalogs";
import { db } from "./db";
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

describe("listAuditEvents filters", () => {
  it("narrows the log by person, by days on Oslo's calendar and by kind of change", async () => {
    const owner = await createUser();
    const editor = await createUser();
    const company = await createCompany([
      { userId: owner.id, role: "OWNER" },
      { userId: editor.id, role: "EDITOR" },
    ]);
    const access = await companyAccessFor(owner, company.id, "company.manage");
    const editorAccess = await companyAccessFor(editor, company.id, "register.write");
    await createCatalogEntry(access, "data-subject-categories", CATALOG_SCHEMAS["data-subject-categories"].create.parse({ labelEn: "By owner", labelNb: "Av eier" }));
    await createCatalogEntry(editorAccess, "systems", CATALOG_SCHEMAS.systems.create.parse({ name: "By editor" }));
    // An event of the evening of 1 March in Oslo (22:30 UTC is 23:30 there), recorded at that time.
    await db().auditEvent.create({
      data: { companyId: company.id, actorId: editor.id, action: "UPDATE", entityType: "Company", entityId: company.id, at: new Date("2026-03-01T22:30:00Z"), before: { phone: null }, after: { phone: "22 00 00 00" } },
    });

    const byEditor = await listAuditEvents(access, { actorId: editor.id });
    expect(byEditor.events.map((e) => e.entityType).sort()).toEqual(["Company", "System"]);
    expect((await listAuditEvents(access, { kind: "catalogs" })).events.map((e) => e.entityType).sort()).toEqual(["DataSubjectCategory", "System"]);
    expect((await listAuditEvents(access, { kind: "company" })).total).toBe(1);
    expect((await listAuditEvents(access, { from: "2026-03-01", to: "2026-03-01" })).events.map((e) => e.entityType)).toEqual(["Company"]);
    expect((await listAuditEvents(access, { from: "2026-03-02", to: "2026-03-02" })).total).toBe(0);
    expect((await listAuditEvents(access, { to: "2026-02-28" })).total).toBe(0);
    expect((await listAuditEvents(access, { from: "not-a-day" })).total).toBe(3);

    const actors = await listAuditActors(access);
    expect(actors.map((a) => a.id).sort()).toEqual([owner.id, editor.id].sort());
  });
});
