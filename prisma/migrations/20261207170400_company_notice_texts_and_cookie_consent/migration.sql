-- Issue 10 item 3: the company's own notice texts (introduction, scope, a named contact for
-- privacy questions) and the cookie banner's facts, and a cookie's consent derived from its
-- category with an explicit override. Nothing recorded before is lost.

ALTER TABLE "companies"
  ADD COLUMN "notice_introduction" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "notice_scope" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "privacy_contact_name" TEXT,
  ADD COLUMN "privacy_contact_role" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "cookie_banner_before_setting" BOOLEAN,
  ADD COLUMN "cookie_refuse_as_easy" BOOLEAN,
  ADD COLUMN "cookie_withdrawal" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "cookie_settings_url" TEXT;

CREATE TYPE "CookieConsent" AS ENUM ('BY_CATEGORY', 'REQUIRED', 'NOT_REQUIRED');

ALTER TABLE "cookies"
  ADD COLUMN "consent" "CookieConsent" NOT NULL DEFAULT 'BY_CATEGORY',
  ADD COLUMN "consent_reason" JSONB NOT NULL DEFAULT '{}';

-- A value that equals what the category says follows the category from now on; one that
-- differs stays as the DPO set it, an override without a reason yet (CK-005, CK-006 ask for it).
UPDATE "cookies"
SET "consent" = CASE WHEN "consent_required" THEN 'REQUIRED'::"CookieConsent" ELSE 'NOT_REQUIRED'::"CookieConsent" END
WHERE "consent_required" <> ("category" <> 'STRICTLY_NECESSARY');

ALTER TABLE "cookies" DROP COLUMN "consent_required";
