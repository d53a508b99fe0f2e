import { describe, expect, it } from "vitest";
import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECT_CATEGORIES } from "@/lib/register/default-catalog";
import { companyAccessFor } from "./access";
import { createCatalogEntry, deleteCatalogEntry, listCatalog, updateCatalogEntry } from "./catalogs";
import { createCompanyForUser } from "./companies";
import { db } from "./db";
import { createCompany, createUser } from "@/test/server/factories";

async function editorAccess() {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "EDITOR" }]);
  return companyAccessFor(user, company.id, "register.write");
}

const dataCategory = (overrides: Record<string, unknown> = {}) =>
  CATALOG_SCHEMAS["data-categories"].create.parse({ labelEn: "Health data", labelNb: "Helseopplysninger", specialCategory: "HEALTH", ...overrides });

const recipient = (overrides: Record<string, unknown> = {}) =>
  CATALOG_SCHEMAS.recipients.create.parse({
    name: "Cloudy Hosting Inc.",
    kind: "PROCESSOR",
    countryCode: "us",
    dpaStatus: "SIGNED",
    dpaDate: "2025-03-01",
    dpfCertified: true,
    subProcessors: [{ name: "Backup Co", countryCode: "DE", authorisation: "GENERAL", flowDownContract: true }],
    ...overrides,
  });

describe("catalog entries", () => {
  it("creates, lists, updates and deletes a data category, each write audited with before and after", async () => {
    const access = await editorAccess();
    const created = await createCatalogEntry(access, "data-categories", dataCategory());
    expect(created).toMatchObject({ labelEn: "Health data", specialCategory: "HEALTH", version: 1 });
    const id = created?.id ?? "";

    const listed = await listCatalog(access, "data-categories");
    expect(listed).toEqual([expect.objectContaining({ id, usageCount: 0 })]);

    const updated = await updateCatalogEntry(access, "data-categories", id, 1, dataCategory({ labelEn: "Health information" }));
    expect(updated).toMatchObject({ labelEn: "Health information", version: 2 });
    await expect(updateCatalogEntry(access, "data-categories", id, 1, dataCategory({ labelEn: "Stale" }))).rejects.toMatchObject({ code: "CONFLICT" });

    await deleteCatalogEntry(access, "data-categories", id);
    expect(await listCatalog(access, "data-categories")).toEqual([]);

    const events = await db().auditEvent.findMany({ where: { companyId: access.company.id, entityId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(events[1]?.before).toMatchObject({ labelEn: "Health data" });
    expect(events[1]?.after).toMatchObject({ labelEn: "Health information" });
    expect(events.every((e) => e.entityType === "DataCategory" && e.actorId === access.user.id)).toBe(true);
  });

  it("stores a recipient with its sub-processors and replaces the list on update", async () => {
    const access = await editorAccess();
    const created = await createCatalogEntry(access, "recipients", recipient());
    expect(created).toMatchObject({ countryCode: "US", dpaDate: "2025-03-01", dpfCertified: true });
    const first = created && "subProcessors" in created ? created.subProcessors[0] : undefined;
    expect(first).toMatchObject({ name: "Backup Co", authorisation: "GENERAL", flowDownContract: true });

    const updated = await updateCatalogEntry(
      access,
      "recipients",
      created?.id ?? "",
      1,
      recipient({ subProcessors: [{ id: first?.id, name: "Backup Company", countryCode: "DE" }, { name: "Support Ltd", countryCode: "GB", authorisation: "SPECIFIC" }, { name: "Parent Inc.", countryCode: "US", dpfCertified: true }] }),
    );
    const subs = updated && "subProcessors" in updated ? updated.subProcessors : [];
    expect(subs.map((s) => s.name)).toEqual(["Backup Company", "Parent Inc.", "Support Ltd"]);
    // DPF certification sits on the certified entity, here the US parent (TR-003, TR-010).
    expect(subs.map((s) => s.dpfCertified)).toEqual([false, true, false]);
    expect(subs.find((s) => s.name === "Backup Company")?.id).toBe(first?.id);
  });

  it("refuses to delete an entry that an activity uses and lists the activities", async () => {
    const access = await editorAccess();
    const category = await createCatalogEntry(access, "data-categories", dataCategory());
    const activity = await db().processingActivity.create({
      data: {
        companyId: access.company.id,
        name: "Recruitment",
        dataCategories: { create: { dataCategoryId: category?.id ?? "" } },
      },
      select: { id: true },
    });
    const error = await deleteCatalogEntry(access, "data-categories", category?.id ?? "").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", details: { usedBy: [{ id: activity.id, name: "Recruitment", type: "activity" }] } });
    expect(await db().dataCategory.count({ where: { id: category?.id ?? "" } })).toBe(1);
    expect((await listCatalog(access, "data-categories"))[0]).toMatchObject({ usageCount: 1 });
  });

  it("refuses to delete a recipient that a system names as its vendor", async () => {
    const access = await editorAccess();
    const vendor = await createCatalogEntry(access, "recipients", recipient({ subProcessors: [] }));
    await createCatalogEntry(access, "systems", CATALOG_SCHEMAS.systems.create.parse({ name: "CRM", vendorRecipientId: vendor?.id }));
    await expect(deleteCatalogEntry(access, "recipients", vendor?.id ?? "")).rejects.toMatchObject({
      code: "CONFLICT",
      details: { usedBy: [expect.objectContaining({ name: "CRM", type: "system" })] },
    });
  });

  it("answers 404 for another company's entry, whatever the forged id, and changes nothing", async () => {
    const mine = await editorAccess();
    const theirs = await editorAccess();
    const foreign = await createCatalogEntry(theirs, "data-categories", dataCategory({ labelEn: "Theirs" }));
    const id = foreign?.id ?? "";
    await expect(updateCatalogEntry(mine, "data-categories", id, 1, dataCategory())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteCatalogEntry(mine, "data-categories", id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listCatalog(mine, "data-categories")).toEqual([]);
    expect((await db().dataCategory.findUniqueOrThrow({ where: { id } })).labelEn).toBe("Theirs");
  });

  it("refuses a system whose vendor is another company's recipient as a field error", async () => {
    const mine = await editorAccess();
    const theirs = await editorAccess();
    const foreign = await createCatalogEntry(theirs, "recipients", recipient());
    await expect(
      createCatalogEntry(mine, "systems", CATALOG_SCHEMAS.systems.create.parse({ name: "CRM", vendorRecipientId: foreign?.id })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { vendorRecipientId: ["fieldRules.unknownEntry"] } });
  });

  it("refuses an unknown country code as a field error on the right path", async () => {
    const access = await editorAccess();
    await expect(createCatalogEntry(access, "recipients", recipient({ countryCode: "XX" }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { countryCode: ["validation.country"] },
    });
    await expect(
      createCatalogEntry(access, "recipients", recipient({ subProcessors: [{ name: "Nowhere AS", countryCode: "QQ" }] })),
    ).rejects.toMatchObject({ fieldErrors: { "subProcessors.0.countryCode": ["validation.country"] } });
    expect(await db().recipient.count({ where: { companyId: access.company.id } })).toBe(0);
  });
});

describe("a new company", () => {
  it("gets the default catalog as suggestions and the creator as owner, in one transaction", async () => {
    const user = await createUser();
    const company = await createCompanyForUser(user, { legalName: "Ny Kunde AS", orgNumber: null, countryCode: "NO", startWith: "suggestions" });
    const access = await companyAccessFor(user, company.id, "company.manage");
    expect(access.role).toBe("OWNER");
    expect(await listCatalog(access, "data-categories")).toHaveLength(DEFAULT_DATA_CATEGORIES.length);
    expect(await listCatalog(access, "data-subject-categories")).toHaveLength(DEFAULT_DATA_SUBJECT_CATEGORIES.length);
    const stored = await db().company.findUniqueOrThrow({ where: { id: company.id }, select: { supervisoryAuthorityId: true, email: true } });
    expect(stored.supervisoryAuthorityId).toBe("no-datatilsynet");
    // The creator's login is not the company's public contact address.
    expect(stored.email).toBeNull();
  });
});
