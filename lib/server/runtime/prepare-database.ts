import "server-only";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { seedReferenceData } from "@/lib/server/seed/reference-data";
import { grantAppRole } from "./embedded-database";
import { OFFLINE_ENV, run } from "./run";

export const DEMO_EMAIL = "demo@protokoll.local";

const prismaCli = path.resolve(import.meta.dirname, "../../../node_modules/.bin/prisma");

/**
 * `prisma migrate deploy` through the offline schema engine (prisma.config.ts
 * points the CLI at it): the same migrations, the same _prisma_migrations
 * table, whether the database is embedded or a managed PostgreSQL.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  try {
    // prisma.config.ts prefers MIGRATION_DATABASE_URL: both name the one database meant here.
    const urls = { DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: databaseUrl };
    await run(prismaCli, ["migrate", "deploy"], { env: { ...OFFLINE_ENV, ...urls }, quiet: true });
  } catch (error) {
    throw new Error(`applying the database migrations failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The role a connection URL logs in as. */
function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Migrations as the schema's owner (`migrationUrl`), then the app's role gets rows and
 * nothing else (see grantAppRole). With one URL for both the app runs as the owner: it
 * works, and the returned warning says what that gives up.
 */
export async function migrateWithRoles(appUrl: string, migrationUrl: string | undefined): Promise<{ warning: string | null }> {
  await applyMigrations(migrationUrl ?? appUrl);
  if (migrationUrl && roleOf(migrationUrl) !== roleOf(appUrl)) await grantAppRole(migrationUrl, roleOf(appUrl));
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ superuser: boolean; owned: number }>(
      `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned`,
    );
    const standing = rows[0];
    if (standing?.superuser || (standing?.owned ?? 0) > 0) {
      return {
        warning: `the app connects as ${roleOf(appUrl)}, which ${standing?.superuser ? "is a superuser" : "owns the tables"}: set MIGRATION_DATABASE_URL to the owner role and DATABASE_URL to a role with row access only (README, "Running it on your own PostgreSQL")`,
      };
    }
    return { warning: null };
  } finally {
    await client.end();
  }
}

/**
 * Loads the reference data (countries, adequacy decisions, supervisory
 * authorities) at every start, and on the embedded database's first start a
 * demo company with its owner. Returns the demo sign-in when it was created.
 */
export async function seedOnStart(
  databaseUrl: string,
  options: { demo: boolean },
): Promise<{ email: string; password: string; companyName: string } | null> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seedReferenceData(prisma);
    if (!options.demo || (await prisma.user.count()) > 0) return null;
    const password = process.env.DEMO_PASSWORD ?? "protokoll-demo";
    const owner = await prisma.user.create({
      data: { email: DEMO_EMAIL, name: "Demo DPO", passwordHash: await hash(password), locale: "EN" },
      select: { id: true },
    });
    const company = await seedDemoCompany(prisma, owner.id);
    return { email: DEMO_EMAIL, password, companyName: company.legalName };
  } finally {
    await prisma.$disconnect();
  }
}
