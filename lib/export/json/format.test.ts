import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/register/countries";
import { ADEQUACY_DECISIONS } from "@/lib/register/adequacy";
import { SUPERVISORY_AUTHORITIES } from "@/lib/register/supervisory-authorities";
import { needsConsent } from "@/lib/register/cookie-consent";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import { parseRegisterDocument, registerDocumentSchema } from "./format";
import { checkDocumentReferences } from "./references";
import type { RegisterDocument } from "./format";
import { registerDocumentFromSnapshot, serializeRegisterDocument } from "./from-snapshot";

const reference = {
  countryCodes: new Set(COUNTRIES.map((c) => c.code)),
  adequacyDecisionIds: new Set(ADEQUACY_DECISIONS.map((d) => d.id)),
  supervisoryAuthorityIds: new Set(SUPERVISORY_AUTHORITIES.map((a) => a.id)),
};

/** The same register as another database would hold it: other ids, rows in another order. */
function renumbered(snapshot: RegisterSnapshot): RegisterSnapshot {
  const text = JSON.stringify(snapshot);
  const ids = new Set<string>();
  const collect = (value: unknown, key = ""): void => {
    if (Array.isArray(value)) value.forEach((item) => collect(item, key));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
    else if (typeof value === "string" && key === "id" && !reference.adequacyDecisionIds.has(value) && !reference.supervisoryAuthorityIds.has(value)) ids.add(value);
  };
  collect(snapshot.catalogs);
  collect(snapshot.activities);
  let out = text;
  [...ids].sort((a, b) => b.length - a.length).forEach((id, i) => {
    out = out.split(`"${id}"`).join(`"zz-new-${i}"`);
  });
  const copy = JSON.parse(out) as RegisterSnapshot;
  copy.company.id = "other-company";
  copy.activities.reverse();
  for (const list of Object.values(copy.catalogs)) (list as unknown[]).reverse();
  for (const a of copy.activities) {
    a.purposes.reverse();
    a.transfers.reverse();
    a.dataCategoryIds.reverse();
  }
  return copy;
}

describe("the register JSON format", () => {
  it("is valid against its own schema and its references resolve", () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    expect(registerDocumentSchema.safeParse(doc).success).toBe(true);
    expect(checkDocumentReferences(doc, reference)).toEqual([]);
    expect(doc.activities).toHaveLength(4);
    expect(JSON.stringify(doc)).not.toMatch(/activity-|recipient-|dsc-|"id"/);
  });

  it("gives identical bytes for the same register under other ids and in another row order", () => {
    const snapshot = fullRegisterSnapshot();
    expect(serializeRegisterDocument(registerDocumentFromSnapshot(renumbered(snapshot)))).toBe(serializeRegisterDocument(registerDocumentFromSnapshot(snapshot)));
  });

  it("parses what it serialises back to an equal document", () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const parsed = parseRegisterDocument(serializeRegisterDocument(doc));
    expect(parsed).toEqual({ ok: true, doc });
  });

  it("refuses a file from another format version with its own message", () => {
    const doc = { ...registerDocumentFromSnapshot(fullRegisterSnapshot()), formatVersion: 7 };
    const parsed = parseRegisterDocument(JSON.stringify(doc));
    expect(parsed).toEqual({ ok: false, issues: [expect.objectContaining({ code: "wrongFormatVersion", values: { found: "7", expected: 6 } })] });
  });

  it("still reads a version-5 file: every controller served is a named controller (ADR 030)", () => {
    const current = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const v5 = asVersion5(current);
    expect(JSON.stringify(v5)).not.toContain("ourCustomers");
    const parsed = parseRegisterDocument(JSON.stringify(v5));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    const served = parsed.doc.activities.flatMap((a) => a.controllersServed);
    expect(served.length, "the fixture serves controllers").toBeGreaterThan(1);
    expect(served.map((c) => [c.ourCustomers, c.listedIn])).toEqual(served.map(() => [false, {}]));
    expect(served.map((c) => c.name)).toEqual(v5.activities.flatMap((a) => a.controllersServed.map((c) => c.name)));
    expect(parseRegisterDocument(JSON.stringify({ ...v5, formatVersion: 6 })).ok, "a version-6 file says which controller is our customers").toBe(false);
  });

  it("still reads a version-4 file: nothing of the notice's own words or the banner recorded, a cookie's consent follows its category where it agrees with it", () => {
    const current = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const v4 = asVersion4(current) as { catalogs: { cookies: Record<string, unknown>[] } };
    const [first] = v4.catalogs.cookies;
    expect(first, "the fixture has a cookie").toBeDefined();
    // One cookie marked against its category, as a DPO could before: it stays an override, with no reason yet.
    v4.catalogs.cookies = v4.catalogs.cookies.map((c, i) => (i === 0 ? { ...c, consentRequired: c.category === "STRICTLY_NECESSARY" } : c));
    const parsed = parseRegisterDocument(JSON.stringify(v4));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    expect(parsed.doc.controller).toMatchObject({ noticeIntroduction: {}, noticeScope: {}, privacyContactName: null, cookieBannerBeforeSetting: null, cookieRefuseAsEasy: null, cookieWithdrawal: {}, cookieSettingsUrl: null });
    const [overridden, ...rest] = parsed.doc.catalogs.cookies;
    expect(overridden).toMatchObject({ consent: overridden?.category === "STRICTLY_NECESSARY" ? "REQUIRED" : "NOT_REQUIRED", consentReason: {} });
    expect(rest.map((c) => c.consent)).toEqual(rest.map(() => "BY_CATEGORY"));
    expect(parseRegisterDocument(JSON.stringify({ ...v4, formatVersion: 5 })).ok, "a version-5 file has no consentRequired").toBe(false);
  });

  it("still reads a version-4 file: an activity's one marketing route becomes its first audience", () => {
    const current = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const v4 = asVersion4(current) as Record<string, unknown>;
    expect(JSON.stringify(v4)).not.toContain("marketingAudiences");
    const parsed = parseRegisterDocument(JSON.stringify(v4));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    const marketed = current.activities.filter((a) => a.marketingAudiences.length > 0);
    expect(marketed.length, "the fixture markets by e-mail").toBeGreaterThan(0);
    for (const activity of parsed.doc.activities) {
      const before = current.activities.find((a) => a.key === activity.key)?.marketingAudiences[0];
      // The route carries over; who the audience is was said only by the existing-customer route.
      expect(activity.marketingAudiences).toEqual(before ? [{ ...before, who: before.route === "EXISTING_CUSTOMER" ? "EXISTING_CUSTOMERS" : null }] : []);
    }
    expect(parseRegisterDocument(JSON.stringify({ ...v4, formatVersion: 5 })).ok, "a version-5 file has audiences, not one route").toBe(false);
  });

  it("still reads a version-4 file: its one source becomes the first of a list, supplying all its data, and nothing is volunteered", () => {
    const current = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const parsed = parseRegisterDocument(JSON.stringify(asVersion4(current)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    parsed.doc.activities.forEach((a, i) => {
      const first = current.activities[i]?.sources[0];
      expect(a.sources).toEqual([{ kind: first?.kind, name: first?.name, isPublic: first?.isPublic, dataCategories: a.dataCategories }]);
      expect([a.volunteeredSpecialCategories, a.volunteeredHandling]).toEqual([false, null]);
    });
    expect(current.activities.some((a) => a.sources.length > 1), "the fixture has several sources somewhere").toBe(true);
    const withoutSources = { ...current, activities: current.activities.map(({ sources: _sources, ...activity }) => activity) };
    expect(parseRegisterDocument(JSON.stringify(withoutSources)).ok, "a current file lists its sources").toBe(false);
  });

  it("still reads a version-3 file: a system's and a sub-processor's single description becomes the primary language's", () => {
    const current = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const single = <T extends { descriptionEn: string | null; descriptionNb: string | null }>({ descriptionEn, descriptionNb: _nb, ...rest }: T) => ({ ...rest, description: descriptionEn });
    const v4 = asVersion4(current) as RegisterDocument;
    const v3 = {
      ...v4,
      formatVersion: 3,
      controller: { ...v4.controller, primaryLanguage: "nb" },
      catalogs: {
        ...v4.catalogs,
        systems: current.catalogs.systems.map(single),
        recipients: current.catalogs.recipients.map((r) => ({ ...r, subProcessors: r.subProcessors.map(single) })),
      },
    };
    const parsed = parseRegisterDocument(JSON.stringify(v3));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    const system = current.catalogs.systems.find((s) => s.descriptionEn !== null);
    expect(system, "the fixture has a described system").toBeDefined();
    expect(parsed.doc.catalogs.systems.find((s) => s.key === system?.key)).toMatchObject({ descriptionNb: system?.descriptionEn, descriptionEn: null });
    const subs = parsed.doc.catalogs.recipients.flatMap((r) => r.subProcessors);
    expect(subs.length).toBeGreaterThan(0);
    expect(subs.every((s) => s.descriptionEn === null)).toBe(true);
    expect(subs.map((s) => s.descriptionNb)).toEqual(current.catalogs.recipients.flatMap((r) => r.subProcessors).map((s) => s.descriptionEn));
    expect(parseRegisterDocument(JSON.stringify({ ...v3, formatVersion: 4 })).ok, "a version-4 file has no single description").toBe(false);
  });

  it("still reads a version-2 file: every contract in it was with the person", () => {
    const current = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const v4 = asVersion4(current) as RegisterDocument;
    const v2 = { ...v4, formatVersion: 2, activities: v4.activities.map(({ contractParty: _party, ...activity }) => activity) };
    const parsed = parseRegisterDocument(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    expect(parsed.doc.activities.map((a) => a.contractParty)).toEqual(current.activities.map(() => "DATA_SUBJECT"));
    const withoutVersion2Field = { ...current, activities: current.activities.map(({ contractParty: _party, ...activity }) => activity) };
    expect(parseRegisterDocument(JSON.stringify(withoutVersion2Field)).ok, "a current file must say who the contract is with").toBe(false);
  });

  it("still reads a version-1 file: its texts become English, its cookie lifetimes structured where they plainly are", () => {
    // A version-1 file as Protokoll wrote it before issue 9: every text a single string.
    const v1 = asVersion1(registerDocumentFromSnapshot(fullRegisterSnapshot()));
    expect(JSON.stringify(v1)).not.toContain('"nb":');
    const parsed = parseRegisterDocument(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.doc.formatVersion).toBe(6);
    expect(parsed.doc.controller).toMatchObject({ noticeLanguages: ["en", "nb"], primaryLanguage: "en" });
    const purpose = parsed.doc.activities.flatMap((a) => a.purposes).find((p) => p.lawfulBasis === "LEGAL_OBLIGATION");
    expect(purpose?.description).toEqual({ en: expect.any(String) as string });
    expect(purpose?.legalReference).toEqual({ law: null, section: null, text: { en: expect.any(String) as string } });
    expect(parsed.doc.catalogs.cookies.find((c) => c.name === "_ga")?.duration).toEqual({ kind: "PERIOD", amount: 2, unit: "YEARS", text: {} });
  });

  it("refuses text that is not JSON, not a register file, or has unknown fields", () => {
    expect(parseRegisterDocument("garbage{")).toMatchObject({ ok: false, issues: [{ code: "notJson" }] });
    expect(parseRegisterDocument('{"hello":1}')).toMatchObject({ ok: false, issues: [{ code: "notRegisterFile" }] });
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot()) as unknown as { activities: Record<string, unknown>[] };
    (doc.activities[0] as Record<string, unknown>).extra = 1;
    const parsed = parseRegisterDocument(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ code: "unknownField", path: "activities[0]" });
  });

  it("reports unknown countries, dangling keys and transfers to recipients the activity does not list", () => {
    const doc = registerDocumentFromSnapshot(fullRegisterSnapshot());
    const a = doc.activities.find((x) => x.transfers.length > 0);
    if (!a?.transfers[0]) throw new Error("fixture has a transfer");
    a.transfers[0].countryCode = "XX";
    a.dataCategories.push("dc99");
    a.transfers[0].recipient = doc.catalogs.recipients.find((r) => !a.recipients.some((l) => l.recipient === r.key))?.key ?? "r99";
    const codes = checkDocumentReferences(doc, reference).map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(["unknownCountry", "unknownReference", "transferRecipientNotLinked"]));
  });
});

/**
 * A current file as version 4 wrote it: nothing of the notice's own words or the cookie banner, a
 * cookie's consent as a yes or no, one marketing route and one source per activity, nothing volunteered.
 */
function asVersion4(current: RegisterDocument): unknown {
  const doc = asVersion5(current);
  const { noticeIntroduction: _i, noticeScope: _s, privacyContactName: _n, privacyContactRole: _r, cookieBannerBeforeSetting: _b, cookieRefuseAsEasy: _e, cookieWithdrawal: _w, cookieSettingsUrl: _u, ...controller } = doc.controller;
  const cookies = doc.catalogs.cookies.map(({ consent, consentReason: _reason, ...cookie }) => ({ ...cookie, consentRequired: needsConsent({ category: cookie.category, consent }) }));
  const activities = withOneMarketingRoute(doc.activities).map(({ sources, volunteeredSpecialCategories: _v, volunteeredHandling: _h, ...activity }) => ({
    ...activity,
    collectionSource: sources[0]?.kind,
    sourceName: sources[0]?.name,
    sourceIsPublic: sources[0]?.isPublic,
  }));
  return { ...doc, formatVersion: 4, controller, catalogs: { ...doc.catalogs, cookies }, activities };
}

/** A current file as version 5 wrote it: every controller served by its name alone (our customers as a class had to be written as a name). */
function asVersion5(doc: RegisterDocument) {
  const activities = doc.activities.map((a) => ({
    ...a,
    controllersServed: a.controllersServed.map(({ ourCustomers, listedIn, name, ...controller }) => ({ ...controller, name: ourCustomers ? `Our customers, listed ${listedIn.en ?? ""}` : name })),
  }));
  return { ...doc, formatVersion: 5, activities };
}

/** A version-2 document written the way version 1 was: texts as their English string, lifetimes as words. */
function asVersion1(doc: RegisterDocument): unknown {
  const down = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(down);
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if ("kind" in record && "amount" in record && "unit" in record) return record.kind === "PERIOD" ? `${String(record.amount)} years` : "Session";
    if (keys.length === 3 && "law" in record && "section" in record && "text" in record) return (record.text as { en?: string }).en ?? null;
    if (keys.every((key) => key === "en" || key === "nb") && keys.length > 0) return record.en ?? null;
    if (keys.length === 0) return null;
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key === "duration" && typeof inner === "object" ? "durationText" : key, down(inner)]));
  };
  const v4 = asVersion4(doc) as RegisterDocument;
  const { noticeLanguages: _languages, primaryLanguage: _primary, ...controller } = v4.controller;
  const activities = v4.activities.map(({ contractParty: _party, ...activity }) => activity);
  return { ...(down({ ...v4, controller, activities }) as object), formatVersion: 1 };
}

/** Activities as versions 1–4 wrote them: one marketing route each (the first audience's), or none. */
function withOneMarketingRoute<T extends { marketingAudiences: { who: unknown; channels: string[]; route: string | null; optOutOffered: boolean | null; similarProducts: boolean | null }[] }>(activities: T[]) {
  return activities.map(({ marketingAudiences, ...activity }) => {
    const { who: _who, ...marketing } = marketingAudiences[0] ?? { who: null, channels: [], route: null, optOutOffered: null, similarProducts: null };
    return { ...activity, marketing };
  });
}
