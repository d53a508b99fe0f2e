import "server-only";

import { ADEQUACY_DECISIONS } from "@/lib/register/adequacy";
import { COUNTRIES } from "@/lib/register/countries";
import { SUPERVISORY_AUTHORITIES } from "@/lib/register/supervisory-authorities";
import type { SeedClient } from "./seed-client";

export interface ReferenceDataCounts {
  countries: number;
  adequacyDecisions: number;
  supervisoryAuthorities: number;
}

/**
 * Upserts the reference data of lib/register (countries, adequacy decisions, supervisory
 * authorities) into the database. Idempotent and cheap: one INSERT … ON CONFLICT per table,
 * all in one transaction, and rows are only rewritten when something changed. Safe to run at
 * every start. Rows that were removed from the lists are left alone (transfers and companies
 * may still reference them).
 */
export async function seedReferenceData(prisma: SeedClient): Promise<ReferenceDataCounts> {
  const countries = {
    code: COUNTRIES.map((c) => c.code),
    nameEn: COUNTRIES.map((c) => c.nameEn),
    nameNb: COUNTRIES.map((c) => c.nameNb),
    isEea: COUNTRIES.map((c) => c.isEea),
  };
  const ad = ADEQUACY_DECISIONS;
  const sa = SUPERVISORY_AUTHORITIES;

  // Order matters: adequacy decisions and authorities reference countries.
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "countries" ("code", "name_en", "name_nb", "is_eea")
      SELECT * FROM unnest(${countries.code}::text[], ${countries.nameEn}::text[], ${countries.nameNb}::text[], ${countries.isEea}::boolean[])
      ON CONFLICT ("code") DO UPDATE SET
        "name_en" = EXCLUDED."name_en", "name_nb" = EXCLUDED."name_nb", "is_eea" = EXCLUDED."is_eea"
      WHERE ("countries"."name_en", "countries"."name_nb", "countries"."is_eea")
        IS DISTINCT FROM (EXCLUDED."name_en", EXCLUDED."name_nb", EXCLUDED."is_eea")`;
    await tx.$executeRaw`
      INSERT INTO "adequacy_decisions" ("id", "country_code", "subject_en", "subject_nb", "reference",
        "scope_en", "scope_nb", "requires_certification", "status", "adopted_on", "valid_until", "as_of", "note")
      SELECT t.id, t.country_code, t.subject_en, t.subject_nb, t.reference, t.scope_en, t.scope_nb,
        t.requires_certification, t.status::"AdequacyStatus", t.adopted_on::date, t.valid_until::date, t.as_of::date, t.note
      FROM unnest(
        ${ad.map((d) => d.id)}::text[], ${ad.map((d) => d.countryCode)}::text[],
        ${ad.map((d) => d.subjectEn)}::text[], ${ad.map((d) => d.subjectNb)}::text[],
        ${ad.map((d) => d.reference)}::text[], ${ad.map((d) => d.scopeEn)}::text[], ${ad.map((d) => d.scopeNb)}::text[],
        ${ad.map((d) => d.requiresCertification)}::boolean[], ${ad.map((d) => d.status)}::text[],
        ${ad.map((d) => d.adoptedOn)}::text[], ${ad.map((d) => d.validUntil)}::text[], ${ad.map((d) => d.asOf)}::text[],
        ${ad.map((d) => d.note)}::text[]
      ) AS t(id, country_code, subject_en, subject_nb, reference, scope_en, scope_nb,
             requires_certification, status, adopted_on, valid_until, as_of, note)
      ON CONFLICT ("id") DO UPDATE SET
        "country_code" = EXCLUDED."country_code", "subject_en" = EXCLUDED."subject_en",
        "subject_nb" = EXCLUDED."subject_nb", "reference" = EXCLUDED."reference",
        "scope_en" = EXCLUDED."scope_en", "scope_nb" = EXCLUDED."scope_nb",
        "requires_certification" = EXCLUDED."requires_certification", "status" = EXCLUDED."status",
        "adopted_on" = EXCLUDED."adopted_on", "valid_until" = EXCLUDED."valid_until",
        "as_of" = EXCLUDED."as_of", "note" = EXCLUDED."note"
      WHERE ("adequacy_decisions".*) IS DISTINCT FROM (EXCLUDED.*)`;
    await tx.$executeRaw`
      INSERT INTO "supervisory_authorities" ("id", "country_code", "name_local", "name_en", "website",
        "email", "phone", "postal_address", "visiting_address", "complaint_url", "complaint_url_local")
      SELECT * FROM unnest(
        ${sa.map((a) => a.id)}::text[], ${sa.map((a) => a.countryCode)}::text[],
        ${sa.map((a) => a.nameLocal)}::text[], ${sa.map((a) => a.nameEn)}::text[], ${sa.map((a) => a.website)}::text[],
        ${sa.map((a) => a.email)}::text[], ${sa.map((a) => a.phone)}::text[],
        ${sa.map((a) => a.postalAddress)}::text[], ${sa.map((a) => a.visitingAddress)}::text[],
        ${sa.map((a) => a.complaintUrl)}::text[], ${sa.map((a) => a.complaintUrlLocal)}::text[]
      )
      ON CONFLICT ("id") DO UPDATE SET
        "country_code" = EXCLUDED."country_code", "name_local" = EXCLUDED."name_local",
        "name_en" = EXCLUDED."name_en", "website" = EXCLUDED."website", "email" = EXCLUDED."email",
        "phone" = EXCLUDED."phone", "postal_address" = EXCLUDED."postal_address",
        "visiting_address" = EXCLUDED."visiting_address", "complaint_url" = EXCLUDED."complaint_url",
        "complaint_url_local" = EXCLUDED."complaint_url_local"
      WHERE ("supervisory_authorities".*) IS DISTINCT FROM (EXCLUDED.*)`;
  });

  return {
    countries: COUNTRIES.length,
    adequacyDecisions: ad.length,
    supervisoryAuthorities: sa.length,
  };
}
