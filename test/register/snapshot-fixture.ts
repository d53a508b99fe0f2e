import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { fullRegisterSnapshot } from "@/test/export/full-register";

/**
 * The register stored as test/fixtures/snapshots/format-<SNAPSHOT_FORMAT>.json:
 * the full export register with the few fields it leaves empty filled in, so
 * that every field of the format holds a value somewhere (format 2: a law, a section and a free-text cookie lifetime too) (the upgrade tests
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
    // Format 6: the notice's own words and the cookie banner's facts.
    noticeIntroduction: { en: "We make software for schools.", nb: "Vi lager programvare for skoler." },
    noticeScope: { en: "This notice does not cover the data we process for our customers as their processor.", nb: "Erklæringen gjelder ikke opplysninger vi behandler for kundene våre som databehandler." },
    privacyContactName: "Ola Nordmann",
    privacyContactRole: { en: "Head of privacy", nb: "Personvernansvarlig" },
    cookieBannerBeforeSetting: true,
    cookieRefuseAsEasy: true,
    cookieWithdrawal: { en: "Choose “Cookie settings” at the foot of any page.", nb: "Velg «Innstillinger for informasjonskapsler» nederst på hver side." },
    cookieSettingsUrl: "https://www.example.no/cookies",
  };
  // Format 3: legal references from the law list.
  const bookkeeping = { law: "bokforingsloven" as const, section: "§ 13", text: {} };
  const activities = snapshot.activities.map((activity, index) =>
    index === 0
      ? {
          ...activity,
          noticeTitleEn: "Your employment with us",
          noticeTitleNb: "Ansettelsesforholdet ditt hos oss",
          art9LegalReference: { law: "arbeidsmiljoloven" as const, section: "§ 4-6", text: {} },
          purposes: activity.purposes.map((purpose, i) => (i === 0 ? { ...purpose, legalReference: bookkeeping } : purpose)),
          retentionRules: activity.retentionRules.map((rule, i) => (i === 0 ? { ...rule, legalReference: bookkeeping } : rule)),
        }
      : activity,
  );
  // Format 2: a sub-processor on the DPF List (the US parent of an EEA processor).
  const recipients = snapshot.catalogs.recipients.map((r) => ({ ...r, subProcessors: r.subProcessors.map((s) => ({ ...s, dpfCertified: true })) }));
  // Format 3: a cookie lifetime only words can give.
  const [first] = snapshot.catalogs.cookies;
  // Format 6: a consent override with its reason.
  const cookies = first
    ? [
        ...snapshot.catalogs.cookies,
        {
          ...first,
          id: "cookie-sign-in",
          name: "sign_in",
          duration: { kind: "TEXT" as const, amount: null, unit: null, text: { en: "Until you sign out", nb: "Til du logger ut" } },
          category: "PREFERENCES" as const,
          consent: "NOT_REQUIRED" as const,
          consentReason: { en: "Set only when you tick “Keep me signed in”.", nb: "Settes bare når du krysser av for «Hold meg innlogget»." },
        },
      ]
    : [];
  return { ...snapshot, company, activities, catalogs: { ...snapshot.catalogs, recipients, cookies } };
}
