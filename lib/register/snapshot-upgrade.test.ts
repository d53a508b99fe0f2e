import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unfilledFields } from "@/test/register/schema-coverage";
import { SNAPSHOT_FORMAT } from "./snapshot";
import { registerSnapshotSchema } from "./snapshot-schema";
import { parseStoredSnapshot, SNAPSHOT_UPGRADES, StoredSnapshotError, upgradeStoredSnapshot } from "./snapshot-upgrade";

const FIXTURES = path.resolve(import.meta.dirname, "../../test/fixtures/snapshots");

function storedFixtures(): { format: number; json: unknown }[] {
  return fs
    .readdirSync(FIXTURES)
    .map((name) => /^format-(\d+)\.json$/.exec(name))
    .filter((match) => match !== null)
    .map((match) => ({ format: Number(match[1]), json: JSON.parse(fs.readFileSync(path.join(FIXTURES, match[0]), "utf8")) as unknown }))
    .sort((a, b) => a.format - b.format);
}

const current = (): { [key: string]: unknown } => {
  const fixture = storedFixtures().find((f) => f.format === SNAPSHOT_FORMAT);
  if (!fixture || typeof fixture.json !== "object" || fixture.json === null) throw new Error(`no fixture of format ${SNAPSHOT_FORMAT}`);
  return structuredClone(fixture.json) as { [key: string]: unknown };
};

describe("stored snapshots", () => {
  it("have a stored fixture for every format from 1 to the current one", () => {
    expect(storedFixtures().map((f) => f.format)).toEqual(Array.from({ length: SNAPSHOT_FORMAT }, (_, i) => i + 1));
  });

  it("have an upgrade step from every older format", () => {
    for (let format = 1; format < SNAPSHOT_FORMAT; format++) expect(SNAPSHOT_UPGRADES[format], `upgrade from format ${format}`).toBeTypeOf("function");
  });

  it("read every stored fixture, old ones through the upgrades, as the current format", () => {
    for (const fixture of storedFixtures()) {
      const snapshot = parseStoredSnapshot(fixture.json);
      expect(snapshot.format, `fixture of format ${fixture.format}`).toBe(SNAPSHOT_FORMAT);
      expect(registerSnapshotSchema.safeParse(snapshot).success).toBe(true);
    }
  });

  it("read the current format unchanged", () => {
    expect(parseStoredSnapshot(current())).toEqual(current());
  });

  it("read a format-5 snapshot's one marketing route as its first audience (ADR 025)", () => {
    type Marketing = { channels: string[]; route: string | null; optOutOffered: boolean | null; similarProducts: boolean | null };
    const five = storedFixtures().find((f) => f.format === 5)?.json as { activities: { marketing: Marketing }[] };
    const read = parseStoredSnapshot(structuredClone(five));
    expect(five.activities.some((a) => a.marketing.channels.length > 0), "the fixture has marketing").toBe(true);
    five.activities.forEach((activity, i) => {
      const m = activity.marketing;
      const recorded = m.channels.length > 0 || m.route !== null || m.optOutOffered !== null || m.similarProducts !== null;
      expect(read.activities[i]?.marketingAudiences).toEqual(recorded ? [{ who: m.route === "EXISTING_CUSTOMER" ? "EXISTING_CUSTOMERS" : null, ...m }] : []);
    });
  });

  it("use every field of the current format in its fixture, so a changed field shows in these tests", () => {
    expect(unfilledFields(registerSnapshotSchema, current())).toEqual([]);
  });

  it("refuse a snapshot whose shape changed without a new format number", () => {
    const renamed = current();
    const company = renamed.company as { [key: string]: unknown };
    company.name = company.legalName;
    delete company.legalName;
    expect(() => parseStoredSnapshot(renamed)).toThrow(/company\.legalName/);
    const extra = current();
    extra.newField = true;
    expect(() => parseStoredSnapshot(extra)).toThrow(StoredSnapshotError);
  });

  it("refuse a snapshot from a newer version of Protokoll, or without a format number", () => {
    expect(() => parseStoredSnapshot({ ...current(), format: SNAPSHOT_FORMAT + 1 })).toThrow(/newer/);
    expect(() => parseStoredSnapshot({ ...current(), format: undefined })).toThrow(/format number/);
    expect(() => parseStoredSnapshot({ ...current(), format: "1" })).toThrow(/format number/);
    expect(() => parseStoredSnapshot([])).toThrow(StoredSnapshotError);
    expect(() => parseStoredSnapshot(null)).toThrow(StoredSnapshotError);
  });
});

describe("the upgrade chain", () => {
  // Format numbers beyond today's, to run the chain before the first real upgrade exists.
  const upgrades = {
    1: (json: { [key: string]: unknown }) => ({ ...json, format: 2, purposeTexts: "per language" }),
    2: (json: { [key: string]: unknown }) => ({ ...json, format: 3, steps: [...((json.steps as string[] | undefined) ?? []), "2→3"] }),
  };

  it("applies every step from the stored format to the target, in order", () => {
    expect(upgradeStoredSnapshot({ format: 1 }, 3, upgrades)).toEqual({ format: 3, purposeTexts: "per language", steps: ["2→3"] });
    expect(upgradeStoredSnapshot({ format: 2, steps: ["seen"] }, 3, upgrades)).toEqual({ format: 3, steps: ["seen", "2→3"] });
    expect(upgradeStoredSnapshot({ format: 3 }, 3, upgrades)).toEqual({ format: 3 });
  });

  it("stops at a missing step or a step that does not reach the next format", () => {
    expect(() => upgradeStoredSnapshot({ format: 1 }, 4, upgrades)).toThrow(/from snapshot format 3 to 4/);
    expect(() => upgradeStoredSnapshot({ format: 1 }, 2, { 1: (json) => ({ ...json }) })).toThrow(/did not produce format 2/);
  });
});
