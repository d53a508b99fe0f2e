import { activityInputSchema, type ActivityInput } from "../activity-schema";
import type { DataCategoryValues, DataSubjectCategoryValues, RecipientValues } from "../catalog-schemas";
import type * as E from "../enums";
import type { Language } from "../languages";
import {
  TEMPLATE_AUTHORITIES,
  TEMPLATE_DATA_CATEGORIES,
  TEMPLATE_DATA_SUBJECTS,
  type AuthorityKey,
  type DataCategoryKey,
  type DataSubjectKey,
} from "./catalog";
import { LANGUAGES } from "../languages";
import type { LegalReference, LocalizedText } from "../localized-text";
import { formatLegalRefs, type LegalRef } from "./laws";
import type { ActivityTemplate, CompanyPart, TemplateText } from "./types";

/**
 * Adding a template to a company, as pure steps the server runs in one transaction:
 * `planTemplate` matches the template's catalog entries against the company's and
 * says which are missing; the server creates those; `templateActivityInput` then
 * builds the editor's input from the template and the catalog ids.
 */

/** The company's catalog entries, as far as matching needs them. */
export type TemplateCatalogContext = {
  dataCategories: readonly (Pick<DataCategoryValues, "labelEn" | "labelNb" | "specialCategory" | "isCriminalOffence" | "isNationalId"> & { id: string })[];
  dataSubjectCategories: readonly (Pick<DataSubjectCategoryValues, "labelEn" | "labelNb"> & { id: string })[];
  recipients: readonly { id: string; name: string; kind: E.RecipientKind }[];
  securityMeasures: readonly { id: string; kind: E.SecurityMeasureKind }[];
};

export type TemplateCatalogIds = {
  dataCategories: Partial<Record<DataCategoryKey, string>>;
  dataSubjects: Partial<Record<DataSubjectKey, string>>;
  authorities: Partial<Record<AuthorityKey, string>>;
  securityMeasures: string[];
};

export type TemplatePlan = {
  /** Entries the company already has, by template key. */
  matched: TemplateCatalogIds;
  /** Entries to create before the activity, with the values to create them with. */
  missing: {
    dataCategories: { key: DataCategoryKey; values: DataCategoryValues }[];
    dataSubjects: { key: DataSubjectKey; values: DataSubjectCategoryValues }[];
    authorities: { key: AuthorityKey; values: RecipientValues }[];
  };
};

const fold = (text: string) => text.trim().toLocaleLowerCase("nb");

function sameLabel(entry: { labelEn: string; labelNb: string }, wanted: { labelEn: string; labelNb: string }): boolean {
  const labels = new Set([fold(entry.labelEn), fold(entry.labelNb)]);
  return labels.has(fold(wanted.labelEn)) || labels.has(fold(wanted.labelNb));
}

/** A recipient as the catalog form creates it: a public authority needs no DPA (Art. 28 does not apply). */
function authorityValues(key: AuthorityKey): RecipientValues {
  const authority = TEMPLATE_AUTHORITIES[key];
  return {
    name: authority.name,
    kind: authority.kind,
    countryCode: authority.countryCode,
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    dpfCertified: false,
    descriptionEn: authority.descriptionEn,
    descriptionNb: authority.descriptionNb,
    subProcessors: [],
  };
}

/**
 * Matches the template's data categories (same label in either language and the
 * same Art. 9 / Art. 10 / national-id flags, so a flag is never lost or gained by
 * reuse), data subject categories (same label) and authorities (same name, public
 * authority) against the company's catalog, and picks the company's own security
 * measures of the kinds the template names. Nothing is invented: a measure the
 * company has not described is not claimed.
 */
export function planTemplate(template: ActivityTemplate, catalog: TemplateCatalogContext): TemplatePlan {
  const plan: TemplatePlan = {
    matched: { dataCategories: {}, dataSubjects: {}, authorities: {}, securityMeasures: [] },
    missing: { dataCategories: [], dataSubjects: [], authorities: [] },
  };
  for (const key of template.dataCategories) {
    const wanted = TEMPLATE_DATA_CATEGORIES[key];
    const found = catalog.dataCategories.find(
      (entry) =>
        sameLabel(entry, wanted) &&
        entry.specialCategory === wanted.specialCategory &&
        entry.isCriminalOffence === wanted.isCriminalOffence &&
        entry.isNationalId === wanted.isNationalId,
    );
    if (found) plan.matched.dataCategories[key] = found.id;
    else plan.missing.dataCategories.push({ key, values: { ...wanted } });
  }
  for (const key of template.dataSubjects) {
    const wanted = TEMPLATE_DATA_SUBJECTS[key];
    const found = catalog.dataSubjectCategories.find((entry) => sameLabel(entry, wanted));
    if (found) plan.matched.dataSubjects[key] = found.id;
    else plan.missing.dataSubjects.push({ key, values: { ...wanted } });
  }
  for (const key of template.authorities ?? []) {
    const name = fold(TEMPLATE_AUTHORITIES[key].name);
    const found = catalog.recipients.find((entry) => entry.kind === "PUBLIC_AUTHORITY" && fold(entry.name) === name);
    if (found) plan.matched.authorities[key] = found.id;
    else plan.missing.authorities.push({ key, values: authorityValues(key) });
  }
  plan.matched.securityMeasures = catalog.securityMeasures.filter((m) => template.securityMeasures.includes(m.kind)).map((m) => m.id);
  return plan;
}

function idFor<K extends string>(ids: Partial<Record<K, string>>, key: K, what: string): string {
  const id = ids[key];
  if (!id) throw new Error(`No catalog id for the template's ${what} "${key}"`);
  return id;
}

/**
 * The activity as the editor receives it, in the register's primary language. The
 * new activity is a DRAFT: it reaches the notice only after the DPO has filled in the
 * company's own parts and activated it.
 */
export function templateActivityInput(template: ActivityTemplate, ids: TemplateCatalogIds, language: Language): ActivityInput {
  // Public and legal texts come in every language the template is written in (all of them);
  // the register's own name stays in the primary language.
  const t = (text: TemplateText | undefined): LocalizedText => (text ? { ...text } : {});
  const refs = (list: readonly LegalRef[] | undefined): LegalReference => {
    if (!list || list.length === 0) return { law: null, section: null, text: {} };
    const [only] = list;
    if (list.length === 1 && only) return { law: only.law, section: only.section ?? null, text: {} };
    // Several provisions read as one phrase per language ("bokføringsloven §§ 10 og 13").
    return { law: null, section: null, text: Object.fromEntries(LANGUAGES.map((l) => [l, formatLegalRefs(list, l)])) };
  };
  const categoryId = (key: DataCategoryKey) => idFor(ids.dataCategories, key, "data category");
  return activityInputSchema.parse({
    name: template.name[language],
    noticeTitleEn: template.noticeTitle.en,
    noticeTitleNb: template.noticeTitle.nb,
    description: t(template.summary),
    role: template.role,
    status: "DRAFT",
    showInNotice: true,
    // One source, supplying every data category of the template.
    sources: [{ kind: template.collectionSource, name: t(template.source?.name), isPublic: template.source?.isPublic ?? null, dataCategoryIds: [] }],
    art14Timing: template.source?.art14Timing ?? null,
    provisionRequirement: template.provision?.requirement ?? null,
    provisionConsequence: t(template.provision?.consequence),
    contractParty: "DATA_SUBJECT",
    art9Condition: template.art9?.condition ?? null,
    art9LegalReference: refs(template.art9?.law),
    art10Authority: template.art10Authority ? Object.fromEntries(LANGUAGES.map((l) => [l, formatLegalRefs(template.art10Authority ?? [], l)])) : {},
    nationalIdJustification: t(template.nationalIdJustification),
    marketingAudiences: template.marketing
      ? [
          {
            who: template.marketing.who,
            channels: template.marketing.channels,
            route: template.marketing.route,
            optOutOffered: template.marketing.optOutOffered ?? null,
            similarProducts: template.marketing.similarProducts ?? null,
          },
        ]
      : [],
    processingCategories: t(template.processingCategories),
    purposes: template.purposes.map((purpose) => ({
      description: t(purpose.description),
      lawfulBasis: purpose.lawfulBasis,
      legalReference: refs(purpose.law),
      legitimateInterest: t(purpose.legitimateInterest),
      consentWithdrawal: t(purpose.consentWithdrawal),
    })),
    jointControllers: (template.jointControllers ?? []).map((joint) => ({
      name: joint.name,
      contact: joint.contact,
      arrangementLink: joint.arrangementLink,
      essenceText: t(joint.essence),
    })),
    dataSubjectCategoryIds: template.dataSubjects.map((key) => idFor(ids.dataSubjects, key, "data subject category")),
    dataCategoryIds: template.dataCategories.map(categoryId),
    recipients: (template.authorities ?? []).map((key) => ({ recipientId: idFor(ids.authorities, key, "authority") })),
    securityMeasureIds: ids.securityMeasures,
    retentionRules: template.retention.map((rule) => ({
      dataCategoryId: rule.dataCategory === null ? null : categoryId(rule.dataCategory),
      duration: rule.duration,
      unit: rule.unit,
      trigger: rule.trigger,
      triggerText: t(rule.triggerText),
      criteriaText: t(rule.criteria),
      legalReference: refs(rule.law ? [rule.law] : undefined),
    })),
  });
}

/** What the DPO still fills in after adding a template: the company's own parts, and what follows from the purposes. */
export type CompanyTodo =
  | CompanyPart
  | { kind: "balancingTest"; purposeIndex: number }
  | { kind: "consentRecord" }
  | { kind: "securityMeasures"; kinds: E.SecurityMeasureKind[] };

export function companySpecificParts(template: ActivityTemplate): CompanyTodo[] {
  const todos: CompanyTodo[] = [...template.companyParts];
  template.purposes.forEach((purpose, purposeIndex) => {
    // Art. 5(2): the balancing test behind each legitimate interest is the company's own (LB-004).
    if (purpose.lawfulBasis === "LEGITIMATE_INTERESTS") todos.push({ kind: "balancingTest", purposeIndex });
  });
  // Art. 7(1): where the consents are recorded (LB-012).
  if (template.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT")) todos.push({ kind: "consentRecord" });
  todos.push({ kind: "securityMeasures", kinds: template.securityMeasures });
  return todos;
}
