import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";
import { seedOnStart } from "@/lib/server/runtime/prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's role: rows only. */
    databaseUrl: string;
    /** The schema's owner, for tests that check what the app role may not do. */
    ownerDatabaseUrl: string;
  }
}

/** One fresh, migrated database for the whole integration run, dropped afterwards. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  await seedOnStart(database.url, { demo: false });
  project.provide("databaseUrl", database.url);
  project.provide("ownerDatabaseUrl", database.ownerUrl);
  return async () => {
    await database.drop();
  };
}
