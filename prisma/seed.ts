// `prisma db seed` (also run by `prisma migrate reset`): reference data always, and on a
// database without users the demo company with its owner — the same as `npm start` does on
// its embedded database. Run with the react-server condition, because lib/server modules
// import "server-only": tsx --conditions=react-server prisma/seed.ts
import { seedOnStart } from "../lib/server/runtime/prepare-database";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const demo = await seedOnStart(url, { demo: true });
  console.log(
    demo
      ? `Demo company ${demo.companyName} seeded. Sign in as ${demo.email} with password ${demo.password}.`
      : "Reference data loaded; users exist already, so no demo company was added.",
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
