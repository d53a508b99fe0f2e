import { describe, expect, it } from "vitest";
import { companyProfileSchema } from "@/lib/register/company-profile";
import { companyAccessFor } from "./access";
import { getCompanyProfile, listSupervisoryAuthorities, updateCompanyProfile } from "./companies";
import { db } from "./db";
import { createCompany, createUser } from "@/test/server/factories";

async function ownerAccess() {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  return companyAccessFor(owner, company.id, "company.manage");
}

const fullProfile = (overrides: Record<string, unknown> = {}) =>
  companyProfileSchema.parse({
    legalName: "Fjordlys Programvare AS",
    orgNumber: "974760673",
    countryCode: "NO",
    email: "post@fjordlys.example",
    visitingStreet: "Kaigata 2",
    visitingPostalCode: "5003",
    visitingCity: "Bergen",
    employeeBand: "AT_LEAST_250",
    isPublicAuthority: false,
    dpoDesignated: true,
    dpoBasis: "VOLUNTARY",
    dpoEmail: "Personvernombud@Fjordlys.example",
    representativeName: "",
    supervisoryAuthorityId: "",
    version: 1,
    ...overrides,
  });

describe("the full company profile", () => {
  it("saves the scope, DPO and visiting address, and defaults the authority to the country's (Datatilsynet)", async () => {
    const access = await ownerAccess();
    await db().company.update({ where: { id: access.company.id }, data: { supervisoryAuthorityId: null } });
    const saved = await updateCompanyProfile(access, fullProfile());
    expect(saved).toMatchObject({
      employeeBand: "AT_LEAST_250",
      dpoDesignated: true,
      dpoBasis: "VOLUNTARY",
      dpoEmail: "personvernombud@fjordlys.example",
      visitingCity: "Bergen",
      representativeName: null,
      supervisoryAuthorityId: "no-datatilsynet",
    });
    expect(saved.supervisoryAuthority?.phone).toBeTruthy();
    const event = await db().auditEvent.findFirstOrThrow({ where: { companyId: access.company.id, entityType: "Company" } });
    expect(event.after).toMatchObject({ dpoBasis: "VOLUNTARY", employeeBand: "AT_LEAST_250" });
  });

  it("keeps a chosen authority of another country, and refuses an unknown one as a field error", async () => {
    const access = await ownerAccess();
    const other = (await listSupervisoryAuthorities("NO")).find((a) => a.countryCode !== "NO");
    expect(other).toBeDefined();
    const saved = await updateCompanyProfile(access, fullProfile({ supervisoryAuthorityId: other?.id }));
    expect(saved.supervisoryAuthorityId).toBe(other?.id);
    await expect(updateCompanyProfile(access, fullProfile({ supervisoryAuthorityId: "xx-nobody", version: 2 }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { supervisoryAuthorityId: ["validation.invalid"] },
    });
    expect((await getCompanyProfile(access)).version).toBe(2);
  });

  it("lists the authorities of the company's country first", async () => {
    const list = await listSupervisoryAuthorities("NO");
    expect(list[0]?.id).toBe("no-datatilsynet");
  });

  it("refuses a malformed DPO e-mail in the shared schema", () => {
    const result = companyProfileSchema.safeParse({ ...fullProfile(), dpoEmail: "not an address" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["dpoEmail"], message: "validation.email" });
  });
});
