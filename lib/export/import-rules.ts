import type { z } from "zod";
import { activityInputSchemaFor, type ActivityCatalogContext, type ActivityInput } from "@/lib/register/activity-schema";
import {
  cookieSchema,
  dataCategorySchema,
  dataSubjectCategorySchema,
  recipientSchema,
  securityMeasureSchema,
  systemSchema,
  type CookieValues,
  type DataCategoryValues,
  type DataSubjectCategoryValues,
  type RecipientValues,
  type SecurityMeasureValues,
  type SubProcessorValues,
  type SystemValues,
} from "@/lib/register/catalog-schemas";
import { companyProfileSchema, type CompanyProfile } from "@/lib/register/company-profile";
import type { ActivityStatus } from "@/lib/register/enums";
import { issueMessage } from "@/lib/validation/messages";
import type { DocumentActivity, DocumentCatalogs, DocumentController, ImportIssue } from "./json/format";

/**
 * Every import (JSON, XLSX, CSV) is checked with the schemas the editor, the
 * catalog forms and the company profile form use, and refused with their
 * messages: what imports can be opened and saved, and what the editor would
 * refuse is refused here too (docs/decisions/006-one-activity-writer.md).
 *
 * Catalog references are checked with the file's own keys standing in for
 * database ids; the importer swaps in the ids when it writes.
 */

type Keyed<T> = T & { key: string };

type ImportedCatalogs = {
  dataSubjectCategories: Keyed<DataSubjectCategoryValues>[];
  dataCategories: Keyed<DataCategoryValues>[];
  recipients: Keyed<Omit<RecipientValues, "subProcessors"> & { subProcessors: Keyed<SubProcessorValues>[] }>[];
  /** `vendorRecipientId` is a recipient's key. */
  systems: Keyed<SystemValues>[];
  securityMeasures: Keyed<SecurityMeasureValues>[];
  /** `recipientId` is a recipient's key. */
  cookies: Keyed<CookieValues>[];
};

/** An activity as the editor would save it; its catalog ids are the file's keys (sub-processors as "recipient/sub"). */
export type ImportedActivity = { key: string; status: ActivityStatus; input: ActivityInput };

export type CheckedImport = { controller: CompanyProfile | null; catalogs: ImportedCatalogs; activities: ImportedActivity[] };

/** A path such as "activities[2].purposes[0].legalReference". */
function jsonPath(parts: readonly PropertyKey[]): string {
  return parts.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

/** The form's field names where the file names them otherwise. */
const PROFILE_FIELDS: Record<string, string> = {
  dpoDesignated: "dpo.designated",
  dpoBasis: "dpo.basis",
  dpoName: "dpo.name",
  dpoEmail: "dpo.email",
  dpoPhone: "dpo.phone",
  dpoAddress: "dpo.address",
  representativeName: "representative.name",
  representativeAddress: "representative.address",
  representativeEmail: "representative.email",
};

function profileInput({ dpo, representative, ...identity }: DocumentController) {
  return {
    ...identity,
    dpoDesignated: dpo.designated,
    dpoBasis: dpo.basis,
    dpoName: dpo.name,
    dpoEmail: dpo.email,
    dpoPhone: dpo.phone,
    dpoAddress: dpo.address,
    representativeName: representative.name,
    representativeAddress: representative.address,
    representativeEmail: representative.email,
    // The form sends the version it was loaded with; an imported profile replaces the empty one.
    version: 1,
  };
}

/** The key the importer uses for a sub-processor: unique within the file. */
export const subProcessorKey = (recipientKey: string, subProcessorKey: string) => `${recipientKey}/${subProcessorKey}`;

/** A list in the order the editor keeps it (sortOrder), with each item's index in the file. */
function inFileOrder<T extends { sortOrder: number }>(items: T[]): { item: T; at: number }[] {
  return items.map((item, at) => ({ item, at })).sort((a, b) => a.item.sortOrder - b.item.sortOrder || a.at - b.at);
}

/**
 * The activity as the editor's form would send it, with the file's keys as
 * catalog ids, and a function that turns a path in the form back into the
 * path of the same value in the file.
 */
function activityInput(a: DocumentActivity) {
  const purposes = inFileOrder(a.purposes);
  const rules = inFileOrder(a.retentionRules);
  const textIndex = (purpose: string | null, language: "EN" | "NB") => a.noticeTexts.findIndex((n) => n.purpose === purpose && n.language === language);
  const text = (purpose: string | null, language: "EN" | "NB") => a.noticeTexts[textIndex(purpose, language)]?.text ?? null;
  // The activity's own fields have the same names in the file and in the form.
  const { key: _key, status, noticeTexts: _texts, sources, dataSubjectCategories, dataCategories, recipients, systems, securityMeasures, cookies, transfers, ...fields } = a;
  const input = {
    ...fields,
    // The editor saves drafts and activities in force; a retired one is checked as a draft and stored retired.
    status: status === "RETIRED" ? "DRAFT" : status,
    purposes: purposes.map(({ item: { key, sortOrder: _sortOrder, ...purpose } }) => ({ ...purpose, id: null, noticeTextEn: text(key, "EN"), noticeTextNb: text(key, "NB") })),
    sources: sources.map(({ dataCategories: ids, ...source }) => ({ ...source, dataCategoryIds: ids })),
    dataSubjectCategoryIds: dataSubjectCategories,
    dataCategoryIds: dataCategories,
    recipients: recipients.map(({ recipient, ...link }) => ({ ...link, recipientId: recipient })),
    systemIds: systems,
    securityMeasureIds: securityMeasures,
    cookieIds: cookies,
    transfers: transfers.map(({ recipient, subProcessor, ...transfer }) => ({
      ...transfer,
      recipientId: recipient,
      subProcessorId: subProcessor === null ? null : subProcessorKey(recipient, subProcessor),
    })),
    retentionRules: rules.map(({ item: { dataCategory, sortOrder: _sortOrder, ...rule } }) => ({ ...rule, dataCategoryId: dataCategory })),
    noticeTextEn: text(null, "EN"),
    noticeTextNb: text(null, "NB"),
  };

  const renamed: Record<string, string> = {
    dataSubjectCategoryIds: "dataSubjectCategories",
    dataCategoryIds: "dataCategories",
    systemIds: "systems",
    securityMeasureIds: "securityMeasures",
    cookieIds: "cookies",
    recipientId: "recipient",
    subProcessorId: "subProcessor",
    dataCategoryId: "dataCategory",
  };
  const filePath = (formPath: readonly PropertyKey[]): PropertyKey[] => {
    const [head, index, field] = formPath;
    if (head === "purposes" && typeof index === "number") {
      const purpose = purposes[index];
      if (field === "noticeTextEn" || field === "noticeTextNb") return ["noticeTexts", textIndex(purpose?.item.key ?? "", field === "noticeTextEn" ? "EN" : "NB")];
      return ["purposes", purpose?.at ?? index, ...formPath.slice(2)];
    }
    if (head === "retentionRules" && typeof index === "number") return ["retentionRules", rules[index]?.at ?? index, ...formPath.slice(2).map((p) => renamed[String(p)] ?? p)];
    if (head === "noticeTextEn" || head === "noticeTextNb") return ["noticeTexts", textIndex(null, head === "noticeTextEn" ? "EN" : "NB")];
    return formPath.map((part) => (typeof part === "string" ? (renamed[part] ?? part) : part));
  };
  return { input, filePath };
}

/**
 * Checks a register file's contents with the editor's schemas. `context`
 * describes the catalog entries the activities link to, by the file's keys
 * (for a spreadsheet merged into a register, an entry matched to an existing
 * one carries the existing entry's flags, which are what will be linked).
 */
export function checkWithEditorSchemas(
  file: { controller: DocumentController | null; catalogs: DocumentCatalogs; activities: DocumentActivity[] },
  context: ActivityCatalogContext,
): { issues: ImportIssue[]; checked: CheckedImport | null } {
  const issues: ImportIssue[] = [];
  function parse<S extends z.ZodType>(schema: S, value: unknown, toFilePath: (formPath: readonly PropertyKey[]) => readonly PropertyKey[]): z.output<S> | null {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      issues.push({ path: jsonPath(toFilePath(issue.path)), line: null, column: null, code: "editorRule", message: issueMessage(issue) });
    }
    return null;
  }

  const controller = file.controller
    ? parse(companyProfileSchema, profileInput(file.controller), (formPath) => {
        const [field, ...rest] = formPath;
        return ["controller", ...(PROFILE_FIELDS[String(field)] ?? String(field)).split("."), ...rest];
      })
    : null;

  const c = file.catalogs;
  const entries = <T extends { key: string }, S extends z.ZodType>(kind: keyof DocumentCatalogs, list: T[], schema: S, input: (entry: T) => unknown, toFilePath: (formPath: readonly PropertyKey[]) => readonly PropertyKey[] = (p) => p) =>
    list.flatMap((entry, i) => {
      const values = parse(schema, input(entry), (formPath) => ["catalogs", kind, i, ...toFilePath(formPath)]);
      return values === null ? [] : [{ values, entry }];
    });
  const keyed = <V, T extends { key: string }>(list: { values: V; entry: T }[]) => list.map(({ values, entry }) => ({ ...values, key: entry.key }));
  const catalogs: ImportedCatalogs = {
    dataSubjectCategories: keyed(entries("dataSubjectCategories", c.dataSubjectCategories, dataSubjectCategorySchema, ({ key: _key, ...entry }) => entry)),
    dataCategories: keyed(entries("dataCategories", c.dataCategories, dataCategorySchema, ({ key: _key, ...entry }) => entry)),
    recipients: entries("recipients", c.recipients, recipientSchema, ({ key: _key, subProcessors, ...entry }) => ({
      ...entry,
      subProcessors: subProcessors.map(({ key: _subKey, ...sub }) => ({ ...sub, id: null })),
    })).map(({ values, entry }) => ({
      ...values,
      key: entry.key,
      // The form keeps sub-processors in the file's order, so the n-th is the file's n-th.
      subProcessors: values.subProcessors.flatMap((sub, j) => {
        const key = entry.subProcessors[j]?.key;
        return key === undefined ? [] : [{ ...sub, key }];
      }),
    })),
    systems: keyed(entries("systems", c.systems, systemSchema, ({ key: _key, vendor, ...entry }) => ({ ...entry, vendorRecipientId: vendor }), (p) => (p[0] === "vendorRecipientId" ? ["vendor"] : p))),
    securityMeasures: keyed(entries("securityMeasures", c.securityMeasures, securityMeasureSchema, ({ key: _key, ...entry }) => entry)),
    cookies: keyed(entries("cookies", c.cookies, cookieSchema, ({ key: _key, recipient, ...entry }) => ({ ...entry, recipientId: recipient }), (p) => (p[0] === "recipientId" ? ["recipient"] : p))),
  };

  const schema = activityInputSchemaFor(context);
  const activities = file.activities.flatMap((a, i) => {
    const { input, filePath } = activityInput(a);
    const parsed = parse(schema, input, (formPath) => ["activities", i, ...filePath(formPath)]);
    return parsed === null ? [] : [{ key: a.key, status: a.status, input: parsed }];
  });
  return issues.length > 0 ? { issues, checked: null } : { issues, checked: { controller, catalogs, activities } };
}
