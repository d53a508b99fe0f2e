import ExcelJS from "exceljs";

/**
 * Workbooks laid out like the record templates DPOs start from — Datatilsynet's (bokmål)
 * and the ICO's (English) — with their own headings, title lines above them and a sheet of
 * notes: what the spreadsheet import's column-mapping step is for (issue 13). Cells are in
 * the import's conventions (docs/spreadsheet-layout.md) so the activities import.
 */
export type ForeignSheet = { name: string; rows: string[][] };

/** Datatilsynet-like: title, blank line, headings on line 3; "Ansvarlig avdeling" is no field of ours. */
export const DATATILSYNET_LIKE: ForeignSheet[] = [
  {
    name: "Protokoll",
    rows: [
      ["Protokoll over behandlingsaktiviteter – Fjellsko AS"],
      [],
      ["Behandling", "Formål med behandlingen", "Behandlingsgrunnlag", "Kategorier av registrerte", "Kategorier av personopplysninger", "Mottakere", "Sletting", "Sikkerhetstiltak", "Ansvarlig avdeling"],
      ["Kundeservice", "Svare på henvendelser fra kunder", "Avtale", "Kunder", "Kontaktopplysninger\nOrdrehistorikk", "Posten Norge", "* | 3 | år", "Tilgangskontroll | Bare kundeservice har tilgang", "Salg"],
      ["Lønn", "Utbetale lønn", "Avtale", "Ansatte", "Kontonummer", "", "* | 5 | år", "Kryptering | Lønnsfiler krypteres", "Økonomi"],
    ],
  },
  { name: "Veiledning", rows: [["Fyll inn én linje per behandling."], ["Oransje kolonner er obligatoriske."]] },
];

/** ICO-like: headings on line 2 under a title, "(if applicable)" notes, a column with no field of ours. */
export const ICO_LIKE: ForeignSheet[] = [
  {
    name: "Record of processing",
    rows: [
      ["Documentation of processing activities"],
      [
        "Business function",
        "Purpose of processing",
        "Article 6 lawful basis for processing personal data",
        "Categories of individuals",
        "Categories of personal data",
        "Categories of recipients",
        "Retention schedule (if possible)",
        "General description of technical and organisational security measures (if possible)",
        "Personal data breach?",
      ],
      ["Newsletter", "Sending the newsletter", "Consent", "Subscribers", "Email address", "Mailjet SAS", "* | 2 | years", "Access control | Only marketing staff", "No"],
    ],
  },
];

export async function foreignWorkbook(sheets: ForeignSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
