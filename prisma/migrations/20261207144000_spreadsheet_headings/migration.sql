-- The column mapping of the spreadsheet import, remembered per company (issue 13;
-- docs/decisions/021-spreadsheet-column-mapping.md): a heading of the company's own workbook
-- and the register field the DPO chose for it (null: ignore the column).
CREATE TABLE "spreadsheet_headings" (
    "company_id" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "field" TEXT,
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "spreadsheet_headings_pkey" PRIMARY KEY ("company_id","heading")
);

ALTER TABLE "spreadsheet_headings" ADD CONSTRAINT "spreadsheet_headings_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
