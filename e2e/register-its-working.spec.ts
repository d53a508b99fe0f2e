import { createCompany, createUser } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";

// The register behind /work/shared/reference-notices/its-working-nb.txt (06.06.2025), entered
// through the UI in bokmål, as the notice states it: bases not mapped to purposes (each purpose
// gets the basis §3 implies), no retention periods, analytics and functional cookies on
// legitimate interest, existing-customer marketing without a basis.
test.setTimeout(240_000);

test("en ny eier fører inn protokollen til Its Working på bokmål, og funnsiden viser manglene i erklæringen", async ({ page }) => {
  // The user's language is bokmål: the sign-in sets the language cookie to nb.
  const owner = await createUser({ locale: "NB" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }], "Allisson Holding AS");
  await signIn(page, owner.email, owner.password);
  const j = new ActivityJourney(page, company.id, "nb");

  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByRole("heading", { name: "Protokoll over behandlingsaktiviteter", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ny behandlingsaktivitet" })).toBeVisible();

  // §4 Tjenesteleveranse + sikkerhet og kvalitet (§3: avtale; berettiget interesse).
  await j.start("Kundeforhold og tjenesteleveranse");
  await expect(page.getByRole("button", { name: "Lagre", exact: true })).toBeVisible();
  await j.addPurpose({ description: "Opprette og administrere kundeforhold, levere driftstjenester, proaktiv overvåking og brukerstøtte", basis: "CONTRACT" });
  await j.addPurpose({
    description: "Identifisere og forebygge sikkerhetstrusler, analysere systemytelse og forbedre tjenestene",
    basis: "LEGITIMATE_INTERESTS",
    interest: "Forebygge svindel og sikre nettverks- og informasjonssikkerhet",
  });
  await j.createDataSubjects("Customers, suppliers and partners", "Kunder, leverandører og partnere");
  await j.createDataCategory("Identification (name, title, company, org. no.)", "Identifikasjon (navn, stilling, selskap, org.nr.)");
  await j.createDataCategory("Contact details (address, e-mail, phone)", "Kontaktinformasjon (adresse, e-post, telefon)");
  await j.createDataCategory("Usage and traffic data (IP address, log files, support tickets)", "Bruks- og trafikkdata (IP-adresse, loggfiler, supporttickets)");
  await j.createDataCategory("Technical equipment data (MAC address, serial number)", "Teknisk utstyrsdata (MAC-adresse, serienummer)");
  await j.createRecipient("Drifts- og skyleverandører", "PROCESSOR");
  await j.createRecipient("Offentlige myndigheter", "PUBLIC_AUTHORITY", "Norge");
  await j.createInline("securityMeasure", async (g) => {
    await g.getByLabel(j.catalogLabel("kind"), { exact: true }).selectOption({ label: j.enumLabel("SecurityMeasureKind", "ACCESS_CONTROL") });
    await g.getByLabel(j.catalogLabel("descriptionEn"), { exact: true }).fill("Role and access controls, encryption, intrusion detection, regular security audits");
    await g.getByLabel(j.catalogLabel("descriptionNb"), { exact: true }).fill("Rolle- og tilgangskontroller, kryptering, inntrengingsdeteksjon, regelmessige sikkerhetsrevisjoner");
  });
  await j.save();

  // §4 Fakturering og regnskap (§3: rettslig forpliktelse, bokføringsloven) — no retention stated.
  await j.start("Fakturering og regnskap");
  await j.addPurpose({
    description: "Utsendelse av faktura, betalingsoppfølging og lovpålagte rapporteringskrav",
    basis: "LEGAL_OBLIGATION",
    law: "bokføringsloven",
  });
  await j.tick("Kunder, leverandører og partnere");
  await j.createDataCategory("Payment data (KID, account number, invoice details)", "Betalingsdata (KID, kontonummer, fakturaopplysninger)");
  await j.save();

  // §4 Markedsføring: consent where required, or an existing customer relationship with no basis in §3.
  await j.start("Markedsføring");
  await j.addPurpose({ description: "Utsendelse av nyhetsbrev og invitasjoner til arrangementer", basis: "CONSENT", withdrawal: "Avmeldingslenke i e-posten" });
  await j.addPurpose({ description: "Nyhetsbrev og invitasjoner til eksisterende kunder" });
  await j.tick("Kunder, leverandører og partnere");
  await j.tick("Kontaktinformasjon (adresse, e-post, telefon)");
  await page.getByRole("button", { name: j.t("field.addMarketingAudience"), exact: true }).click();
  const customers = page.getByRole("group", { name: j.t("marketingAudienceN", { n: 1 }), exact: true });
  await customers.getByLabel(j.t("field.marketingAudience"), { exact: true }).selectOption({ label: j.enumLabel("MarketingAudienceGroup", "EXISTING_CUSTOMERS") });
  await customers.getByRole("checkbox", { name: "E-post", exact: true }).check();
  await customers.getByLabel(j.t("field.marketingRoute"), { exact: true }).selectOption({ label: j.enumLabel("MarketingRoute", "EXISTING_CUSTOMER") });
  await j.save();

  // §9 Cookies: necessary (__cf_bm, wp_*), functional and analytics on legitimate interest, marketing on consent.
  await j.start("Nettsteder og informasjonskapsler");
  await j.source("DATA_SUBJECT_OBSERVED");
  await j.addPurpose({
    description: "Forstå bruksmønster og forbedre tjenestene våre",
    basis: "LEGITIMATE_INTERESTS",
    interest: "Statistikk over bruken av nettstedene, når anonymisert eller aggregert",
  });
  await j.addPurpose({ description: "Måle annonseresultater og målrette relevant informasjon", basis: "CONSENT", withdrawal: "Cookie-banneret" });
  await j.createDataSubjects("Website visitors", "Besøkende på nettstedene");
  await j.tick("Bruks- og trafikkdata (IP-adresse, loggfiler, supporttickets)");
  const cookies = [
    { name: "__cf_bm", category: "STRICTLY_NECESSARY", consent: false, provider: "Cloudflare", en: "Security protection", nb: "Sikkerhetsbeskyttelse" },
    { name: "wp_*", category: "STRICTLY_NECESSARY", consent: false, provider: "itsworking.no", en: "Log-in and site performance", nb: "Pålogging og nettsideytelse" },
    { name: "lang_pref", category: "PREFERENCES", consent: false, provider: "itsworking.no", en: "Remembers the language", nb: "Husker språkvalg" },
    { name: "_ga", category: "STATISTICS", consent: false, provider: "Google Analytics", en: "Usage patterns", nb: "Bruksmønster" },
    { name: "_gid", category: "STATISTICS", consent: false, provider: "Google Analytics", en: "Usage patterns", nb: "Bruksmønster" },
    { name: "_fbp", category: "MARKETING", consent: true, provider: "Meta", en: "Ad measurement", nb: "Annonsemåling" },
  ] as const;
  for (const c of cookies) {
    await j.createCookie({ name: c.name, provider: c.provider, purposeEn: c.en, purposeNb: c.nb, category: c.category, lifetime: "Ikke oppgitt", consent: c.consent });
  }
  await j.save();

  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByRole("link", { name: "Alle (4)" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Behandlingsgrunnlag" })).toBeVisible();

  // Findings (legal-spec §5): analytics/functional cookies set without consent and without a
  // reason (CK-006; the activity has a consent purpose, so CK-001 does not fire), no retention
  // periods (RT-001), existing-customer marketing without a basis (LB-001).
  await page.goto(`/companies/${company.id}/findings`);
  const main = page.getByRole("main");
  for (const rule of ["CK-006", "RT-001", "LB-001"]) {
    await expect(main.getByRole("listitem").filter({ hasText: new RegExp(`\\b${rule}\\b`) }).first()).toBeVisible();
  }
  // Nothing left the EEA, no special categories, no joint control, no several bases per purpose.
  for (const rule of ["TR-001", "TR-002", "SC-001", "JC-001", "LB-002"]) {
    await expect(main.getByText(new RegExp(`\\b${rule}\\b`))).toHaveCount(0);
  }
});
