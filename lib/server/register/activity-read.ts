import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "../db";
import type { ActivityRow } from "./snapshot";

/**
 * Reads activities with their parts in ONE statement (each part table aggregated as JSON),
 * shaped as Prisma's `ACTIVITY_INCLUDE` reads them — which takes fourteen statements, one per
 * table. A save reads its activity twice (before and after the write); round trips were most of
 * its time (issue 12). lib/server/register/activity-read.int.test.ts compares the two readers on
 * an activity that fills every column.
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

/** The DateTime columns of the activity tables: JSON carries them as text. */
const DATE_FIELDS = new Set(["createdAt", "updatedAt", "controllerDpaDate", "nextReviewOn", "lastReviewedAt", "liaDate", "dpaDate"]);

/** The list columns: NULL in a row written without them (a bulk insert), which Prisma reads as []. */
const LIST_FIELDS = new Set(["channels"]);

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A row's columns under Prisma's field names (its own keys only: JSON columns keep theirs). */
function fields(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = camel(column);
    out[field] = DATE_FIELDS.has(field) && typeof value === "string" ? new Date(value) : LIST_FIELDS.has(field) && value === null ? [] : value;
  }
  return out;
}

/** The company's activities of `ids` with their parts, by creation (the snapshot's order). */
export async function readActivityRows(reader: DbClient, companyId: string, ids: readonly string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  const rows = await reader.$queryRaw<{ activity: Record<string, unknown>; parts: Record<string, Record<string, unknown>[]> }[]>`
    SELECT to_jsonb(a) AS activity, jsonb_build_object(${PARTS_SQL}) AS parts
    FROM processing_activities a
    WHERE a.company_id = ${companyId} AND a.id = ANY(${[...ids]}::text[])
    ORDER BY a.created_at, a.id`;
  return rows.map(({ activity, parts }) => {
    const row = fields(activity);
    for (const [field] of PARTS) row[field] = (parts[field] ?? []).map(fields);
    row.sources = (row.sources as Record<string, unknown>[]).map((source) => ({ ...source, dataCategories: (source.dataCategories as Record<string, unknown>[]).map(fields) }));
    return row as ActivityRow;
  });
}
