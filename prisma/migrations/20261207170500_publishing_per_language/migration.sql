-- A version publishes the notice languages whose texts are complete (ADR 027). Every version
-- before this one published both languages, which the default records for them.
ALTER TABLE "notice_versions" ADD COLUMN "languages" "Locale"[] NOT NULL DEFAULT ARRAY['EN', 'NB']::"Locale"[];
