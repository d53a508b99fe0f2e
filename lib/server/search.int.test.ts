import { describe, expect, it } from "vitest";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { companyAccessFor } from "./access";
import { createActivity } from "./activities";
import { db } from "./db";
import { searchCompany } from "./search";
import { createCompany, createUser } from "@/test/server/factories";

describe("searchCompany", () => {
  it("finds activities, catalog entries and findings of the company only, case-insensitive for æ, ø and å", async () => {
    const user = await createUser();
    const company = await createCompany([{ userId: user.id, role: "EDITOR" }]);
    const access = await companyAccessFor(user, company.id, "register.read");
    const other = await createCompany([{ userId: user.id, role: "EDITOR" }]);
    const otherAccess = await companyAccessFor(user, other.id, "register.write");
    const write = await companyAccessFor(user, company.id, "register.write");
    const activityInput = (name: string, description: string) =>
      activityInputSchema.parse({ name, role: "CONTROLLER", collectionSource: "DATA_SUBJECT_DIRECT", description: { en: "", nb: description }, purposes: [{ description: { en: "Answer", nb: "Svare" } }] });
    const enquiries = await createActivity(write, activityInput("Kundehenvendelser", "Vi svarer på spørsmål om Ærlig Øl"));
    await createActivity(write, activityInput("Lønn", "Utbetaling av lønn"));
    await createActivity(otherAccess, activityInput("Ærlig øl i en annen virksomhet", "Ærlig"));
    await db().recipient.create({ data: { companyId: company.id, name: "Ærlig Regnskap AS", kind: "PROCESSOR", countryCode: "NO" } });
    await db().dataSubjectCategory.create({ data: { companyId: company.id, labelEn: "Beer lovers", labelNb: "Ølentusiaster" } });
    // A default-catalog suggestion the DPO has not accepted is not part of the register.
    await db().dataSubjectCategory.create({ data: { companyId: company.id, labelEn: "Beer suggestion", labelNb: "Ølforslag", suggested: true } });
    await db().recipient.create({ data: { companyId: other.id, name: "Ærlig Annen AS", kind: "PROCESSOR", countryCode: "NO" } });

    const results = await searchCompany(access, "ærlig", "nb");
    expect(results.activities.map((a) => a.id)).toEqual([enquiries.id]);
    expect(results.catalogEntries).toEqual([expect.objectContaining({ kind: "recipients", name: "Ærlig Regnskap AS" })]);

    const beer = await searchCompany(access, "ØL", "nb");
    expect(beer.catalogEntries.map((e) => e.name)).toEqual(["Ølentusiaster"]);
    expect(beer.activities.map((a) => a.name)).toEqual(["Kundehenvendelser"]);

    // A finding is found by its words and links to the field that fixes it.
    const findings = await searchCompany(access, "Lønn", "nb");
    expect(findings.activities.map((a) => a.name)).toEqual(["Lønn"]);
    expect(findings.findings.length).toBeGreaterThan(0);
    expect(findings.findings.every((f) => f.subjectName === "Lønn" && f.href.startsWith(`/companies/${company.id}/`))).toBe(true);

    expect(await searchCompany(access, "x", "nb")).toEqual({ query: "x", activities: [], catalogEntries: [], findings: [] });
    expect((await searchCompany(access, "%", "nb")).activities).toEqual([]);
  });
});
