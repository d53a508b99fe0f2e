-- A system's and a sub-processor's description reach the Art. 30 PDF and the exports, so they
-- hold one text per language like a recipient's (issue 9, item 2). A description written before
-- was written in the company's primary language, so it moves there.

ALTER TABLE "systems" ADD COLUMN "description_en" TEXT, ADD COLUMN "description_nb" TEXT;
UPDATE "systems" AS s
SET "description_en" = CASE WHEN c."primary_language" = 'EN' THEN NULLIF(btrim(s."description"), '') END,
    "description_nb" = CASE WHEN c."primary_language" = 'NB' THEN NULLIF(btrim(s."description"), '') END
FROM "companies" AS c
WHERE c."id" = s."company_id";
ALTER TABLE "systems" DROP COLUMN "description";

ALTER TABLE "sub_processors" ADD COLUMN "description_en" TEXT, ADD COLUMN "description_nb" TEXT;
UPDATE "sub_processors" AS sp
SET "description_en" = CASE WHEN c."primary_language" = 'EN' THEN NULLIF(btrim(sp."description"), '') END,
    "description_nb" = CASE WHEN c."primary_language" = 'NB' THEN NULLIF(btrim(sp."description"), '') END
FROM "companies" AS c
WHERE c."id" = sp."company_id";
ALTER TABLE "sub_processors" DROP COLUMN "description";
