import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { runChecks } from "@/lib/register/checks";
import { companyAccessFor } from "./access";
import { createActivity, getActivity, updateActivity } from "./activities";
import { createCatalogEntry, updateCatalogEntry } from "./catalogs";
import { db } from "./db";
import { readRegisterSnapshot } from "./register/snapshot";
import { exportTranslations, getTranslationWork, importTranslations, saveTranslations } from "./translations";
import { createCompany, createUser } from "@/test/server/factories";

/** A company that publishes in English and bokmål and writes its register in English first. */
async function bilingualEditor() {
  const user = await createUser();
  const company = await createCompany([{ userId: user.id, role: "EDITOR" }]);
  await db().company.update({ where: { id: company.id }, data: { noticeLanguages: ["EN", "NB"], primaryLanguage: "EN" } });
  return companyAccessFor(user, company.id, "register.write");
}

async function englishOnlyActivity(access: Awaited<ReturnType<typeof bilingualEditor>>) {
  const recipient = await createCatalogEntry(access, "recipients", CATALOG_SCHEMAS.recipients.create.parse({ name: "Helpdesk AS", kind: "PROCESSOR", countryCode: "NO", descriptionEn: "Runs our help desk" }));
  const activity = await createActivity(
    access,
    activityInputSchema.parse({
      name: "Customer enquiries",
      status: "ACTIVE",
      role: "CONTROLLER",
      collectionSource: "DATA_SUBJECT_DIRECT",
      noticeTitleNb: "Kundehenvendelser",
      description: { en: "We answer questions." },
      recipients: [{ recipientId: recipient?.id }],
      purposes: [{ description: { en: "Answer enquiries" }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: "Replying to those who contact us" } }],
    }),
  );
  return { activity, recipientId: recipient?.id ?? "" };
}

const key = (rows: { subjectKey: string; field: string; language: string; status: string }[]) => rows.map((r) => `${r.subjectKey}|${r.field}|${r.language}|${r.status}`).sort();

describe("the translation view", () => {
  it("lists every text missing in a notice language, across activities and catalogs, and LANG-001 reports the same", async () => {
    const access = await bilingualEditor();
    const { activity, recipientId } = await englishOnlyActivity(access);
    const { rows } = await getTranslationWork(access, "nb");
    expect(key(rows)).toEqual(
      [
        `activity:${activity.id}|description|nb|missing`,
        `activity:${activity.id}|purposes.0.description|nb|missing`,
        `activity:${activity.id}|purposes.0.legitimateInterest|nb|missing`,
        `recipient:${recipientId}|description|nb|missing`,
      ].sort(),
    );
    const row = rows.find((r) => r.field === "purposes.0.description");
    expect(row).toMatchObject({ source: { language: "en", text: "Answer enquiries" }, current: "", href: `/companies/${access.company.id}/activities/${activity.id}#purposes.0.description.nb` });
    // The check and the view read the same list of texts.
    const snapshot = await readRegisterSnapshot(db(), access.company.id);
    const lang = runChecks(snapshot, { now: new Date() }).filter((f) => f.ruleId === "LANG-001").map((f) => f.field).sort();
    expect(lang).toEqual(["description.nb", "descriptionNb", "purposes.0.description.nb", "purposes.0.legitimateInterest.nb"]);
  });

  it("writes translations all or nothing through the editor's schemas, audited; a refused one names its edit and writes nothing", async () => {
    const access = await bilingualEditor();
    const { activity, recipientId } = await englishOnlyActivity(access);
    const edits = [
      { subjectKey: `activity:${activity.id}`, field: "description", language: "nb" as const, text: "Vi svarer på spørsmål." },
      { subjectKey: `recipient:${recipientId}`, field: "description", language: "nb" as const, text: "x".repeat(1001) },
    ];
    const refused = await saveTranslations(access, edits);
    expect(refused).toMatchObject({ ok: false, written: 0, issues: [{ index: 1, message: { key: "validation.tooLong", values: { max: 1000 } } }] });
    expect((await getActivity(access, activity.id)).description).toEqual({ en: "We answer questions." });

    const unknown = await saveTranslations(access, [{ subjectKey: "activity:nope", field: "description", language: "nb", text: "Hei" }]);
    expect(unknown.issues).toEqual([{ index: 0, message: { key: "translations.unknownText" } }]);

    const dry = await saveTranslations(access, [edits[0]!, { ...edits[1]!, text: "Driver kundestøtten vår" }], { dryRun: true });
    expect(dry).toMatchObject({ ok: true, issues: [] });
    expect((await getActivity(access, activity.id)).description).toEqual({ en: "We answer questions." });

    const saved = await saveTranslations(access, [edits[0]!, { ...edits[1]!, text: "Driver kundestøtten vår" }]);
    expect(saved).toMatchObject({ ok: true, written: 2 });
    const after = await getActivity(access, activity.id);
    expect(after.description).toEqual({ en: "We answer questions.", nb: "Vi svarer på spørsmål." });
    expect(after.version).toBe(activity.version + 1);
    expect(await db().recipient.findUniqueOrThrow({ where: { id: recipientId } })).toMatchObject({ descriptionNb: "Driver kundestøtten vår", version: 2 });
    const audit = await db().auditEvent.findMany({ where: { companyId: access.company.id, action: "UPDATE" } });
    expect(audit.map((e) => e.entityType).sort()).toEqual(["ProcessingActivity", "Recipient"]);
    const { rows } = await getTranslationWork(access, "nb");
    expect(key(rows)).toEqual([`activity:${activity.id}|purposes.0.description|nb|missing`, `activity:${activity.id}|purposes.0.legitimateInterest|nb|missing`].sort());
  });

  it("saves translations of one text owner sent at once (two rows saved in quick succession) without a conflict", async () => {
    const access = await bilingualEditor();
    const { activity } = await englishOnlyActivity(access);
    const profile = await db().company.findUniqueOrThrow({ where: { id: access.company.id }, select: { version: true } });
    await db().company.update({ where: { id: access.company.id }, data: { noticeIntroduction: { en: "We repair bikes." }, noticeScope: { en: "Our workshops." } } });
    const company = "company";
    const results = await Promise.all([
      saveTranslations(access, [{ subjectKey: company, field: "noticeIntroduction", language: "nb", text: "Vi reparerer sykler." }]),
      saveTranslations(access, [{ subjectKey: company, field: "noticeScope", language: "nb", text: "Verkstedene våre." }]),
      saveTranslations(access, [{ subjectKey: `activity:${activity.id}`, field: "description", language: "nb", text: "Vi svarer på spørsmål." }]),
      saveTranslations(access, [{ subjectKey: `activity:${activity.id}`, field: "purposes.0.description", language: "nb", text: "svare på henvendelser" }]),
    ]);
    expect(results.map((r) => r.issues)).toEqual([[], [], [], []]);
    expect(results.map((r) => r.written)).toEqual([1, 1, 1, 1]);
    const saved = await db().company.findUniqueOrThrow({ where: { id: access.company.id }, select: { noticeIntroduction: true, noticeScope: true, version: true } });
    expect(saved).toMatchObject({ noticeIntroduction: { nb: "Vi reparerer sykler." }, noticeScope: { nb: "Verkstedene våre." }, version: profile.version + 2 });
    const after = await getActivity(access, activity.id);
    expect(after.description.nb).toBe("Vi svarer på spørsmål.");
    expect(after.purposes[0]?.description.nb).toBe("svare på henvendelser");
  });

  it("translates a system's and each sub-processor's description, each reaching its own row", async () => {
    const access = await bilingualEditor();
    const { activity, recipientId } = await englishOnlyActivity(access);
    const host = await createCatalogEntry(
      access,
      "recipients",
      CATALOG_SCHEMAS.recipients.create.parse({
        name: "Nimbus Hosting AS",
        kind: "PROCESSOR",
        countryCode: "NO",
        descriptionEn: "Hosts our systems",
        descriptionNb: "Drifter systemene våre",
        // Named in the opposite order of their ids, so that the form's order (by name) and the snapshot's (by id) differ.
        subProcessors: [
          { name: "Zeta Support Ltd", countryCode: "IE", descriptionEn: "Second-line support" },
          { name: "Alpha Datacentre GmbH", countryCode: "DE", descriptionEn: "Data-centre premises" },
        ],
      }),
    );
    const helpdesk = await createCatalogEntry(access, "systems", CATALOG_SCHEMAS.systems.create.parse({ name: "Helpdesk", descriptionEn: "Tickets from customers", hostingCountryCode: "NO", vendorRecipientId: host?.id }));
    const current = await getActivity(access, activity.id);
    await updateActivity(
      access,
      activity.id,
      activityInputSchema.parse({ ...current, recipients: [...current.recipients, { recipientId: host?.id }], systemIds: [helpdesk?.id] }),
    );
    const { rows } = await getTranslationWork(access, "nb");
    const subRows = rows.filter((r) => r.subjectKey === `recipient:${host?.id}`);
    expect(subRows.map((r) => r.field).sort()).toEqual(["subProcessors.0.description", "subProcessors.1.description"]);
    expect(rows.filter((r) => r.subjectKey === `systems:${helpdesk?.id}`).map((r) => r.field)).toEqual(["description"]);
    const byText = (text: string) => subRows.find((r) => r.source.text === text);
    const saved = await saveTranslations(access, [
      { subjectKey: `recipient:${host?.id}`, field: byText("Second-line support")?.field ?? "", language: "nb", text: "Brukerstøtte på andrelinje" },
      { subjectKey: `recipient:${host?.id}`, field: byText("Data-centre premises")?.field ?? "", language: "nb", text: "Datasenterlokaler" },
      { subjectKey: `systems:${helpdesk?.id}`, field: "description", language: "nb", text: "Saker fra kunder" },
    ]);
    expect(saved).toMatchObject({ ok: true, written: 3 });
    const subs = await db().subProcessor.findMany({ where: { recipientId: host?.id }, orderBy: { name: "asc" } });
    expect(subs.map((sub) => [sub.name, sub.descriptionEn, sub.descriptionNb])).toEqual([
      ["Alpha Datacentre GmbH", "Data-centre premises", "Datasenterlokaler"],
      ["Zeta Support Ltd", "Second-line support", "Brukerstøtte på andrelinje"],
    ]);
    expect(await db().system.findUniqueOrThrow({ where: { id: helpdesk?.id } })).toMatchObject({ descriptionEn: "Tickets from customers", descriptionNb: "Saker fra kunder" });
    expect(recipientId).not.toBe(host?.id);
  });

  it("lists a translation whose source changed since, from the editor or a catalog form, until it is written or confirmed", async () => {
    const access = await bilingualEditor();
    const { activity, recipientId } = await englishOnlyActivity(access);
    // Texts written in both languages before any mark existed: up to date as far as anyone knows.
    const both = await getActivity(access, activity.id);
    const complete = await updateActivity(
      access,
      activity.id,
      activityInputSchema.parse({ ...both, description: { en: "We answer questions.", nb: "Vi svarer på spørsmål." }, purposes: [{ ...both.purposes[0], description: { en: "Answer enquiries", nb: "Svare på henvendelser" }, legitimateInterest: { en: "Replying to those who contact us", nb: "Å svare dem som kontakter oss" } }] }),
    );
    await db().translationMark.deleteMany({ where: { companyId: access.company.id } });
    const recipient = await db().recipient.findUniqueOrThrow({ where: { id: recipientId } });
    await db().recipient.update({ where: { id: recipientId }, data: { descriptionNb: "Driver kundestøtten vår" } });
    expect((await getTranslationWork(access)).rows).toEqual([]);

    // The English source changes in the editor: the bokmål translation is now behind it.
    await updateActivity(access, activity.id, activityInputSchema.parse({ ...complete, description: { en: "We answer questions within a day.", nb: "Vi svarer på spørsmål." } }));
    await updateCatalogEntry(access, "recipients", recipientId, recipient.version, CATALOG_SCHEMAS.recipients.create.parse({ name: "Helpdesk AS", kind: "PROCESSOR", countryCode: "NO", descriptionEn: "Runs our help desk and chat", descriptionNb: "Driver kundestøtten vår" }));
    const { rows } = await getTranslationWork(access, "nb");
    expect(key(rows)).toEqual([`activity:${activity.id}|description|nb|changed`, `recipient:${recipientId}|description|nb|changed`].sort());
    expect(rows.find((r) => r.subjectKey.startsWith("activity"))).toMatchObject({ source: { text: "We answer questions within a day." }, current: "Vi svarer på spørsmål." });

    // Writing the bokmål text in the editor settles it; confirming it unchanged in the view too.
    const current = await getActivity(access, activity.id);
    await updateActivity(access, activity.id, activityInputSchema.parse({ ...current, description: { en: "We answer questions within a day.", nb: "Vi svarer på spørsmål innen en dag." } }));
    expect(key((await getTranslationWork(access, "nb")).rows)).toEqual([`recipient:${recipientId}|description|nb|changed`]);
    await saveTranslations(access, [{ subjectKey: `recipient:${recipientId}`, field: "description", language: "nb", text: "Driver kundestøtten vår" }]);
    expect((await getTranslationWork(access, "nb")).rows).toEqual([]);
  });

  it("exports the list to XLSX and imports it back: a dry run reports line, column and message; the import writes all", async () => {
    const access = await bilingualEditor();
    const { activity } = await englishOnlyActivity(access);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportTranslations(access, "en", "nb")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Translation");
    if (!sheet) throw new Error("no translation sheet");
    expect(sheet.getRow(1).getCell(7).text).toBe("Translation");
    const translations: Record<string, string> = {
      [`activity:${activity.id}|description`]: "Vi svarer på spørsmål.",
      [`activity:${activity.id}|purposes.0.description`]: "Svare på henvendelser",
      [`activity:${activity.id}|purposes.0.legitimateInterest`]: "x".repeat(3001),
    };
    const lines: Record<string, number> = {};
    sheet.eachRow((row, line) => {
      if (line === 1) return;
      const text = row.getCell(1).text;
      if (text in translations) {
        row.getCell(7).value = translations[text] ?? "";
        lines[text.split("|")[1] ?? ""] = line;
      }
    });
    const tooLong = Buffer.from(await workbook.xlsx.writeBuffer());
    const dry = await importTranslations(access, tooLong, "en", { dryRun: true });
    expect(dry).toMatchObject({ ok: false, written: 0 });
    expect(dry.issues).toEqual([{ line: lines["purposes.0.legitimateInterest"], column: "Translation", message: { key: "validation.tooLong", values: { max: 2000 } } }]);
    const refused = await importTranslations(access, tooLong, "en", { dryRun: false });
    expect(refused.ok).toBe(false);
    expect((await getActivity(access, activity.id)).description).toEqual({ en: "We answer questions." });

    sheet.getRow(lines["purposes.0.legitimateInterest"] ?? 0).getCell(7).value = "Å svare dem som kontakter oss";
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await importTranslations(access, good, "en", { dryRun: true })).toMatchObject({ ok: true, written: 3, issues: [] });
    expect((await getActivity(access, activity.id)).description).toEqual({ en: "We answer questions." });
    expect(await importTranslations(access, good, "en", { dryRun: false })).toMatchObject({ ok: true, written: 3 });
    const after = await getActivity(access, activity.id);
    expect(after.description.nb).toBe("Vi svarer på spørsmål.");
    expect(after.purposes[0]?.legitimateInterest.nb).toBe("Å svare dem som kontakter oss");
    // The recipient's description was left for later: it is still to translate.
    expect(key((await getTranslationWork(access, "nb")).rows)).toEqual([expect.stringMatching(/^recipient:.*\|description\|nb\|missing$/)]);
  });
});
