import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";

describe("role permissions", () => {
  it("gives the owner every permission", () => {
    for (const permission of PERMISSIONS) expect(can("OWNER", permission)).toBe(true);
  });

  it("lets an editor change the register but not publish, manage members or the company", () => {
    expect(can("EDITOR", "register.write")).toBe(true);
    expect(can("EDITOR", "notice.publish")).toBe(false);
    expect(can("EDITOR", "members.manage")).toBe(false);
    expect(can("EDITOR", "company.manage")).toBe(false);
  });

  it("lets a viewer only read", () => {
    expect(ROLE_PERMISSIONS.VIEWER).toEqual(["register.read"]);
    expect(can("VIEWER", "register.write")).toBe(false);
  });
});
