/**
 * What each membership role may do in a company. Permissions are data so that
 * the server decides every request from this one table, and the UI hides what
 * the same table refuses.
 */
export type Role = "OWNER" | "EDITOR" | "VIEWER";

export const PERMISSIONS = [
  "register.read",
  "register.write",
  "notice.publish",
  "members.manage",
  "company.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  OWNER: PERMISSIONS,
  // Editors keep the register; publishing what the public reads, and who may
  // see the register, stay with the owner (usually the DPO or the company's lead).
  EDITOR: ["register.read", "register.write"],
  VIEWER: ["register.read"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
