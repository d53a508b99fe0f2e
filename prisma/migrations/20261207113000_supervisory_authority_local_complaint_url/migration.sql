-- The complaint page in the authority's own language (the seed fills it), so that a bokmål
-- notice links Datatilsynet's Norwegian page instead of its English one.
ALTER TABLE "supervisory_authorities" ADD COLUMN "complaint_url_local" TEXT;
