-- Several sources per activity, each with the data categories it supplies (issue 10, item 3):
-- recruitment has the applicant, the referees and public sources, and Art. 14(1)(d) and
-- 14(2)(f) ask which data come from which. Every activity's one source becomes the first of
-- its list, supplying all of its data categories (until now the notice said so of all of them).
CREATE TABLE "activity_sources" (
    "id" TEXT NOT NULL,
    "company_id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "kind" "CollectionSource" NOT NULL,
    "name" JSONB NOT NULL DEFAULT '{}',
    "is_public" BOOLEAN,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "activity_sources_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "activity_source_data_categories" (
    "company_id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "data_category_id" TEXT NOT NULL,

    CONSTRAINT "activity_source_data_categories_pkey" PRIMARY KEY ("source_id","data_category_id")
);

CREATE UNIQUE INDEX "activity_sources_id_activity_id_key" ON "activity_sources"("id", "activity_id");
CREATE INDEX "activity_sources_activity_id_sort_order_idx" ON "activity_sources"("activity_id", "sort_order");
CREATE INDEX "activity_source_data_categories_activity_id_data_category_id_idx" ON "activity_source_data_categories"("activity_id", "data_category_id");

ALTER TABLE "activity_sources" ADD CONSTRAINT "activity_sources_activity_id_company_id_fkey" FOREIGN KEY ("activity_id", "company_id") REFERENCES "processing_activities"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activity_source_data_categories" ADD CONSTRAINT "activity_source_data_categories_source_id_activity_id_fkey" FOREIGN KEY ("source_id", "activity_id") REFERENCES "activity_sources"("id", "activity_id") ON DELETE CASCADE ON UPDATE CASCADE;
-- A source supplies only the activity's own categories: unlinking one from the activity drops it here.
ALTER TABLE "activity_source_data_categories" ADD CONSTRAINT "activity_source_data_categories_activity_id_data_category_id_fkey" FOREIGN KEY ("activity_id", "data_category_id") REFERENCES "activity_data_categories"("activity_id", "data_category_id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "activity_sources" ("id", "company_id", "activity_id", "kind", "name", "is_public", "sort_order")
SELECT gen_random_uuid()::text, "company_id", "id", "collection_source", "source_name", "source_is_public", 0
FROM "processing_activities";

INSERT INTO "activity_source_data_categories" ("company_id", "activity_id", "source_id", "data_category_id")
SELECT s."company_id", s."activity_id", s."id", l."data_category_id"
FROM "activity_sources" s JOIN "activity_data_categories" l ON l."activity_id" = s."activity_id";

ALTER TABLE "processing_activities" DROP COLUMN "collection_source",
DROP COLUMN "source_name",
DROP COLUMN "source_is_public";

-- Special-category data a person volunteers unasked (a CV, a free-text field, a chat), and what
-- is done with them: the notice must say it (Art. 13(1)(c)), and keeping them needs an Art. 9(2)
-- condition of their own.
CREATE TYPE "VolunteeredHandling" AS ENUM ('DELETED', 'KEPT_WITH_EXPLICIT_CONSENT', 'KEPT_UNDER_CONDITION');
ALTER TABLE "processing_activities" ADD COLUMN "volunteered_special_categories" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "volunteered_handling" "VolunteeredHandling";
