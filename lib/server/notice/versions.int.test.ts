import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { runChecks } from "@/lib/register/checks";
import { activityInputSchema } from "@/lib/register/activity-schema";
import { pdfText, requirePoppler } from "@/test/export/poppler";
import { companyAccessFor } from "../access";
import { getActivity, updateActivity } from "../activities";
import { updateCompanyBranding } from "../company-branding";
import { exportRegister } from "../export/export-register";
import { db } from "../db";
import { readRegisterSnapshot } from "../register/snapshot";
import { seedDemoCompany } from "../seed/demo-company";
import { createUser, unique } from "@/test/server/factories";
import { latestPublished, publishedArchive, publishedVersion } from "./public";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import { getNoticeWorkspace, hasUnpublishedChanges, publishNotice } from "./versions";

async function demo() {
  const owner = await createUser();
  const company = await seedDemoCompany(db(), owner.id, { slug: unique("demo") });
  const access = await companyAccessFor(owner, company.id, "notice.publish");
  return { owner, company, access };
}

describe("publishNotice", () => {
  it("publishes version 1 with the register snapshot, its hash, both languages in every format and an audit event", async () => {
    const { access, company } = await demo();
    const errors = runChecks(await readRegisterSnapshot(db(), company.id), { now: new Date() }).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);

    const published = await publishNotice(access, { changeSummary: "First publication" });
    expect(published.number).toBe(1);
    const row = await db().noticeVersion.findUniqueOrThrow({ where: { id: published.id } });
    expect(row.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.snapshotSha256).toBe(registerFingerprint(await readRegisterSnapshot(db(), company.id)));
    expect(row.publishedByName).toBe(access.user.name);
    expect(row.changeSummary).toBe("First publication");
    expect(row.htmlEn).toContain('<html lang="en">');
    expect(row.htmlNb).toContain('<html lang="nb">');
    expect(row.htmlEn).toContain("Version 1, last updated");
    expect(row.markdownNb).toMatch(/^# Personvernerklæring for /);
    expect(row.textEn).toContain("Your rights");
    expect((row.documentNb as { language: string }).language).toBe("nb");
    const audit = await db().auditEvent.findMany({ where: { companyId: company.id, action: "PUBLISH" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entityId).toBe(published.id);
    expect(audit[0]?.after).toMatchObject({ number: 1, snapshotSha256: row.snapshotSha256 });

    const second = await publishNotice(access, { changeSummary: "Again" });
    expect(second.number).toBe(2);
  });

  it("numbers concurrent publications without gaps or duplicates", async () => {
    const { access, company } = await demo();
    const results = await Promise.all([1, 2, 3].map((i) => publishNotice(access, { changeSummary: `Parallel ${i}` })));
    expect(results.map((r) => r.number).sort()).toEqual([1, 2, 3]);
    expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(3);
  });

  it("keeps a published version byte-identical after the register changes, and reports unpublished changes", async () => {
    const { access, company } = await demo();
    const published = await publishNotice(access, { changeSummary: "v1" });
    expect(await hasUnpublishedChanges(access)).toBe(false);
    const before = await db().noticeVersion.findUniqueOrThrow({ where: { id: published.id }, select: { htmlEn: true, htmlNb: true, markdownEn: true, snapshotSha256: true } });

    // A purpose is read in the first layer's table and in the details, whatever the activity's layout.
    const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id, status: "ACTIVE", showInNotice: true, role: "CONTROLLER" }, select: { id: true } });
    const purpose = await db().purpose.findFirstOrThrow({ where: { activityId: activity.id }, select: { id: true, description: true } });
    await db().purpose.update({ where: { id: purpose.id }, data: { description: { ...(purpose.description as object), en: "A brand new title" } } });
    await db().processingActivity.update({ where: { id: activity.id }, data: { version: { increment: 1 } } });

    expect(await hasUnpublishedChanges(access)).toBe(true);
    const after = await db().noticeVersion.findUniqueOrThrow({ where: { id: published.id }, select: { htmlEn: true, htmlNb: true, markdownEn: true, snapshotSha256: true } });
    expect(after).toEqual(before);
    expect(after.htmlEn).not.toContain("A brand new title");
    const latest = await latestPublished(company.slug, "en", "html");
    expect(latest?.content).toBe(before.htmlEn);

    const workspace = await getNoticeWorkspace(access, "en");
    expect(workspace.unpublishedChanges).toBe(true);
    expect(workspace.diff.find((d) => d.id === "summary")?.status).toBe("changed");
  });

  it("reports a new look as not yet published while the text stays up to date, until the next version takes it live (ADR 024)", async () => {
    const { access } = await demo();
    await publishNotice(access, { changeSummary: "v1" });
    expect(await getNoticeWorkspace(access, "en")).toMatchObject({ unpublishedChanges: false, lookChanged: false });

    await updateCompanyBranding(access, { accentColour: "#0B6E4F", logo: { action: "keep" } });
    expect(await getNoticeWorkspace(access, "en")).toMatchObject({ unpublishedChanges: false, lookChanged: true });

    await publishNotice(access, { changeSummary: "New accent colour" });
    expect(await getNoticeWorkspace(access, "en")).toMatchObject({ unpublishedChanges: false, lookChanged: false });
  });

  it("stores the fingerprint every PDF of the unchanged register prints, and a save without a change keeps it", { timeout: 120_000 }, async () => {
    requirePoppler();
    const { access, company } = await demo();
    const published = await publishNotice(access, { changeSummary: "v1" });
    const pdfs: string[] = [];
    for (const lang of ["en", "nb"] as const) {
      const response = await exportRegister(access, "pdf", lang);
      pdfs.push(pdfText(Buffer.from(await response.arrayBuffer())).replace(/\s+/g, ""));
    }
    for (const text of pdfs) expect(text).toContain(published.snapshotSha256);
    const exports = await db().auditEvent.findMany({ where: { companyId: company.id, action: "EXPORT" } });
    expect(exports.map((e) => (e.after as { sha256: string }).sha256)).toEqual([published.snapshotSha256, published.snapshotSha256]);

    // The editor's save replaces the activity's part rows and moves its version: the content is the same.
    const activity = await db().processingActivity.findFirstOrThrow({ where: { companyId: company.id, status: "ACTIVE", transfers: { some: {} } }, select: { id: true } });
    const saved = await getActivity(access, activity.id);
    await updateActivity(access, activity.id, activityInputSchema.parse(saved));
    expect((await getActivity(access, activity.id)).version).toBe(saved.version + 1);
    expect(await hasUnpublishedChanges(access)).toBe(false);
    expect(registerFingerprint(await readRegisterSnapshot(db(), company.id))).toBe(published.snapshotSha256);
  });

  it("refuses a viewer or an editor (403), as companyRoute does for notice.publish", async () => {
    const { company } = await demo();
    for (const role of ["VIEWER", "EDITOR"] as const) {
      const user = await createUser();
      await db().membership.create({ data: { userId: user.id, companyId: company.id, role } });
      await expect(companyAccessFor(user, company.id, "notice.publish")).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
      const readAccess = await companyAccessFor(user, company.id, "register.read");
      await expect(publishNotice(readAccess, { changeSummary: "Sneaky" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(0);
  });

  it("refuses while an error-level finding exists (409) and lists it with a link to where it is fixed", async () => {
    const { access, company } = await demo();
    const purpose = await db().purpose.findFirstOrThrow({ where: { companyId: company.id, lawfulBasis: "LEGITIMATE_INTERESTS" }, select: { id: true, activityId: true } });
    await db().purpose.update({ where: { id: purpose.id }, data: { lawfulBasis: null } });
    const error = await publishNotice(access, { changeSummary: "Blocked" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    const findings = (error as AppError).details?.findings as { ruleId: string; href: string }[];
    expect(findings.map((f) => f.ruleId)).toContain("LB-001");
    // The link lands on the field itself (the editor's anchors are the form paths).
    expect(findings.find((f) => f.ruleId === "LB-001")?.href).toMatch(new RegExp(`^/companies/${company.id}/activities/${purpose.activityId}#purposes\\.\\d+\\.lawfulBasis$`));
    expect(await db().noticeVersion.count({ where: { companyId: company.id } })).toBe(0);
    expect(await db().auditEvent.count({ where: { companyId: company.id, action: "PUBLISH" } })).toBe(0);
  });

  it("publishes the complete language while a text is missing in the other (LANG-001): the incomplete one keeps its last version, or has none", async () => {
    const { access, company } = await demo();
    // The demo company publishes in English and bokmål; one purpose loses its English text.
    const purpose = await db().purpose.findFirstOrThrow({ where: { companyId: company.id, lawfulBasis: "CONTRACT" }, select: { id: true, activityId: true, description: true } });
    const written = purpose.description as { en: string; nb: string };
    await db().purpose.update({ where: { id: purpose.id }, data: { description: { nb: written.nb } } });

    const workspace = await getNoticeWorkspace(access, "en");
    const missing = workspace.blocking.filter((f) => f.ruleId === "LANG-001");
    expect(missing).toHaveLength(1);
    expect(missing[0]?.language).toBe("en");
    expect(missing[0]?.href).toMatch(new RegExp(`^/companies/${company.id}/activities/${purpose.activityId}#purposes\\.\\d+\\.description\\.en$`));
    expect(workspace.publishable).toEqual(["nb"]);
    expect(workspace.held).toEqual([{ language: "en", publicVersion: null }]);
    expect(workspace.goingLive.map((g) => g.language)).toEqual(["nb"]);

    // Version 1 in bokmål only: the English page says nothing is published.
    const first = await publishNotice(access, { changeSummary: "Bokmål first" });
    expect(first.languages).toEqual(["nb"]);
    expect((await latestPublished(company.slug, "nb", "html"))?.number).toBe(1);
    expect(await latestPublished(company.slug, "en", "html")).toBeNull();
    expect(await publishedVersion(company.slug, 1, "en")).toBeNull();
    expect((await publishedArchive(company.slug, "en"))).toBeNull();
    expect((await db().auditEvent.findFirstOrThrow({ where: { companyId: company.id, action: "PUBLISH" } })).after).toMatchObject({ languages: ["nb"] });

    // Written: version 2 in both.
    await db().purpose.update({ where: { id: purpose.id }, data: { description: written } });
    expect((await publishNotice(access, { changeSummary: "Both" })).languages).toEqual(["en", "nb"]);

    // Missing again, and the bokmål changes: version 3 in bokmål; the English page keeps version 2.
    await db().purpose.update({ where: { id: purpose.id }, data: { description: { nb: `${written.nb} (endret)` } } });
    expect((await getNoticeWorkspace(access, "nb")).held).toEqual([{ language: "en", publicVersion: 2 }]);
    expect((await publishNotice(access, { changeSummary: "Bokmål again" })).languages).toEqual(["nb"]);
    const english = await latestPublished(company.slug, "en", "html");
    expect(english?.number).toBe(2);
    // Which purpose findFirst picks is not ordered; one listed after another in its row starts in lower case.
    expect(english?.content).toContain(written.en.slice(1));
    expect((await latestPublished(company.slug, "nb", "text"))?.content).toContain("(endret)");
    expect((await publishedArchive(company.slug, "en"))?.versions.map((v) => v.number)).toEqual([2]);
    expect((await publishedArchive(company.slug, "nb"))?.versions.map((v) => v.number)).toEqual([3, 2, 1]);
    // The workspace shows what is public in each language.
    expect((await getNoticeWorkspace(access, "en")).published?.number).toBe(2);
    expect((await getNoticeWorkspace(access, "nb")).published?.number).toBe(3);
  });

  it("holds back every language while a finding is not about one language", async () => {
    const { access, company } = await demo();
    const purpose = await db().purpose.findFirstOrThrow({ where: { companyId: company.id, lawfulBasis: "CONTRACT" }, select: { id: true, description: true } });
    await db().purpose.update({ where: { id: purpose.id }, data: { description: { nb: (purpose.description as { nb: string }).nb }, lawfulBasis: null } });
    const workspace = await getNoticeWorkspace(access, "en");
    expect(workspace.publishable).toEqual([]);
    expect(workspace.held).toEqual([]);
    const error = await publishNotice(access, { changeSummary: "Blocked" }).catch((e: unknown) => e);
    expect((error as AppError).status).toBe(409);
    expect(((error as AppError).details?.findings as { ruleId: string }[]).map((f) => f.ruleId)).toEqual(expect.arrayContaining(["LB-001", "LANG-001"]));
    // A company that publishes only in bokmål is not held back by an English gap.
    await db().purpose.update({ where: { id: purpose.id }, data: { lawfulBasis: "CONTRACT" } });
    await db().company.update({ where: { id: company.id }, data: { noticeLanguages: ["NB"], primaryLanguage: "NB" } });
    expect((await publishNotice(access, { changeSummary: "Bokmål only" })).number).toBe(1);
  });

  it("the database refuses to UPDATE or DELETE a published version", async () => {
    const { access } = await demo();
    const published = await publishNotice(access, { changeSummary: "v1" });
    await expect(db().noticeVersion.update({ where: { id: published.id }, data: { htmlEn: "<p>forged</p>" } })).rejects.toThrow(/immutable/);
    await expect(db().$executeRaw`UPDATE notice_versions SET html_en = 'x' WHERE id = ${published.id}`).rejects.toThrow(/immutable/);
    await expect(db().noticeVersion.delete({ where: { id: published.id } })).rejects.toThrow(/immutable/);
  });
});

describe("public reads", () => {
  it("serve nothing for an unknown slug, a reserved path or a company that has not published", async () => {
    const { company } = await demo();
    expect(await latestPublished(company.slug, "en", "html")).toBeNull();
    expect(await latestPublished("no-such-company-here", "en", "html")).toBeNull();
    expect(await latestPublished("api", "en", "html")).toBeNull();
    expect(await publishedArchive(company.slug, "en")).toBeNull();
  });

  it("serve the latest version, an archived one and the archive list", async () => {
    const { access, company } = await demo();
    await publishNotice(access, { changeSummary: "one" });
    await publishNotice(access, { changeSummary: "two" });
    expect((await latestPublished(company.slug, "nb", "markdown"))?.number).toBe(2);
    expect((await publishedVersion(company.slug, 1, "nb"))?.document.version).toBe(1);
    expect(await publishedVersion(company.slug, 3, "nb")).toBeNull();
    expect((await publishedArchive(company.slug, "en"))?.versions.map((v) => [v.number, v.changeSummary])).toEqual([
      [2, "two"],
      [1, "one"],
    ]);
  });
});
