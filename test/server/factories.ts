import crypto from "node:crypto";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/sign-in";
import { DATATILSYNET_ID } from "@/lib/register/supervisory-authorities";

/** Unique per call, so tests never collide on e-mail addresses or slugs. */
export function unique(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}`;
}

export async function createUser(options: { password?: string; locale?: "EN" | "NB" } = {}) {
  const email = `${unique("user")}@example.test`;
  const password = options.password ?? "correct horse battery staple";
  const user = await db().user.create({
    data: { email, name: "Test User", passwordHash: await hashPassword(password), locale: options.locale ?? "EN" },
    select: { id: true, email: true, name: true, locale: true },
  });
  return { ...user, password };
}

export async function createCompany(members: { userId: string; role: Role }[] = [], name = unique("Test Company AS")) {
  return db().company.create({
    data: {
      slug: unique("company"),
      legalName: name,
      countryCode: "NO",
      email: "post@example.test",
      supervisoryAuthorityId: DATATILSYNET_ID,
      memberships: { create: members.map((m) => ({ userId: m.userId, role: m.role })) },
    },
    select: { id: true, slug: true, legalName: true, version: true },
  });
}
