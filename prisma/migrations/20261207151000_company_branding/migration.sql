-- The public page's look (issue 11, docs/decisions/024-company-branding.md): an accent colour
-- and a logo per company, taken into each notice version when it is published.
CREATE TABLE "company_logos" (
    "company_id" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content_type" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "company_logos_pkey" PRIMARY KEY ("company_id", "sha256"),
    CONSTRAINT "company_logos_content_type_check" CHECK ("content_type" IN ('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml')),
    CONSTRAINT "company_logos_size_check" CHECK (octet_length("bytes") BETWEEN 1 AND 204800)
);
CREATE INDEX "company_logos_sha256_idx" ON "company_logos"("sha256");
ALTER TABLE "company_logos" ADD CONSTRAINT "company_logos_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "companies" ADD COLUMN "accent_colour" VARCHAR(7), ADD COLUMN "logo_sha256" CHAR(64);
ALTER TABLE "companies" ADD CONSTRAINT "companies_accent_colour_check" CHECK ("accent_colour" ~ '^#[0-9a-f]{6}$');
-- The current logo is one of the company's own (docs/decisions/009); checked at statement end,
-- so deleting the whole company still cascades.
ALTER TABLE "companies" ADD CONSTRAINT "companies_logo_fkey" FOREIGN KEY ("id", "logo_sha256") REFERENCES "company_logos"("company_id", "sha256") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;

-- Adding columns rewrites no row: the immutability trigger (notice_versions_immutable) is not asked.
ALTER TABLE "notice_versions" ADD COLUMN "accent_colour" VARCHAR(7), ADD COLUMN "logo_sha256" CHAR(64);
ALTER TABLE "notice_versions" ADD CONSTRAINT "notice_versions_accent_colour_check" CHECK ("accent_colour" ~ '^#[0-9a-f]{6}$');
ALTER TABLE "notice_versions" ADD CONSTRAINT "notice_versions_logo_fkey" FOREIGN KEY ("company_id", "logo_sha256") REFERENCES "company_logos"("company_id", "sha256") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED;
