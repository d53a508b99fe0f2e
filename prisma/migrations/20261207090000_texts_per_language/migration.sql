-- Every text the public or an authority reads holds one value per language (issue 9, item 2):
-- a JSONB object { "en": "…", "nb": "…" } (LocalizedText, lib/register/localized-text.ts).
-- A text written before has been written in the company's primary language, so it moves there;
-- an empty text becomes {}. Legal references become { law, section, text } with the old text as
-- the free-text fallback (the law list is not guessed from free text). Cookie durations become
-- structured where the old text plainly is a session or an amount and a unit
-- (lib/register/cookie-duration.ts cookieDurationOfText reads the same way), else free text.

CREATE FUNCTION pg_temp.localized(text_value TEXT, language "Locale") RETURNS JSONB
LANGUAGE SQL IMMUTABLE AS $$
  SELECT CASE WHEN text_value IS NULL OR btrim(text_value) = '' THEN '{}'::jsonb
              ELSE jsonb_build_object(lower(language::text), btrim(text_value)) END
$$;

CREATE FUNCTION pg_temp.legal_reference(text_value TEXT, language "Locale") RETURNS JSONB
LANGUAGE SQL IMMUTABLE AS $$
  SELECT jsonb_build_object('law', NULL, 'section', NULL, 'text', pg_temp.localized(text_value, language))
$$;

DO $$
DECLARE
  target RECORD;
BEGIN
  FOR target IN
    SELECT * FROM (VALUES
      ('processing_activities', 'description', 'localized', 'id'),
      ('processing_activities', 'source_name', 'localized', 'id'),
      ('processing_activities', 'art14_exemption_justification', 'localized', 'id'),
      ('processing_activities', 'provision_consequence', 'localized', 'id'),
      ('processing_activities', 'art9_legal_reference', 'legal_reference', 'id'),
      ('processing_activities', 'art10_authority', 'localized', 'id'),
      ('processing_activities', 'national_id_justification', 'localized', 'id'),
      ('processing_activities', 'adm_logic', 'localized', 'id'),
      ('processing_activities', 'adm_significance', 'localized', 'id'),
      ('processing_activities', 'adm_consequences', 'localized', 'id'),
      ('processing_activities', 'security_measures_text', 'localized', 'id'),
      ('processing_activities', 'processing_categories', 'localized', 'id'),
      ('purposes', 'description', 'localized', 'id'),
      ('purposes', 'legal_reference', 'legal_reference', 'id'),
      ('purposes', 'legitimate_interest', 'localized', 'id'),
      ('purposes', 'consent_withdrawal', 'localized', 'id'),
      ('joint_controllers', 'essence_text', 'localized', 'id'),
      ('controllers_served', 'processing_categories', 'localized', 'id'),
      ('transfers', 'copy_access', 'localized', 'id'),
      ('transfers', 'art49_assessment', 'localized', 'id'),
      ('retention_rules', 'trigger_text', 'localized', 'id'),
      ('retention_rules', 'criteria_text', 'localized', 'id'),
      ('retention_rules', 'legal_reference', 'legal_reference', 'id')
    ) AS t(table_name, column_name, kind, id_column)
  LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN %I JSONB', target.table_name, target.column_name || '_localized');
    EXECUTE format(
      'UPDATE %1$I AS row SET %2$I = pg_temp.%3$s(row.%4$I, c.primary_language) FROM companies c WHERE c.id = row.company_id',
      target.table_name, target.column_name || '_localized', target.kind, target.column_name
    );
    EXECUTE format('ALTER TABLE %I DROP COLUMN %I', target.table_name, target.column_name);
    EXECUTE format('ALTER TABLE %I RENAME COLUMN %I TO %I', target.table_name, target.column_name || '_localized', target.column_name);
    IF target.kind = 'legal_reference' THEN
      EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT %L::jsonb', target.table_name, target.column_name, '{"law": null, "section": null, "text": {}}');
      EXECUTE format('UPDATE %I SET %I = %L::jsonb WHERE %I IS NULL', target.table_name, target.column_name, '{"law": null, "section": null, "text": {}}', target.column_name);
    ELSE
      EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT %L::jsonb', target.table_name, target.column_name, '{}');
      EXECUTE format('UPDATE %I SET %I = %L::jsonb WHERE %I IS NULL', target.table_name, target.column_name, '{}', target.column_name);
    END IF;
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET NOT NULL', target.table_name, target.column_name);
  END LOOP;
END $$;

-- A purpose's description has no default: the editor requires it in at least one language.
ALTER TABLE "purposes" ALTER COLUMN "description" DROP DEFAULT;

-- Cookie durations: "Session" → session; "2 years", «13 måneder», "30 min" → amount and unit; else free text.
ALTER TABLE "cookies" ADD COLUMN "duration" JSONB;
UPDATE "cookies" AS cookie SET "duration" = CASE
  WHEN lower(btrim(cookie.duration_text)) IN ('session', 'økt', 'sesjon', 'session cookie')
    THEN '{"kind": "SESSION", "amount": null, "unit": null, "text": {}}'::jsonb
  WHEN lower(btrim(cookie.duration_text)) ~ '^[0-9]{1,4}\s*(min|minutt|minute|h|hour|time|timer|t$|d|day|dag|døgn|w|week|uke|m|month|måned|mnd|y|year|år)[a-zæøå]*\.?$'
       AND substring(lower(btrim(cookie.duration_text)) FROM '^([0-9]{1,4})')::int > 0
    THEN jsonb_build_object(
      'kind', 'PERIOD',
      'amount', substring(lower(btrim(cookie.duration_text)) FROM '^([0-9]{1,4})')::int,
      'unit', CASE
        WHEN lower(btrim(cookie.duration_text)) ~ '^[0-9]+\s*(min|minutt|minute)' THEN 'MINUTES'
        WHEN lower(btrim(cookie.duration_text)) ~ '^[0-9]+\s*(h|hour|time|timer|t$)' THEN 'HOURS'
        WHEN lower(btrim(cookie.duration_text)) ~ '^[0-9]+\s*(d|day|dag|døgn)' THEN 'DAYS'
        WHEN lower(btrim(cookie.duration_text)) ~ '^[0-9]+\s*(w|week|uke)' THEN 'WEEKS'
        WHEN lower(btrim(cookie.duration_text)) ~ '^[0-9]+\s*(m|month|måned|mnd)' THEN 'MONTHS'
        ELSE 'YEARS' END,
      'text', '{}'::jsonb)
  ELSE jsonb_build_object('kind', 'TEXT', 'amount', NULL, 'unit', NULL, 'text', pg_temp.localized(cookie.duration_text, c.primary_language))
END
FROM companies c WHERE c.id = cookie.company_id;
ALTER TABLE "cookies" ALTER COLUMN "duration" SET NOT NULL;
ALTER TABLE "cookies" DROP COLUMN "duration_text";
