/**
 * The notice's prose: words and readability per fixture (issue 11).
 *
 *   npx tsx --conditions=react-server scripts/bench/notice-prose.ts
 *
 * For each register (the two reference registers, the demo company, and the lawful form of
 * every register of the regression corpus, test/corpus) and each language: the
 * words a reader reads (lib/notice/measure.ts), beside the hand-written original where
 * there is one, the LIX readability score (below 40 easy, above 50 heavy) and the
 * sentences said more than twice. The demo is seeded into a scratch database, dropped at
 * the end. Prints figures only; the targets are held by lib/notice/prose-targets.test.ts.
 */
import crypto from "node:crypto";
import { compileNotice } from "@/lib/notice/compile";
import { lix, noticeReadingText, noticeWordCount, repeatedSentences } from "@/lib/notice/measure";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { CORPUS } from "@/test/corpus";
import { itsWorkingRegister, workingGroupTwoRegister } from "@/test/register/reference-registers";

const ORIGINALS: Record<string, { language: "en" | "nb"; words: number }> = {
  "Working Group Two": { language: "en", words: 3542 },
  "Its Working": { language: "nb", words: 737 },
};

function line(name: string, snapshot: RegisterSnapshot) {
  for (const language of ["en", "nb"] as const) {
    const document = compileNotice(snapshot, language, { version: 1, publishedOn: "2026-12-07" });
    const words = noticeWordCount(document);
    const original = ORIGINALS[name]?.language === language ? ORIGINALS[name] : undefined;
    const versus = original ? `  (hand-written ${original.words}: ${words <= original.words ? "shorter" : `${Math.round((100 * (words - original.words)) / original.words)} % longer`})` : "";
    const repeated = repeatedSentences(document).length;
    console.log(`${name.padEnd(32)} ${language}  ${String(words).padStart(5)} words   LIX ${lix(noticeReadingText(document)).toFixed(0).padStart(3)}   ${repeated} sentence(s) said 3+ times${versus}`);
  }
}

async function demoSnapshot(): Promise<RegisterSnapshot> {
  const { createTestDatabase } = await import("@/test/server/test-database");
  const { seedOnStart } = await import("@/lib/server/runtime/prepare-database");
  const database = await createTestDatabase("bench_prose");
  try {
    await seedOnStart(database.url, { demo: false });
    process.env.DATABASE_URL = database.url;
    process.env.AUTH_SECRET ??= "bench-prose-secret-bench-prose-secret-xx";
    const { db } = await import("@/lib/server/db");
    const { seedDemoCompany } = await import("@/lib/server/seed/demo-company");
    const { readRegisterSnapshot } = await import("@/lib/server/register/snapshot");
    const user = await db().user.create({ data: { email: `bench-${crypto.randomUUID()}@example.test`, name: "Bench", passwordHash: "not-a-hash" }, select: { id: true } });
    const company = await seedDemoCompany(db(), user.id, { slug: "bench-prose" });
    const snapshot = await readRegisterSnapshot(db(), company.id);
    await db().$disconnect();
    return snapshot;
  } finally {
    await database.drop();
  }
}

async function main() {
  console.log("notice prose: words a reader reads, LIX readability, sentences said more than twice");
  line("Working Group Two", workingGroupTwoRegister());
  line("Its Working", itsWorkingRegister());
  line("Demo (Eksempel Programvare AS)", await demoSnapshot());
  for (const entry of CORPUS) line(`corpus/${entry.kind}`, entry.fixed());
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
