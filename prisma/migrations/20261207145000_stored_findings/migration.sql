-- The legal checks' findings stored per company and activity (issue 12; docs/decisions/022-stored-findings.md).
-- Derived data: rewritten in the transaction of every write that can change them. Companies that
-- exist now have no findings_state row, so their findings are computed on first read.
-- CreateTable
CREATE TABLE "stored_findings" (
    "id" BIGSERIAL NOT NULL,
    "company_id" TEXT NOT NULL,
    "activity_id" TEXT,
    "rule_id" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "subject_id" TEXT,
    "catalog" TEXT,
    "field" TEXT NOT NULL,
    "language" TEXT,
    "message" JSONB NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "stored_findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings_state" (
    "company_id" TEXT NOT NULL,
    "rules_revision" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "computed_on" DATE NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "findings_state_pkey" PRIMARY KEY ("company_id")
);

-- CreateIndex
CREATE INDEX "stored_findings_company_id_activity_id_idx" ON "stored_findings"("company_id", "activity_id");

-- AddForeignKey
ALTER TABLE "stored_findings" ADD CONSTRAINT "stored_findings_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings_state" ADD CONSTRAINT "findings_state_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;


