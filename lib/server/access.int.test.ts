import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { companyAccessFor, listMyCompanies } from "./access";
import { createCompany, createUser } from "@/test/server/factories";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("company access", () => {
  it("gives a member their role and the company", async () => {
    const editor = await createUser();
    const company = await createCompany([{ userId: editor.id, role: "EDITOR" }]);
    const access = await companyAccessFor(editor, company.id, "register.write");
    expect(access.role).toBe("EDITOR");
    expect(access.company.id).toBe(company.id);
  });

  it("answers NOT_FOUND for a company the user does not belong to, and for an unknown id", async () => {
    const editor = await createUser();
    await createCompany([{ userId: editor.id, role: "EDITOR" }]);
    const other = await createCompany();
    expect(await codeOf(companyAccessFor(editor, other.id, "register.read"))).toBe("NOT_FOUND");
    expect(await codeOf(companyAccessFor(editor, "does-not-exist", "register.read"))).toBe("NOT_FOUND");
  });

  it("answers FORBIDDEN when the role lacks the permission", async () => {
    const viewer = await createUser();
    const company = await createCompany([{ userId: viewer.id, role: "VIEWER" }]);
    expect(await codeOf(companyAccessFor(viewer, company.id, "register.read"))).toBe("OK");
    expect(await codeOf(companyAccessFor(viewer, company.id, "register.write"))).toBe("FORBIDDEN");
    expect(await codeOf(companyAccessFor(viewer, company.id, "company.manage"))).toBe("FORBIDDEN");
  });

  it("lists only the user's own companies", async () => {
    const user = await createUser();
    const mine = await createCompany([{ userId: user.id, role: "OWNER" }]);
    await createCompany();
    const listed = await listMyCompanies(user.id);
    expect(listed.map((m) => m.company.id)).toEqual([mine.id]);
  });
});
