import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityInput } from "@/lib/register/activity-schema";
import type { ActivityStatus } from "@/lib/register/enums";
import type { ActivitySnapshot } from "@/lib/register/snapshot";
import { activityColumns, dateFromIso } from "./register/snapshot";
import { storeActivityFindings } from "./stored-findings";

type Tx = Prisma.TransactionClient;

/**
 * THE writer of a processing activity's rows (docs/decisions/006-one-activity-writer.md).
 * The editor's save, duplicate, the JSON import and the spreadsheet import all
 * pass the editor's parsed input (`ActivityInput`, lib/register/activity-schema.ts)
 * through here, so a field added to the model is written everywhere or
 * nowhere — and lib/server/activity-rows.int.test.ts checks, against the
 * database's own list of columns, that a complete activity fills every column
 * of every activity table.
 */

/** One activity to write: the editor's input and the status to store (an import may bring RETIRED). */
export type ActivityWrite = { input: ActivityInput; status: ActivityStatus };

/** The rows of every table below `processing_activities` for one activity. */
type ActivityPartRows = {
  purposes: Prisma.PurposeCreateManyInput[];
  sources: Prisma.ActivitySourceCreateManyInput[];
  sourceDataCategories: Prisma.ActivitySourceDataCategoryCreateManyInput[];
  jointControllers: Prisma.JointControllerCreateManyInput[];
  controllersServed: Prisma.ControllerServedCreateManyInput[];
  marketingAudiences: Prisma.MarketingAudienceCreateManyInput[];
  dataSubjectCategories: Prisma.ActivityDataSubjectCategoryCreateManyInput[];
  dataCategories: Prisma.ActivityDataCategoryCreateManyInput[];
  recipients: Prisma.ActivityRecipientCreateManyInput[];
  systems: Prisma.ActivitySystemCreateManyInput[];
  securityMeasures: Prisma.ActivitySecurityMeasureCreateManyInput[];
  cookies: Prisma.ActivityCookieCreateManyInput[];
  transfers: Prisma.TransferCreateManyInput[];
  retentionRules: Prisma.RetentionRuleCreateManyInput[];
  noticeTexts: Prisma.NoticeTextCreateManyInput[];
};

/** The activity row's own columns (everything but the company, the id and what the server counts). */
function activityRow(write: ActivityWrite) {
  return { ...activityColumns(write.input), status: write.status };
}

/**
 * The part rows of one activity. A purpose keeps its id across saves when it
 * is in `keepPurposeIds` (notice texts and the history refer to it); every
 * other part is new on each save.
 */
function activityPartRows(companyId: string, activityId: string, input: ActivityInput, keepPurposeIds: ReadonlySet<string> = new Set()): ActivityPartRows {
  const base = { companyId, activityId };
  const purposes = input.purposes.map(({ id, noticeTextEn: _en, noticeTextNb: _nb, liaDate, ...purpose }, index) => ({
    ...base,
    ...purpose,
    id: id && keepPurposeIds.has(id) ? id : crypto.randomUUID(),
    liaDate: dateFromIso(liaDate),
    sortOrder: index,
  }));
  const noticeTexts: Prisma.NoticeTextCreateManyInput[] = [];
  const addText = (purposeId: string | null, language: "EN" | "NB", text: string | null) => {
    if (text) noticeTexts.push({ ...base, purposeId, language, text });
  };
  addText(null, "EN", input.noticeTextEn);
  addText(null, "NB", input.noticeTextNb);
  input.purposes.forEach((p, index) => {
    const id = purposes[index]?.id ?? null;
    addText(id, "EN", p.noticeTextEn);
    addText(id, "NB", p.noticeTextNb);
  });
  // A source supplies only the activity's own categories (the schema refuses others; the
  // foreign key to the activity's link row would too).
  const linked = new Set(input.dataCategoryIds);
  const sources = input.sources.map((source, index) => ({ id: crypto.randomUUID(), ...source, sortOrder: index }));
  return {
    purposes,
    sources: sources.map(({ dataCategoryIds: _ids, ...source }) => ({ ...base, ...source })),
    sourceDataCategories: sources.flatMap((source) =>
      source.dataCategoryIds.filter((id) => linked.has(id)).map((dataCategoryId) => ({ ...base, sourceId: source.id, dataCategoryId })),
    ),
    jointControllers: input.jointControllers.map((controller) => ({ ...base, ...controller })),
    controllersServed: input.controllersServed.map((controller) => ({ ...base, ...controller, dpaDate: dateFromIso(controller.dpaDate) })),
    marketingAudiences: input.marketingAudiences.map((audience, index) => ({ ...base, ...audience, sortOrder: index })),
    dataSubjectCategories: input.dataSubjectCategoryIds.map((id) => ({ ...base, dataSubjectCategoryId: id })),
    dataCategories: input.dataCategoryIds.map((id) => ({ ...base, dataCategoryId: id })),
    recipients: input.recipients.map((link) => ({ ...base, ...link })),
    systems: input.systemIds.map((id) => ({ ...base, systemId: id })),
    securityMeasures: input.securityMeasureIds.map((id) => ({ ...base, securityMeasureId: id })),
    cookies: input.cookieIds.map((id) => ({ ...base, cookieId: id })),
    transfers: input.transfers.map((transfer) => ({ ...base, ...transfer })),
    retentionRules: input.retentionRules.map((rule, index) => ({ ...base, ...rule, sortOrder: index })),
    noticeTexts,
  };
}

/**
 * Inserts the part rows of any number of activities, each table in one
 * statement. Order matters: transfers reference (activity, recipient) links,
 * retention rules and the data categories of sources (activity, data category) links,
 * notice texts purposes.
 */
async function insertPartRows(tx: Tx, rows: ActivityPartRows[]): Promise<void> {
  const purposes = rows.flatMap((r) => r.purposes);
  if (purposes.length) await tx.purpose.createMany({ data: purposes });
  const jointControllers = rows.flatMap((r) => r.jointControllers);
  if (jointControllers.length) await tx.jointController.createMany({ data: jointControllers });
  const controllersServed = rows.flatMap((r) => r.controllersServed);
  if (controllersServed.length) await tx.controllerServed.createMany({ data: controllersServed });
  const marketingAudiences = rows.flatMap((r) => r.marketingAudiences);
  if (marketingAudiences.length) await tx.marketingAudience.createMany({ data: marketingAudiences });
  const dataSubjectCategories = rows.flatMap((r) => r.dataSubjectCategories);
  if (dataSubjectCategories.length) await tx.activityDataSubjectCategory.createMany({ data: dataSubjectCategories });
  const dataCategories = rows.flatMap((r) => r.dataCategories);
  if (dataCategories.length) await tx.activityDataCategory.createMany({ data: dataCategories });
  const sources = rows.flatMap((r) => r.sources);
  if (sources.length) await tx.activitySource.createMany({ data: sources });
  const sourceDataCategories = rows.flatMap((r) => r.sourceDataCategories);
  if (sourceDataCategories.length) await tx.activitySourceDataCategory.createMany({ data: sourceDataCategories });
  const recipients = rows.flatMap((r) => r.recipients);
  if (recipients.length) await tx.activityRecipient.createMany({ data: recipients });
  const systems = rows.flatMap((r) => r.systems);
  if (systems.length) await tx.activitySystem.createMany({ data: systems });
  const securityMeasures = rows.flatMap((r) => r.securityMeasures);
  if (securityMeasures.length) await tx.activitySecurityMeasure.createMany({ data: securityMeasures });
  const cookies = rows.flatMap((r) => r.cookies);
  if (cookies.length) await tx.activityCookie.createMany({ data: cookies });
  const transfers = rows.flatMap((r) => r.transfers);
  if (transfers.length) await tx.transfer.createMany({ data: transfers });
  const retentionRules = rows.flatMap((r) => r.retentionRules);
  if (retentionRules.length) await tx.retentionRule.createMany({ data: retentionRules });
  const noticeTexts = rows.flatMap((r) => r.noticeTexts);
  if (noticeTexts.length) await tx.noticeText.createMany({ data: noticeTexts });
}

async function deletePartRows(tx: Tx, companyId: string, activityId: string): Promise<void> {
  // Two statements instead of twelve (a save's round trips are most of its time, issue 12).
  // Transfers, retention rules, notice texts and the data categories of sources reference the
  // link rows, purposes and sources: they go
  // first, so that no cascade runs into a row the same statement deletes.
  await tx.$executeRaw`
    WITH transfers AS (DELETE FROM transfers WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      retention AS (DELETE FROM retention_rules WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      source_categories AS (DELETE FROM activity_source_data_categories WHERE company_id = ${companyId} AND activity_id = ${activityId})
    DELETE FROM notice_texts WHERE company_id = ${companyId} AND activity_id = ${activityId}`;
  await tx.$executeRaw`
    WITH purposes AS (DELETE FROM purposes WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      sources AS (DELETE FROM activity_sources WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      joint AS (DELETE FROM joint_controllers WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      served AS (DELETE FROM controllers_served WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      audiences AS (DELETE FROM marketing_audiences WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      subjects AS (DELETE FROM activity_data_subject_categories WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      categories AS (DELETE FROM activity_data_categories WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      recipients AS (DELETE FROM activity_recipients WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      systems AS (DELETE FROM activity_systems WHERE company_id = ${companyId} AND activity_id = ${activityId}),
      measures AS (DELETE FROM activity_security_measures WHERE company_id = ${companyId} AND activity_id = ${activityId})
    DELETE FROM activity_cookies WHERE company_id = ${companyId} AND activity_id = ${activityId}`;
}

/**
 * Creates activities with all their parts, in the order given (the register
 * lists activities by creation). Returns their ids in the same order. Runs
 * inside the caller's transaction; the caller records the audit event.
 */
export async function createActivities(tx: Tx, companyId: string, writes: ActivityWrite[]): Promise<string[]> {
  const ids: string[] = [];
  for (const write of writes) {
    // One by one: the database assigns ids and timestamps in creation order.
    const created = await tx.processingActivity.create({ data: { companyId, ...activityRow(write) }, select: { id: true } });
    ids.push(created.id);
  }
  await insertPartRows(
    tx,
    writes.map((write, index) => activityPartRows(companyId, ids[index] ?? "", write.input)),
  );
  // Their findings, in this transaction (docs/decisions/022-stored-findings.md).
  await storeActivityFindings(tx, companyId, ids);
  return ids;
}

/**
 * Replaces a saved activity: its row, if `version` is still the saved one
 * (optimistic concurrency; the conditional update is the lock), and all its
 * parts. `before`: the activity as read in this transaction. Returns the activity
 * as written, or null, having written nothing, when someone saved first.
 */
export async function replaceActivity(
  tx: Tx,
  companyId: string,
  before: ActivitySnapshot,
  version: number,
  write: ActivityWrite,
  keepPurposeIds: ReadonlySet<string>,
): Promise<ActivitySnapshot | null> {
  const activityId = before.id;
  const updated = await tx.processingActivity.updateMany({
    where: { id: activityId, companyId, version },
    data: { ...activityRow(write), version: { increment: 1 } },
  });
  if (updated.count === 0) return null;
  await deletePartRows(tx, companyId, activityId);
  await insertPartRows(tx, [activityPartRows(companyId, activityId, write.input, keepPurposeIds)]);
  const [after] = await storeActivityFindings(tx, companyId, [activityId], { before: [before] });
  return after ?? null;
}
