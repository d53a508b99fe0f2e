import { describe, expect, it } from "vitest";
import { activityInputSchema, type ActivityInput } from "@/lib/register/activity-schema";
import { createCompany, createUser } from "@/test/server/factories";
import { createActivities, replaceActivity } from "./activity-rows";
import { db } from "./db";
import { readActivityRows } from "./register/activity-read";
import { ACTIVITY_INCLUDE, readRegisterSnapshot, toActivitySnapshot } from "./register/snapshot";

/** Columns the database or the save's bookkeeping fills, not the activity's content. */
const SERVER_OWNED = new Set(["id", "created_at", "updated_at", "version"]);
/**
 * Columns outside the content, each written by its own action and never by a
 * save: the review cycle (lib/server/reviews.ts) and the template an activity
 * was added from (lib/server/templates.ts). Anything else must come from the writer.
 */
const NOT_CONTENT = new Set(["processing_activities.owner_id", "processing_activities.next_review_on", "processing_activities.last_reviewed_at", "processing_activities.last_reviewed_by_id", "processing_activities.from_template_id"]);

type ColumnRow = { table_name: string; column_name: string; column_default: string | null };

/** Every column of processing_activities and of every table that hangs on an activity, as PostgreSQL lists them. */
async function activityColumns(): Promise<ColumnRow[]> {
  return db().$queryRaw<ColumnRow[]>`
    SELECT table_name, column_name, column_default
    FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND (table_name = 'processing_activities'
        OR table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'activity_id'))
      -- The checks' findings and completeness are derived from the activity, not written from its input (ADR 022).
      AND table_name NOT IN ('stored_findings', 'stored_completeness')
    ORDER BY table_name, ordinal_position`;
}

/**
 * The columns no row of `activityId` fills: NULL everywhere, or, for a column
 * with a default, the default everywhere (a writer that forgets a boolean
 * column leaves its default, which a full activity never has throughout).
 */
async function unwrittenColumns(activityId: string): Promise<string[]> {
  const unwritten: string[] = [];
  for (const column of await activityColumns()) {
    if (SERVER_OWNED.has(column.column_name) || NOT_CONTENT.has(`${column.table_name}.${column.column_name}`)) continue;
    const owner = column.table_name === "processing_activities" ? "id" : "activity_id";
    const differsFromDefault = column.column_default === null ? "" : ` AND "${column.column_name}"::text IS DISTINCT FROM (${column.column_default})::text`;
    const [row] = await db().$queryRawUnsafe<{ written: bigint }[]>(
      `SELECT count(*) AS written FROM "${column.table_name}" WHERE "${owner}" = $1 AND "${column.column_name}" IS NOT NULL${differsFromDefault}`,
      activityId,
    );
    if (!row || row.written === BigInt(0)) unwritten.push(`${column.table_name}.${column.column_name}`);
  }
  return unwritten;
}

/** Catalog entries of every kind, for an activity that links to all of them. */
async function catalogs(companyId: string) {
  const select = { id: true } as const;
  const subjects = await db().dataSubjectCategory.create({ data: { companyId, labelEn: "Employees", labelNb: "Ansatte" }, select });
  const health = await db().dataCategory.create({ data: { companyId, labelEn: "Health", labelNb: "Helse", specialCategory: "HEALTH", isCriminalOffence: true, isNationalId: true }, select });
  const cloud = await db().recipient.create({ data: { companyId, name: "Cloud Inc.", kind: "PROCESSOR", countryCode: "US" }, select });
  const support = await db().subProcessor.create({ data: { companyId, recipientId: cloud.id, name: "Support Ltd", countryCode: "IN" }, select });
  const system = await db().system.create({ data: { companyId, name: "HR system" }, select });
  const measure = await db().securityMeasure.create({ data: { companyId, kind: "ENCRYPTION", descriptionEn: "Encryption", descriptionNb: "Kryptering" }, select });
  const cookie = await db().cookie.create({
    data: { companyId, name: "_ga", provider: "Google", purposeEn: "Statistics", purposeNb: "Statistikk", category: "STATISTICS", duration: { kind: "PERIOD", amount: 2, unit: "YEARS", text: {} } },
    select,
  });
  return { subjects, health, cloud, support, system, measure, cookie };
}

/** An activity with every field the editor has set, and no field at its column's default throughout. */
function fullActivity(c: Awaited<ReturnType<typeof catalogs>>): ActivityInput {
  return activityInputSchema.parse({
    name: "Sick leave follow-up",
    noticeTitleEn: "Your sick leave",
    noticeTitleNb: "Sykefraværet ditt",
    description: { en: "Follow-up of sick leave" },
    role: "JOINT_CONTROLLER",
    status: "ACTIVE",
    showInNotice: false,
    sources: [
      { kind: "DATA_SUBJECT_DIRECT", dataCategoryIds: [] },
      { kind: "THIRD_PARTY", name: { en: "The doctor" }, isPublic: false, dataCategoryIds: [c.health.id] },
    ],
    art14Timing: "WITHIN_ONE_MONTH",
    art14Exemption: "REQUIRED_BY_LAW",
    art14ExemptionJustification: { en: "Folketrygdloven § 8-7" },
    provisionRequirement: "STATUTORY",
    contractParty: "ORGANISATION",
    provisionConsequence: { en: "No sick pay" },
    art9Condition: "EMPLOYMENT_SOCIAL_SECURITY",
    art9LegalReference: { text: { en: "Arbeidsmiljøloven § 4-6" } },
    art10Authority: { en: "Politiregisterloven § 39" },
    nationalIdJustification: { en: "Reporting to NAV" },
    volunteeredSpecialCategories: true,
    volunteeredHandling: "KEPT_UNDER_CONDITION",
    adm: { exists: true, logic: { en: "Scores absence" }, significance: { en: "Flags long absence" }, consequences: { en: "A meeting" }, art22Exception: "LAW" },
    dpia: { required: true, status: "COMPLETED", link: "https://dpia.example/1" },
    isOccasional: true,
    isLikelyRisk: true,
    marketingAudiences: [
      { who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true },
      { who: "OTHERS", channels: ["EMAIL", "SMS"], route: "CONSENT", optOutOffered: false, similarProducts: false },
    ],
    consentRecordRef: "Consent log",
    securityMeasuresText: { en: "Access by HR only" },
    processingCategories: { en: "Storage" },
    controllerDpaRef: "DPA-1",
    controllerDpaDate: "2025-01-02",
    purposes: [
      { description: { en: "Pay sick pay" }, lawfulBasis: "CONTRACT" },
      {
        description: { en: "Report to NAV" },
        lawfulBasis: "LEGITIMATE_INTERESTS",
        legalReference: { text: { en: "Folketrygdloven" } },
        legitimateInterest: { en: "Follow-up" },
        liaRef: "LIA-1",
        liaDate: "2025-01-03",
        consentWithdrawal: { en: "Write to HR" },
        noticeTextEn: "We report to NAV.",
        noticeTextNb: "Vi rapporterer til NAV.",
      },
    ],
    jointControllers: [{ name: "Group HR AS", contact: "hr@group.example", arrangementLink: "https://group.example/jca", essenceText: { en: "We share HR" } }],
    controllersServed: [
      { name: "Client AS", contact: "dpo@client.example", representative: "Rep", dpoContact: "dpo@client.example", processingCategories: { en: "Payroll" }, dpaRef: "DPA-2", dpaDate: "2025-01-04" },
      { ourCustomers: true, listedIn: { en: "in the customer register", nb: "i kunderegisteret" }, contact: null, representative: null, dpoContact: null, processingCategories: {}, dpaRef: null, dpaDate: null },
    ],
    dataSubjectCategoryIds: [c.subjects.id],
    dataCategoryIds: [c.health.id],
    recipients: [{ recipientId: c.cloud.id, subProcessorAuthorisation: "SPECIFIC", flowDownContract: true }],
    systemIds: [c.system.id],
    securityMeasureIds: [c.measure.id],
    cookieIds: [c.cookie.id],
    transfers: [
      {
        recipientId: c.cloud.id,
        subProcessorId: c.support.id,
        countryCode: "IN",
        mechanism: "SCC_2021_914",
        sccModule: "MODULE_3_P2P",
        adequacyDecisionId: "us-dpf",
        tiaRef: "TIA-1",
        copyAccess: { en: "Ask us" },
        art49Assessment: { en: "Not used" },
        isRegular: true,
      },
    ],
    retentionRules: [
      { dataCategoryId: null, duration: 0, unit: "DAYS", trigger: "AFTER_COLLECTION" },
      { dataCategoryId: c.health.id, duration: 3, unit: "YEARS", trigger: "OTHER", triggerText: { en: "After the case" }, criteriaText: { en: "Until closed" }, legalReference: { text: { en: "Bokføringsloven" } } },
    ],
    noticeTextEn: "Our own paragraph.",
    noticeTextNb: "Vårt eget avsnitt.",
  });
}

describe("the activity writer", () => {
  it("fills every column of every activity table, as PostgreSQL lists them, when creating and when replacing", async () => {
    const owner = await createUser();
    const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    const input = fullActivity(await catalogs(company.id));
    const tables = new Set((await activityColumns()).map((c) => c.table_name));
    // A sanity check on the query: the activity table and its parts.
    expect([...tables]).toEqual(expect.arrayContaining(["processing_activities", "purposes", "transfers", "retention_rules", "notice_texts", "activity_recipients"]));

    const [id = ""] = await db().$transaction((tx) => createActivities(tx, company.id, [{ input, status: "ACTIVE" }]));
    expect(await unwrittenColumns(id)).toEqual([]);

    const [before] = (await readRegisterSnapshot(db(), company.id, new Date(), { activityIds: [id] })).activities;
    if (!before) throw new Error("the activity was not written");
    const replaced = await db().$transaction((tx) => replaceActivity(tx, company.id, before, 1, { input, status: "RETIRED" }, new Set()));
    expect(replaced).toMatchObject({ id, status: "RETIRED", version: 2 });
    expect(await unwrittenColumns(id)).toEqual([]);
    expect(await db().$transaction((tx) => replaceActivity(tx, company.id, before, 1, { input, status: "ACTIVE" }, new Set()))).toBeNull();
  });

  it("reads an activity back in one statement exactly as Prisma's include reads it", async () => {
    const owner = await createUser();
    const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    const input = fullActivity(await catalogs(company.id));
    const ids = await db().$transaction((tx) => createActivities(tx, company.id, [{ input, status: "ACTIVE" }, { input: { ...input, name: "Second" }, status: "DRAFT" }]));
    const viaInclude = await db().processingActivity.findMany({ where: { companyId: company.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: ACTIVITY_INCLUDE });
    const viaOneStatement = await readActivityRows(db(), company.id, [...ids].reverse());
    // Every column of every part is filled (the test above), so a column read wrongly shows here.
    expect(viaOneStatement.map(toActivitySnapshot)).toEqual(viaInclude.map(toActivitySnapshot));
    expect(viaOneStatement.map((row) => row.id)).toEqual(ids);
    // A list column left NULL (a bulk insert does) reads as Prisma reads it: empty.
    await db().$executeRaw`UPDATE marketing_audiences SET channels = NULL WHERE activity_id = ${ids[1]}`;
    const [, withNull] = await readActivityRows(db(), company.id, ids);
    expect(withNull?.marketingAudiences.map((audience) => audience.channels)).toEqual([[], []]);
    expect(withNull && toActivitySnapshot(withNull)).toEqual(toActivitySnapshot((await db().processingActivity.findFirstOrThrow({ where: { id: ids[1] }, include: ACTIVITY_INCLUDE }))));
    expect(await readActivityRows(db(), company.id, [])).toEqual([]);
    const other = await createCompany([{ userId: owner.id, role: "OWNER" }]);
    expect(await readActivityRows(db(), other.id, ids)).toEqual([]);
  });
});
