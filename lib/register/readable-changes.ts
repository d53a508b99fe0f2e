import type { FieldChange } from "./diff-fields";
import type { EnumName } from "./vocabulary/types";

/**
 * The history and the audit log in a DPO's words (issue 13 item 4): a stored change
 * ("purposes[ck1].lawfulBasis": "CONSENT" → "CONTRACT") becomes the field's label as the
 * editor shows it and the values as the editor shows them (enum labels, catalog entries by
 * name, dates and yes/no in the reader's language). Pure: the words come from the caller,
 * who reads the message files and the vocabulary; this module only knows which word fits.
 */

export type Words = {
  /** A message by its full key ("activities.field.lawfulBasis"); null when the files have none. */
  message: (key: string) => string | null;
  enumLabel: (enumName: EnumName, value: string) => string;
  yesNo: (value: boolean) => string;
  /** A calendar date or an instant, formatted for the reader. */
  date: (iso: string) => string;
  country: (code: string) => string;
  /** A catalog entry's name by its id; null when it no longer exists. */
  catalogName: (id: string) => string | null;
  empty: string;
};

export type ReadableChange = { field: string; before: string; after: string };

type Segment = { key: string; id?: string };

function segments(path: string): Segment[] {
  return path.split(".").map((part) => {
    const match = /^(.*)\[(.+)\]$/.exec(part);
    return match ? { key: match[1] ?? part, id: match[2] } : { key: part };
  });
}

/** Field keys whose stored name differs from the editor's label key, by the path without ids. */
const ACTIVITY_LABELS: Record<string, string> = {
  "adm.exists": "admExists",
  "adm.logic": "admLogic",
  "adm.significance": "admSignificance",
  "adm.consequences": "admConsequences",
  "adm.art22Exception": "admArt22Exception",
  "dpia.required": "dpiaRequired",
  "dpia.status": "dpiaStatus",
  "dpia.link": "dpiaLink",
  marketingAudiences: "marketingAudiences",
  "marketingAudiences.who": "marketingAudience",
  "marketingAudiences.channels": "marketingChannels",
  "marketingAudiences.route": "marketingRoute",
  "marketingAudiences.optOutOffered": "marketingOptOutOffered",
  "marketingAudiences.similarProducts": "marketingSimilarProducts",
  purposes: "purposeDescription",
  "purposes.description": "purposeDescription",
  "purposes.noticeTextEn": "purposeNoticeTextEn",
  "purposes.noticeTextNb": "purposeNoticeTextNb",
  dataSubjectCategoryIds: "dataSubjectCategories",
  dataCategoryIds: "dataCategories",
  systemIds: "systems",
  securityMeasureIds: "securityMeasures",
  cookieIds: "cookies",
  // Inside a list's rows (a row's fields are read with the list's name in front).
  "jointControllers.name": "jointControllerName",
  "controllersServed.name": "controllerName",
  "controllersServed.ourCustomers": "controllerOurCustomers",
  "controllersServed.listedIn": "customersListedIn",
  "transfers.recipientId": "transferRecipient",
  "recipients.recipientId": "recipients",
  "retentionRules.dataCategoryId": "retentionCategory",
  "retentionRules.legalReference": "retentionLegalReference",
};

/** Catalog entries' and the company profile's fields, by the key their own forms label them with. */
const CATALOG_LABELS: Record<string, string> = {
  labelEn: "activities.catalog.labelEn",
  labelNb: "activities.catalog.labelNb",
  descriptionEn: "activities.catalog.descriptionEn",
  descriptionNb: "activities.catalog.descriptionNb",
  includesChildren: "activities.catalog.includesChildren",
  specialCategory: "activities.catalog.specialCategory",
  isCriminalOffence: "activities.catalog.isCriminalOffence",
  isNationalId: "activities.catalog.isNationalId",
  name: "activities.catalog.name",
  kind: "activities.catalog.kind",
  countryCode: "activities.catalog.country",
  dpaStatus: "activities.catalog.dpaStatus",
  dpaRef: "activities.field.dpaRef",
  dpaDate: "activities.field.dpaDate",
  dpfCertified: "activities.catalog.dpfCertified",
  hostingCountryCode: "activities.catalog.hostingCountry",
  provider: "activities.catalog.provider",
  purposeEn: "activities.catalog.purposeEn",
  purposeNb: "activities.catalog.purposeNb",
  category: "activities.catalog.category",
  consentRequired: "activities.catalog.consentRequired",
  recipientId: "activities.catalog.recipientOfCookie",
  vendorRecipientId: "activities.field.recipients",
  durationKind: "activities.catalog.durationKind",
  durationAmount: "activities.catalog.durationAmount",
  durationUnit: "activities.catalog.durationUnit",
  durationTextEn: "activities.catalog.durationTextEn",
  durationTextNb: "activities.catalog.durationTextNb",
  description: "activities.field.description",
  role: "members.role",
  email: "members.email",
};

/** Which enumeration a field holds, by its last key (and entity where the same key means two things). */
const ENUM_OF: Record<string, EnumName> = {
  role: "ActivityRole",
  status: "ActivityStatus",
  collectionSource: "CollectionSource",
  art14Timing: "Art14Timing",
  art14Exemption: "Art14Exemption",
  provisionRequirement: "ProvisionRequirement",
  contractParty: "ContractParty",
  art9Condition: "Art9Condition",
  lawfulBasis: "LawfulBasis",
  art22Exception: "Art22Exception",
  "dpia.status": "DpiaStatus",
  route: "MarketingRoute",
  who: "MarketingAudienceGroup",
  channels: "MarketingChannel",
  subProcessorAuthorisation: "SubProcessorAuthorisation",
  authorisation: "SubProcessorAuthorisation",
  mechanism: "TransferMechanism",
  sccModule: "SccModule",
  unit: "RetentionUnit",
  trigger: "RetentionTrigger",
  dpaStatus: "DpaStatus",
  specialCategory: "SpecialCategory",
  category: "CookieCategory",
  durationKind: "CookieDurationKind",
  durationUnit: "CookieDurationUnit",
  employeeBand: "EmployeeBand",
  dpoBasis: "DpoBasis",
};

const ENTITY_ENUMS: Record<string, Record<string, EnumName>> = {
  Recipient: { kind: "RecipientKind" },
  SecurityMeasure: { kind: "SecurityMeasureKind" },
};

/** Fields holding catalog ids: shown by the entries' names. */
const CATALOG_ID_KEYS = new Set([
  "dataSubjectCategoryIds",
  "dataCategoryIds",
  "systemIds",
  "securityMeasureIds",
  "cookieIds",
  "recipientId",
  "subProcessorId",
  "dataCategoryId",
  "vendorRecipientId",
]);

const COUNTRY_KEYS = new Set(["countryCode", "hostingCountryCode"]);

const HIDDEN = new Set(["id", "companyId", "userId"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

type Context = { entityType: string; words: Words };

function enumOf(context: Context, keys: string[]): EnumName | undefined {
  const last = keys.at(-1) ?? "";
  if (context.entityType === "Membership" || context.entityType === "Invitation") return undefined;
  return ENTITY_ENUMS[context.entityType]?.[last] ?? ENUM_OF[keys.slice(-2).join(".")] ?? ENUM_OF[last];
}

function label(context: Context, keys: string[]): string {
  const { message } = context.words;
  const joined = keys.join(".");
  const last = keys.at(-1) ?? joined;
  if (context.entityType === "Register") {
    const text = message(`auditReadable.import.${joined}`);
    if (text) return text;
  }
  if (context.entityType === "ProcessingActivity") {
    const own = ACTIVITY_LABELS[joined] ?? ACTIVITY_LABELS[keys.slice(-2).join(".")] ?? last;
    const text = message(`activities.field.${own}`);
    if (text) return text;
  }
  if (context.entityType === "Company") {
    const text = message(`companyProfile.${last === "countryCode" ? "country" : last}`);
    if (text) return text;
  }
  if (context.entityType === "Membership" || context.entityType === "Invitation") {
    const text = message(`members.${last}`);
    if (text) return text;
  }
  const key = CATALOG_LABELS[last];
  const text = (key ? message(key) : null) ?? message(`activities.field.${last}`);
  // A field no message file names (a bookkeeping field of a record) keeps its own name rather than vanishing.
  return text ?? last;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One stored value as the editor shows it. */
function show(context: Context, keys: string[], value: unknown): string {
  const { words } = context;
  if (value === null || value === undefined || value === "") return words.empty;
  const last = keys.at(-1) ?? "";
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return value.map((item) => (isRecord(item) ? showRow(context, keys, item) : show(context, keys, item))).join(isRecord(value[0]) ? "\n" : ", ");
  }
  if (isRecord(value)) return showRow(context, keys, value);
  if (typeof value === "boolean") return words.yesNo(value);
  if (typeof value === "string") {
    if (CATALOG_ID_KEYS.has(last)) return words.catalogName(value) ?? value;
    if (COUNTRY_KEYS.has(last)) return words.country(value);
    if (context.entityType === "Register" && last === "format") return words.message(`auditReadable.import.formats.${value}`) ?? value;
    if (context.entityType === "Membership" || context.entityType === "Invitation") {
      if (last === "role") return words.message(`roles.${value}`) ?? value;
    }
    const enumName = enumOf(context, keys);
    if (enumName) return words.enumLabel(enumName, value);
    if (ISO_DATE.test(value)) return words.date(value);
    return value;
  }
  return String(value);
}

/** A row of a list (a retention rule, a transfer) or a group of values: "Label: value; Label: value". */
function showRow(context: Context, keys: string[], row: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(row)) {
    if (key === "id" || value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (isRecord(value) && Object.values(value).every((v) => v === null || v === "")) continue;
    // A text in its languages reads as its words, each with its language.
    if (key === "en" || key === "nb") {
      parts.push(`${show(context, keys, value)} (${context.words.message(`language.${key}`) ?? key})`);
      continue;
    }
    const shown = show(context, [...keys, key], value);
    if (shown !== context.words.empty) parts.push(`${label(context, [...keys, key])}: ${shown}`);
  }
  return parts.length ? parts.join("; ") : context.words.empty;
}

/**
 * The changes of one audit event, labelled and shown for a reader. A text's language
 * ("description.nb") is named after the field: "Description (Norsk bokmål)"; a row of a list
 * with ids ("purposes[ck1].lawfulBasis") is read "Purpose › Lawful basis".
 */
export function readableChanges(recordType: string, recorded: FieldChange[], words: Words): ReadableChange[] {
  // The demo seed once logged its import as the company's field "source: demo seed"; it reads as the import it was.
  const demoSeed = recordType === "Company" && recorded.length === 1 && recorded[0]?.path === "source" && recorded[0].after === "demo seed";
  const entityType = demoSeed ? "Register" : recordType;
  // An import says first where it came from.
  const changes = demoSeed ? [{ path: "format", before: null, after: "demo" }] : entityType === "Register" ? [...recorded].sort((x, y) => Number(y.path === "format") - Number(x.path === "format")) : recorded;
  const context: Context = { entityType, words };
  // Which record it is, the heading says already; its keys mean nothing to a reader.
  return changes.filter((change) => !HIDDEN.has(change.path)).map((change) => {
    const parts = segments(change.path);
    const language = parts.at(-1)?.key;
    const isLanguage = parts.length > 1 && (language === "en" || language === "nb");
    const fieldParts = isLanguage ? parts.slice(0, -1) : parts;
    const keys = fieldParts.map((p) => p.key);
    const names: string[] = [];
    fieldParts.forEach((part, i) => {
      // A row's own field is named after its list: "Purpose › Lawful basis".
      if (part.id && i < fieldParts.length - 1) names.push(label(context, keys.slice(0, i + 1)));
      else if (i === fieldParts.length - 1) {
        const own = label(context, keys);
        // "Purpose › Purpose" says it once.
        if (names.at(-1) !== own) names.push(own);
      }
    });
    const field = names.join(" › ") + (isLanguage ? ` (${words.message(`language.${language}`) ?? language})` : "");
    return { field, before: show(context, keys, change.before), after: show(context, keys, change.after) };
  })
    // An empty list becoming another empty list ([] for null) is no change to a reader.
    .filter((row) => row.before !== row.after);
}
