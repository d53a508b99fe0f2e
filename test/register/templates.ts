/**
 * Test support: a template added to an empty company, with the company's own parts
 * filled in as a DPO would fill them (a Norwegian processor under a signed DPA, a
 * system it runs, the company's security measures, the balancing tests and the
 * consent record), as a RegisterSnapshot for the checks and the notice compiler.
 */
import type { ActivityInput } from "@/lib/register/activity-schema";
import type { Language } from "@/lib/register/languages";
import type { ActivitySnapshot, CookieSnapshot, RecipientSnapshot, RegisterSnapshot, SecurityMeasureSnapshot, SystemSnapshot } from "@/lib/register/snapshot";
import { planTemplate, templateActivityInput, type TemplateCatalogIds } from "@/lib/register/templates/apply";
import type { ActivityTemplate } from "@/lib/register/templates/types";
import { buildSnapshot, cookie, recipient, securityMeasure, system } from "./snapshot-builder";

const TIMESTAMP = "2026-02-01T09:00:00.000Z";

/** The activity's snapshot as the database would read it back after saving the editor's input. */
function activitySnapshotFromInput(input: ActivityInput, id: string): ActivitySnapshot {
  const { noticeTextEn, noticeTextNb, version: _version, purposes, jointControllers, controllersServed, sources, transfers, retentionRules, ...fields } = input;
  const purposeRows = purposes.map(({ noticeTextEn: _en, noticeTextNb: _nb, ...purpose }, i) => ({ ...purpose, id: purpose.id ?? `${id}-purpose-${i}`, sortOrder: i }));
  const noticeTexts = [
    ...(noticeTextEn ? [{ id: `${id}-text-en`, purposeId: null, language: "EN" as const, text: noticeTextEn }] : []),
    ...(noticeTextNb ? [{ id: `${id}-text-nb`, purposeId: null, language: "NB" as const, text: noticeTextNb }] : []),
  ];
  return {
    ...fields,
    id,
    status: input.status,
    purposes: purposeRows,
    jointControllers: jointControllers.map((joint, i) => ({ ...joint, id: `${id}-joint-${i}` })),
    controllersServed: controllersServed.map((controller, i) => ({ ...controller, id: `${id}-controller-${i}` })),
    sources: sources.map((source, i) => ({ ...source, id: `${id}-source-${i}` })),
    transfers: transfers.map((transfer, i) => ({ ...transfer, id: `${id}-transfer-${i}` })),
    retentionRules: retentionRules.map((rule, i) => ({ ...rule, id: `${id}-rule-${i}`, sortOrder: i })),
    noticeTexts,
    version: 1,
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
  };
}

/** What a DPO types in for each company-specific part, in the test's words. */
export const FILLED = {
  processorName: "Norsk Driftspartner AS",
  controllerName: "Revisjon og Rådgivning AS",
  systemName: "Fagsystemet",
  liaRef: "Interesseavveining 2026-01, lagret i personvernmappen",
  consentRecordRef: "Samtykkeloggen i påmeldingsløsningen (tidspunkt og tekst for hvert samtykke)",
  controllerDpaRef: "Databehandleravtale signert 2026-01-15",
} as const;

/**
 * An empty company (no activities, no catalog) to which the template is added
 * and filled in, the activity set ACTIVE as the DPO would after filling it in.
 */
export function filledTemplateSnapshot(template: ActivityTemplate, language: Language): RegisterSnapshot {
  const plan = planTemplate(template, { dataCategories: [], dataSubjectCategories: [], recipients: [], securityMeasures: [] });
  const ids: TemplateCatalogIds = { dataCategories: {}, dataSubjects: {}, authorities: {}, securityMeasures: [] };
  const dataCategories = plan.missing.dataCategories.map(({ key, values }) => {
    ids.dataCategories[key] = `dc-${key}`;
    return { id: `dc-${key}`, ...values };
  });
  const dataSubjectCategories = plan.missing.dataSubjects.map(({ key, values }) => {
    ids.dataSubjects[key] = `dsc-${key}`;
    return { id: `dsc-${key}`, ...values };
  });
  const recipients: RecipientSnapshot[] = plan.missing.authorities.map(({ key, values }) => {
    ids.authorities[key] = `recipient-${key}`;
    return recipient({ ...values, id: `recipient-${key}`, subProcessors: [] });
  });
  // The DPO describes the company's own measure of each kind the template names.
  const securityMeasures: SecurityMeasureSnapshot[] = template.securityMeasures.map((kind) =>
    securityMeasure({ id: `sm-${kind}`, kind, descriptionEn: `Our ${kind.toLowerCase().replace(/_/g, " ")} measure.`, descriptionNb: `Vårt tiltak for ${kind.toLowerCase().replace(/_/g, " ")}.` }),
  );
  ids.securityMeasures = securityMeasures.map((m) => m.id);

  const input = templateActivityInput(template, ids, language);
  const activity = activitySnapshotFromInput({ ...input, status: "ACTIVE" }, `activity-${template.id}`);

  const parts = new Set(template.companyParts.map((part) => part.kind));
  const systems: SystemSnapshot[] = [];
  const cookies: CookieSnapshot[] = [];
  const processor = recipient({
    id: "recipient-processor",
    name: FILLED.processorName,
    kind: "PROCESSOR",
    countryCode: "NO",
    dpaStatus: "SIGNED",
    dpaDate: "2026-01-15",
    dpaRef: "DPA-2026-01",
    descriptionEn: "Runs the system for us",
    descriptionNb: "Drifter systemet for oss",
    subProcessors: [],
  });
  if (parts.has("processors")) {
    recipients.push(processor);
    activity.recipients.push({
      recipientId: processor.id,
      // For a processor activity the company's processors are its sub-processors (Art. 28(2), (4)).
      subProcessorAuthorisation: template.role === "PROCESSOR" ? "GENERAL" : null,
      flowDownContract: template.role === "PROCESSOR" ? true : null,
    });
  }
  if (parts.has("recipients")) {
    const controller = recipient({
      id: "recipient-controller",
      name: FILLED.controllerName,
      kind: "CONTROLLER",
      countryCode: "NO",
      dpaStatus: "NOT_REQUIRED",
      descriptionEn: "Receives the data for its own task",
      descriptionNb: "Mottar opplysningene for sin egen oppgave",
      subProcessors: [],
    });
    recipients.push(controller);
    activity.recipients.push({ recipientId: controller.id, subProcessorAuthorisation: null, flowDownContract: null });
  }
  if (parts.has("systems")) {
    systems.push(system({ id: "system-main", name: FILLED.systemName, hostingCountryCode: "NO", vendorRecipientId: parts.has("processors") ? processor.id : null }));
    activity.systemIds.push("system-main");
  }
  if (parts.has("cookies")) {
    const consent = activity.purposes.some((p) => p.lawfulBasis === "CONSENT");
    cookies.push(
      consent
        ? cookie({ id: "cookie-stats", name: "_stats", provider: FILLED.processorName, purposeEn: "Distinguishes visitors for statistics", purposeNb: "Skiller besøkende fra hverandre for statistikk", category: "STATISTICS", durationText: "13 months", consentRequired: true, recipientId: parts.has("processors") ? processor.id : null })
        : cookie({ id: "cookie-session", name: "session", provider: "Our website", purposeEn: "Keeps you signed in during the visit", purposeNb: "Holder deg innlogget under besøket", category: "STRICTLY_NECESSARY", durationText: "Session", consentRequired: false, recipientId: null }),
    );
    activity.cookieIds.push(cookies[0]?.id ?? "");
  }
  if (parts.has("controllersServed")) {
    activity.controllersServed.push({
      id: `${activity.id}-controller-0`,
      ourCustomers: false,
      name: "Kunde AS",
      listedIn: {},
      contact: "personvern@kunde.no",
      representative: null,
      dpoContact: null,
      processingCategories: activity.processingCategories,
      dpaRef: FILLED.controllerDpaRef,
      dpaDate: "2026-01-15",
    });
    activity.controllerDpaRef = FILLED.controllerDpaRef;
  }
  activity.purposes = activity.purposes.map((purpose) => (purpose.lawfulBasis === "LEGITIMATE_INTERESTS" ? { ...purpose, liaRef: FILLED.liaRef, liaDate: "2026-01-10" } : purpose));
  if (activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT")) activity.consentRecordRef = FILLED.consentRecordRef;

  const snapshot = buildSnapshot({ activities: [activity] });
  snapshot.catalogs = { dataCategories, dataSubjectCategories, recipients, systems, securityMeasures, cookies };
  return snapshot;
}
