/** Where an imported activity came from: its sheet, its line, and the file's header of each column it read (by column id). */
export type ActivityOrigin = { sheet: string; line: number; headers: Record<string, string> };

/** Fields of the register document whose spreadsheet column has another id (lib/export/spreadsheet/layout.ts). */
const COLUMN_OF_FIELD: Record<string, string> = {
  volunteeredHandling: "volunteered",
  volunteeredSpecialCategories: "volunteered",
  // A purpose's text is the purposes column, not the activity's description.
  "purposes.description": "purposes",
  liaRef: "lia",
  liaDate: "lia",
  controllerDpaRef: "controllerDpa",
  controllerDpaDate: "controllerDpa",
  dataSubjectCategories: "dataSubjects",
  retentionRules: "retention",
  subProcessorAuthorisation: "processorContracts",
  flowDownContract: "processorContracts",
  mechanism: "safeguards",
  sccModule: "safeguards",
  adequacyDecisionId: "safeguards",
  tiaRef: "safeguards",
  copyAccess: "safeguards",
  art49Assessment: "safeguards",
};

/**
 * The header of the column that holds a field of an imported activity, given
 * the field's path in the register document ("purposes[0].legalReference",
 * "adm.logic"): the most specific field first, then the list or group it is
 * in. Null when the file has no such column (a value the row did not set).
 */
export function issueColumn(origin: ActivityOrigin, fieldPath: string): string | null {
  const names = fieldPath.split(/[.[\]]/).filter((part) => part !== "" && !/^\d+$/.test(part));
  // A source's fields sit in the three source columns ("name" alone would be the activity's name).
  if (names[0] === "sources") {
    const column = { kind: "source", name: "sourceName", isPublic: "sourceName", dataCategories: "sourceData" }[names[1] ?? "kind"] ?? "source";
    return origin.headers[column] ?? origin.headers.source ?? null;
  }
  const own = COLUMN_OF_FIELD[names.slice(-2).join(".")];
  if (own !== undefined && origin.headers[own] !== undefined) return origin.headers[own];
  for (const name of [...names].reverse()) {
    const header = origin.headers[COLUMN_OF_FIELD[name] ?? name];
    if (header !== undefined) return header;
  }
  return null;
}
