import "server-only";

import { DATATILSYNET_ID } from "@/lib/register/supervisory-authorities";
import type { Prisma } from "@/lib/generated/prisma/client";

import { createActivities } from "../activity-rows";
import { demoActivities, PRIVACY_EMAIL } from "./demo-activities";
import { createDemoCatalogs } from "./demo-catalogs";
import type { SeedClient } from "./seed-client";

// A fictional Norwegian software company whose register follows the patterns of the two
// reference notices (shared/reference-notices), but done right under the law, so that the demo
// gives few validation findings. All names, addresses and domains are invented; the domains use
// the reserved ".example" TLD (RFC 2606). Reference data (countries, adequacy decisions,
// Datatilsynet) must have been seeded first (seedReferenceData). The catalogs are in
// demo-catalogs.ts; the activities (demo-activities.ts) are written by the one activity
// writer, as the editor's save writes them.

const DEMO_SLUG = "eksempel-programvare";

type Tx = Prisma.TransactionClient;

export interface DemoCompany {
  id: string;
  slug: string;
  legalName: string;
}

/**
 * Creates the demo company with its whole register and makes `ownerUserId` its OWNER.
 * Runs in one transaction. Not idempotent on its own: callers seed it only when no company
 * exists (see prisma/seed.ts). Tests pass their own `slug` to seed more than one copy.
 */
export async function seedDemoCompany(
  prisma: SeedClient,
  ownerUserId: string,
  options: { slug?: string } = {},
): Promise<DemoCompany> {
  return prisma.$transaction((tx) => createDemoCompany(tx, ownerUserId, options.slug ?? DEMO_SLUG), { timeout: 60_000 });
}

async function createDemoCompany(tx: Tx, ownerUserId: string, slug: string): Promise<DemoCompany> {
  const company = await tx.company.create({
    data: {
      slug,
      legalName: "Eksempel Programvare AS",
      orgNumber: "928546136", // passes MOD11 (weights 3,2,7,6,5,4,3,2); invented
      countryCode: "NO",
      postalStreet: "Demoveien 12",
      postalCode: "0150",
      postalCity: "Oslo",
      email: PRIVACY_EMAIL,
      phone: "+47 21 00 00 00",
      website: "https://programvare.example",
      employeeBand: "UNDER_250",
      isPublicAuthority: false,
      targetsEeaFromOutside: false,
      // A small software company without large-scale monitoring or Art. 9/10 data: no DPO required (Art. 37(1)).
      dpoDesignated: false,
      dpoBasis: "NONE",
      supervisoryAuthorityId: DATATILSYNET_ID,
      // A Norwegian company writes its register in bokmål first and publishes in both languages.
      noticeLanguages: ["EN", "NB"],
      primaryLanguage: "NB",
      memberships: { create: { userId: ownerUserId, role: "OWNER" } },
    },
    select: { id: true, slug: true, legalName: true },
  });
  const companyId = company.id;

  const catalogs = await createDemoCatalogs(tx, companyId);
  const activities = demoActivities(catalogs);
  await createActivities(tx, companyId, activities);

  // Read by the audit log as a register import (readable-changes.ts): "Demo register, 9 activities".
  await tx.auditEvent.create({
    data: {
      companyId,
      actorId: ownerUserId,
      action: "IMPORT",
      entityType: "Register",
      entityId: companyId,
      after: { format: "demo", activities: activities.length },
    },
  });

  return company;
}
