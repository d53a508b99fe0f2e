/**
 * Two companies, each with its own owner, written and read at once through the writers issue 9
 * and 10 added — an activity's sources, its marketing audiences, the company's notice texts,
 * the translation view's edits and publishing per language — beside the reads a DPO's pages
 * make. Every answer is checked: an error is allowed only where it is deliberate (a stale
 * version is a conflict, a foreign id is not found), and no read made for one company may carry
 * anything of the other (its id, slug, activities or the words written for it).
 */
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { companyProfileSchema } from "@/lib/register/company-profile";
import { unique, createUser } from "@/test/server/factories";
import { companyAccessFor } from "./access";
import { getActivity, updateActivity } from "./activities";
import { listActivities } from "./activity-overview";
import { getCompanyProfile, updateCompanyProfile } from "./companies";
import { db } from "./db";
import { latestPublished } from "./notice/public";
import { getNoticeWorkspace, publishNotice } from "./notice/versions";
import { readRegisterSnapshot } from "./register/snapshot";
import { seedDemoCompany } from "./seed/demo-company";
import { getTranslationWork, saveTranslations } from "./translations";

async function tenant(tag: string) {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique(`tenancy-${tag}`) });
  const access = await companyAccessFor(owner, company.id, "notice.publish");
  const activities = await db().processingActivity.findMany({ where: { companyId: company.id }, select: { id: true, name: true } });
  const idOf = (name: string) => activities.find((a) => a.name === name)?.id ?? "";
  // A word no other tenant's data can contain: the marker of everything written for this company.
  const mark = unique(`mark-${tag}`);
  return { tag, owner, company, access, mark, activityIds: activities.map((a) => a.id), recruitment: idOf("Rekruttering"), newsletter: idOf("Nyhetsbrev"), enquiries: idOf("Henvendelser") };
}
type Tenant = Awaited<ReturnType<typeof tenant>>;

type Outcome = { tag: string; kind: string; error: string | null; deliberate: boolean; foreign: string[] };

/** What of `other` a read made for `own` must never contain. */
function foreignIn(value: unknown, other: Tenant): string[] {
  const text = JSON.stringify(value) ?? "";
  return [other.company.id, other.company.slug, other.mark, ...other.activityIds].filter((token) => text.includes(token));
}

function operations(own: Tenant, other: Tenant): Promise<Outcome>[] {
  const { access, mark } = own;
  const run = (kind: string, work: () => Promise<unknown>, deliberate: string[] = []): Promise<Outcome> =>
    work().then(
      (result) => ({ tag: own.tag, kind, error: null, deliberate: false, foreign: foreignIn(result, other) }),
      (error: unknown) => {
        const code = isAppError(error) ? error.code : String(error);
        return { tag: own.tag, kind, error: code, deliberate: deliberate.includes(code), foreign: [] };
      },
    );

  const writeSources = (n: number) =>
    run(
      `sources ${n}`,
      async () => {
        const current = await getActivity(access, own.recruitment);
        // A source the notice names supplies data: here the background check the referees' source supplies too.
        const supplied = current.sources.find((s) => s.kind === "THIRD_PARTY")?.dataCategoryIds ?? [];
        const sources = [...current.sources.filter((s) => !JSON.stringify(s.name).includes("mark-")), { kind: "PUBLIC_SOURCE" as const, name: { en: `${mark} public profile ${n}`, nb: `${mark} offentlig profil ${n}` }, isPublic: true, dataCategoryIds: supplied }];
        return updateActivity(access, own.recruitment, activityInputSchema.parse({ ...current, sources }));
      },
      ["CONFLICT"],
    );
  const writeAudiences = () =>
    run("audiences", async () => {
      const current = await getActivity(access, own.newsletter);
      const marketingAudiences = [...current.marketingAudiences.filter((a) => a.who !== "EXISTING_CUSTOMERS"), { who: "EXISTING_CUSTOMERS" as const, channels: ["EMAIL" as const, "SMS" as const], route: "EXISTING_CUSTOMER" as const, optOutOffered: true, similarProducts: true }];
      return updateActivity(access, own.newsletter, activityInputSchema.parse({ ...current, marketingAudiences }));
    });
  const writeCompanyTexts = (n: number) =>
    run(
      `company texts ${n}`,
      async () => {
        const profile = await getCompanyProfile(access);
        return updateCompanyProfile(access, companyProfileSchema.parse({ ...profile, noticeIntroduction: { en: `${mark} introduction ${n}`, nb: `${mark} innledning ${n}` } }));
      },
      ["CONFLICT"],
    );
  const translate = () =>
    run("translation", () => saveTranslations(access, [{ subjectKey: `activity:${own.enquiries}`, field: "description", language: "nb", text: `${mark} Vi svarer på det du spør om.` }]), ["CONFLICT"]);
  const publish = (n: number) => run(`publish ${n}`, () => publishNotice(access, { changeSummary: `${mark} version ${n}` }));

  const reads = [
    run("read activity", () => getActivity(access, own.recruitment)),
    run("read newsletter", () => getActivity(access, own.newsletter)),
    run("list activities", () => listActivities(access, { pageSize: 100 })),
    run("translation view nb", () => getTranslationWork(access, "nb")),
    run("translation view", () => getTranslationWork(access)),
    run("company profile", () => getCompanyProfile(access)),
    run("notice workspace en", () => getNoticeWorkspace(access, "en")),
    run("notice workspace nb", () => getNoticeWorkspace(access, "nb")),
    run("snapshot", () => readRegisterSnapshot(db(), own.company.id)),
    run("public notice nb", () => latestPublished(own.company.slug, "nb", "html")),
    run("public notice en", () => latestPublished(own.company.slug, "en", "document")),
  ];
  // Reaching into the other company: each a deliberate 404, never a read or a write.
  const trespass = [
    run("other's company", () => companyAccessFor(own.owner, other.company.id, "register.read"), ["NOT_FOUND"]),
    run("other's activity", () => getActivity(access, other.recruitment), ["NOT_FOUND"]),
    // With this company's own catalog entries the id alone is foreign; with the other's entries the references are refused first.
    run("other's activity saved here", async () => updateActivity(access, other.newsletter, activityInputSchema.parse({ ...(await getActivity(access, own.newsletter)), name: `${mark} stolen` })), ["NOT_FOUND"]),
    run("other's activity copied here", async () => updateActivity(access, other.newsletter, activityInputSchema.parse({ ...(await getActivity(other.access, other.newsletter)), name: `${mark} stolen` })), ["NOT_FOUND", "VALIDATION"]),
    run("other's text translated here", async () => {
      const result = await saveTranslations(access, [{ subjectKey: `activity:${other.enquiries}`, field: "description", language: "nb", text: `${mark} stolen` }]);
      if (result.ok || result.written !== 0) throw new Error(`a translation of the other company's activity was accepted: ${JSON.stringify(result)}`);
      return result;
    }),
  ];
  return [writeSources(1), writeSources(2), writeAudiences(), writeCompanyTexts(1), writeCompanyTexts(2), translate(), publish(1), publish(2), ...reads, ...trespass];
}

describe("two companies written and read at once through the newest writers", () => {
  it("answers every operation without an undeliberate error, never shows one company's data to the other, and keeps each write in its own company", async () => {
    const alpha = await tenant("alpha");
    const beta = await tenant("beta");
    const all = [...operations(alpha, beta), ...operations(beta, alpha)];
    expect(all.length).toBeGreaterThanOrEqual(40);
    const outcomes = await Promise.all(all);

    expect(outcomes.filter((o) => o.error !== null && !o.deliberate)).toEqual([]);
    expect(outcomes.filter((o) => o.foreign.length > 0)).toEqual([]);
    // The deliberate refusals are the trespasses and, at most, the losers of a same-version race.
    const refused = outcomes.filter((o) => o.error !== null).map((o) => `${o.tag} ${o.kind}`);
    for (const t of ["alpha", "beta"]) {
      expect(refused).toEqual(expect.arrayContaining([`${t} other's company`, `${t} other's activity`, `${t} other's activity saved here`, `${t} other's activity copied here`]));
      expect(outcomes.filter((o) => o.tag === t && o.kind.startsWith("sources") && o.error === null).length).toBeGreaterThanOrEqual(1);
      expect(outcomes.filter((o) => o.tag === t && o.kind.startsWith("company texts") && o.error === null).length).toBeGreaterThanOrEqual(1);
      expect(outcomes.filter((o) => o.tag === t && o.kind.startsWith("publish") && o.error === null)).toHaveLength(2);
    }

    for (const [own, other] of [[alpha, beta], [beta, alpha]] as const) {
      // Every acknowledged write is in its own company only.
      const recruitment = await getActivity(own.access, own.recruitment);
      expect(recruitment.sources.filter((s) => JSON.stringify(s.name).includes(own.mark))).toHaveLength(1);
      const newsletter = await getActivity(own.access, own.newsletter);
      expect(newsletter.name).toBe("Nyhetsbrev");
      expect(newsletter.marketingAudiences.map((a) => a.who).sort()).toEqual(["EXISTING_CUSTOMERS", "OTHERS"]);
      expect((await getActivity(own.access, own.enquiries)).description.nb).toBe(`${own.mark} Vi svarer på det du spør om.`);
      expect((await getCompanyProfile(own.access)).noticeIntroduction.en).toMatch(new RegExp(`^${own.mark} introduction [12]$`));
      const snapshot = await readRegisterSnapshot(db(), own.company.id);
      expect(foreignIn(snapshot, other)).toEqual([]);

      // A publication after the storm carries this company's words, in each language, and nothing of the other's.
      const published = await publishNotice(own.access, { changeSummary: "after" });
      expect(published.languages).toEqual(["en", "nb"]);
      const nb = await latestPublished(own.company.slug, "nb", "text");
      const en = await latestPublished(own.company.slug, "en", "text");
      expect(nb?.content).toContain(`${own.mark} innledning`);
      expect(nb?.content).toContain(`${own.mark} offentlig profil`);
      expect(en?.content).toContain(`${own.mark} introduction`);
      expect(en?.content).toContain(`${own.mark} public profile`);
      expect(foreignIn([nb, en], other)).toEqual([]);
      const versions = await db().noticeVersion.findMany({ where: { companyId: own.company.id }, select: { number: true } });
      expect(versions.map((v) => v.number).sort((a, b) => a - b)).toEqual([1, 2, 3]);
    }
  });
});
