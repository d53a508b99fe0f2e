/**
 * Test support: an empty company to which a template is added through the data layer,
 * with the company's own parts filled in as a DPO would in the dashboard — its address,
 * its security measures (before the template, so adding it links them), a Norwegian
 * processor under a signed DPA, a recipient, a system, cookies, the balancing tests,
 * the consent record and the controllers served — then activated.
 */
import { activityInputSchema } from "@/lib/register/activity-schema";
import { CATALOG_SCHEMAS, type CatalogKind } from "@/lib/register/catalog-schemas";
import type { Language } from "@/lib/register/languages";
import type { ActivityTemplate } from "@/lib/register/templates";
import type { CompanyAccess } from "@/lib/server/access";
import { getActivity, updateActivity } from "@/lib/server/activities";
import { createCatalogEntry } from "@/lib/server/catalogs";
import { db } from "@/lib/server/db";
import { addActivityFromTemplate } from "@/lib/server/templates";
import { createCompany, createUser } from "./factories";

/** Creates a catalog entry from what a DPO types into its form (the form schema fills the defaults). */
function create<K extends CatalogKind>(access: CompanyAccess, kind: K, values: Record<string, unknown>) {
  return createCatalogEntry(access, kind, CATALOG_SCHEMAS[kind].create.parse(values));
}

/** An owner and a company with nothing in its catalogs, its address filled in (Art. 13(1)(a)). */
export async function emptyCompanyWithOwner() {
  const owner = await createUser();
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }]);
  // The cookie banner's facts as a company with a website records them (CK-007 asks for them once a template adds cookies).
  await db().company.update({
    where: { id: company.id },
    data: { postalStreet: "Storgata 1", postalCode: "0155", postalCity: "Oslo", orgNumber: "923609016", cookieBannerBeforeSetting: true, cookieRefuseAsEasy: true, cookieSettingsUrl: "https://example.no/cookies" },
  });
  // The owner's access as companyAccessFor would give it, built here so that Playwright specs can
  // seed with this helper without loading next-auth (lib/server/access imports the auth config).
  const access: CompanyAccess = { user: owner, company: { id: company.id, slug: company.slug, legalName: company.legalName }, role: "OWNER" };
  return { owner, company, access };
}

/** Adds the template and fills in what only the company knows; returns the activity's id. */
export async function addAndFillTemplate(access: CompanyAccess, template: ActivityTemplate, language: Language): Promise<string> {
  for (const kind of template.securityMeasures) {
    await create(access, "security-measures", { kind, descriptionEn: `Our ${kind.toLowerCase()} routine.`, descriptionNb: `Vår rutine for ${kind.toLowerCase()}.` });
  }
  const { activity } = await addActivityFromTemplate(access, template.id, language);
  const parts = new Set(template.companyParts.map((part) => part.kind));
  const input = await getActivity(access, activity.id);
  const recipients = [...input.recipients];
  const systemIds = [...input.systemIds];
  const cookieIds = [...input.cookieIds];
  let processorId: string | null = null;
  if (parts.has("processors")) {
    const processor = await create(access, "recipients", {
      name: "Norsk Driftspartner AS",
      kind: "PROCESSOR",
      countryCode: "NO",
      dpaStatus: "SIGNED",
      dpaDate: "2026-01-15",
      descriptionEn: "Runs the system for us",
      descriptionNb: "Drifter systemet for oss",
    });
    processorId = processor?.id ?? null;
    if (processorId) {
      const ours = template.role === "PROCESSOR";
      recipients.push({ recipientId: processorId, subProcessorAuthorisation: ours ? "GENERAL" : null, flowDownContract: ours ? true : null });
    }
  }
  if (parts.has("recipients")) {
    const controller = await create(access, "recipients", {
      name: "Revisjon og Rådgivning AS",
      kind: "CONTROLLER",
      countryCode: "NO",
      dpaStatus: "NOT_REQUIRED",
      descriptionEn: "Receives the data for its own task",
      descriptionNb: "Mottar opplysningene for sin egen oppgave",
    });
    if (controller) recipients.push({ recipientId: controller.id, subProcessorAuthorisation: null, flowDownContract: null });
  }
  if (parts.has("systems")) {
    const system = await create(access, "systems", { name: "Fagsystemet", hostingCountryCode: "NO", vendorRecipientId: processorId });
    if (system) systemIds.push(system.id);
  }
  const consent = input.purposes.some((p) => p.lawfulBasis === "CONSENT");
  if (parts.has("cookies")) {
    const cookie = await create(
      access,
      "cookies",
      consent
        ? { name: "_stats", provider: "Norsk Driftspartner AS", purposeEn: "Distinguishes visitors for statistics", purposeNb: "Skiller besøkende fra hverandre for statistikk", category: "STATISTICS", duration: { kind: "PERIOD", amount: 13, unit: "MONTHS" }, consentRequired: true, recipientId: processorId }
        : { name: "session", provider: "Our website", purposeEn: "Keeps the visit together", purposeNb: "Holder besøket sammen", category: "STRICTLY_NECESSARY", duration: { kind: "SESSION" }, consentRequired: false },
    );
    if (cookie) cookieIds.push(cookie.id);
  }
  const controllersServed = parts.has("controllersServed")
    ? [{ name: "Kunde AS", contact: "personvern@kunde.no", processingCategories: input.processingCategories, dpaRef: "Databehandleravtale 2026-01", dpaDate: "2026-01-15" }]
    : input.controllersServed;
  const filled = activityInputSchema.parse({
    ...input,
    status: "ACTIVE",
    recipients,
    systemIds,
    cookieIds,
    controllersServed,
    controllerDpaRef: parts.has("controllersServed") ? "Databehandleravtale 2026-01" : input.controllerDpaRef,
    consentRecordRef: consent ? "Samtykkeloggen i påmeldingsløsningen" : input.consentRecordRef,
    purposes: input.purposes.map((p) => (p.lawfulBasis === "LEGITIMATE_INTERESTS" ? { ...p, liaRef: "Interesseavveining 2026-01", liaDate: "2026-01-10" } : p)),
    version: input.version,
  });
  await updateActivity(access, activity.id, filled);
  return activity.id;
}
