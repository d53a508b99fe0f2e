-- E-mail/SMS marketing audiences, each with its own route (issue 10, markedsføringsloven § 15):
-- a webshop markets to its customers on the existing-customer exception and to everyone else
-- on consent, which one route per activity could not say. Each activity's single route
-- becomes its first audience: on the existing-customer route that audience is the existing
-- customers; on consent (or no route) who it reaches was never recorded, and stays unsaid.
CREATE TYPE "MarketingAudienceGroup" AS ENUM ('EXISTING_CUSTOMERS', 'OTHERS');

CREATE TABLE "marketing_audiences" (
    "id" TEXT NOT NULL,
    "company_id" TEXT NOT NULL,
    "activity_id" TEXT NOT NULL,
    "who" "MarketingAudienceGroup",
    "channels" "MarketingChannel"[],
    "route" "MarketingRoute",
    "opt_out_offered" BOOLEAN,
    "similar_products" BOOLEAN,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "marketing_audiences_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "marketing_audiences_activity_id_sort_order_idx" ON "marketing_audiences"("activity_id", "sort_order");
ALTER TABLE "marketing_audiences" ADD CONSTRAINT "marketing_audiences_activity_id_company_id_fkey" FOREIGN KEY ("activity_id", "company_id") REFERENCES "processing_activities"("id", "company_id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "marketing_audiences" ("id", "company_id", "activity_id", "who", "channels", "route", "opt_out_offered", "similar_products", "sort_order", "updated_at")
SELECT gen_random_uuid()::text, "company_id", "id",
       CASE WHEN "marketing_route" = 'EXISTING_CUSTOMER' THEN 'EXISTING_CUSTOMERS'::"MarketingAudienceGroup" END,
       "marketing_channels", "marketing_route", "marketing_opt_out_offered", "marketing_similar_products", 0, CURRENT_TIMESTAMP
FROM "processing_activities"
WHERE cardinality("marketing_channels") > 0 OR "marketing_route" IS NOT NULL
   OR "marketing_opt_out_offered" IS NOT NULL OR "marketing_similar_products" IS NOT NULL;

ALTER TABLE "processing_activities"
    DROP COLUMN "marketing_channels",
    DROP COLUMN "marketing_route",
    DROP COLUMN "marketing_opt_out_offered",
    DROP COLUMN "marketing_similar_products";
