import { describe, expect, it } from "vitest";
import { fullRegisterSnapshot } from "@/test/export/full-register";
import type { RegisterSnapshot } from "./snapshot";
import { canonicalJson, registerFingerprint, sha256Hex } from "./snapshot-hash";

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
  it("gives the same hash for the same data in another key order, and another for other data", () => {
    expect(sha256Hex({ x: 1, y: "ø" })).toBe(sha256Hex({ y: "ø", x: 1 }));
    expect(sha256Hex({ x: 1 })).not.toBe(sha256Hex({ x: 2 }));
    expect(sha256Hex({})).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** The full register with its richest activity (transfers, retention rules, joint controllers) changed. */
function withFirstActivity(snapshot: RegisterSnapshot, change: (a: RegisterSnapshot["activities"][number]) => RegisterSnapshot["activities"][number]): RegisterSnapshot {
  const rich = snapshot.activities.findIndex((a) => a.transfers.length > 0 && a.retentionRules.length > 0 && a.jointControllers.length > 0);
  return { ...snapshot, activities: snapshot.activities.map((a, i) => (i === rich ? change(a) : a)) };
}

describe("registerFingerprint", () => {
  const base = fullRegisterSnapshot();
  const fingerprint = registerFingerprint(base);

  it("is the same for a register read at another moment or saved again without a change", () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(registerFingerprint({ ...base, takenAt: "2030-01-01T00:00:00.000Z" })).toBe(fingerprint);
    expect(registerFingerprint({ ...base, company: { ...base.company, version: 9, updatedAt: "2030-01-01T00:00:00.000Z" } })).toBe(fingerprint);
    // A save replaces an activity's part rows (new ids) and moves its version and timestamps.
    const resaved = withFirstActivity(base, (a) => ({
      ...a,
      version: a.version + 1,
      updatedAt: "2030-01-01T00:00:00.000Z",
      transfers: a.transfers.map((t) => ({ ...t, id: `${t.id}-new` })),
      retentionRules: a.retentionRules.map((r) => ({ ...r, id: `${r.id}-new` })),
      jointControllers: a.jointControllers.map((j) => ({ ...j, id: `${j.id}-new` })),
      noticeTexts: a.noticeTexts.map((n) => ({ ...n, id: `${n.id}-new` })),
    }));
    expect(resaved).not.toEqual(base);
    expect(registerFingerprint(resaved)).toBe(fingerprint);
  });

  it("changes with anything the register says", () => {
    const changes: RegisterSnapshot[] = [
      { ...base, company: { ...base.company, legalName: `${base.company.legalName} AS` } },
      withFirstActivity(base, (a) => ({ ...a, purposes: a.purposes.map((p, i) => (i === 0 ? { ...p, description: { ...p.description, en: `${p.description.en ?? ""}.` } } : p)) })),
      withFirstActivity(base, (a) => ({ ...a, transfers: a.transfers.map((t) => ({ ...t, countryCode: "CN" })) })),
      withFirstActivity(base, (a) => ({ ...a, retentionRules: a.retentionRules.map((r) => ({ ...r, duration: (r.duration ?? 0) + 1 })) })),
      withFirstActivity(base, (a) => ({ ...a, status: a.status === "ACTIVE" ? "RETIRED" : "ACTIVE" })),
      { ...base, catalogs: { ...base.catalogs, cookies: base.catalogs.cookies.map((c) => ({ ...c, durationText: "10 years" })) } },
      { ...base, reference: { ...base.reference, adequacyDecisions: base.reference.adequacyDecisions.slice(1) } },
    ];
    for (const changed of changes) expect(registerFingerprint(changed)).not.toBe(fingerprint);
  });
});
