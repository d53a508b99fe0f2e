import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  AdequacyDecision,
  Cookie,
  Country,
  DataCategory,
  DataSubjectCategory,
  FindingsState,
  SecurityMeasure,
  SubProcessor,
  System,
  Recipient,
} from "@/lib/generated/prisma/client";
import type { DbClient } from "../db";
import { activityRowsFromJson, activityRowsJson, prismaFields } from "./activity-read";
import type { ActivityRow } from "./snapshot";

/**
 * Reads what a register snapshot is made of — the company with its country and supervisory
 * authority, its catalogs, the reference data and, when asked, some activities — in ONE
 * statement, each table aggregated as JSON and read back as Prisma reads it. Through Prisma
 * that took eleven statements; a save reads them once in its transaction (after the company's
 * findings lock) and round trips were most of its time (issue 12). lib/server/register/register-read.int.test.ts
 * compares this reader with Prisma's, table by table, on a company whose catalogs fill every column.
 */

type CompanyRow = Prisma.CompanyGetPayload<{ include: { country: true; supervisoryAuthority: true } }>;

export type RegisterRows = {
  company: CompanyRow | null;
  dataSubjectCategories: DataSubjectCategory[];
  dataCategories: DataCategory[];
  recipients: (Recipient & { subProcessors: SubProcessor[] })[];
  systems: System[];
  securityMeasures: SecurityMeasure[];
  cookies: Cookie[];
  /** The activities asked for (`activityIds`); none when not asked. */
  activities: ActivityRow[];
  countries: Country[];
  adequacyDecisions: AdequacyDecision[];
  /** The company's stored findings' state (ADR 022), when asked: a writer of findings decides by it. */
  findingsState: FindingsState | null;
};

/** A table's rows of the company as one JSON array, in the snapshot's order (by id). */
const rowsOf = (table: string, companyId: string, where = "") =>
  Prisma.sql`COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.id) FROM ${Prisma.raw(table)} x WHERE x.company_id = ${companyId}${Prisma.raw(where)}), '[]'::jsonb)`;

// Suggestions the DPO has not accepted are not part of the register (ADR 018).
const ACCEPTED = " AND NOT x.suggested";

type Json = Record<string, unknown>;

/**
 * The company's register rows in one statement. `activityIds`: the activities to read with
 * them (none otherwise); `findingsState`: read the stored findings' state too.
 */
export async function readRegisterRows(
  reader: DbClient,
  companyId: string,
  options: { activityIds?: readonly string[]; findingsState?: boolean } = {},
): Promise<RegisterRows> {
  const [row] = await reader.$queryRaw<{ rows: Record<string, unknown> }[]>`
    SELECT jsonb_build_object(
      'company', (SELECT to_jsonb(c) || jsonb_build_object('country', to_jsonb(k), 'supervisory_authority', to_jsonb(sa))
        FROM companies c JOIN countries k ON k.code = c.country_code LEFT JOIN supervisory_authorities sa ON sa.id = c.supervisory_authority_id
        WHERE c.id = ${companyId}),
      'dataSubjectCategories', ${rowsOf("data_subject_categories", companyId, ACCEPTED)},
      'dataCategories', ${rowsOf("data_categories", companyId, ACCEPTED)},
      'recipients', COALESCE((SELECT jsonb_agg(to_jsonb(x) || jsonb_build_object('sub_processors',
          COALESCE((SELECT jsonb_agg(to_jsonb(s) ORDER BY s.id) FROM sub_processors s WHERE s.recipient_id = x.id AND s.company_id = x.company_id), '[]'::jsonb)) ORDER BY x.id)
        FROM recipients x WHERE x.company_id = ${companyId}), '[]'::jsonb),
      'systems', ${rowsOf("systems", companyId)},
      'securityMeasures', ${rowsOf("security_measures", companyId, ACCEPTED)},
      'cookies', ${rowsOf("cookies", companyId)},
      'activities', ${options.activityIds?.length ? activityRowsJson(companyId, options.activityIds) : Prisma.sql`'[]'::jsonb`},
      'countries', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.code) FROM countries x), '[]'::jsonb),
      'adequacyDecisions', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.id) FROM adequacy_decisions x), '[]'::jsonb),
      'findingsState', ${options.findingsState ? Prisma.sql`(SELECT to_jsonb(x) FROM findings_state x WHERE x.company_id = ${companyId})` : Prisma.sql`NULL::jsonb`}
    ) AS rows`;
  const json = row?.rows ?? {};
  const list = (key: string) => ((json[key] ?? []) as Json[]).map(prismaFields);
  const company = json.company as Json | null;
  return {
    company: company
      ? ({
          ...prismaFields(company),
          country: prismaFields(company.country as Json),
          supervisoryAuthority: company.supervisory_authority ? prismaFields(company.supervisory_authority as Json) : null,
        } as CompanyRow)
      : null,
    dataSubjectCategories: list("dataSubjectCategories") as DataSubjectCategory[],
    dataCategories: list("dataCategories") as DataCategory[],
    recipients: list("recipients").map((r) => ({ ...r, subProcessors: (r.subProcessors as Json[]).map(prismaFields) })) as RegisterRows["recipients"],
    systems: list("systems") as System[],
    securityMeasures: list("securityMeasures") as SecurityMeasure[],
    cookies: list("cookies") as Cookie[],
    activities: activityRowsFromJson((json.activities ?? []) as Parameters<typeof activityRowsFromJson>[0]),
    countries: list("countries") as Country[],
    adequacyDecisions: list("adequacyDecisions") as AdequacyDecision[],
    findingsState: json.findingsState ? (prismaFields(json.findingsState as Json) as FindingsState) : null,
  };
}
