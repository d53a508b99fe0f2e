import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { setupSchema } from "@/lib/register/setup";
import { uniqueSlug } from "@/lib/register/slug";
import { recordAudit } from "./audit";
import { seedDefaultCatalog } from "./catalogs";
import { db } from "./db";
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
  const country = await db().country.findUnique({
    where: { code: input.countryCode },
    select: { code: true, supervisoryAuthorities: { select: { id: true }, take: 1 } },
  });
  if (!country) throw new AppError("VALIDATION", undefined, { countryCode: ["validation.country"] });
  const passwordHash = await hashPassword(input.password);

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if ((await tx.user.count()) > 0) throw new AppError("NOT_FOUND");
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, locale: "EN" },
      select: { id: true, email: true },
    });
    const company = await tx.company.create({
      data: {
        slug: uniqueSlug(input.legalName, new Set()),
        legalName: input.legalName,
        orgNumber: input.orgNumber,
        countryCode: country.code,
        email: input.email,
        // GDPR Art. 55–56: the authority of the main establishment, by default the country's.
        supervisoryAuthorityId: country.supervisoryAuthorities[0]?.id ?? null,
        memberships: { create: { userId: user.id, role: "OWNER" } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      companyId: company.id,
      actorId: user.id,
      action: "CREATE",
      entityType: "Company",
      entityId: company.id,
      after: { legalName: input.legalName, orgNumber: input.orgNumber, countryCode: country.code },
    });
    await seedDefaultCatalog(tx, company.id, user.id);
    return { userId: user.id, companyId: company.id };
  });
}
