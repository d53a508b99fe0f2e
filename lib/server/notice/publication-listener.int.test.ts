import { afterAll, describe, expect, it } from "vitest";
import { createUser, unique } from "@/test/server/factories";
import { companyAccessFor } from "../access";
import { db } from "../db";
import { seedDemoCompany } from "../seed/demo-company";
import { listenForPublications } from "./publication-listener";
import { publishNotice } from "./versions";

const listener = listenForPublications(process.env.DATABASE_URL ?? "");
afterAll(() => listener.close());

/** Waits until the listener's generation moves past `from` (a notification or a reconnection). */
async function movesPast(from: number): Promise<number> {
  const until = Date.now() + 5_000;
  while (listener.generation() === from && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  return listener.generation();
}

describe("every app server hears what changes a public URL, whoever changed it", () => {
  it("a publication, a slug change, a name change and a deleted company each notify at commit; other writes do not", async () => {
    // Connected and listening.
    await movesPast(0);
    const owner = await createUser();
    const company = await seedDemoCompany(db(), owner.id, { slug: unique("listen") });
    const access = await companyAccessFor(owner, company.id, "notice.publish");

    let seen = listener.generation();
    await publishNotice(access, { changeSummary: "First" });
    expect(await movesPast(seen)).toBeGreaterThan(seen);

    seen = listener.generation();
    await db().company.update({ where: { id: company.id }, data: { slug: unique("moved") } });
    expect(await movesPast(seen)).toBeGreaterThan(seen);

    seen = listener.generation();
    await db().company.update({ where: { id: company.id }, data: { legalName: "Renamed AS" } });
    expect(await movesPast(seen)).toBeGreaterThan(seen);

    // A register edit changes no public URL until it is published.
    seen = listener.generation();
    await db().company.update({ where: { id: company.id }, data: { countryCode: "SE" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.generation()).toBe(seen);

    seen = listener.generation();
    await db().company.delete({ where: { id: company.id } });
    expect(await movesPast(seen)).toBeGreaterThan(seen);
  });
});
