import { createTestDatabase } from "@/test/server/test-database";
import { seedOnStart } from "@/lib/server/runtime/prepare-database";
import { startAppServer } from "@/lib/server/runtime/app-server";
const d = await createTestDatabase("dbg");
await seedOnStart(d.url, { demo: false });
Object.assign(process.env, { NODE_ENV: "production", DATABASE_URL: d.url, AUTH_SECRET: "dbg-secret-dbg-secret-dbg-secret-dbg-secret" });
const app = await startAppServer({ root: process.cwd(), port: 3201, host: "127.0.0.1" });
console.log("READY", app.port);
process.on("SIGTERM", () => void app.close().then(() => d.drop()).then(() => process.exit(0)));
