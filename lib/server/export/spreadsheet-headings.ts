import "server-only";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { unstorableText } from "@/lib/validation/storable";
import { choicesToRemember, type ColumnMapping, type SavedHeadings, type WorkbookSheet } from "@/lib/export/spreadsheet/mapping";
import type { CompanyAccess } from "../access";
import { db } from "../db";

/**
 * The column mapping a company's DPO chose in the spreadsheet import, remembered per
 * heading so that the next workbook with the same headings is mapped the same way
 * (docs/decisions/021-spreadsheet-column-mapping.md).
 */

export async function savedHeadings(access: CompanyAccess): Promise<SavedHeadings> {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const rows = await db().spreadsheetHeading.findMany({ where: { companyId: access.company.id }, select: { heading: true, field: true } });
  return new Map(rows.map((row) => [row.heading, row.field]));
}

const MAX_HEADING = 500;

/** Remembers the choices that differ from the automatic match and forgets those that no longer do. */
export async function rememberHeadings(access: CompanyAccess, sheets: WorkbookSheet[], mapping: ColumnMapping): Promise<void> {
  if (!can(access.role, "register.write")) throw new AppError("FORBIDDEN");
  const companyId = access.company.id;
  const chosen = choicesToRemember(sheets, mapping);
  // A heading PostgreSQL cannot hold (a NUL) or too long to be a heading is not remembered; the dry run reports the cell.
  const keep = (heading: string) => heading.length <= MAX_HEADING && unstorableText(heading) === null;
  const remember = chosen.remember.filter((choice) => keep(choice.heading));
  const forget = chosen.forget.filter(keep);
  await db().$transaction([
    db().spreadsheetHeading.deleteMany({ where: { companyId, heading: { in: forget } } }),
    ...remember.map(({ heading, field }) =>
      db().spreadsheetHeading.upsert({ where: { companyId_heading: { companyId, heading } }, create: { companyId, heading, field }, update: { field } }),
    ),
  ]);
}
