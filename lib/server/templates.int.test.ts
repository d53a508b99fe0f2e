import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { runChecks } from "@/lib/register/checks";
import { ACTIVITY_TEMPLATES, findTemplate, formatLegalRefs } from "@/lib/register/templates";
import { addAndFillTemplate, emptyCompanyWithOwner } from "@/test/server/templates";
import { createUser } from "@/test/server/factories";
import { companyAccessFor } from "./access";
import { getActivity } from "./activities";
import { createCatalogEntry } from "./catalogs";
import { db } from "./db";
import { publishNotice } from "./notice/versions";
import { readRegisterSnapshot } from "./register/snapshot";
import { addActivityFromTemplate } from "./templates";

describe("every template, added to an empty company and filled in, publishes in both languages", () => {
  it.each(ACTIVITY_TEMPLATES.map((t) => [t.id, t] as const))("%s", async (_id, template) => {
    const { access, company } = await emptyCompanyWithOwner();
    const language = template.category === "hr" ? "nb" : "en";
    const activityId = await addAndFillTemplate(access, template, language);

    const findings = runChecks(await readRegisterSnapshot(db(), company.id), { now: new Date() });
    expect(findings.map((f) => `${f.ruleId} ${f.field}: ${f.message.en}`)).toEqual([]);

    const published = await publishNotice(access, { changeSummary: `Added ${template.id}` });
    const row = await db().noticeVersion.findUniqueOrThrow({ where: { id: published.id }, select: { textEn: true, textNb: true } });
    expect(row.textEn).toContain(template.noticeTitle.en);
    expect(row.textNb).toContain(template.noticeTitle.nb);
    for (const purpose of template.purposes) if (purpose.law) expect(row[language === "nb" ? "textNb" : "textEn"]).toContain(formatLegalRefs(purpose.law, language));
    expect((await getActivity(access, activityId)).status).toBe("ACTIVE");
  });
});

describe("addActivityFromTemplate", () => {
  it("creates a draft, the catalog entries it lacks with their audit events, and reuses what the company has", async () => {
    const { access, company } = await emptyCompanyWithOwner();
    const template = findTemplate("sick-leave");
    if (!template) throw new Error("sick-leave template missing");
    const first = await addActivityFromTemplate(access, template.id, "nb");
    expect(first.activity.status).toBe("DRAFT");
    expect(first.activity.name).toBe("Sykefravær og oppfølging");
    expect(first.activity.art9Condition).toBe("EMPLOYMENT_SOCIAL_SECURITY");
    // Two provisions read as one phrase in each language.
    expect(first.activity.art9LegalReference.text).toEqual({
      en: "the Working Environment Act (arbeidsmiljøloven) § 4-6 and the National Insurance Act (folketrygdloven) § 25-2",
      nb: "arbeidsmiljøloven § 4-6 og folketrygdloven § 25-2",
    });
    expect(first.created.dataCategories).toEqual(expect.arrayContaining(["Sykefravær og oppfølging", "Identitetsopplysninger"]));
    expect(first.created.authorities).toEqual(["Arbeids- og velferdsetaten (NAV)"]);
    const health = await db().dataCategory.findFirstOrThrow({ where: { companyId: company.id, labelEn: "Sick leave and follow-up" } });
    expect(health.specialCategory).toBe("HEALTH");
    expect(await db().auditEvent.count({ where: { companyId: company.id, entityType: "DataCategory", action: "CREATE" } })).toBe(first.created.dataCategories.length);

    // The payroll template needs the identity category and the employees again: reused, not duplicated.
    const second = await addActivityFromTemplate(access, "payroll", "nb");
    expect(second.created.dataSubjects).toEqual(["Tidligere ansatte"].filter((label) => !first.created.dataSubjects.includes(label)));
    expect(second.created.dataCategories).not.toContain("Identitetsopplysninger");
    expect(await db().dataCategory.count({ where: { companyId: company.id, labelEn: "Identity" } })).toBe(1);
  });

  it("links the company's own security measures of the kinds the template names, and claims none it has not described", async () => {
    const { access } = await emptyCompanyWithOwner();
    const logging = await createCatalogEntry(access, "security-measures", { kind: "LOGGING", descriptionEn: "Access is logged.", descriptionNb: "Tilgang logges." });
    const backups = await createCatalogEntry(access, "security-measures", { kind: "BACKUPS", descriptionEn: "Nightly backups.", descriptionNb: "Sikkerhetskopi hver natt." });
    const { activity } = await addActivityFromTemplate(access, "cctv", "en");
    expect(activity.securityMeasureIds).toEqual([logging?.id]);
    expect(activity.securityMeasureIds).not.toContain(backups?.id);
  });

  it("refuses a viewer, an unknown template, and another company's caller", async () => {
    const { company } = await emptyCompanyWithOwner();
    const viewer = await createUser();
    await db().membership.create({ data: { userId: viewer.id, companyId: company.id, role: "VIEWER" } });
    const access = await companyAccessFor(viewer, company.id, "register.read");
    await expect(addActivityFromTemplate(access, "payroll", "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { access: owner } = await emptyCompanyWithOwner();
    await expect(addActivityFromTemplate(owner, "no-such-template", "en")).rejects.toBeInstanceOf(AppError);
    await expect(companyAccessFor(viewer, (await emptyCompanyWithOwner()).company.id, "register.read")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
