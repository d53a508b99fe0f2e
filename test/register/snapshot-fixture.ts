import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";

/**
 * The register stored as test/fixtures/snapshots/format-<SNAPSHOT_FORMAT>.json:
 * the full export register with the few fields it leaves empty filled in, so
 * that every field of the format holds a value somewhere (the upgrade tests
 * require it). Written by scripts/snapshot-fixture.ts; once checked in, a
 * fixture is never regenerated — it stands for what older versions stored.
 */
export function snapshotFixture(): RegisterSnapshot {
  const snapshot = fullRegisterSnapshot();
  const company = {
    ...snapshot.company,
    visitingStreet: "Storgata 1",
    visitingPostalCode: "0155",
    visitingCity: "Oslo",
    dpo: { designated: true, basis: "VOLUNTARY" as const, name: "Kari Nordmann", email: "personvern@example.no", phone: "+47 22 00 00 00", address: "Postboks 1, 0101 Oslo" },
    representative: { name: "EU Rep AB", address: "Drottninggatan 1, Stockholm", email: "rep@example.se" },
  };
  const activities = snapshot.activities.map((activity, index) =>
    index === 0 ? { ...activity, noticeTitleEn: "Your employment with us", noticeTitleNb: "Ansettelsesforholdet ditt hos oss" } : activity,
  );
  // Format 2: a sub-processor on the DPF List (the US parent of an EEA processor).
  const recipients = snapshot.catalogs.recipients.map((r) => ({ ...r, subProcessors: r.subProcessors.map((s) => ({ ...s, dpfCertified: true })) }));
  return { ...snapshot, company, catalogs: { ...snapshot.catalogs, recipients }, activities };
}
