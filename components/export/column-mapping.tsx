"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Select } from "@/components/ui/select";
import type { ColumnMapping, HeadingMatch, SheetProposal } from "@/lib/export/spreadsheet/mapping";

const fieldSchema = z.object({ id: z.string(), label: z.string() });

/** The mapping route's answer (app/api/companies/[companyId]/import/mapping), parsed where the browser receives it. */
export const mappingProposalSchema = z.object({
  sheets: z.array(
    z.object({
      sheetName: z.string(),
      record: z.enum(["controller", "processor"]).nullable(),
      headerLine: z.number().nullable(),
      columns: z.array(z.object({ heading: z.string(), field: z.string().nullable(), match: z.enum(["saved", "layout", "synonym", "none"]) })),
      problem: z.enum(["emptySheet", "noHeaderRow"]).nullable(),
    }),
  ),
  fields: z.object({ controller: z.array(fieldSchema), processor: z.array(fieldSchema) }),
  required: z.array(z.string()),
});
export type MappingProposal = z.output<typeof mappingProposalSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SheetsMatchServer = Assert<Same<MappingProposal["sheets"][number], SheetProposal>>;

/**
 * The column-mapping step of the workbook import (docs/decisions/021-spreadsheet-column-mapping.md):
 * per sheet the record it is read as, and per column heading the register field, as the
 * server proposed them; every choice a native select, so the keyboard does it all.
 */
export function ColumnMappingStep({ proposal, mapping, onChange }: { proposal: MappingProposal; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const t = useTranslations("spreadsheetMapping");
  const id = useId();
  const headingCount = proposal.sheets.reduce((sum, sheet) => sum + sheet.columns.filter((c) => c.heading.trim() !== "").length, 0);
  const allAutomatic = proposal.sheets.every((sheet, s) => mappingNeedsNoLook(sheet, mapping.sheets[s], proposal.required));
  const update = (s: number, change: (sheet: ColumnMapping["sheets"][number]) => ColumnMapping["sheets"][number]) =>
    onChange({ sheets: mapping.sheets.map((sheet, i) => (i === s ? change(sheet) : sheet)) });

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-slate-200 p-4" data-testid="column-mapping">
      <h3 id={`${id}-heading`} className="font-semibold">
        {t("heading")}
      </h3>
      {allAutomatic ? <Alert tone="success">{t("allMatched", { count: headingCount })}</Alert> : <p className="text-sm text-slate-700">{t("intro")}</p>}
      {proposal.sheets.map((sheet, s) => {
        const choice = mapping.sheets[s];
        if (!choice) return null;
        const sheetId = `${id}-sheet-${s}`;
        const fields = choice.record ? proposal.fields[choice.record] : [];
        const missing = choice.record ? proposal.required.filter((field) => !choice.fields.includes(field)) : [];
        return (
          <fieldset key={sheet.sheetName} className="space-y-2 border-t border-slate-200 pt-3">
            <legend className="font-medium">{t("sheetLegend", { sheet: sheet.sheetName })}</legend>
            {sheet.problem ? (
              <p className="text-sm text-slate-700">{t(`sheetProblem.${sheet.problem}`)}</p>
            ) : (
              <>
                <div className="max-w-md space-y-1">
                  <label htmlFor={`${sheetId}-record`} className="text-sm font-medium">
                    {t("record")}
                  </label>
                  <Select
                    id={`${sheetId}-record`}
                    value={choice.record ?? ""}
                    onChange={(event) => {
                      const record = event.target.value === "controller" || event.target.value === "processor" ? event.target.value : null;
                      const valid = new Set((record ? proposal.fields[record] : []).map((f) => f.id));
                      update(s, (c) => ({ ...c, record, fields: c.fields.map((field) => (field !== null && valid.has(field) ? field : null)) }));
                    }}
                  >
                    <option value="controller">{t("recordController")}</option>
                    <option value="processor">{t("recordProcessor")}</option>
                    <option value="">{t("recordSkip")}</option>
                  </Select>
                </div>
                {sheet.headerLine !== null ? <p className="text-xs text-slate-600">{t("headingLine", { line: sheet.headerLine })}</p> : null}
                {missing.map((field) => (
                  <Alert key={field} tone="error">
                    {t("missing", { field: proposal.fields[choice.record ?? "controller"].find((f) => f.id === field)?.label ?? field })}
                  </Alert>
                ))}
                {choice.record ? (
                  <div className="overflow-x-auto">
                    <table className="min-w-full border-collapse text-left text-sm">
                      <thead>
                        <tr className="border-b border-slate-300">
                          <th scope="col" className="py-1 pr-4">{t("columnHeading")}</th>
                          <th scope="col" className="py-1 pr-4">{t("field")}</th>
                          <th scope="col" className="py-1">{t("matchedBy")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {sheet.columns.map((column, c) => {
                          if (column.heading.trim() === "") return null;
                          const selectId = `${sheetId}-column-${c}`;
                          const chosen = choice.fields[c] ?? null;
                          return (
                            <tr key={c} className="border-b border-slate-100 align-top">
                              <th scope="row" className="py-1 pr-4 font-normal">
                                <label htmlFor={selectId}>{column.heading}</label>
                              </th>
                              <td className="py-1 pr-4">
                                <Select
                                  id={selectId}
                                  value={chosen ?? ""}
                                  className="min-w-64"
                                  onChange={(event) => update(s, (sh) => ({ ...sh, fields: sh.fields.map((f, i) => (i === c ? event.target.value || null : f)) }))}
                                >
                                  <option value="">{t("ignore")}</option>
                                  {fields.map((field) => (
                                    <option key={field.id} value={field.id}>
                                      {field.label}
                                    </option>
                                  ))}
                                </Select>
                              </td>
                              <td className="py-1 text-slate-700">{t(`match.${matchShown(column.field, chosen, column.match)}`)}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                ) : null}
              </>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}

function matchShown(proposed: string | null, chosen: string | null, match: HeadingMatch): HeadingMatch | "changed" {
  return proposed === chosen ? match : "changed";
}

/** A sheet the DPO need not look at: our own headings, all recognised, nothing required missing. */
export function mappingNeedsNoLook(sheet: SheetProposal, choice: ColumnMapping["sheets"][number] | undefined, required: string[]): boolean {
  if (sheet.problem === "emptySheet") return true;
  if (!choice || sheet.problem || choice.record === null) return false;
  const named = sheet.columns.filter((c) => c.heading.trim() !== "");
  return named.every((c) => c.match === "layout" || c.match === "saved") && required.every((field) => choice.fields.includes(field));
}
