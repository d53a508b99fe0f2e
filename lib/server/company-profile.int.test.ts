import { describe, expect, it } from "vitest";
import { companyProfileSchema } from "@/lib/register/company-profile";
import { companyAccessFor } from "./access";
import { getCompanyProfile, listSupervisoryAuthorities, updateCompanyProfile } from "./companies";
import { db } from "./db";
import { readRegisterSnapshot } from "./register/snapshot";
import { getTranslationWork, saveTranslations } from "./translations";
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
    noticeLanguages: ["en", "nb"],
    primaryLanguage: "en",
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
      fieldErrors: { supervisoryAuthorityId: ["fieldRules.choice"] },
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

describe("the company's notice languages", () => {
  it("start as both languages with English as the primary one, as the migration sets every existing company", async () => {
    const access = await ownerAccess();
    expect(await getCompanyProfile(access)).toMatchObject({ noticeLanguages: ["en", "nb"], primaryLanguage: "en" });
  });

  it("save a bokmål-only notice written in bokmål, in the order of the language list, and audit the change", async () => {
    const access = await ownerAccess();
    const saved = await updateCompanyProfile(access, fullProfile({ noticeLanguages: ["nb"], primaryLanguage: "nb" }));
    expect(saved).toMatchObject({ noticeLanguages: ["nb"], primaryLanguage: "nb" });
    const row = await db().company.findUniqueOrThrow({ where: { id: access.company.id }, select: { noticeLanguages: true, primaryLanguage: true } });
    expect(row).toEqual({ noticeLanguages: ["NB"], primaryLanguage: "NB" });
    const both = await updateCompanyProfile(access, fullProfile({ noticeLanguages: ["nb", "en"], primaryLanguage: "nb", version: 2 }));
    expect(both.noticeLanguages).toEqual(["en", "nb"]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { companyId: access.company.id, entityType: "Company" }, orderBy: { id: "asc" } });
    expect(event.after).toMatchObject({ noticeLanguages: ["nb"], primaryLanguage: "nb" });
  });

  it("refuse no language at all, an unknown one, and a primary language the notice is not published in", () => {
    expect(companyProfileSchema.safeParse({ ...fullProfile(), noticeLanguages: [] }).error?.issues[0]).toMatchObject({
      path: ["noticeLanguages"],
      message: "companyProfile.noticeLanguagesRequired",
    });
    expect(companyProfileSchema.safeParse({ ...fullProfile(), noticeLanguages: ["nn"] }).success).toBe(false);
    expect(companyProfileSchema.safeParse({ ...fullProfile(), noticeLanguages: ["en"], primaryLanguage: "nb" }).error?.issues[0]).toMatchObject({
      path: ["primaryLanguage"],
      message: "companyProfile.primaryLanguageNotPublished",
    });
  });

  it("are kept by PostgreSQL itself: never empty, and the primary one among them", async () => {
    const access = await ownerAccess();
    await expect(db().company.update({ where: { id: access.company.id }, data: { noticeLanguages: [] } })).rejects.toThrow();
    await expect(db().company.update({ where: { id: access.company.id }, data: { noticeLanguages: ["EN"], primaryLanguage: "NB" } })).rejects.toThrow();
  });
});

describe("the notice's own words and the cookie banner (issue 10)", () => {
  it("saves them, reads them into the register snapshot, and lists a text missing in a notice language for the translation view, which writes it through the profile", async () => {
    const access = await ownerAccess();
    const saved = await updateCompanyProfile(
      access,
      fullProfile({
        noticeIntroduction: { en: "We make software for schools.", nb: "" },
        noticeScope: { en: "Not what we do as a processor for our customers.", nb: "Ikke det vi gjør som databehandler for kundene våre." },
        privacyContactName: "Kari Nordmann",
        privacyContactRole: { en: "Head of privacy", nb: "Personvernansvarlig" },
        cookieBannerBeforeSetting: "yes",
        cookieRefuseAsEasy: "no",
        cookieWithdrawal: { en: "", nb: "" },
        cookieSettingsUrl: "fjordlys.example/cookies",
      }),
    );
    expect(saved).toMatchObject({ noticeIntroduction: { en: "We make software for schools." }, privacyContactName: "Kari Nordmann", cookieBannerBeforeSetting: true, cookieRefuseAsEasy: false, cookieWithdrawal: {}, cookieSettingsUrl: "https://fjordlys.example/cookies" });
    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    expect(snapshot.company).toMatchObject({ noticeScope: { en: "Not what we do as a processor for our customers.", nb: "Ikke det vi gjør som databehandler for kundene våre." }, privacyContactRole: { en: "Head of privacy", nb: "Personvernansvarlig" }, cookieRefuseAsEasy: false });

    const { rows } = await getTranslationWork(access, "nb");
    const intro = rows.find((row) => row.subjectKey === "company" && row.field === "noticeIntroduction");
    expect(intro).toMatchObject({ status: "missing", path: "noticeIntroduction.nb", source: { language: "en", text: "We make software for schools." } });
    expect(intro?.href).toBe(`/companies/${access.company.id}/profile#noticeIntroduction.nb`);
    const written = await saveTranslations(access, [{ subjectKey: "company", field: "noticeIntroduction", language: "nb", text: "Vi lager programvare for skoler." }]);
    expect(written).toMatchObject({ ok: true, written: 1 });
    expect((await getCompanyProfile(access)).noticeIntroduction).toEqual({ en: "We make software for schools.", nb: "Vi lager programvare for skoler." });
    expect((await getTranslationWork(access, "nb")).rows.find((row) => row.subjectKey === "company" && row.field === "noticeIntroduction")).toBeUndefined();
  });
});
