import "server-only";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { runChecks, type Finding } from "@/lib/register/checks";
import { osloDate } from "@/lib/register/dates";
import {
  applyAcceptances,
  expiryIssue,
  findingIdentity,
  identityKey,
  riskAcceptanceSchema,
  subjectVersionKey,
  type RiskAcceptance,
  type RiskAcceptanceInput,
  type SubjectVersions,
} from "@/lib/register/risk-acceptance";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import type { CompanyAccess } from "./access";
import { recordAudit } from "./audit";
import { db, type DbClient } from "./db";
import { readRegisterSnapshot } from "./register/snapshot";

/** Accepted risks (lib/register/risk-acceptance.ts): stored per company, applied to the checks' findings. */

const ENTITY_TYPE = "RiskAcceptance";

const acceptanceSelect = {
  id: true,
  ruleId: true,
  subjectKind: true,
  subjectId: true,
  field: true,
  subjectVersion: true,
  justification: true,
  acceptedAt: true,
  expiresOn: true,
  acceptedBy: { select: { name: true } },
} as const;

type AcceptanceRow = {
  id: string;
  ruleId: string;
  subjectKind: string;
  subjectId: string;
  field: string;
  subjectVersion: number;
  justification: string;
  acceptedAt: Date;
  expiresOn: Date;
  acceptedBy: { name: string } | null;
};

function toAcceptance(row: AcceptanceRow): RiskAcceptance {
  // The database's CHECK constraint holds subject_kind to these four.
  const subjectKind = row.subjectKind === "activity" || row.subjectKind === "recipient" || row.subjectKind === "cookie" ? row.subjectKind : "company";
  return {
    id: row.id,
    ruleId: row.ruleId,
    subjectKind,
    subjectId: row.subjectId,
    field: row.field,
    subjectVersion: row.subjectVersion,
    justification: row.justification,
    acceptedByName: row.acceptedBy?.name ?? null,
    acceptedAt: row.acceptedAt.toISOString(),
    expiresOn: row.expiresOn.toISOString().slice(0, 10),
  };
}

/** The acceptances not withdrawn, expired or not (the caller decides what still holds). */
async function readAcceptances(client: DbClient, companyId: string): Promise<RiskAcceptance[]> {
  const rows = await client.riskAcceptance.findMany({ where: { companyId, revokedAt: null }, select: acceptanceSelect, orderBy: { acceptedAt: "asc" } });
  return rows.map(toAcceptance);
}

/** The current version of everything a finding can be about. */
async function subjectVersions(client: DbClient, snapshot: RegisterSnapshot): Promise<SubjectVersions> {
  const companyId = snapshot.company.id;
  const [recipients, cookies] = await Promise.all([
    client.recipient.findMany({ where: { companyId }, select: { id: true, version: true } }),
    client.cookie.findMany({ where: { companyId }, select: { id: true, version: true } }),
  ]);
  return new Map([
    [subjectVersionKey("company", companyId), snapshot.company.version],
    ...snapshot.activities.map((a) => [subjectVersionKey("activity", a.id), a.version] as const),
    ...recipients.map((r) => [subjectVersionKey("recipient", r.id), r.version] as const),
    ...cookies.map((c) => [subjectVersionKey("cookie", c.id), c.version] as const),
  ]);
}

/** The findings split into the open list and the warnings accepted today. */
export async function splitAcceptedFindings<F extends Finding>(snapshot: RegisterSnapshot, findings: readonly F[], now = new Date()) {
  const client = db();
  const [acceptances, versions] = await Promise.all([readAcceptances(client, snapshot.company.id), subjectVersions(client, snapshot)]);
  return applyAcceptances(findings, acceptances, versions, snapshot.company.id, osloDate(now));
}

/**
 * Accepts a warning the checks report today. Refused: an error (what the law requires is
 * not a risk to accept), a finding that does not exist (any more), a date in the past or
 * more than three years ahead.
 */
export async function acceptRisk(access: CompanyAccess, rawInput: RiskAcceptanceInput, now = new Date()) {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const input = riskAcceptanceSchema.parse(rawInput);
  const today = osloDate(now);
  const issue = expiryIssue(input.expiresOn, today);
  if (issue) throw new AppError("VALIDATION", undefined, { expiresOn: [issue] });
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const snapshot = await readRegisterSnapshot(tx, companyId, now);
    const wanted = identityKey(input);
    const finding = runChecks(snapshot, { now }).find((f) => {
      const identity = findingIdentity(f, companyId);
      return identity !== null && identityKey(identity) === wanted;
    });
    if (!finding) throw new AppError("CONFLICT", "riskAcceptance.noSuchFinding");
    if (finding.severity === "error") throw new AppError("CONFLICT", "riskAcceptance.errorNotAcceptable");
    const version = (await subjectVersions(tx, snapshot)).get(subjectVersionKey(input.subjectKind, input.subjectId));
    if (version === undefined) throw new AppError("NOT_FOUND");
    const created = await tx.riskAcceptance.create({
      data: {
        companyId,
        ruleId: input.ruleId,
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        field: input.field,
        subjectVersion: version,
        justification: input.justification,
        acceptedById: access.user.id,
        acceptedAt: now,
        expiresOn: new Date(`${input.expiresOn}T00:00:00Z`),
      },
      select: acceptanceSelect,
    });
    const acceptance = toAcceptance(created);
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "RISK_ACCEPT",
      entityType: ENTITY_TYPE,
      entityId: acceptance.id,
      after: {
        ruleId: acceptance.ruleId,
        subject: `${acceptance.subjectKind}:${acceptance.subjectId}`,
        field: acceptance.field,
        finding: finding.message,
        justification: acceptance.justification,
        expiresOn: acceptance.expiresOn,
      },
    });
    return acceptance;
  });
}

/** Withdraws an acceptance before it expires: the warning is open again. */
export async function revokeRiskAcceptance(access: CompanyAccess, id: string, now = new Date()) {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const companyId = access.company.id;
  return db().$transaction(async (tx) => {
    const row = await tx.riskAcceptance.findFirst({ where: { id, companyId, revokedAt: null }, select: acceptanceSelect });
    if (!row) throw new AppError("NOT_FOUND");
    await tx.riskAcceptance.update({ where: { id }, data: { revokedAt: now, revokedById: access.user.id } });
    const before = toAcceptance(row);
    await recordAudit(tx, {
      companyId,
      actorId: access.user.id,
      action: "RISK_REVOKE",
      entityType: ENTITY_TYPE,
      entityId: id,
      before: { ruleId: before.ruleId, subject: `${before.subjectKind}:${before.subjectId}`, field: before.field, justification: before.justification, expiresOn: before.expiresOn },
    });
    return { id };
  });
}

/**
 * The acceptances that hold today, per activity, for the Art. 30 PDF: the warning's rule
 * and message, the justification, who accepted it and until when.
 */
export async function acceptedRisksForRegister(snapshot: RegisterSnapshot, now = new Date()) {
  const { accepted } = await splitAcceptedFindings(snapshot, runChecks(snapshot, { now }), now);
  return accepted;
}
