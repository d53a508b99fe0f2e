import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { registerDocumentFromSnapshot, serializeRegisterDocument } from "@/lib/export/json/from-snapshot";
import { pdfPages, pdfText, recordedValues, requirePoppler, squeeze } from "@/test/export/poppler";
import { notRecordedByActivity } from "@/test/export/not-recorded";
import { PART_TITLES } from "@/lib/export/pdf/register-pdf";
import { registerTables } from "@/lib/export/spreadsheet/tables";
import { readRegisterXlsx } from "@/lib/export/spreadsheet/xlsx";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { REFERENCE_REGISTERS } from "@/test/register/reference-registers";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { companyProfileSchema } from "@/lib/register/company-profile";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { issueMessage } from "@/lib/validation/messages";
import { companyAccessFor, type CompanyAccess } from "../access";
import { getActivity, updateActivity } from "../activities";
import { getCompanyProfile, updateCompanyProfile } from "../companies";
import { db } from "../db";
import { readRegisterSnapshot } from "../register/snapshot";
import { seedDemoCompany } from "../seed/demo-company";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { exportRegister } from "./export-register";
import { importRegisterFile } from "./import-file";
import { MAX_IMPORT_BYTES, readUpload } from "./upload";

async function ownerOfEmptyCompany(): Promise<CompanyAccess> {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  return companyAccessFor(owner, company.id, "register.write");
}

async function ownerOfDemoCompany(): Promise<CompanyAccess> {
  const owner = await createUser();
  const demo = await seedDemoCompany(db(), owner.id, { slug: unique("demo") });
  return companyAccessFor(owner, demo.id, "register.write");
}

const jsonOf = async (access: CompanyAccess) => serializeRegisterDocument(registerDocumentFromSnapshot(await readRegisterSnapshot(db(), access.company.id)));

/** Everything an import could touch, to prove a refused import changed nothing. */
async function footprint(companyId: string) {
  const where = { companyId };
  const [company, activities, purposes, subjects, categories, recipients, systems, measures, cookies, transfers, retention, audit] = await Promise.all([
    db().company.findUniqueOrThrow({ where: { id: companyId } }),
    db().processingActivity.count({ where }),
    db().purpose.count({ where }),
    db().dataSubjectCategory.count({ where }),
    db().dataCategory.count({ where }),
    db().recipient.count({ where }),
    db().system.count({ where }),
    db().securityMeasure.count({ where }),
    db().cookie.count({ where }),
    db().transfer.count({ where }),
    db().retentionRule.count({ where }),
    db().auditEvent.count({ where }),
  ]);
  return { company, activities, purposes, subjects, categories, recipients, systems, measures, cookies, transfers, retention, audit };
}

async function importJson(access: CompanyAccess, snapshot: RegisterSnapshot) {
  const text = serializeRegisterDocument(registerDocumentFromSnapshot(snapshot));
  return importRegisterFile(access, "json", Buffer.from(text), { dryRun: false });
}

async function responseBytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe("JSON export and import through the database", () => {
  it("export → import into another empty company → export gives identical JSON (demo register)", async () => {
    const source = await ownerOfDemoCompany();
    const first = await jsonOf(source);
    const target = await ownerOfEmptyCompany();
    const result = await importRegisterFile(target, "json", Buffer.from(first), { dryRun: false });
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(await jsonOf(target)).toBe(first);
  });

  it("is lossless for a register using every field, and for both reference registers", async () => {
    for (const snapshot of [fullRegisterSnapshot(), REFERENCE_REGISTERS.workingGroupTwo(), REFERENCE_REGISTERS.itsWorking()]) {
      const target = await ownerOfEmptyCompany();
      const result = await importJson(target, snapshot);
      expect(result.issues).toEqual([]);
      expect(await jsonOf(target)).toBe(serializeRegisterDocument(registerDocumentFromSnapshot(snapshot)));
    }
  });

  it("imports only what the editor can open and save again unchanged", async () => {
    for (const snapshot of [fullRegisterSnapshot(), REFERENCE_REGISTERS.workingGroupTwo(), REFERENCE_REGISTERS.itsWorking()]) {
      const target = await ownerOfEmptyCompany();
      expect((await importJson(target, snapshot)).issues).toEqual([]);
      const exported = await jsonOf(target);
      const profile = await getCompanyProfile(target);
      await updateCompanyProfile(target, companyProfileSchema.parse(profile));
      const activities = await db().processingActivity.findMany({ where: { companyId: target.company.id }, select: { id: true } });
      expect(activities.length).toBeGreaterThan(0);
      for (const { id } of activities) {
        const saved = await getActivity(target, id);
        await updateActivity(target, id, activityInputSchema.parse(saved));
      }
      expect(await jsonOf(target)).toBe(exported);
    }
  });

  it("records one IMPORT event with the file's SHA-256 in the same transaction", async () => {
    const target = await ownerOfEmptyCompany();
    await importJson(target, fullRegisterSnapshot());
    const events = await db().auditEvent.findMany({ where: { companyId: target.company.id, action: "IMPORT" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Register", actorId: target.user.id, after: expect.objectContaining({ format: "json", activities: 4 }) });
  });

  it("a dry run reports what would be imported and writes nothing", async () => {
    const target = await ownerOfEmptyCompany();
    const before = await footprint(target.company.id);
    const text = serializeRegisterDocument(registerDocumentFromSnapshot(fullRegisterSnapshot()));
    const result = await importRegisterFile(target, "json", Buffer.from(text), { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, ok: true, summary: { activities: 4 } });
    expect(await footprint(target.company.id)).toEqual(before);
  });

  it("refuses to import a register file into a company that already has one (409), changing nothing", async () => {
    const target = await ownerOfDemoCompany();
    const before = await footprint(target.company.id);
    await expect(importJson(target, fullRegisterSnapshot())).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await footprint(target.company.id)).toEqual(before);
  });
});

describe("spreadsheet round trip through the database", () => {
  for (const format of ["xlsx", "csv"] as const) {
    it(`${format}: export → import into an empty company → export gives the same sheets`, async () => {
      const source = await ownerOfDemoCompany();
      const exported = await responseBytes(await exportRegister(source, format, "nb"));
      const target = await ownerOfEmptyCompany();
      const result = await importRegisterFile(target, format, exported, { dryRun: false });
      expect(result.issues).toEqual([]);
      const tablesOf = async (access: CompanyAccess) => registerTables(registerDocumentFromSnapshot(await readRegisterSnapshot(db(), access.company.id)), "nb");
      expect(await tablesOf(target)).toEqual(await tablesOf(source));
      if (format === "xlsx") {
        const again = await readRegisterXlsx(await responseBytes(await exportRegister(target, "xlsx", "nb")));
        const original = await readRegisterXlsx(exported);
        expect(again.tables).toEqual(original.tables);
      }
    });
  }

  it("adds a spreadsheet's activities to an existing register, reusing catalog entries by label", async () => {
    const access = await ownerOfDemoCompany();
    const before = await footprint(access.company.id);
    const csv = [
      "Record,Business function / processing activity,Purpose of processing (Art. 30(1)(b)),Article 6 lawful basis for processing,Categories of individuals (Art. 30(1)(c))",
      'Controller record,Kantineordning,Bestille lunsj,"Avtale (art. 6 nr. 1 bokstav b)",Jobbsøkere',
    ].join("\r\n");
    const result = await importRegisterFile(access, "csv", Buffer.from(csv), { dryRun: false });
    expect(result).toMatchObject({ ok: true, summary: { activities: 1, matched: 1 } });
    const after = await footprint(access.company.id);
    expect(after.activities).toBe(before.activities + 1);
    expect(after.subjects).toBe(before.subjects);
  });
});

/** The message the editor's form gives for `value`'s first problem, as a message key. */
function editorMessage(schema: z.ZodType, value: unknown) {
  const issue = schema.safeParse(value).error?.issues[0];
  if (!issue) throw new Error("the editor accepts this value");
  return issueMessage(issue);
}

describe("an import of what the editor refuses is refused with the editor's message, and changes nothing", () => {
  async function refused(access: CompanyAccess, format: "json" | "csv", body: string) {
    const before = await footprint(access.company.id);
    for (const dryRun of [true, false]) {
      const result = await importRegisterFile(access, format, Buffer.from(body), { dryRun });
      expect(result.ok).toBe(false);
      expect(await footprint(access.company.id)).toEqual(before);
      if (!dryRun) return result.issues;
    }
    return [];
  }

  it("JSON: an empty legal name, as the company profile form refuses it", async () => {
    const access = await ownerOfEmptyCompany();
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const issues = await refused(access, "json", JSON.stringify({ ...doc, controller: { ...doc.controller, legalName: "" } }));
    const formMessage = editorMessage(companyProfileSchema, { ...(await getCompanyProfile(access)), legalName: "" });
    expect(formMessage).toEqual({ key: "validation.required" });
    expect(issues).toEqual([{ path: "controller.legalName", line: null, column: null, code: "editorRule", message: formMessage }]);
  });

  it("JSON: an activity and a catalog entry the forms refuse, each at its place in the file", async () => {
    const access = await ownerOfEmptyCompany();
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const index = doc.activities.findIndex((a) => a.purposes.length > 1);
    const activity = doc.activities[index];
    if (!activity) throw new Error("the full register has an activity with several purposes");
    // The file lists purposes by sortOrder; the second in the editor's order is the file's last.
    const purposes = activity.purposes.map((p, i) => (i === activity.purposes.length - 1 ? { ...p, sortOrder: 1, lawfulBasis: "LEGITIMATE_INTERESTS" as const, legitimateInterest: null } : { ...p, sortOrder: i === 1 ? activity.purposes.length - 1 : p.sortOrder }));
    const activities = doc.activities.map((a, i) => (i === index ? { ...a, purposes } : a));
    const cookies = doc.catalogs.cookies.map((c, i) => (i === 0 ? { ...c, durationText: "" } : c));
    const issues = await refused(access, "json", JSON.stringify({ ...doc, activities, catalogs: { ...doc.catalogs, cookies } }));
    expect(issues).toEqual([
      { path: "catalogs.cookies[0].durationText", line: null, column: null, code: "editorRule", message: { key: "validation.required" } },
      { path: `activities[${index}].purposes[${activity.purposes.length - 1}].legitimateInterest`, line: null, column: null, code: "editorRule", message: { key: "activityValidation.interestRequired" } },
    ]);
  });

  it("CSV: a legal-obligation purpose without its law, at its sheet, line and column", async () => {
    const access = await ownerOfDemoCompany();
    const csv = [
      "Record,Business function / processing activity,Purpose of processing (Art. 30(1)(b)),Article 6 lawful basis for processing,Legal reference (Art. 6(3))",
      'Controller record,Kantineordning,Bestille lunsj,"Avtale (art. 6 nr. 1 bokstav b)",',
      'Controller record,Regnskap,Bokføre inntekter,"Rettslig forpliktelse (art. 6 nr. 1 bokstav c)",',
    ].join("\r\n");
    const issues = await refused(access, "csv", csv);
    expect(issues).toEqual([{ path: "CSV", line: 3, column: "Legal reference (Art. 6(3))", code: "editorRule", message: { key: "activityValidation.lawRequired" } }]);
  });
});

describe("a malformed import reports its problems and changes nothing", () => {
  const cases: { name: string; format: "json" | "xlsx" | "csv"; body: () => Promise<Buffer> | Buffer; code: string }[] = [
    { name: "wrong columns", format: "csv", body: () => Buffer.from("Record,Colour,Size\r\nController record,blue,XL\r\n"), code: "unknownColumn" },
    {
      name: "a bad country code",
      format: "csv",
      body: () => Buffer.from('Record,Business function / processing activity,Location of personal data\r\nController record,Payroll,"HR system | QQ"\r\n'),
      code: "unknownCountry",
    },
    {
      name: "a formula in a cell",
      format: "csv",
      body: () => Buffer.from("Record,Business function / processing activity,Description\r\nController record,Payroll,=HYPERLINK(\"http://x\")\r\n"),
      code: "formula",
    },
    {
      name: "a JSON file from another format version",
      format: "json",
      body: () => Buffer.from(JSON.stringify({ ...registerDocumentFromSnapshot(fullRegisterSnapshot()), formatVersion: 99 })),
      code: "wrongFormatVersion",
    },
    { name: "garbage as xlsx", format: "xlsx", body: () => Buffer.from("PK\u0003\u0004 this is not really a zip"), code: "notSpreadsheet" },
    { name: "garbage as json", format: "json", body: () => Buffer.from("\u0000\u0001binary"), code: "notJson" },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.code}, DB unchanged, dry run or not`, async () => {
      const access = await ownerOfEmptyCompany();
      const before = await footprint(access.company.id);
      for (const dryRun of [true, false]) {
        const result = await importRegisterFile(access, c.format, await c.body(), { dryRun });
        expect(result.ok).toBe(false);
        expect(result.issues.map((i) => i.code)).toContain(c.code);
      }
      expect(await footprint(access.company.id)).toEqual(before);
    });
  }

  it("a 10 MB upload is refused with 413 before it is parsed", async () => {
    const garbage = Buffer.alloc(10 * 1024 * 1024, 0x41);
    const declared = new Request("http://localhost/upload", { method: "POST", body: garbage });
    await expect(readUpload(declared, "too large")).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", fieldErrors: { file: ["too large"] } });
    // Without a Content-Length (chunked upload) the limit still holds while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const chunked = new Request("http://localhost/upload", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    const error = await readUpload(chunked, "too large").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });
});

describe("the Art. 30 PDF of the demo company (issue 16: nothing false, nothing filler)", () => {
  it("prints \"not recorded\" only where the law requires an empty field, and opens with the overview, in both languages", { timeout: 120_000 }, async () => {
    requirePoppler();
    const access = await ownerOfDemoCompany();
    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    for (const lang of ["en", "nb"] as const) {
      const pdf = await responseBytes(await exportRegister(access, "pdf", lang));
      const pages = pdfText(pdf).split("\f");
      const text = squeeze(pages.join(""));
      const parts: [string, string] = [PART_TITLES.controller[lang], PART_TITLES.processor[lang]];
      for (const [name, printed, required] of notRecordedByActivity(snapshot, text, lang, parts)) expect(printed, name).toBe(required);
      const overview = squeeze(pages[1] ?? "");
      expect(overview).toContain(squeeze(lang === "nb" ? "Behandlingsaktiviteter etter rolle" : "Activities by role"));
      expect(overview).toContain(squeeze(lang === "nb" ? "Overføringer til land utenfor EØS, etter land og overføringsgrunnlag" : "Transfers to countries outside the EEA, by country and transfer tool"));
      expect(overview).toContain(squeeze(lang === "nb" ? "Åpne feil og advarsler" : "Open errors and warnings"));
    }
  });
});

describe("the Art. 30 PDF of the reference companies", () => {
  for (const [name, build] of Object.entries(REFERENCE_REGISTERS)) {
    it(`${name}: every recorded field value is in the PDF in both languages, every page a non-blank A4 page, the export audited`, { timeout: 120_000 }, async () => {
      requirePoppler();
      const access = await ownerOfEmptyCompany();
      const imported = await importJson(access, build());
      expect(imported.issues).toEqual([]);
      const snapshot = await readRegisterSnapshot(db(), access.company.id);
      for (const lang of ["en", "nb"] as const) {
        const response = await exportRegister(access, "pdf", lang);
        expect(response.headers.get("content-type")).toBe("application/pdf");
        const pdf = await responseBytes(response);
        const text = squeeze(pdfText(pdf));
        expect(recordedValues(snapshot, lang).filter((value) => !text.includes(squeeze(value)))).toEqual([]);
        for (const page of pdfPages(pdf)) {
          expect(Math.abs(page.width - 165)).toBeLessThanOrEqual(1);
          expect(Math.abs(page.height - 234)).toBeLessThanOrEqual(1);
          expect(page.inkPixels).toBeGreaterThan(50);
        }
      }
      const exports = await db().auditEvent.findMany({ where: { companyId: access.company.id, action: "EXPORT" }, orderBy: { id: "asc" } });
      expect(exports.map((e) => e.after)).toEqual([
        { format: "pdf", language: "en", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { format: "pdf", language: "nb", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
    });
  }
});
