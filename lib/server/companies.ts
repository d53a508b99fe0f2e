import "server-only";
import { markFindingsStale, refreshCompanyFindings } from "./stored-findings";
import { AppError } from "@/lib/errors";
import type { CompanyProfile, NewCompany } from "@/lib/register/company-profile";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LANGUAGES, languageOfStored, storedLanguage, type Language } from "@/lib/register/languages";
import { slugify, uniqueSlug } from "@/lib/register/slug";
import type { CompanyAccess, CurrentUser } from "./access";
import { recordAudit } from "./audit";
import { seedDefaultCatalog } from "./catalog-suggestions";
import { db } from "./db";

const profileSelect = {
  id: true,
  slug: true,
  legalName: true,
  orgNumber: true,
  countryCode: true,
  email: true,
  phone: true,
  website: true,
  postalStreet: true,
  postalCode: true,
  postalCity: true,
  visitingStreet: true,
  visitingPostalCode: true,
  visitingCity: true,
  employeeBand: true,
  isPublicAuthority: true,
  targetsEeaFromOutside: true,
  dpoDesignated: true,
  dpoBasis: true,
  dpoName: true,
  dpoEmail: true,
  dpoPhone: true,
  dpoAddress: true,
  representativeName: true,
  representativeAddress: true,
  representativeEmail: true,
  supervisoryAuthorityId: true,
  noticeLanguages: true,
  primaryLanguage: true,
  version: true,
  supervisoryAuthority: {
    select: { id: true, countryCode: true, nameLocal: true, nameEn: true, website: true, email: true, phone: true, postalAddress: true, visitingAddress: true, complaintUrl: true, complaintUrlLocal: true },
  },
} as const;

type ProfileRow = Prisma.CompanyGetPayload<{ select: typeof profileSelect }>;

/** The profile as its form holds it: languages by their codes ("nb"), not their stored values ("NB"). */
function toProfile({ noticeLanguages, primaryLanguage, ...row }: ProfileRow) {
  return { ...row, noticeLanguages: noticeLanguages.map(languageOfStored), primaryLanguage: languageOfStored(primaryLanguage) };
}

export async function getCompanyProfile(access: CompanyAccess) {
  const company = await db().company.findUnique({ where: { id: access.company.id }, select: profileSelect });
  if (!company) throw new AppError("NOT_FOUND");
  return toProfile(company);
}

/** The profile's columns as stored; the form's and the import's parsed values go through here. */
export function companyProfileColumns({ version: _version, noticeLanguages, primaryLanguage, ...rest }: CompanyProfile) {
  return { ...rest, noticeLanguages: noticeLanguages.map(storedLanguage), primaryLanguage: storedLanguage(primaryLanguage) };
}

/**
 * The languages the company's translatable fields are written in, its primary language
 * first and then the other notice languages: what the editor shows side by side.
 */
export async function editorLanguages(access: CompanyAccess): Promise<Language[]> {
  const company = await db().company.findUnique({ where: { id: access.company.id }, select: { noticeLanguages: true, primaryLanguage: true } });
  if (!company) throw new AppError("NOT_FOUND");
  const primary = languageOfStored(company.primaryLanguage);
  const notice = company.noticeLanguages.map(languageOfStored);
  return [primary, ...LANGUAGES.filter((language) => language !== primary && notice.includes(language))];
}

/** Counts for the company overview. */
export async function getCompanyOverview(access: CompanyAccess) {
  const [activities, members] = await Promise.all([
    db().processingActivity.groupBy({ by: ["status"], where: { companyId: access.company.id }, _count: { _all: true } }),
    db().membership.count({ where: { companyId: access.company.id } }),
  ]);
  const byStatus = Object.fromEntries(activities.map((row) => [row.status, row._count._all]));
  const total = activities.reduce((sum, row) => sum + row._count._all, 0);
  return { activities: { total, byStatus }, members };
}

async function assertCountryExists(code: string): Promise<void> {
  const country = await db().country.findUnique({ where: { code }, select: { code: true } });
  if (!country) throw new AppError("VALIDATION", undefined, { countryCode: ["validation.country"] });
}

/** The supervisory authorities a company may name, those of its country first (Art. 51, 56). */
export async function listSupervisoryAuthorities(countryCode: string) {
  const all = await db().supervisoryAuthority.findMany({
    select: { id: true, countryCode: true, nameLocal: true, nameEn: true },
    orderBy: [{ countryCode: "asc" }, { nameEn: "asc" }],
  });
  return [...all.filter((a) => a.countryCode === countryCode), ...all.filter((a) => a.countryCode !== countryCode)];
}

/**
 * The lead authority to store: the one chosen, or by default the country's
 * own (GDPR Art. 55–56: Datatilsynet for a Norwegian establishment; SA-001
 * reports a Norwegian company naming another).
 */
async function resolveSupervisoryAuthority(countryCode: string, chosen: string | null): Promise<string | null> {
  if (chosen !== null) {
    const found = await db().supervisoryAuthority.findUnique({ where: { id: chosen }, select: { id: true } });
    if (!found) throw new AppError("VALIDATION", undefined, { supervisoryAuthorityId: ["fieldRules.choice"] });
    return found.id;
  }
  const own = await db().supervisoryAuthority.findFirst({ where: { countryCode }, select: { id: true }, orderBy: { id: "asc" } });
  return own?.id ?? null;
}

/**
 * Saves the profile if nobody saved a newer version since the form was
 * loaded (optimistic concurrency), with the audit event in the same transaction.
 */
export async function updateCompanyProfile(access: CompanyAccess, input: CompanyProfile) {
  await assertCountryExists(input.countryCode);
  const { version } = input;
  const fields = { ...companyProfileColumns(input), supervisoryAuthorityId: await resolveSupervisoryAuthority(input.countryCode, input.supervisoryAuthorityId) };
  return db().$transaction(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: access.company.id }, select: profileSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const updated = await tx.company.updateMany({
      where: { id: access.company.id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "conflicts.newerVersion");
    const after = toProfile(await tx.company.findUniqueOrThrow({ where: { id: access.company.id }, select: profileSelect }));
    await recordAudit(tx, {
      companyId: access.company.id,
      actorId: access.user.id,
      action: "UPDATE",
      entityType: "Company",
      entityId: access.company.id,
      before,
      after,
    });
    await markFindingsStale(tx, access.company.id);
    await refreshCompanyFindings(tx, access.company.id);
    return after;
  });
}

type Tx = Parameters<typeof seedDefaultCatalog>[0];
type NewCompanyFields = Pick<NewCompany, "legalName" | "orgNumber" | "countryCode"> & Partial<Pick<NewCompany, "startWith">>;

/**
 * What a new company needs before its transaction: a known country (else a
 * field error), the country's supervisory authority (Art. 55–56: the main
 * establishment's, by default) and a free slug for its public notice.
 */
export async function prepareNewCompany(input: NewCompanyFields) {
  await assertCountryExists(input.countryCode);
  const supervisoryAuthorityId = await resolveSupervisoryAuthority(input.countryCode, null);
  const base = slugify(input.legalName);
  const taken = new Set(
    (await db().company.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug),
  );
  return { slug: uniqueSlug(input.legalName, taken), supervisoryAuthorityId };
}

/**
 * Creates the company inside the caller's transaction, with `owner` as its
 * OWNER, the audit event of its creation and, unless it starts empty, the default
 * catalog as suggestions.
 */
export async function insertCompanyWithOwner(
  tx: Tx,
  owner: { id: string },
  input: NewCompanyFields,
  prepared: Awaited<ReturnType<typeof prepareNewCompany>>,
) {
  const company = await tx.company.create({
    data: {
      slug: prepared.slug,
      legalName: input.legalName,
      orgNumber: input.orgNumber,
      countryCode: input.countryCode,
      // No public contact address until the DPO enters one: the creator's login address would
      // otherwise be published in a client's notice (issue 13).
      supervisoryAuthorityId: prepared.supervisoryAuthorityId,
      memberships: { create: { userId: owner.id, role: "OWNER" } },
    },
    select: { id: true, slug: true, legalName: true },
  });
  await recordAudit(tx, {
    companyId: company.id,
    actorId: owner.id,
    action: "CREATE",
    entityType: "Company",
    entityId: company.id,
    after: { legalName: input.legalName, orgNumber: input.orgNumber, countryCode: input.countryCode },
  });
  if (input.startWith !== "empty") await seedDefaultCatalog(tx, company.id, owner.id);
  return company;
}

/** A consultant's additional company, with the creator as its OWNER, in one transaction. */
export async function createCompanyForUser(user: CurrentUser, input: NewCompany) {
  const prepared = await prepareNewCompany(input);
  return db().$transaction((tx) => insertCompanyWithOwner(tx, user, input, prepared));
}
