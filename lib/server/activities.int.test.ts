import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { companyAccessFor } from "./access";
import {
  ActivityConflict,
  createActivity,
  duplicateActivity,
  getActivity,
  getActivityHistory,
  restoreActivity,
  retireActivity,
  updateActivity,
} from "./activities";
import { listActivities } from "./activity-overview";
import { db } from "./db";
import { createCompany, createUser } from "@/test/server/factories";

async function editorAccess() {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "EDITOR" }]);
  return companyAccessFor(user, company.id, "register.write");
}

async function catalog(companyId: string) {
  const [customers, contact, health, google, mailer] = await Promise.all([
    db().dataSubjectCategory.create({ data: { companyId, labelEn: "Customers", labelNb: "Kunder" } }),
    db().dataCategory.create({ data: { companyId, labelEn: "Contact details", labelNb: "Kontaktopplysninger" } }),
    db().dataCategory.create({ data: { companyId, labelEn: "Health", labelNb: "Helse", specialCategory: "HEALTH" } }),
    db().recipient.create({ data: { companyId, name: "Google", kind: "PROCESSOR", countryCode: "US" } }),
    db().recipient.create({ data: { companyId, name: "Mailer AS", kind: "PROCESSOR", countryCode: "NO" } }),
  ]);
  return { customers, contact, health, google, mailer };
}

function input(overrides: Record<string, unknown> = {}) {
  return activityInputSchema.parse({
    name: "Customer enquiries",
    role: "CONTROLLER",
    collectionSource: "DATA_SUBJECT_DIRECT",
    purposes: [{ description: { en: "Answer enquiries" }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: "Replying to those who contact us" } }],
    ...overrides,
  });
}

describe("activities", () => {
  it("creates an activity with its links and children, and records the whole activity in the audit log", async () => {
    const access = await editorAccess();
    const c = await catalog(access.company.id);
    const created = await createActivity(
      access,
      input({
        dataSubjectCategoryIds: [c.customers.id],
        dataCategoryIds: [c.contact.id],
        recipients: [{ recipientId: c.google.id }],
        transfers: [{ recipientId: c.google.id, countryCode: "US", mechanism: "" }],
        retentionRules: [{ dataCategoryId: c.contact.id, duration: 2, unit: "YEARS", trigger: "AFTER_LAST_CONTACT" }],
        noticeTextNb: "Vi svarer deg.",
      }),
    );
    expect(created.version).toBe(1);
    expect(created.purposes[0]?.legitimateInterest).toEqual({ en: "Replying to those who contact us" });
    expect(created.transfers[0]?.mechanism).toBeNull();
    expect(created.noticeTextNb).toBe("Vi svarer deg.");
    const events = await db().auditEvent.findMany({ where: { companyId: access.company.id, entityId: created.id } });
    expect(events.map((e) => e.action)).toEqual(["CREATE"]);
    expect((events[0]?.after as { name: string }).name).toBe("Customer enquiries");
  });

  it("refuses a recipient outside the EEA without a transfer, and special-category data without an Art. 9(2) condition", async () => {
    const access = await editorAccess();
    const c = await catalog(access.company.id);
    const error = await createActivity(access, input({ dataCategoryIds: [c.health.id], recipients: [{ recipientId: c.google.id }] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({
      art9Condition: ["activityValidation.art9ConditionRequired"],
      "recipients.0.recipientId": ["activityValidation.transferRequired"],
    });
  });

  it("saves the whole activity with optimistic concurrency; a stale version conflicts with the saved version and writes nothing", async () => {
    const access = await editorAccess();
    const c = await catalog(access.company.id);
    const created = await createActivity(access, input({ dataCategoryIds: [c.contact.id] }));
    const purposeId = created.purposes[0]?.id;
    const saved = await updateActivity(access, created.id, input({ name: "Enquiries", version: 1, purposes: [{ ...created.purposes[0], description: { en: "Answer and document enquiries" } }] }));
    expect(saved.version).toBe(2);
    expect(saved.purposes[0]?.id).toBe(purposeId);
    expect(saved.dataCategoryIds).toEqual([]);

    const conflict = await updateActivity(access, created.id, input({ name: "Stale", version: 1 })).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ActivityConflict);
    expect((conflict as ActivityConflict).current?.name).toBe("Enquiries");
    expect((await getActivity(access, created.id)).name).toBe("Enquiries");

    const history = await getActivityHistory(access, created.id);
    expect(history.map((h) => h.action)).toEqual(["UPDATE", "CREATE"]);
    const paths = history[0]?.changes.map((change) => change.path) ?? [];
    expect(paths).toContain("name");
    expect(paths).toContain(`purposes[${purposeId}].description.en`);
  });

  it("refuses another company's catalog ids without saving anything half-way", async () => {
    const access = await editorAccess();
    const other = await editorAccess();
    const mine = await catalog(access.company.id);
    const theirs = await catalog(other.company.id);
    const created = await createActivity(access, input({ dataSubjectCategoryIds: [mine.customers.id] }));

    // Another company's recipient: a field error before anything is written.
    const byRule = await updateActivity(access, created.id, input({ version: 1, recipients: [{ recipientId: theirs.mailer.id }] })).catch((e: unknown) => e);
    expect((byRule as AppError).code).toBe("VALIDATION");

    // Another company's data subject category: the compound foreign key refuses it and the transaction rolls back.
    const byKey = await updateActivity(access, created.id, input({ name: "Half-saved?", version: 1, dataSubjectCategoryIds: [theirs.customers.id] })).catch((e: unknown) => e);
    expect((byKey as { code?: string }).code).toBe("P2003");
    const after = await getActivity(access, created.id);
    expect(after.name).toBe("Customer enquiries");
    expect(after.version).toBe(1);
    expect(after.dataSubjectCategoryIds).toEqual([mine.customers.id]);
    expect(after.purposes).toHaveLength(1);
  });

  it("duplicates as a draft, retires and restores with audit events", async () => {
    const access = await editorAccess();
    const created = await createActivity(access, input({ status: "ACTIVE" }));
    const copy = await duplicateActivity(access, created.id);
    expect(copy.name).toBe("Customer enquiries (copy)");
    expect(copy.status).toBe("DRAFT");
    expect(copy.purposes[0]?.id).not.toBe(created.purposes[0]?.id);
    const retired = await retireActivity(access, created.id, created.version);
    expect(retired.status).toBe("RETIRED");
    const restored = await restoreActivity(access, created.id, retired.version);
    expect(restored.status).toBe("DRAFT");
    const actions = (await getActivityHistory(access, created.id)).map((h) => h.action);
    expect(actions).toEqual(["RESTORE", "RETIRE", "CREATE"]);
  });

  it("lists with search over purposes, filters, sorting, paging and counts per status", async () => {
    const access = await editorAccess();
    const c = await catalog(access.company.id);
    await createActivity(access, input({ name: "Recruitment", status: "ACTIVE", purposes: [{ description: { en: "Assess applicants" }, lawfulBasis: "CONTRACT" }] }));
    await createActivity(access, input({ name: "Analytics", recipients: [{ recipientId: c.google.id }], transfers: [{ recipientId: c.google.id, countryCode: "US" }] }));
    await createActivity(access, input({ name: "Newsletter", dataSubjectCategoryIds: [c.customers.id] }));

    const all = await listActivities(access, { sort: "name", pageSize: 2 });
    expect(all.items.map((i) => i.name)).toEqual(["Analytics", "Newsletter"]);
    expect(all).toMatchObject({ total: 3, pageCount: 2, counts: { DRAFT: 2, ACTIVE: 1, RETIRED: 0 } });
    expect((await listActivities(access, { search: "APPLICANTS" })).items.map((i) => i.name)).toEqual(["Recruitment"]);
    expect((await listActivities(access, { filters: { outsideEea: true } })).items.map((i) => i.name)).toEqual(["Analytics"]);
    expect((await listActivities(access, { filters: { lawfulBasis: "CONTRACT" } })).items.map((i) => i.name)).toEqual(["Recruitment"]);
    expect((await listActivities(access, { filters: { dataSubjectCategoryId: c.customers.id } })).items.map((i) => i.name)).toEqual(["Newsletter"]);
    expect((await listActivities(access, { filters: { status: "ACTIVE" } })).total).toBe(1);
    expect((await listActivities(access, { sort: "name", direction: "desc", page: 2, pageSize: 2 })).items.map((i) => i.name)).toEqual(["Analytics"]);

    // Completeness per row, judged on the page's activities only.
    const scores = (await listActivities(access, { sort: "name" })).items.map((i) => i.completeness);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(100);
    expect(new Set(scores).size).toBeGreaterThan(1);
  });

  it("does not show or change another company's activity", async () => {
    const access = await editorAccess();
    const other = await editorAccess();
    const theirs = await createActivity(other, input());
    await expect(getActivity(access, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateActivity(access, theirs.id, input({ version: 1 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listActivities(access)).total).toBe(0);
  });
});
