import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "../db";
import type { ActivityRow } from "./snapshot";

/**
 * Reads activities with their parts in ONE statement (each part table aggregated as JSON),
 * shaped as Prisma's `ACTIVITY_INCLUDE` reads them — which takes fourteen statements, one per
 * table. A save reads its activity twice (before and after the write); round trips were most of
 * its time (issue 12). lib/server/activity-rows.int.test.ts compares the two readers on an
 * activity that fills every column.
 */

/** The part tables, in ACTIVITY_INCLUDE's order of fields and rows. */
const PARTS: [field: string, table: string, order: string][] = [
  ["purposes", "purposes", "x.sort_order, x.id"],
  ["sources", "activity_sources", "x.sort_order, x.id"],
  ["jointControllers", "joint_controllers", "x.created_at, x.id"],
  ["controllersServed", "controllers_served", "x.created_at, x.id"],
  ["marketingAudiences", "marketing_audiences", "x.sort_order, x.id"],
  ["dataSubjectCategories", "activity_data_subject_categories", "x.data_subject_category_id"],
  ["dataCategories", "activity_data_categories", "x.data_category_id"],
  ["recipients", "activity_recipients", "x.recipient_id"],
  ["systems", "activity_systems", "x.system_id"],
  ["securityMeasures", "activity_security_measures", "x.security_measure_id"],
  ["cookies", "activity_cookies", "x.cookie_id"],
  ["transfers", "transfers", "x.created_at, x.id"],
  ["retentionRules", "retention_rules", "x.sort_order, x.id"],
  ["noticeTexts", "notice_texts", "x.id"],
];

/** A source with the data categories it supplies, as the include's `dataCategories: { select: { dataCategoryId } }`. */
const ROW: Record<string, string> = {
  activity_sources: `to_jsonb(x) || jsonb_build_object('data_categories', COALESCE((SELECT jsonb_agg(jsonb_build_object('data_category_id', y.data_category_id) ORDER BY y.data_category_id) FROM activity_source_data_categories y WHERE y.source_id = x.id), '[]'::jsonb))`,
};

const PARTS_SQL = Prisma.raw(
  PARTS.map(
    ([field, table, order]) =>
      `'${field}', COALESCE((SELECT jsonb_agg(${ROW[table] ?? "to_jsonb(x)"} ORDER BY ${order}) FROM ${table} x WHERE x.activity_id = a.id AND x.company_id = a.company_id), '[]'::jsonb)`,
  ).join(",\n"),
);

/** The DateTime fields of the tables read as JSON (register-read.ts too): JSON carries them as text. */
const DATE_FIELDS = new Set(["createdAt", "updatedAt", "controllerDpaDate", "nextReviewOn", "lastReviewedAt", "liaDate", "dpaDate", "adoptedOn", "validUntil", "asOf", "computedOn", "computedAt"]);

/** The list columns: NULL in a row written without them (a bulk insert), which Prisma reads as []. */
const LIST_FIELDS = new Set(["channels", "noticeLanguages"]);

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A row read as JSON (`to_jsonb`) as Prisma reads it: its columns under Prisma's field names (its own keys only: JSON columns keep theirs). */
export function prismaFields(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = camel(column);
    out[field] = DATE_FIELDS.has(field) && typeof value === "string" ? new Date(value) : LIST_FIELDS.has(field) && value === null ? [] : value;
  }
  return out;
}

/**
 * The company's activities of `ids` with their parts as one JSON array (a subquery), by
 * creation (the snapshot's order): for a statement that reads them beside other things.
 */
export function activityRowsJson(companyId: string, ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT jsonb_agg(jsonb_build_object('activity', to_jsonb(a), 'parts', jsonb_build_object(${PARTS_SQL})) ORDER BY a.created_at, a.id)
    FROM processing_activities a
    WHERE a.company_id = ${companyId} AND a.id = ANY(${[...ids]}::text[])), '[]'::jsonb)`;
}

type ActivityJson = { activity: Record<string, unknown>; parts: Record<string, Record<string, unknown>[]> };

/** What `activityRowsJson` read, as Prisma's include reads it. */
export function activityRowsFromJson(rows: readonly ActivityJson[]): ActivityRow[] {
  return rows.map(({ activity, parts }) => {
    const row = prismaFields(activity);
    for (const [field] of PARTS) row[field] = (parts[field] ?? []).map(prismaFields);
    row.sources = (row.sources as Record<string, unknown>[]).map((source) => ({ ...source, dataCategories: (source.dataCategories as Record<string, unknown>[]).map(prismaFields) }));
    return row as ActivityRow;
  });
}

/** The company's activities of `ids` with their parts, by creation (the snapshot's order). */
export async function readActivityRows(reader: DbClient, companyId: string, ids: readonly string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  const [row] = await reader.$queryRaw<{ activities: ActivityJson[] }[]>`SELECT ${activityRowsJson(companyId, ids)} AS activities`;
  return activityRowsFromJson(row?.activities ?? []);
}
