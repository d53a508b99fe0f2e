import "server-only";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoCompany } from "@/lib/server/seed/demo-company";
import { seedReferenceData } from "@/lib/server/seed/reference-data";
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
    await run(prismaCli, ["migrate", "deploy"], { env: { ...OFFLINE_ENV, DATABASE_URL: databaseUrl }, quiet: true });
  } catch (error) {
    throw new Error(`applying the database migrations failed: ${error instanceof Error ? error.message : String(error)}`);
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
