import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { registerDocumentFromSnapshot, serializeRegisterDocument } from "@/lib/export/json/from-snapshot";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { runChecks, type Finding } from "@/lib/register/checks";
import { CORPUS } from "@/test/corpus";
import { brokenRegister } from "@/test/corpus/kit";
import { REFERENCE_REGISTERS } from "@/test/register/reference-registers";
import { createCompany, createUser, unique } from "@/test/server/factories";
import { companyAccessFor, type CompanyAccess } from "./access";
import { getActivity, retireActivity, updateActivity, updateActivityWithin } from "./activities";
import { listActivities } from "./activity-overview";
import { CATALOG_SCHEMAS } from "@/lib/register/catalog-schemas";
import { activityCompleteness } from "@/lib/register/completeness";
import { indexSnapshot } from "@/lib/register/snapshot";
import { companyProfileSchema } from "@/lib/register/company-profile";
import { readCatalogEntry, updateCatalogEntry } from "./catalogs";
import { getCompanyProfile, updateCompanyProfile } from "./companies";
import { db } from "./db";
import { importRegisterFile } from "./export/import-file";
import { getFindings } from "./findings";
import { publishNotice } from "./notice/versions";
import { readRegisterSnapshot } from "./register/snapshot";
import { seedDemoCompany } from "./seed/demo-company";
import { readStoredFindings } from "./stored-findings";

const line = (f: Finding) => JSON.stringify([f.ruleId, f.severity, f.subject, f.field, f.message]);
const lines = (findings: Finding[]) => findings.map(line).sort();

/** What the checks say now over the whole register, read afresh. */
async function fullRun(companyId: string): Promise<string[]> {
  return lines(runChecks(await readRegisterSnapshot(db(), companyId), { now: new Date() }));
}

/** The stored rows as they are, without the read path's recomputation. */
async function storedRows(companyId: string) {
  return db().storedFinding.findMany({ where: { companyId }, orderBy: { id: "asc" }, select: { activityId: true, ruleId: true, field: true, language: true, message: true } });
}

/** A designated DPO without any contact details: DPO-001. */
function withoutDpoContact(profile: Awaited<ReturnType<typeof getCompanyProfile>>) {
  return companyProfileSchema.parse({ ...profile, email: profile.email ?? "post@example.test", dpoDesignated: true, dpoName: null, dpoEmail: null, dpoPhone: null, dpoAddress: null });
}

async function demo(): Promise<CompanyAccess> {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("demo") });
  return companyAccessFor(owner, company.id, "notice.publish");
}

async function imported(name: string, register: ReturnType<typeof brokenRegister>): Promise<CompanyAccess | null> {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }], unique(name));
  const access = await companyAccessFor(owner, company.id, "register.write");
  const result = await importRegisterFile(access, "json", Buffer.from(serializeRegisterDocument(registerDocumentFromSnapshot(register))), { dryRun: false });
  return result.ok ? access : null;
}

describe("stored findings", () => {
  it("a save rewrites its activity's findings and the register findings in its own transaction; a failed save leaves them as they were", async () => {
    const access = await demo();
    const companyId = access.company.id;
    expect(lines(await readStoredFindings(companyId))).toEqual(await fullRun(companyId));

    const first = (await listActivities(access, { sort: "name", pageSize: 100 })).items.find((a) => a.status === "ACTIVE" && a.role === "CONTROLLER");
    if (!first) throw new Error("the demo has an active controller activity");
    const saved = await getActivity(access, first.id);
    // A purpose without a lawful basis: LB-001 on this activity.
    const broken = activityInputSchema.parse({ ...saved, purposes: saved.purposes.map((p, i) => (i === 0 ? { ...p, lawfulBasis: null } : p)) });
    await updateActivity(access, first.id, broken);
    const after = await storedRows(companyId);
    expect(after.some((row) => row.activityId === first.id && row.ruleId === "LB-001")).toBe(true);
    expect(lines(await readStoredFindings(companyId))).toEqual(await fullRun(companyId));

    // The same change undone, inside a transaction that then fails: the stored findings are those before it.
    const current = await getActivity(access, first.id);
    await expect(
      db().$transaction(async (tx) => {
        await updateActivityWithin(tx, access, first.id, activityInputSchema.parse({ ...saved, version: current.version }));
        throw new AppError("CONFLICT");
      }),
    ).rejects.toThrow();
    expect(await storedRows(companyId)).toEqual(after);

    // Retiring takes its findings away, as a full run does.
    await retireActivity(access, first.id, current.version);
    expect((await storedRows(companyId)).some((row) => row.activityId === first.id && row.ruleId === "LB-001")).toBe(false);
    expect(lines(await readStoredFindings(companyId))).toEqual(await fullRun(companyId));
  });

  it("a change of a catalog entry or of the profile recomputes the company's findings in its transaction", async () => {
    const access = await demo();
    const companyId = access.company.id;
    await readStoredFindings(companyId);

    const profile = await getCompanyProfile(access);
    await updateCompanyProfile(access, withoutDpoContact(profile));
    expect((await storedRows(companyId)).some((row) => row.ruleId === "DPO-001")).toBe(true);
    expect(await db().findingsState.findUnique({ where: { companyId } })).toMatchObject({ generation: expect.any(Number) as number });

    // A processor in use loses its agreement: PR-001 on the recipient, without any read in between.
    const snapshot = await readRegisterSnapshot(db(), companyId);
    const used = new Set(snapshot.activities.filter((a) => a.status !== "RETIRED").flatMap((a) => a.recipients.map((r) => r.recipientId)));
    const processor = snapshot.catalogs.recipients.find((r) => r.kind === "PROCESSOR" && r.dpaStatus === "SIGNED" && used.has(r.id));
    if (!processor) throw new Error("the demo has a processor in use with a signed agreement");
    const entry = await readCatalogEntry(db(), "recipients", companyId, processor.id);
    if (!entry) throw new Error("the recipient is there");
    await updateCatalogEntry(access, "recipients", processor.id, entry.version, CATALOG_SCHEMAS.recipients.create.parse({ ...entry, dpaStatus: "MISSING", dpaDate: null, dpaRef: null }));
    const rows = await storedRows(companyId);
    expect(rows.some((r) => r.ruleId === "PR-001" && r.activityId === null)).toBe(true);
    expect(lines(await readStoredFindings(companyId))).toEqual(await fullRun(companyId));
  });

  it("a save that changes what a register finding reads rewrites it, and the overview's completeness follows the save", async () => {
    const access = await demo();
    const companyId = access.company.id;
    await readStoredFindings(companyId);
    // A processor in use loses its agreement (a catalog change): PR-001, a finding about the recipient.
    const snapshot = await readRegisterSnapshot(db(), companyId);
    const users = (recipientId: string) => snapshot.activities.filter((a) => a.status !== "RETIRED" && a.recipients.some((r) => r.recipientId === recipientId));
    const processor = snapshot.catalogs.recipients.find((r) => r.kind === "PROCESSOR" && r.dpaStatus === "SIGNED" && users(r.id).length > 0);
    if (!processor) throw new Error("the demo has a processor in use with a signed agreement");
    const entry = await readCatalogEntry(db(), "recipients", companyId, processor.id);
    if (!entry) throw new Error("the recipient is there");
    await updateCatalogEntry(access, "recipients", processor.id, entry.version, CATALOG_SCHEMAS.recipients.create.parse({ ...entry, dpaStatus: "MISSING", dpaDate: null, dpaRef: null }));
    const pr001 = async () => (await storedRows(companyId)).filter((row) => row.ruleId === "PR-001" && row.activityId === null);
    expect(await pr001()).not.toEqual([]);

    // Every activity that uses it stops using it, saved one by one: only saves, no catalog change.
    for (const activity of users(processor.id)) {
      const saved = await getActivity(access, activity.id);
      const input = activityInputSchema.parse({
        ...saved,
        recipients: saved.recipients.filter((r) => r.recipientId !== processor.id),
        transfers: saved.transfers.filter((t) => t.recipientId !== processor.id),
      });
      await updateActivity(access, activity.id, input);
      // Read from the rows as stored (no recomputation: they are current).
      expect((await db().findingsState.findUniqueOrThrow({ where: { companyId } })).rulesRevision).not.toBe("");
      const overview = await listActivities(access, { pageSize: 100 });
      const afresh = await readRegisterSnapshot(db(), companyId);
      const index = indexSnapshot(afresh);
      for (const item of overview.items) {
        const whole = afresh.activities.find((a) => a.id === item.id);
        if (whole) expect(item.completeness, item.name).toBe(activityCompleteness(whole, index).score);
      }
    }
    expect(await pr001()).toEqual([]);
    expect(lines(await readStoredFindings(companyId))).toEqual(await fullRun(companyId));
  });

  it("the overview's filter and the findings' counts equal a full run of the checks over varied registers, after saves one by one", async () => {
    const registers = [
      ...CORPUS.map((entry) => [entry.kind, brokenRegister(entry)] as const),
      ...CORPUS.map((entry) => [`${entry.kind}-fixed`, entry.fixed()] as const),
      ...Object.entries(REFERENCE_REGISTERS).map(([name, make]) => [name, make()] as const),
    ];
    let compared = 0;
    for (const [name, register] of registers) {
      const access = await imported(name, register);
      if (!access) continue;
      const companyId = access.company.id;
      const check = async () => {
        const snapshot = await readRegisterSnapshot(db(), companyId);
        const full = runChecks(snapshot, { now: new Date() });
        const withFindings = new Set(full.flatMap((f) => (f.subject.kind === "activity" ? [f.subject.activityId] : [])));
        const filtered = await listActivities(access, { filters: { hasFindings: true }, pageSize: 100 });
        expect(filtered.items.map((i) => i.id).sort(), name).toEqual([...withFindings].sort());
        const without = await listActivities(access, { filters: { hasFindings: false }, pageSize: 100 });
        expect(without.total, name).toBe(snapshot.activities.length - withFindings.size);
        const { summary, findings, accepted } = await getFindings(access);
        expect(lines([...findings, ...accepted]), name).toEqual(lines(full));
        expect(summary.total + accepted.length, name).toBe(full.length);
      };
      await check();
      // Each activity saved alone with its first purpose's basis removed: the incremental path.
      const ids = (await readRegisterSnapshot(db(), companyId)).activities.slice(0, 3).map((a) => a.id);
      for (const id of ids) {
        const saved = await getActivity(access, id);
        if (saved.status === "RETIRED") continue;
        await updateActivity(access, id, activityInputSchema.parse({ ...saved, purposes: saved.purposes.map((p, i) => (i === 0 ? { ...p, lawfulBasis: "CONSENT", consentWithdrawal: {} } : p)) }));
      }
      await check();
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  }, 240_000);

  it("publishing runs the checks itself: stored findings emptied or stale do not let an error through", async () => {
    const access = await demo();
    const companyId = access.company.id;
    await readStoredFindings(companyId);
    const profile = await getCompanyProfile(access);
    await updateCompanyProfile(access, withoutDpoContact(profile));
    // Someone (or a bug) empties the stored findings and marks them current.
    await db().storedFinding.deleteMany({ where: { companyId } });
    expect(await readStoredFindings(companyId)).toEqual([]);
    await expect(publishNotice(access, { changeSummary: "Should not publish" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().noticeVersion.count({ where: { companyId } })).toBe(0);
  });
});
