import { describe, expect, it } from "vitest";
import { diffFields } from "./diff-fields";

describe("diffFields", () => {
  it("lists only the fields that changed, ignoring version and timestamps", () => {
    expect(
      diffFields(
        { name: "CRM", country: "NO", version: 1, updatedAt: "2025-01-01" },
        { name: "CRM", country: "SE", version: 2, updatedAt: "2025-02-01" },
      ),
    ).toEqual([{ path: "country", before: "NO", after: "SE" }]);
  });

  it("walks nested objects with dotted paths and treats undefined as null", () => {
    expect(diffFields({ dpo: { email: "a@x.no", phone: null } }, { dpo: { email: "b@x.no" } })).toEqual([
      { path: "dpo.email", before: "a@x.no", after: "b@x.no" },
    ]);
  });

  it("matches list items by id and reports added and removed items", () => {
    const before = { subProcessors: [{ id: "a", name: "Backup", country: "DE" }, { id: "b", name: "Old" }] };
    const after = { subProcessors: [{ id: "a", name: "Backup", country: "SE" }, { id: "c", name: "New" }] };
    expect(diffFields(before, after)).toEqual([
      { path: "subProcessors[a].country", before: "DE", after: "SE" },
      { path: "subProcessors[b]", before: { id: "b", name: "Old" }, after: null },
      { path: "subProcessors[c]", before: null, after: { id: "c", name: "New" } },
    ]);
  });

  it("compares lists without ids whole", () => {
    expect(diffFields({ channels: ["EMAIL"] }, { channels: ["EMAIL", "SMS"] })).toEqual([
      { path: "channels", before: ["EMAIL"], after: ["EMAIL", "SMS"] },
    ]);
    expect(diffFields({ channels: ["EMAIL"] }, { channels: ["EMAIL"] })).toEqual([]);
  });

  it("shows a created record field by field, leaving out empty fields", () => {
    expect(diffFields(null, { labelEn: "Identity", descriptionEn: null, version: 1 })).toEqual([
      { path: "labelEn", before: null, after: "Identity" },
    ]);
  });

  it("shows a deleted record field by field", () => {
    expect(diffFields({ labelEn: "Identity", labelNb: "Identitet" }, null)).toEqual([
      { path: "labelEn", before: "Identity", after: null },
      { path: "labelNb", before: "Identitet", after: null },
    ]);
  });

  it("reports a scalar that became an object, and dates as ISO strings", () => {
    expect(diffFields({ at: new Date("2025-01-01T00:00:00Z") }, { at: "2025-01-01T00:00:00.000Z" })).toEqual([]);
    expect(diffFields({ x: 1 }, { x: { y: 1 } })).toEqual([{ path: "x", before: 1, after: { y: 1 } }]);
  });
  it("shows a text in its languages value by value when it is first written or removed", () => {
    expect(diffFields({ description: null }, { description: { en: "Payroll", nb: "Lønn" } })).toEqual([
      { path: "description.en", before: null, after: "Payroll" },
      { path: "description.nb", before: null, after: "Lønn" },
    ]);
    expect(diffFields({ description: { nb: "Lønn" } }, {})).toEqual([{ path: "description.nb", before: "Lønn", after: null }]);
  });
});
