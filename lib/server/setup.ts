import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { setupSchema } from "@/lib/register/setup";
import { insertCompanyWithOwner, prepareNewCompany } from "./companies";
import { db } from "./db";
import { assertAcceptablePassword } from "./passwords";
import { hashPassword } from "./sign-in";

// Any constant: serialises concurrent first-start requests on this lock.
const SETUP_LOCK = 0x50524f54;

/** First start: no user exists yet, so the setup page is shown. */
export async function isSetupNeeded(): Promise<boolean> {
  return (await db().user.count()) === 0;
}

/**
 * Creates the first owner and company. Two people opening the setup page at
 * once on a fresh install must not both become owners of two installs: the
 * advisory lock and the re-check inside the transaction make the second a 404.
 */
export async function createFirstOwner(input: z.output<typeof setupSchema>) {
  await assertAcceptablePassword(input.password, { email: input.email, name: input.name, companyNames: [input.legalName] });
  const prepared = await prepareNewCompany(input);
  const passwordHash = await hashPassword(input.password);

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if ((await tx.user.count()) > 0) throw new AppError("NOT_FOUND");
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, locale: "EN" },
      select: { id: true, email: true },
    });
    const company = await insertCompanyWithOwner(tx, user, input, prepared);
    return { userId: user.id, companyId: company.id };
  });
}
