-- A company's notice languages and the primary language of its register (issue 9, item 1).
-- Existing companies publish in both languages, as they did; their texts were written in
-- English (a company has had no language of its own), so English is their primary language.
ALTER TABLE "companies" ADD COLUMN "notice_languages" "Locale"[] NOT NULL DEFAULT ARRAY['EN', 'NB']::"Locale"[],
ADD COLUMN "primary_language" "Locale" NOT NULL DEFAULT 'EN';

-- A company must publish in at least one language, and write first in one of them.
ALTER TABLE "companies" ADD CONSTRAINT "companies_notice_languages_not_empty" CHECK (cardinality("notice_languages") > 0);
ALTER TABLE "companies" ADD CONSTRAINT "companies_primary_language_published" CHECK ("primary_language" = ANY ("notice_languages"));
