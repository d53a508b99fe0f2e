import { z } from "zod";
import { ADEQUACY_DECISIONS, adequacyDecisionsFor } from "./adequacy";
import { findCountry, isEeaCountry } from "./countries";
import { optionalDateField } from "./dates";
import * as E from "./enums";
import { countryCodeField, optionalText, plainName } from "@/lib/validation/fields";
import { hasLegalReference, hasText, legalReferenceField, localizedTextField, requiredLocalizedTextField } from "./localized-text";

/**
 * One processing activity as the editor sends it and the route receives it
 * (legal-spec §1.2 controller record, §1.3 processor record). The shape follows
 * `ActivitySnapshot` (lib/register/snapshot.ts) so that a finding's field path
 * ("purposes.0.legalReference", "adm.logic") is also the path of the form field.
 *
 * Two layers of rules:
 * - `activityInputSchema`: structure, limits and the conditional rules that need
 *   nothing but the activity itself (6(1)(f) → interest, 6(1)(c)/(e) → law, …);
 * - `activityCatalogIssues`: rules that need the company's catalogs (is this data
 *   category special? is this recipient outside the EEA?). The form runs both
 *   through `activityInputSchemaFor(context)`; the server runs the second after
 *   loading the catalogs (lib/server/activities.ts).
 *
 * Custom messages are keys under "activityValidation." (lib/i18n/messages/{en,nb}/activities.json)
 * or the shared "validation." keys.
 */

/** Free text shown in the notice or the Art. 30 record (WP260: specific, but not an essay). */
export const LONG_TEXT_MAX = 2000;
/** References, links, short names. */
const SHORT_TEXT_MAX = 500;
const NAME_MAX = 200;

const longText = () => optionalText(LONG_TEXT_MAX);
const shortText = () => optionalText(SHORT_TEXT_MAX);
/** Text the public or an authority reads: one value per language (lib/register/localized-text.ts). */
const longLocalized = () => localizedTextField(LONG_TEXT_MAX);
const shortLocalized = () => localizedTextField(SHORT_TEXT_MAX);
const legalReference = () => legalReferenceField(SHORT_TEXT_MAX);

/** An optional name shown as a heading: no markup (everything is escaped anyway). */
const optionalPlainName = (max: number) =>
  optionalText(max).refine((value) => value === null || !/[<>]/.test(value), "validation.markup");

/** A select with an empty choice: "" (not chosen) becomes null. */
function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(values)
    .or(z.literal(""))
    .nullish()
    .transform((value): T[number] | null => (value ? value : null));
}

/** Yes / no / not stated; a select's empty choice ("") is "not stated". */
const optionalBoolean = () =>
  z
    .boolean()
    .or(z.literal(""))
    .nullish()
    .transform((value) => (value === "" || value === undefined ? null : value));

/** A catalog entry's id (cuid); whether it belongs to the company is checked by the server and by PostgreSQL. */
const catalogId = z.string().trim().min(1, "validation.required").max(64);

const idList = () =>
  z
    .array(catalogId)
    .max(500)
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, "activityValidation.duplicate");

const purposeSchema = z.object({
  /** The saved purpose's id, kept so that the history shows an edit, not a delete and an add. */
  id: z.string().max(64).nullish().transform((value) => (value ? value : null)),
  description: requiredLocalizedTextField(LONG_TEXT_MAX),
  lawfulBasis: optionalEnum(E.LAWFUL_BASES),
  legalReference: legalReference(),
  legitimateInterest: longLocalized(),
  liaRef: shortText(),
  liaDate: optionalDateField(),
  consentWithdrawal: longLocalized(),
  /** The DPO's own wording replacing the generated sentence for this purpose (NoticeText). */
  noticeTextEn: longText(),
  noticeTextNb: longText(),
});

/**
 * Contact details are printed as written in every notice language (an address is not
 * translated), so they must be an address — an e-mail address, a web address, a phone
 * number or a postal address — and not a sentence that one language's reader cannot read.
 * A digit stands for a phone number or a street number and postcode.
 */
function isContactDetails(text: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(text) || /(https?:\/\/|www\.)\S+|\b[\p{L}0-9-]+\.[a-z]{2,}\b/iu.test(text) || /\d/.test(text);
}

const jointControllerSchema = z.object({
  name: plainName(NAME_MAX),
  contact: shortText().refine((value) => value === null || isContactDetails(value), "activityValidation.contactNotAddress"),
  arrangementLink: shortText(),
  essenceText: longLocalized(),
});

/** One audience of e-mail/SMS marketing (markedsføringsloven § 15) and its route. */
const marketingAudienceSchema = z.object({
  who: optionalEnum(E.MARKETING_AUDIENCE_GROUPS),
  channels: z
    .array(z.enum(E.MARKETING_CHANNELS))
    .default([])
    .refine((list) => new Set(list).size === list.length, "activityValidation.duplicate"),
  route: optionalEnum(E.MARKETING_ROUTES),
  optOutOffered: optionalBoolean(),
  similarProducts: optionalBoolean(),
});

/**
 * Art. 30(2)(a): a named controller (its proper name, printed as written in every language), or
 * our customers as a class (ADR 030): the vocabulary words the class in each language, with an
 * optional note per language of where each customer is listed. A name is required only for a
 * named controller (checked with the activity's other rules below).
 */
const controllerServedSchema = z
  .object({
    ourCustomers: z.boolean().default(false),
    name: optionalPlainName(NAME_MAX),
    listedIn: shortLocalized(),
    contact: shortText(),
    representative: shortText(),
    dpoContact: shortText(),
    processingCategories: longLocalized(),
    dpaRef: shortText(),
    dpaDate: optionalDateField(),
  })
  .transform(({ ourCustomers, name, listedIn, ...controller }) =>
    // The class has no proper name, and a named controller no list of customers.
    ourCustomers ? { ourCustomers, name: "", listedIn, ...controller } : { ourCustomers, name: name ?? "", listedIn: {}, ...controller },
  );

const activityRecipientSchema = z.object({
  recipientId: catalogId,
  /** For a PROCESSOR activity: the controller's authorisation of this sub-processor (Art. 28(2)). */
  subProcessorAuthorisation: optionalEnum(E.SUB_PROCESSOR_AUTHORISATIONS),
  /** Art. 28(4): the same obligations imposed on the sub-processor. */
  flowDownContract: optionalBoolean(),
});

const transferSchema = z.object({
  recipientId: catalogId,
  subProcessorId: z.string().trim().max(64).nullish().transform((value) => (value ? value : null)),
  countryCode: countryCodeField.refine((code) => findCountry(code) !== undefined, "validation.country"),
  /** Null: not decided yet. Saved on purpose so the register can say what is true today (TR-002 then points here). */
  mechanism: optionalEnum(E.TRANSFER_MECHANISMS),
  sccModule: optionalEnum(E.SCC_MODULES),
  adequacyDecisionId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((id) => id === null || ADEQUACY_DECISIONS.some((d) => d.id === id), "fieldRules.choice"),
  tiaRef: shortText(),
  copyAccess: shortLocalized(),
  art49Assessment: longLocalized(),
  isRegular: z.boolean().default(false),
});

const retentionRuleSchema = z.object({
  /** Null: the rule covers the whole activity. */
  dataCategoryId: z.string().trim().max(64).nullish().transform((value) => (value ? value : null)),
  duration: z
    .number("activityValidation.duration")
    .int("activityValidation.duration")
    .min(0, "activityValidation.duration")
    .max(1000, "activityValidation.duration")
    .or(z.literal(""))
    .nullish()
    .transform((value) => (value === "" || value === undefined ? null : value)),
  unit: optionalEnum(E.RETENTION_UNITS),
  trigger: optionalEnum(E.RETENTION_TRIGGERS),
  triggerText: shortLocalized(),
  criteriaText: longLocalized(),
  legalReference: legalReference(),
});

/**
 * One source of the data (Art. 13 vs 14; 14(1)(d), 14(2)(f)) and the activity's data
 * categories it supplies; with one source it supplies them all (lib/register/sources.ts).
 */
const activitySourceSchema = z.object({
  kind: z.enum(E.COLLECTION_SOURCES),
  name: shortLocalized(),
  isPublic: optionalBoolean(),
  dataCategoryIds: idList(),
});

const activityObject = z.object({
  // General
  name: plainName(NAME_MAX),
  noticeTitleEn: optionalPlainName(NAME_MAX),
  noticeTitleNb: optionalPlainName(NAME_MAX),
  description: longLocalized(),
  role: z.enum(E.ACTIVITY_ROLES),
  /** Retiring and restoring have their own actions; a save moves between draft and active. */
  status: z.enum(["DRAFT", "ACTIVE"]).default("DRAFT"),
  showInNotice: z.boolean().default(true),

  // Source and obligation to provide (Art. 13 vs 14; 13(2)(e); 14(2)(f), 14(3), 14(5))
  // An input without sources (an older client) means the person, as the column's default did.
  sources: z.array(activitySourceSchema).min(1, "activityValidation.sourceRequired").max(20).default([{ kind: "DATA_SUBJECT_DIRECT", name: {}, isPublic: null, dataCategoryIds: [] }]),
  art14Timing: optionalEnum(E.ART14_TIMINGS),
  art14Exemption: optionalEnum(E.ART14_EXEMPTIONS),
  art14ExemptionJustification: longLocalized(),
  provisionRequirement: optionalEnum(E.PROVISION_REQUIREMENTS),
  provisionConsequence: longLocalized(),
  // Who the contract is with; an input without it (an older client or file) means the person.
  contractParty: z.enum(E.CONTRACT_PARTIES).default("DATA_SUBJECT"),

  // Special categories, criminal data, national identity numbers (Art. 9, 10; pol. § 12)
  art9Condition: optionalEnum(E.ART9_CONDITIONS),
  art9LegalReference: legalReference(),
  art10Authority: longLocalized(),
  nationalIdJustification: longLocalized(),
  // Special categories a person may send unasked (a CV, a free-text field), and what is done with them
  volunteeredSpecialCategories: z.boolean().default(false),
  volunteeredHandling: optionalEnum(E.VOLUNTEERED_HANDLINGS),

  // Art. 22; 13(2)(f)
  adm: z
    .object({
      exists: z.boolean().default(false),
      logic: longLocalized(),
      significance: longLocalized(),
      consequences: longLocalized(),
      art22Exception: optionalEnum(E.ART22_EXCEPTIONS),
    })
    .prefault({}),
  // Art. 35
  dpia: z
    .object({ required: z.boolean().default(false), status: optionalEnum(E.DPIA_STATUSES), link: shortText() })
    .prefault({}),
  // Art. 30(5)
  isOccasional: z.boolean().default(false),
  isLikelyRisk: z.boolean().default(false),
  // markedsføringsloven § 15: one entry per audience, each with its own route
  marketingAudiences: z.array(marketingAudienceSchema).max(10).default([]),

  consentRecordRef: shortText(),
  securityMeasuresText: longLocalized(),

  // Processor record (Art. 30(2))
  processingCategories: longLocalized(),
  controllerDpaRef: shortText(),
  controllerDpaDate: optionalDateField(),

  purposes: z.array(purposeSchema).max(50).default([]),
  jointControllers: z.array(jointControllerSchema).max(50).default([]),
  controllersServed: z.array(controllerServedSchema).max(50).default([]),

  dataSubjectCategoryIds: idList(),
  dataCategoryIds: idList(),
  recipients: z
    .array(activityRecipientSchema)
    .max(500)
    .default([])
    .refine((list) => new Set(list.map((r) => r.recipientId)).size === list.length, "activityValidation.duplicate"),
  systemIds: idList(),
  securityMeasureIds: idList(),
  cookieIds: idList(),
  transfers: z.array(transferSchema).max(500).default([]),
  retentionRules: z.array(retentionRuleSchema).max(200).default([]),

  /** The DPO's own wording replacing the generated activity paragraph (NoticeText with no purpose). */
  noticeTextEn: longText(),
  noticeTextNb: longText(),

  /** The version the form was loaded with; absent when creating. */
  version: z.number().int().positive().optional(),
});

type ActivityObject = z.output<typeof activityObject>;
type Issue = { path: (string | number)[]; message: string };

/** Art. 9(2)(b), (g), (h), (i), (j) need a Union or Member-State law (legal-spec §1.4.3 †). */
export const ART9_CONDITIONS_NEEDING_LAW: readonly E.Art9Condition[] = [
  "EMPLOYMENT_SOCIAL_SECURITY",
  "SUBSTANTIAL_PUBLIC_INTEREST",
  "HEALTH_OR_SOCIAL_CARE",
  "PUBLIC_HEALTH",
  "ARCHIVING_RESEARCH_STATISTICS",
];

/** Is the data's source someone other than the data subject (Art. 14)? */
export function isArt14Source(source: E.CollectionSource): boolean {
  return source === "THIRD_PARTY" || source === "PUBLIC_SOURCE";
}

/** The rules that need nothing but the activity itself. */
function activityIssues(activity: ActivityObject): Issue[] {
  const issues: Issue[] = [];
  activity.purposes.forEach((purpose, index) => {
    // Art. 13(1)(d), 14(2)(b): the interest itself must be stated (LB-004); the LIA is a hint only.
    if (purpose.lawfulBasis === "LEGITIMATE_INTERESTS" && !hasText(purpose.legitimateInterest)) {
      issues.push({ path: ["purposes", index, "legitimateInterest"], message: "activityValidation.interestRequired" });
    }
    // Art. 6(3): the law that lays down the obligation or the task (LB-003).
    if ((purpose.lawfulBasis === "LEGAL_OBLIGATION" || purpose.lawfulBasis === "PUBLIC_TASK") && !hasLegalReference(purpose.legalReference)) {
      issues.push({ path: ["purposes", index, "legalReference"], message: "activityValidation.lawRequired" });
    }
  });
  // Art. 9(2)(b)/(g)/(h)/(i)/(j) rest on a law (SC-002).
  if (activity.art9Condition && ART9_CONDITIONS_NEEDING_LAW.includes(activity.art9Condition) && !hasLegalReference(activity.art9LegalReference)) {
    issues.push({ path: ["art9LegalReference"], message: "activityValidation.art9LawRequired" });
  }
  // Art. 14(2)(f): from which source the data originate (SRC-001). A source's category that
  // the activity no longer links (unticked above it in the form) is dropped by the writer.
  activity.sources.forEach((source, index) => {
    if (isArt14Source(source.kind) && !hasText(source.name)) issues.push({ path: ["sources", index, "name"], message: "activityValidation.sourceNameRequired" });
  });
  // Art. 30(2)(a): "the name and contact details of … each controller on behalf of which the processor is acting".
  activity.controllersServed.forEach((controller, index) => {
    if (!controller.ourCustomers && controller.name === "") issues.push({ path: ["controllersServed", index, "name"], message: "validation.required" });
  });
  // Transfers and retention rules hang on the activity's own recipients and data categories
  // (compound foreign keys); say so beside the field rather than as a bare 404.
  const recipientIds = new Set(activity.recipients.map((r) => r.recipientId));
  const seenTransfers = new Set<string>();
  activity.transfers.forEach((transfer, index) => {
    if (!recipientIds.has(transfer.recipientId)) {
      issues.push({ path: ["transfers", index, "recipientId"], message: "activityValidation.recipientNotLinked" });
    }
    // One transfer per entity and country: a second would say the same twice in the record and
    // the notice, or contradict the first (TR-009 flags those already stored).
    const key = transferKey(transfer);
    if (seenTransfers.has(key)) issues.push({ path: ["transfers", index, "recipientId"], message: "transferValidation.duplicate" });
    seenTransfers.add(key);
  });
  const categoryIds = new Set(activity.dataCategoryIds);
  const seenCategories = new Set<string | null>();
  activity.retentionRules.forEach((rule, index) => {
    if (rule.dataCategoryId !== null && !categoryIds.has(rule.dataCategoryId)) {
      issues.push({ path: ["retentionRules", index, "dataCategoryId"], message: "activityValidation.categoryNotLinked" });
    }
    if (seenCategories.has(rule.dataCategoryId)) {
      issues.push({ path: ["retentionRules", index, "dataCategoryId"], message: "activityValidation.duplicate" });
    }
    seenCategories.add(rule.dataCategoryId);
    if (rule.duration !== null && rule.unit === null) {
      issues.push({ path: ["retentionRules", index, "unit"], message: "activityValidation.unitRequired" });
    }
    if (rule.trigger === "OTHER" && !hasText(rule.triggerText)) {
      issues.push({ path: ["retentionRules", index, "triggerText"], message: "validation.required" });
    }
  });
  return issues;
}

/** What the catalog-dependent rules need to know about the company's catalog entries. */
export type ActivityCatalogContext = {
  dataCategories: ReadonlyMap<string, { specialCategory: string | null; isCriminalOffence: boolean; isNationalId: boolean }>;
  recipients: ReadonlyMap<string, { countryCode: string | null }>;
};

/**
 * The rules that need the catalogs: special-category data asks for an Art. 9(2)
 * condition (SC-001), Art. 10 data for its authority (SC-003), national identity
 * numbers for the pol. § 12 justification (SC-004), a recipient outside the EEA
 * for a transfer record (TR-001). Ids missing from the context are reported as
 * unknown (another company's id, or a deleted entry).
 */
export function activityCatalogIssues(activity: ActivityObject, context: ActivityCatalogContext): Issue[] {
  const issues: Issue[] = [];
  const categories = activity.dataCategoryIds.map((id) => context.dataCategories.get(id));
  activity.dataCategoryIds.forEach((id, index) => {
    if (!context.dataCategories.has(id)) issues.push({ path: ["dataCategoryIds", index], message: "activityValidation.unknownEntry" });
  });
  if (categories.some((c) => c?.specialCategory) && !activity.art9Condition) {
    issues.push({ path: ["art9Condition"], message: "activityValidation.art9ConditionRequired" });
  }
  if (categories.some((c) => c?.isCriminalOffence) && !hasText(activity.art10Authority)) {
    issues.push({ path: ["art10Authority"], message: "activityValidation.art10Required" });
  }
  if (categories.some((c) => c?.isNationalId) && !hasText(activity.nationalIdJustification)) {
    issues.push({ path: ["nationalIdJustification"], message: "activityValidation.nationalIdRequired" });
  }
  activity.recipients.forEach((link, index) => {
    const recipient = context.recipients.get(link.recipientId);
    if (!recipient) {
      issues.push({ path: ["recipients", index, "recipientId"], message: "activityValidation.unknownEntry" });
      return;
    }
    // Art. 44, 30(1)(e): data going outside the EEA need a transfer record. Its mechanism may
    // still be "not decided" — the register must be able to say so, and TR-002 then flags it.
    if (recipient.countryCode && !isEeaCountry(recipient.countryCode) && !activity.transfers.some((t) => t.recipientId === link.recipientId)) {
      issues.push({ path: ["recipients", index, "recipientId"], message: "activityValidation.transferRequired" });
    }
  });
  return issues;
}

function addIssues(issues: Issue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}

/** The activity as the route receives it; see the module comment for what it does not check. */
export const activityInputSchema = activityObject.superRefine((activity, ctx) => addIssues(activityIssues(activity), ctx));

/** The same schema plus the catalog-dependent rules, for the form (which holds the catalogs). */
export function activityInputSchemaFor(context: ActivityCatalogContext) {
  return activityObject.superRefine((activity, ctx) => addIssues([...activityIssues(activity), ...activityCatalogIssues(activity, context)], ctx));
}

export type ActivityFormValues = z.input<typeof activityInputSchema>;
export type ActivityInput = z.output<typeof activityInputSchema>;

/** What makes two transfers the same: the entity the data reach (recipient or its sub-processor) and the country. */
export function transferKey(transfer: { recipientId: string; subProcessorId: string | null; countryCode: string }): string {
  return [transfer.recipientId, transfer.subProcessorId ?? "", transfer.countryCode.toUpperCase()].join("|");
}

/** Where a transfer can go: a recipient itself, or one of its sub-processors (Art. 44 onward transfers). */
export type TransferTarget = { recipientId: string; subProcessorId: string | null; name: string; countryCode: string | null; dpfCertified: boolean };

type TargetRecipient = {
  id: string;
  name: string;
  countryCode: string | null;
  dpfCertified: boolean;
  subProcessors: readonly { id: string; name: string; countryCode: string | null; dpfCertified?: boolean }[];
};

/** The recipient and each of its sub-processors, as transfer targets. */
export function transferTargets(recipient: TargetRecipient): TransferTarget[] {
  return [
    { recipientId: recipient.id, subProcessorId: null, name: recipient.name, countryCode: recipient.countryCode, dpfCertified: recipient.dpfCertified },
    ...recipient.subProcessors.map((s) => ({ recipientId: recipient.id, subProcessorId: s.id, name: s.name, countryCode: s.countryCode, dpfCertified: s.dpfCertified === true })),
  ];
}

/**
 * The transfer the editor proposes when data reach a recipient, or one of its
 * sub-processors, outside the EEA: ADEQUACY with the decision where one in force
 * covers the country, unless the decision only covers certified organisations
 * (EU-US DPF, TR-003) and the entity the data reach is not certified — the
 * certification is the US entity's, not its EEA subsidiary's; otherwise the
 * mechanism is left for the DPO.
 */
export function proposedTransfer(target: { id: string; subProcessorId?: string | null; countryCode: string; dpfCertified?: boolean }) {
  const decision = adequacyDecisionsFor(target.countryCode).find((d) => !d.requiresCertification || target.dpfCertified === true);
  return {
    recipientId: target.id,
    subProcessorId: target.subProcessorId ?? null,
    countryCode: target.countryCode,
    mechanism: decision ? ("ADEQUACY" as const) : null,
    sccModule: null,
    adequacyDecisionId: decision?.id ?? null,
    tiaRef: null,
    copyAccess: {},
    art49Assessment: {},
    isRegular: true,
  };
}

/**
 * A saved activity as form values: null becomes "" (what an empty input or an
 * unchosen select holds); the schema turns "" back into null when parsing.
 */
export function nullsToEmpty(value: unknown): unknown {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : nullsToEmpty(item)));
  if (typeof value === "object" && value !== undefined) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, nullsToEmpty(v)]));
  }
  return value;
}

/** An empty activity for the "New activity" form. */
export function emptyActivity(): ActivityInput {
  // Parsed with a placeholder name so every default is filled in, then the name is emptied for the user.
  return { ...activityInputSchema.parse({ name: "-", role: "CONTROLLER" }), name: "" };
}

/** Retire and restore: the version the page was loaded with. */
export const activityStatusChangeSchema = z.object({ version: z.number().int().positive() });
