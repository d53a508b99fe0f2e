import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { registerDocumentFromSnapshot, serializeRegisterDocument } from "@/lib/export/json/from-snapshot";
import { compileNotice } from "@/lib/notice/compile";
import { renderNoticeText } from "@/lib/notice/render/text";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { runChecks } from "@/lib/register/checks";
import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECT_CATEGORIES, DEFAULT_SECURITY_MEASURES } from "@/lib/register/default-catalog";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { createUser } from "@/test/server/factories";
import { companyAccessFor, type CompanyAccess } from "./access";
import { createActivity, loadActivityCatalogs } from "./activities";
import { countSuggestions, decideSuggestions } from "./catalog-suggestions";
import { createCatalogEntry, listCatalog, updateCatalogEntry } from "./catalogs";
import { createCompanyForUser } from "./companies";
import { db } from "./db";
import { toAppError } from "./errors";
import { exportRegister } from "./export/export-register";
import { importRegisterFile } from "./export/import-file";
import { publishNotice } from "./notice/versions";
import { readRegisterSnapshot } from "./register/snapshot";
import { addActivityFromTemplate } from "./templates";

const SUGGESTED = DEFAULT_DATA_CATEGORIES.length + DEFAULT_DATA_SUBJECT_CATEGORIES.length + DEFAULT_SECURITY_MEASURES.length;

/** A company made as the "New company" form makes it, and its owner's access. */
async function newCompany(startWith: "suggestions" | "empty" = "suggestions"): Promise<CompanyAccess> {
  const owner = await createUser();
  const company = await createCompanyForUser(owner, { legalName: "Ny Kunde AS", orgNumber: null, countryCode: "NO", startWith });
  return companyAccessFor(owner, company.id, "notice.publish");
}

const identity = (access: CompanyAccess) => db().dataCategory.findFirstOrThrow({ where: { companyId: access.company.id, labelEn: "Identity" } });
const importJson = (access: CompanyAccess) =>
  importRegisterFile(access, "json", Buffer.from(serializeRegisterDocument(registerDocumentFromSnapshot(fullRegisterSnapshot()))), { dryRun: false });

describe("a new company's default catalog is offered as suggestions", () => {
  it("lists them as suggestions on the catalog page, and nowhere else: not in the snapshot, the pickers, the checks, the notice or the exports", async () => {
    const access = await newCompany();
    const categories = await listCatalog(access, "data-categories");
    expect(categories).toHaveLength(DEFAULT_DATA_CATEGORIES.length);
    expect(categories.every((c) => "suggested" in c && c.suggested)).toBe(true);
    expect(await countSuggestions(access)).toBe(SUGGESTED);

    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    expect(snapshot.catalogs.dataCategories).toEqual([]);
    expect(snapshot.catalogs.dataSubjectCategories).toEqual([]);
    expect(snapshot.catalogs.securityMeasures).toEqual([]);
    const pickers = await loadActivityCatalogs(access);
    expect([pickers.dataCategories, pickers.dataSubjectCategories, pickers.securityMeasures]).toEqual([[], [], []]);
    expect(runChecks(snapshot, { now: new Date() }).filter((f) => /catalog|security-measures|data-categories/.test(f.field ?? ""))).toEqual([]);

    const notice = renderNoticeText(compileNotice(snapshot, "en", { version: null, publishedOn: null, previous: null }));
    expect(notice).not.toMatch(/two-factor|date of birth|encrypted in transit/i);
    const json = await (await exportRegister(access, "json", "en")).text();
    expect(json).not.toMatch(/Identity|two-factor|Name, date of birth/);
    expect(JSON.parse(json)).toMatchObject({ catalogs: { dataCategories: [], dataSubjectCategories: [], securityMeasures: [] } });
    const csv = await (await exportRegister(access, "csv", "en")).text();
    expect(csv).not.toMatch(/two-factor|date of birth/i);
  });

  it("starts empty when the DPO chooses so", async () => {
    const access = await newCompany("empty");
    expect(await countSuggestions(access)).toBe(0);
    expect(await db().dataCategory.count({ where: { companyId: access.company.id } })).toBe(0);
  });

  it("refuses to link a suggestion to an activity until it is accepted", async () => {
    const access = await newCompany();
    const category = await identity(access);
    const input = activityInputSchema.parse({
      name: "Customer enquiries",
      role: "CONTROLLER",
      collectionSource: "DATA_SUBJECT_DIRECT",
      purposes: [{ description: { en: "Answer enquiries" }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: "Replying to those who contact us" } }],
      dataCategoryIds: [category.id],
    });
    await expect(createActivity(access, input)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { dataCategoryIds: ["suggestions.notAccepted"] } });

    await decideSuggestions(access, "accept", { kind: "data-categories", id: category.id });
    const created = await createActivity(access, input);
    expect(created.dataCategoryIds).toEqual([category.id]);
    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    expect(snapshot.catalogs.dataCategories.map((c) => c.labelEn)).toEqual(["Identity"]);
  });

  it("accepts or dismisses one at a time and all at once, each decision audited; a non-suggestion is not found", async () => {
    const access = await newCompany();
    const category = await identity(access);
    expect(await decideSuggestions(access, "dismiss", { kind: "data-categories", id: category.id })).toEqual({ decided: 1 });
    expect(await db().dataCategory.findUnique({ where: { id: category.id } })).toBeNull();
    await expect(decideSuggestions(access, "accept", { kind: "data-categories", id: category.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const deleted = await db().auditEvent.findFirstOrThrow({ where: { companyId: access.company.id, entityId: category.id, action: "DELETE" } });
    expect(deleted.before).toMatchObject({ labelEn: "Identity", suggested: true });

    const measure = await db().securityMeasure.findFirstOrThrow({ where: { companyId: access.company.id, kind: "ENCRYPTION" } });
    await decideSuggestions(access, "accept", { kind: "security-measures", id: measure.id });
    const accepted = await db().auditEvent.findFirstOrThrow({ where: { companyId: access.company.id, entityId: measure.id, action: "UPDATE" } });
    expect(accepted).toMatchObject({ before: expect.objectContaining({ suggested: true }), after: expect.objectContaining({ suggested: false }) });

    expect(await decideSuggestions(access, "accept", null)).toEqual({ decided: SUGGESTED - 2 });
    expect(await countSuggestions(access)).toBe(0);
    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    expect(snapshot.catalogs.dataCategories).toHaveLength(DEFAULT_DATA_CATEGORIES.length - 1);
    expect(snapshot.catalogs.securityMeasures).toHaveLength(DEFAULT_SECURITY_MEASURES.length);

    const other = await newCompany();
    expect(await decideSuggestions(other, "dismiss", null)).toEqual({ decided: SUGGESTED });
    expect(await db().dataSubjectCategory.count({ where: { companyId: other.company.id } })).toBe(0);
    // Another company's suggestion is not this company's to decide.
    const foreign = await identity(await newCompany());
    await expect(decideSuggestions(other, "dismiss", { kind: "data-categories", id: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a template accepts the suggested categories it needs instead of duplicating them, and links no suggested security measure", async () => {
    const access = await newCompany();
    const added = await addActivityFromTemplate(access, "customer-service", "en");
    const category = await identity(access);
    expect(category.suggested).toBe(false);
    expect(added.created.dataCategories).not.toContain("Identity");
    expect(added.activity.dataCategoryIds).toContain(category.id);
    expect(added.activity.securityMeasureIds).toEqual([]);
    expect(await db().dataCategory.count({ where: { companyId: access.company.id, labelEn: "Identity" } })).toBe(1);
    expect(await db().securityMeasure.count({ where: { companyId: access.company.id, suggested: false } })).toBe(0);
  });
});

describe("a JSON register goes into a company that holds nothing but suggestions", () => {
  it("replaces the untouched suggestions", async () => {
    const access = await newCompany();
    const result = await importJson(access);
    expect(result).toMatchObject({ ok: true, summary: { activities: 4 } });
    expect(await countSuggestions(access)).toBe(0);
    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    expect(snapshot.catalogs.dataCategories.map((c) => c.labelEn).sort()).toEqual(fullRegisterSnapshot().catalogs.dataCategories.map((c) => c.labelEn).sort());
  });

  it("is refused once the company holds something of its own, saying what it holds", async () => {
    const access = await newCompany();
    await decideSuggestions(access, "accept", { kind: "data-categories", id: (await identity(access)).id });
    await expect(importJson(access)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "exportIssues.registerNotEmpty",
      details: { holdings: { activities: 0, catalogEntries: 1 } },
    });
    expect(await countSuggestions(access)).toBe(SUGGESTED - 1);
  });
});

describe("an empty register", () => {
  it("cannot be published: there is nothing in the notice", async () => {
    const access = await newCompany();
    await db().company.update({ where: { id: access.company.id }, data: { email: "post@nykunde.example", postalStreet: "Storgata 1", postalCode: "0155", postalCity: "Oslo" } });
    await expect(publishNotice(access, { changeSummary: "First" })).rejects.toMatchObject({ code: "CONFLICT", message: "emptyRegister.publishRefused" });
    expect(await db().noticeVersion.count({ where: { companyId: access.company.id } })).toBe(0);
  });
});

describe("every conflict says what conflicts, in English and bokmål", () => {
  // The catalogue is loaded at run time, so its keys are plain strings here.
  type Translate = (key: string, values?: Record<string, number>) => string;
  const translators = (["en", "nb"] as const).map((locale) => createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate);

  it("a stale save says a newer version was saved; a unique value stored first says it exists; neither is the other", async () => {
    const access = await newCompany("empty");
    const created = await createCatalogEntry(access, "data-subject-categories", CATALOG_SCHEMAS["data-subject-categories"].create.parse({ labelEn: "Members", labelNb: "Medlemmer" }));
    const values = CATALOG_SCHEMAS["data-subject-categories"].create.parse({ labelEn: "Club members", labelNb: "Klubbmedlemmer" });
    await updateCatalogEntry(access, "data-subject-categories", created?.id ?? "", 1, values);
    await expect(updateCatalogEntry(access, "data-subject-categories", created?.id ?? "", 1, values)).rejects.toMatchObject({ code: "CONFLICT", message: "conflicts.newerVersion" });
    expect(toAppError({ code: "P2002" })).toMatchObject({ code: "CONFLICT", message: "conflicts.duplicate" });
    for (const t of translators) {
      expect(t("conflicts.newerVersion")).not.toEqual(t("conflicts.duplicate"));
      expect(t("errors.CONFLICT")).not.toMatch(/newer version|nyere versjon/);
    }
  });

  it("the refused import names what the company holds, and the empty register's refusal says there is nothing to publish", () => {
    const [en, nb] = translators;
    expect(en?.("exportIssues.registerHolds", { activities: 4, entries: 12 })).toMatch(/^This company already holds 4 activities and 12 catalog entries of its own\./);
    expect(nb?.("exportIssues.registerHolds", { activities: 1, entries: 0 })).toMatch(/^Denne virksomheten har allerede 1 behandlingsaktivitet og ingen egne katalogoppføringer\./);
    expect(en?.("emptyRegister.publishRefused")).toMatch(/^There is nothing to publish/);
    expect(nb?.("emptyRegister.publishRefused")).toMatch(/^Det er ingenting å publisere/);
    expect(en?.("invite.used")).toMatch(/already been used/);
  });
});
