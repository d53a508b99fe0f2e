import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/activities.json";
import audit from "@/lib/i18n/messages/en/audit.json";
import auditReadable from "@/lib/i18n/messages/en/audit-readable.json";
import members from "@/lib/i18n/messages/en/members.json";
import { diffFields } from "./diff-fields";
import { readableChanges, type Words } from "./readable-changes";
import { enumLabel } from "./vocabulary";

const messages: Record<string, unknown> = { ...en, ...audit, ...auditReadable, ...members, roles: { OWNER: "Owner", VIEWER: "Viewer" } };

const words: Words = {
  message: (key) => {
    let node: unknown = messages;
    for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === "string" ? node : null;
  },
  enumLabel: (name, value) => enumLabel(name, value as never, "en"),
  yesNo: (value) => (value ? "Yes" : "No"),
  date: (iso) => `date(${iso})`,
  country: (code) => (code === "US" ? "United States" : code),
  catalogName: (id) => ({ c1: "Customers", c2: "Employees", r1: "Mailer AS" })[id] ?? null,
  empty: "—",
};

describe("readableChanges", () => {
  it("labels an activity's fields as the editor does and shows enum labels, catalog names, dates and yes/no", () => {
    const before = {
      id: "a1",
      name: "Enquiries",
      role: "CONTROLLER",
      description: { en: "Old", nb: "" },
      dataSubjectCategoryIds: ["c1"],
      purposes: [{ id: "p1", description: { en: "Answer", nb: "Svare" }, lawfulBasis: "CONSENT", liaDate: null }],
      dpia: { required: false, status: null, link: null },
      retentionRules: [],
    };
    const after = {
      ...before,
      name: "Customer enquiries",
      description: { en: "New", nb: "Ny" },
      dataSubjectCategoryIds: ["c1", "c2"],
      purposes: [{ id: "p1", description: { en: "Answer", nb: "Svare" }, lawfulBasis: "CONTRACT", liaDate: "2026-03-01" }],
      dpia: { required: true, status: null, link: null },
      retentionRules: [{ dataCategoryId: null, duration: 3, unit: "YEARS", trigger: null }],
    };
    const rows = readableChanges("ProcessingActivity", diffFields(before, after), words);
    const byField = Object.fromEntries(rows.map((r) => [r.field, [r.before, r.after]]));
    expect(byField).toEqual({
      "Categories of data subjects": ["Customers", "Customers, Employees"],
      "Description (English)": ["Old", "New"],
      "Description (Norsk bokmål)": ["—", "Ny"],
      "DPIA required (Art. 35)": ["No", "Yes"],
      Name: ["Enquiries", "Customer enquiries"],
      "Purpose › Lawful basis": [enumLabel("LawfulBasis", "CONSENT", "en"), enumLabel("LawfulBasis", "CONTRACT", "en")],
      "Purpose › Balancing test date": ["—", "date(2026-03-01)"],
      "Retention rules": ["—", `Duration: 3; Unit: ${enumLabel("RetentionUnit", "YEARS", "en")}`],
    });
    // No paths, ids or codes reach the reader.
    expect(JSON.stringify(rows)).not.toMatch(/p1|c1|CONTRACT\b|lawfulBasis|purposes/);
  });

  it("shows a created catalog entry by its labels, its country by name and a deleted linked entry without its id", () => {
    const rows = readableChanges("Recipient", diffFields(null, { id: "r9", name: "Cloud Inc", kind: "PROCESSOR", countryCode: "US", dpfCertified: true }), words);
    expect(rows).toEqual([
      { field: "Country", before: "—", after: "United States" },
      { field: "On the EU-US Data Privacy Framework List", before: "—", after: "Yes" },
      { field: "Kind", before: "—", after: enumLabel("RecipientKind", "PROCESSOR", "en") },
      { field: "Name", before: "—", after: "Cloud Inc" },
    ]);
    const gone = readableChanges("ProcessingActivity", diffFields({ systemIds: ["zz"] }, { systemIds: [] }), { ...words, catalogName: () => "(an entry since deleted)" });
    expect(gone).toEqual([{ field: "Systems", before: "(an entry since deleted)", after: "—" }]);
  });

  it("reads a register import, and the demo seed's, as a DPO would: where it came from and what it brought, no internal field", () => {
    const fromSpreadsheet = readableChanges("Register", diffFields(null, { format: "xlsx", sha256: "ab12", activities: 4, created: { recipients: 2, systems: 0 }, matched: 3 }), words);
    expect(fromSpreadsheet).toEqual(
      expect.arrayContaining([
        { field: "Imported from", before: "—", after: "A spreadsheet (XLSX)" },
        { field: "Activities", before: "—", after: "4" },
        { field: "New recipients", before: "—", after: "2" },
        { field: "Catalog entries matched to existing ones", before: "—", after: "3" },
      ]),
    );
    const demo = { field: "Imported from", before: "—", after: "The demo register Protokoll fills in for you to try it out" };
    expect(readableChanges("Register", diffFields(null, { format: "demo", activities: 9 }), words)).toEqual([demo, { field: "Activities", before: "—", after: "9" }]);
    // Demo companies seeded before the change keep their entry; it reads the same way.
    const legacy = readableChanges("Company", diffFields(null, { source: "demo seed" }), words);
    expect(legacy).toEqual([demo]);
    expect(JSON.stringify(legacy)).not.toMatch(/demo seed|source/);
  });

  it("names a member's role in words", () => {
    expect(readableChanges("Membership", diffFields({ role: "VIEWER" }, { role: "OWNER" }), words)).toEqual([{ field: "Role", before: "Viewer", after: "Owner" }]);
  });
});
