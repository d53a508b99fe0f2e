-- When a translation of a text was last written, as the fingerprint of the primary-language
-- text it was written from (issue 9; docs/decisions/017-translations-remember-their-source.md).
-- Texts written before have no mark: they count as up to date until their source changes.
CREATE TABLE "translation_marks" (
    "company_id" TEXT NOT NULL,
    "subject_key" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "language" "Locale" NOT NULL,
    "source_sha256" CHAR(64) NOT NULL,
    "written_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "translation_marks_pkey" PRIMARY KEY ("company_id","subject_key","field","language")
);

ALTER TABLE "translation_marks" ADD CONSTRAINT "translation_marks_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
