import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { companyProfileSchema } from "@/lib/register/company-profile";
import { companyAccessFor } from "./access";
import { getCompanyProfile, updateCompanyProfile } from "./companies";
import { db } from "./db";
import { createCompany, createUser } from "@/test/server/factories";

async function ownerAccess() {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  return companyAccessFor(owner, company.id, "company.manage");
}

function profileInput(overrides: Record<string, unknown> = {}) {
  return companyProfileSchema.parse({
    legalName: "Fjordlys Programvare AS",
    orgNumber: "974 760 673",
    countryCode: "NO",
    email: "Personvern@Example.test",
    phone: "",
    postalStreet: "Storgata 1",
    postalCode: "0155",
    postalCity: "Oslo",
    website: "",
    noticeLanguages: ["en", "nb"],
    primaryLanguage: "en",
    version: 1,
    ...overrides,
  });
}

describe("updateCompanyProfile", () => {
  it("saves, bumps the version and records the change with before and after in the audit log", async () => {
    const access = await ownerAccess();
    const saved = await updateCompanyProfile(access, profileInput());
    expect(saved.version).toBe(2);
    expect(saved.orgNumber).toBe("974760673");
    expect(saved.email).toBe("personvern@example.test");
    const events = await db().auditEvent.findMany({ where: { companyId: access.company.id, entityType: "Company" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(access.user.id);
    expect(events[0]?.before).toMatchObject({ legalName: access.company.legalName });
    expect(events[0]?.after).toMatchObject({ legalName: "Fjordlys Programvare AS" });
  });

  it("refuses a save based on an old version, leaving the newer one and no audit event", async () => {
    const access = await ownerAccess();
    await updateCompanyProfile(access, profileInput({ legalName: "First Save AS" }));
    await expect(updateCompanyProfile(access, profileInput({ legalName: "Stale Save AS" }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getCompanyProfile(access)).legalName).toBe("First Save AS");
    expect(await db().auditEvent.count({ where: { companyId: access.company.id } })).toBe(1);
  });

  it("refuses an unknown country code as a field error, changing nothing", async () => {
    const access = await ownerAccess();
    const error = await updateCompanyProfile(access, profileInput({ countryCode: "XX" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { countryCode: ["validation.country"] } });
    expect((await getCompanyProfile(access)).version).toBe(1);
  });

  it("rejects an invalid Norwegian organisation number in the shared schema", () => {
    const result = companyProfileSchema.safeParse({ ...profileInput(), orgNumber: "974760674" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["orgNumber"], message: "validation.orgNumber" });
  });
});
