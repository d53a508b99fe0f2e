import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cookieDurationFromJson } from "@/lib/register/cookie-duration";
import { languageOfStored, LANGUAGES } from "@/lib/register/languages";
import { legalReferenceFromJson as ref, localizedTextFromJson as lt } from "@/lib/register/localized-text";
import type { ActivityPart } from "@/lib/register/activity-defaults";
import { SNAPSHOT_FORMAT, type ActivitySnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import type { CompanyAccess } from "../access";
import { db, type DbClient } from "../db";
import { readRegisterRows, type RegisterRows } from "./register-read";

type Reader = DbClient;

/** Date-only columns (@db.Date) travel as YYYY-MM-DD in snapshots and forms. */
const isoDate = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);
export const dateFromIso = (value: string | null): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What is read with each activity, in a fixed order (children in the order
 * they were entered, links by id), so that the same register always gives the
 * same snapshot. The activity editor reads through the same include.
 */
export const ACTIVITY_INCLUDE = {
  purposes: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  sources: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], include: { dataCategories: { select: { dataCategoryId: true }, orderBy: { dataCategoryId: "asc" } } } },
  jointControllers: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  controllersServed: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  marketingAudiences: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  dataSubjectCategories: { select: { dataSubjectCategoryId: true }, orderBy: { dataSubjectCategoryId: "asc" } },
  dataCategories: { select: { dataCategoryId: true }, orderBy: { dataCategoryId: "asc" } },
  recipients: { orderBy: { recipientId: "asc" } },
  systems: { select: { systemId: true }, orderBy: { systemId: "asc" } },
  securityMeasures: { select: { securityMeasureId: true }, orderBy: { securityMeasureId: "asc" } },
  cookies: { select: { cookieId: true }, orderBy: { cookieId: "asc" } },
  transfers: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  retentionRules: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  noticeTexts: { orderBy: { id: "asc" } },
} satisfies Prisma.ProcessingActivityInclude;

export type ActivityRow = Prisma.ProcessingActivityGetPayload<{ include: typeof ACTIVITY_INCLUDE }>;

/** One activity row with its children and links, as the snapshot's plain data. */
export function toActivitySnapshot(a: ActivityRow): ActivitySnapshot {
  return {
    id: a.id,
    name: a.name,
    noticeTitleEn: a.noticeTitleEn,
    noticeTitleNb: a.noticeTitleNb,
    description: lt(a.description),
    role: a.role,
    status: a.status,
    showInNotice: a.showInNotice,
    sources: a.sources.map((s) => ({ id: s.id, kind: s.kind, name: lt(s.name), isPublic: s.isPublic, dataCategoryIds: s.dataCategories.map((l) => l.dataCategoryId) })),
    art14Timing: a.art14Timing,
    art14Exemption: a.art14Exemption,
    art14ExemptionJustification: lt(a.art14ExemptionJustification),
    provisionRequirement: a.provisionRequirement,
    provisionConsequence: lt(a.provisionConsequence),
    contractParty: a.contractParty,
    art9Condition: a.art9Condition,
    art9LegalReference: ref(a.art9LegalReference),
    art10Authority: lt(a.art10Authority),
    nationalIdJustification: lt(a.nationalIdJustification),
    volunteeredSpecialCategories: a.volunteeredSpecialCategories,
    volunteeredHandling: a.volunteeredHandling,
    adm: { exists: a.admExists, logic: lt(a.admLogic), significance: lt(a.admSignificance), consequences: lt(a.admConsequences), art22Exception: a.admArt22Exception },
    dpia: { required: a.dpiaRequired, status: a.dpiaStatus, link: a.dpiaLink },
    isOccasional: a.isOccasional,
    isLikelyRisk: a.isLikelyRisk,
    marketingAudiences: a.marketingAudiences.map((m) => ({ who: m.who, channels: m.channels, route: m.route, optOutOffered: m.optOutOffered, similarProducts: m.similarProducts })),
    consentRecordRef: a.consentRecordRef,
    securityMeasuresText: lt(a.securityMeasuresText),
    processingCategories: lt(a.processingCategories),
    controllerDpaRef: a.controllerDpaRef,
    controllerDpaDate: isoDate(a.controllerDpaDate),
    purposes: a.purposes.map((p) => ({
      id: p.id,
      description: lt(p.description),
      lawfulBasis: p.lawfulBasis,
      legalReference: ref(p.legalReference),
      legitimateInterest: lt(p.legitimateInterest),
      liaRef: p.liaRef,
      liaDate: isoDate(p.liaDate),
      consentWithdrawal: lt(p.consentWithdrawal),
      sortOrder: p.sortOrder,
    })),
    jointControllers: a.jointControllers.map((j) => ({ id: j.id, name: j.name, contact: j.contact, arrangementLink: j.arrangementLink, essenceText: lt(j.essenceText) })),
    controllersServed: a.controllersServed.map((c) => ({
      id: c.id,
      ourCustomers: c.ourCustomers,
      name: c.name,
      listedIn: lt(c.listedIn),
      contact: c.contact,
      representative: c.representative,
      dpoContact: c.dpoContact,
      processingCategories: lt(c.processingCategories),
      dpaRef: c.dpaRef,
      dpaDate: isoDate(c.dpaDate),
    })),
    dataSubjectCategoryIds: a.dataSubjectCategories.map((l) => l.dataSubjectCategoryId),
    dataCategoryIds: a.dataCategories.map((l) => l.dataCategoryId),
    recipients: a.recipients.map((l) => ({ recipientId: l.recipientId, subProcessorAuthorisation: l.subProcessorAuthorisation, flowDownContract: l.flowDownContract })),
    systemIds: a.systems.map((l) => l.systemId),
    securityMeasureIds: a.securityMeasures.map((l) => l.securityMeasureId),
    cookieIds: a.cookies.map((l) => l.cookieId),
    transfers: a.transfers.map((t) => ({
      id: t.id,
      recipientId: t.recipientId,
      subProcessorId: t.subProcessorId,
      countryCode: t.countryCode,
      mechanism: t.mechanism,
      sccModule: t.sccModule,
      adequacyDecisionId: t.adequacyDecisionId,
      tiaRef: t.tiaRef,
      copyAccess: lt(t.copyAccess),
      art49Assessment: lt(t.art49Assessment),
      isRegular: t.isRegular,
    })),
    retentionRules: a.retentionRules.map((r) => ({
      id: r.id,
      dataCategoryId: r.dataCategoryId,
      duration: r.duration,
      unit: r.unit,
      trigger: r.trigger,
      triggerText: lt(r.triggerText),
      criteriaText: lt(r.criteriaText),
      legalReference: ref(r.legalReference),
      sortOrder: r.sortOrder,
    })),
    noticeTexts: a.noticeTexts.map((n) => ({ id: n.id, purposeId: n.purposeId, language: n.language, text: n.text })),
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** The activity's own columns, as the snapshot (and the editor and the JSON format, shaped alike) carry them. */
export type ActivityColumnsSource = Omit<ActivitySnapshot, ActivityPart | "id" | "status" | "version" | "createdAt" | "updatedAt" | "noticeTexts">;

/** The inverse of toActivitySnapshot for the row's own columns: what the editor's save and the JSON import write. */
export function activityColumns(a: ActivityColumnsSource) {
  return {
    name: a.name,
    noticeTitleEn: a.noticeTitleEn,
    noticeTitleNb: a.noticeTitleNb,
    description: a.description,
    role: a.role,
    showInNotice: a.showInNotice,
    art14Timing: a.art14Timing,
    art14Exemption: a.art14Exemption,
    art14ExemptionJustification: a.art14ExemptionJustification,
    provisionRequirement: a.provisionRequirement,
    provisionConsequence: a.provisionConsequence,
    contractParty: a.contractParty,
    art9Condition: a.art9Condition,
    art9LegalReference: a.art9LegalReference,
    art10Authority: a.art10Authority,
    nationalIdJustification: a.nationalIdJustification,
    volunteeredSpecialCategories: a.volunteeredSpecialCategories,
    volunteeredHandling: a.volunteeredHandling,
    admExists: a.adm.exists,
    admLogic: a.adm.logic,
    admSignificance: a.adm.significance,
    admConsequences: a.adm.consequences,
    admArt22Exception: a.adm.art22Exception,
    dpiaRequired: a.dpia.required,
    dpiaStatus: a.dpia.status,
    dpiaLink: a.dpia.link,
    isOccasional: a.isOccasional,
    isLikelyRisk: a.isLikelyRisk,
    consentRecordRef: a.consentRecordRef,
    securityMeasuresText: a.securityMeasuresText,
    processingCategories: a.processingCategories,
    controllerDpaRef: a.controllerDpaRef,
    controllerDpaDate: dateFromIso(a.controllerDpaDate),
  } satisfies Omit<Prisma.ProcessingActivityUncheckedCreateInput, "companyId">;
}

/**
 * Reads one company's whole register. Pass a transaction client to take the
 * snapshot inside a transaction (publishing does, so the version stored is
 * exactly what was checked). `activityIds` narrows the activities read (with
 * the whole catalogs), for views that judge one page of activities: one statement.
 */
export async function readRegisterSnapshot(
  reader: Reader,
  companyId: string,
  takenAt = new Date(),
  options: { activityIds?: string[] } = {},
): Promise<RegisterSnapshot> {
  if (options.activityIds) return snapshotOfRows(await readRegisterRows(reader, companyId, { activityIds: options.activityIds }), takenAt);
  // The whole register: its activities through Prisma's include (one statement per part table, whatever their number).
  const [rows, activities] = await Promise.all([
    readRegisterRows(reader, companyId),
    reader.processingActivity.findMany({ where: { companyId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: ACTIVITY_INCLUDE }),
  ]);
  return snapshotOfRows({ ...rows, activities }, takenAt);
}

/** The snapshot of the rows read (`readRegisterRows`). */
export function snapshotOfRows(rows: RegisterRows, takenAt: Date): RegisterSnapshot {
  const { company, dataSubjectCategories, dataCategories, recipients, systems, securityMeasures, cookies, activities, countries, adequacyDecisions } = rows;
  if (!company) throw new AppError("NOT_FOUND");
  const sa = company.supervisoryAuthority;
  return {
    format: SNAPSHOT_FORMAT,
    takenAt: takenAt.toISOString(),
    company: {
      id: company.id,
      slug: company.slug,
      legalName: company.legalName,
      orgNumber: company.orgNumber,
      country: { code: company.country.code, nameEn: company.country.nameEn, nameNb: company.country.nameNb, isEea: company.country.isEea },
      postalStreet: company.postalStreet,
      postalCode: company.postalCode,
      postalCity: company.postalCity,
      visitingStreet: company.visitingStreet,
      visitingPostalCode: company.visitingPostalCode,
      visitingCity: company.visitingCity,
      email: company.email,
      phone: company.phone,
      website: company.website,
      employeeBand: company.employeeBand,
      isPublicAuthority: company.isPublicAuthority,
      targetsEeaFromOutside: company.targetsEeaFromOutside,
      dpo: {
        designated: company.dpoDesignated,
        basis: company.dpoBasis,
        name: company.dpoName,
        email: company.dpoEmail,
        phone: company.dpoPhone,
        address: company.dpoAddress,
      },
      representative: { name: company.representativeName, address: company.representativeAddress, email: company.representativeEmail },
      supervisoryAuthority: sa
        ? {
            id: sa.id,
            countryCode: sa.countryCode,
            nameLocal: sa.nameLocal,
            nameEn: sa.nameEn,
            website: sa.website,
            email: sa.email,
            phone: sa.phone,
            postalAddress: sa.postalAddress,
            visitingAddress: sa.visitingAddress,
            complaintUrl: sa.complaintUrl,
            complaintUrlLocal: sa.complaintUrlLocal,
          }
        : null,
      // In the order of LANGUAGES, whatever order PostgreSQL keeps the array in.
      noticeLanguages: LANGUAGES.filter((language) => company.noticeLanguages.map(languageOfStored).includes(language)),
      primaryLanguage: languageOfStored(company.primaryLanguage),
      noticeIntroduction: lt(company.noticeIntroduction),
      noticeScope: lt(company.noticeScope),
      privacyContactName: company.privacyContactName,
      privacyContactRole: lt(company.privacyContactRole),
      cookieBannerBeforeSetting: company.cookieBannerBeforeSetting,
      cookieRefuseAsEasy: company.cookieRefuseAsEasy,
      cookieWithdrawal: lt(company.cookieWithdrawal),
      cookieSettingsUrl: company.cookieSettingsUrl,
      version: company.version,
      updatedAt: company.updatedAt.toISOString(),
    },
    catalogs: {
      dataSubjectCategories: dataSubjectCategories.map((c) => ({ id: c.id, labelEn: c.labelEn, labelNb: c.labelNb, includesChildren: c.includesChildren })),
      dataCategories: dataCategories.map((c) => ({
        id: c.id,
        labelEn: c.labelEn,
        labelNb: c.labelNb,
        descriptionEn: c.descriptionEn,
        descriptionNb: c.descriptionNb,
        specialCategory: c.specialCategory,
        isCriminalOffence: c.isCriminalOffence,
        isNationalId: c.isNationalId,
      })),
      recipients: recipients.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        countryCode: r.countryCode,
        dpaStatus: r.dpaStatus,
        dpaDate: isoDate(r.dpaDate),
        dpaRef: r.dpaRef,
        dpfCertified: r.dpfCertified,
        descriptionEn: r.descriptionEn,
        descriptionNb: r.descriptionNb,
        subProcessors: r.subProcessors.map((s) => ({
          id: s.id,
          name: s.name,
          countryCode: s.countryCode,
          authorisation: s.authorisation,
          flowDownContract: s.flowDownContract,
          dpfCertified: s.dpfCertified,
          descriptionEn: s.descriptionEn,
          descriptionNb: s.descriptionNb,
        })),
      })),
      systems: systems.map((s) => ({ id: s.id, name: s.name, descriptionEn: s.descriptionEn, descriptionNb: s.descriptionNb, hostingCountryCode: s.hostingCountryCode, vendorRecipientId: s.vendorRecipientId })),
      securityMeasures: securityMeasures.map((m) => ({ id: m.id, kind: m.kind, descriptionEn: m.descriptionEn, descriptionNb: m.descriptionNb })),
      cookies: cookies.map((c) => ({
        id: c.id,
        name: c.name,
        provider: c.provider,
        purposeEn: c.purposeEn,
        purposeNb: c.purposeNb,
        category: c.category,
        duration: cookieDurationFromJson(c.duration),
        consent: c.consent,
        consentReason: lt(c.consentReason),
        recipientId: c.recipientId,
      })),
    },
    activities: activities.map(toActivitySnapshot),
    reference: {
      countries: countries.map((c) => ({ code: c.code, nameEn: c.nameEn, nameNb: c.nameNb, isEea: c.isEea })),
      adequacyDecisions: adequacyDecisions
        .map((d) => ({
          id: d.id,
          countryCode: d.countryCode,
          subjectEn: d.subjectEn,
          subjectNb: d.subjectNb,
          reference: d.reference,
          scopeEn: d.scopeEn,
          scopeNb: d.scopeNb,
          status: d.status,
          requiresCertification: d.requiresCertification,
          adoptedOn: isoDate(d.adoptedOn),
          validUntil: isoDate(d.validUntil),
          asOf: isoDate(d.asOf) ?? "",
        }))
        .sort(byId),
    },
  };
}

/** The register of the company the caller has access to. */
export function loadRegisterSnapshot(access: CompanyAccess): Promise<RegisterSnapshot> {
  return readRegisterSnapshot(db(), access.company.id);
}
