-- Each activity's completeness stored with its findings (issue 12; docs/decisions/022-stored-findings.md):
-- the overview reads it instead of reading its page's activities whole. Derived data, current when the
-- company's findings are; companies that exist now get theirs at the next whole computation (their
-- findings_state is reset so that it happens on their next read).
-- CreateTable
CREATE TABLE "stored_completeness" (
    "company_id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "stored_completeness_pkey" PRIMARY KEY ("company_id","activity_id")
);

-- AddForeignKey
ALTER TABLE "stored_completeness" ADD CONSTRAINT "stored_completeness_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: no company's findings are current until its completeness is stored too.
DELETE FROM "findings_state";
