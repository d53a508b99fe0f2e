import { describe, expect, it } from "vitest";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { activeActivities, indexSnapshot } from "@/lib/register/snapshot";
import { parseStoredSnapshot } from "@/lib/register/snapshot-upgrade";
import { db } from "../db";
import { seedDemoCompany } from "../seed/demo-company";
import { createUser } from "@/test/server/factories";
import { readRegisterSnapshot } from "./snapshot";

describe("readRegisterSnapshot", () => {
  it("reads the whole demo register with every reference resolvable, fingerprints it the same twice, and reads back as stored", async () => {
    const owner = await createUser();
    const company = await seedDemoCompany(db(), owner.id, { slug: `eksempel-${owner.id}` });
    const at = new Date("2026-01-01T00:00:00Z");
    const first = await readRegisterSnapshot(db(), company.id, at);
    const second = await readRegisterSnapshot(db(), company.id, at);
    expect(registerFingerprint(first)).toBe(registerFingerprint(second));

    expect(first.company.legalName).toBe(company.legalName);
    expect(first.company.supervisoryAuthority?.nameLocal).toBe("Datatilsynet");
    expect(activeActivities(first).length).toBeGreaterThan(3);
    const index = indexSnapshot(first);
    for (const activity of first.activities) {
      for (const id of activity.dataCategoryIds) expect(index.dataCategories.has(id)).toBe(true);
      for (const link of activity.recipients) expect(index.recipients.has(link.recipientId)).toBe(true);
      for (const transfer of activity.transfers) {
        expect(index.countries.get(transfer.countryCode)?.isEea).toBe(false);
        if (transfer.adequacyDecisionId) expect(index.adequacyDecisions.has(transfer.adequacyDecisionId)).toBe(true);
      }
    }
    expect(first.activities.some((a) => a.role === "PROCESSOR")).toBe(true);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    // What a notice version stores reads back, through the current format's schema, unchanged.
    expect(parseStoredSnapshot(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });
});
