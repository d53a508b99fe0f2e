import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parsePasswordList, passwordProblem, personalWords } from "@/lib/auth/password-policy";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "./access";
import { db } from "./db";
import { endSessionsOf } from "./sessions";
import { checkCredentials, hashPassword } from "./sign-in";

let commonPasswords: Set<string> | undefined;

/** The shipped list (lib/auth/common-passwords.txt), read once per process. */
function commonPasswordList(root = process.cwd()): Set<string> {
  commonPasswords ??= parsePasswordList(fs.readFileSync(path.join(root, "lib/auth/common-passwords.txt"), "utf8"));
  return commonPasswords;
}

/**
 * Refuses a new password that is on the list of common passwords or built on the user's name,
 * address or company (422 with a message on `field`, in the reader's language).
 */
export async function assertAcceptablePassword(
  password: string,
  about: { email: string; name?: string | null; userId?: string; companyNames?: string[] },
  field = "password",
): Promise<void> {
  const companies = about.userId
    ? (await db().membership.findMany({ where: { userId: about.userId }, select: { company: { select: { legalName: true } } } })).map((m) => m.company.legalName)
    : [];
  companies.push(...(about.companyNames ?? []));
  const problem = passwordProblem(password, commonPasswordList(), personalWords([about.email, about.name, ...companies]));
  if (problem) throw new AppError("VALIDATION", undefined, { [field]: [`passwords.${problem}`] });
}

/**
 * A signed-in user's new password: the current one must be right (checked and throttled like
 * a sign-in from this client), the new one acceptable. Ends the user's other sessions; the
 * one that made the change (`sessionId`) stays signed in.
 */
export async function changePassword(user: CurrentUser, sessionId: string | undefined, input: { currentPassword: string; newPassword: string }, client: string) {
  const check = await checkCredentials(user.email, input.currentPassword, client);
  if (!check.ok) {
    if (check.reason === "throttled") throw new AppError("THROTTLED", "account.throttled");
    throw new AppError("VALIDATION", undefined, { currentPassword: ["account.wrongCurrentPassword"] });
  }
  if (input.newPassword === input.currentPassword) throw new AppError("VALIDATION", undefined, { newPassword: ["account.samePassword"] });
  await assertAcceptablePassword(input.newPassword, { email: user.email, name: user.name, userId: user.id }, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    const ended = await endSessionsOf(tx, user.id, sessionId);
    return { endedSessions: ended };
  });
}
