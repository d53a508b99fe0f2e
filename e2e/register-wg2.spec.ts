import { createCompany, createUser } from "@/test/server/factories";
import { ActivityJourney } from "./support/activity-journey";
import { expect, signIn, test } from "./support/fixtures";

// The register behind /work/shared/reference-notices/working-group-two-en.md (24.06.2023),
// entered through the UI only, as the notice states it — defects included — so the findings
// page shows what legal-spec §5 lists for this notice.
test.setTimeout(240_000);

test("a new owner enters Working Group Two's register and the findings page shows the notice's defects", async ({ page }) => {
  const owner = await createUser({ locale: "EN" });
  const company = await createCompany([{ userId: owner.id, role: "OWNER" }], "Working Group Two AS");
  await signIn(page, owner.email, owner.password);
  const j = new ActivityJourney(page, company.id, "en");

  await page.goto(`/companies/${company.id}/activities`);
  // An owner of an empty register is offered the template gallery as well.
  await expect(page.getByText("Your register is empty. Start from a template for a typical activity, or write a new one.")).toBeVisible();

  // 2.1 Communication and contact — 6(1)(f), about two years.
  await j.start("Communication and contact");
  await j.addPurpose({
    description: "Answer and document communication with those who contact us",
    basis: "LEGITIMATE_INTERESTS",
    interest: "Having contact with others as part of our business, documenting our business, and replying to and registering those who contact us",
  });
  await j.createDataSubjects("People who contact us", "Personer som kontakter oss");
  await j.createDataCategory("Contact details (name, telephone number, e-mail address)", "Kontaktopplysninger (navn, telefonnummer, e-postadresse)");
  await j.createDataCategory("Enquiry history and logs", "Historikk og logger for henvendelser");
  await j.provision("VOLUNTARY", "Without the information we cannot answer the enquiry.");
  await j.addRetention({ duration: 2, unit: "YEARS", trigger: "AFTER_LAST_CONTACT", criteria: "Until no further follow-up of the contact is expected" });
  await j.save();

  // 2.2 E-mail and other business solutions — 6(1)(f), deleted when no longer needed.
  await j.start("E-mail and other business solutions");
  await j.addPurpose({
    description: "Use e-mail, document storage and collaboration tools as work tools",
    basis: "LEGITIMATE_INTERESTS",
    interest: "Having a work tool and a communication solution",
  });
  await j.tick("Contact details (name, telephone number, e-mail address)");
  await j.addRetention({ criteria: "Deleted when no longer needed; measures ensure regular deletion" });
  await j.save();

  // 2.3 Communications and information on services — 6(1)(b), or 6(1)(f) for business customers.
  await j.start("Communications and information on services");
  await j.addPurpose({ description: "Keep customers updated about the services they use", basis: "CONTRACT" });
  await j.addPurpose({
    description: "Keep customers updated about the services they use",
    basis: "LEGITIMATE_INTERESTS",
    interest: "Informing our business customers about the services they have purchased",
  });
  await j.createDataSubjects("Customers", "Kunder");
  await j.tick("Contact details (name, telephone number, e-mail address)");
  await j.addRetention({ trigger: "AFTER_END_OF_CONTRACT", criteria: "As long as you receive our services" });
  await j.save();

  // 2.4 Newsletter — consent, or 6(1)(b) for existing customers (the defect: marketing on a contract).
  await j.start("Newsletter");
  await j.addPurpose({
    description: "Send newsletters and information about our products and services",
    basis: "CONSENT",
    withdrawal: "The link in every newsletter, or contact privacy@wgtwo.com",
  });
  await j.addPurpose({ description: "Send newsletters to existing customers", basis: "CONTRACT" });
  await j.tick("Customers");
  await j.tick("Contact details (name, telephone number, e-mail address)");
  await page.getByRole("button", { name: j.t("field.addMarketingAudience"), exact: true }).click();
  const audience = page.getByRole("group", { name: j.t("marketingAudienceN", { n: 1 }), exact: true });
  await audience.getByLabel(j.t("field.marketingAudience"), { exact: true }).selectOption({ label: j.enumLabel("MarketingAudienceGroup", "EXISTING_CUSTOMERS") });
  await audience.getByRole("checkbox", { name: j.enumLabel("MarketingChannel", "EMAIL"), exact: true }).check();
  await j.addRetention({
    trigger: "AFTER_WITHDRAWAL_OF_CONSENT",
    criteria: "Until the information is received, consent is withdrawn, the customer relationship ends or you object",
  });
  await j.save();

  // 2.5 Recruitment — consent, 6(1)(b) and 6(1)(f) for one purpose (the defect: several bases).
  await j.start("Recruitment");
  for (const basis of ["CONSENT", "CONTRACT", "LEGITIMATE_INTERESTS"]) {
    await j.addPurpose({
      description: "Assess applicants for positions with us",
      basis,
      ...(basis === "LEGITIMATE_INTERESTS" ? { interest: "Ensuring the correct candidate for the position, e.g. by contacting persons not listed as references" } : {}),
      ...(basis === "CONSENT" ? { withdrawal: "Contact us or withdraw in the recruitment solution" } : {}),
    });
  }
  await j.createDataSubjects("Job applicants", "Jobbsøkere");
  await j.createDataCategory("CV, application, certificates and references", "CV, søknad, attester og referanser");
  await j.addRetention({ trigger: "AFTER_CASE_CLOSED", criteria: "Deleted as soon as the recruitment is done unless the applicant agreed to further storage" });
  await j.save();

  // 2.6 Websites and cookies — observed data, 6(1)(f), Google Analytics and Hotjar without consent,
  // Google in the USA without a transfer mechanism.
  await j.start("Use of websites and cookies");
  await j.source("DATA_SUBJECT_OBSERVED");
  await j.addPurpose({
    description: "Adapt and develop the website, compile statistics and understand the use of the pages",
    basis: "LEGITIMATE_INTERESTS",
    interest: "Adapting the website to our users",
  });
  await j.createDataSubjects("Website visitors", "Besøkende på nettstedet");
  await j.createDataCategory("Online identifiers (IP address, browser, internet provider, operating system, time of visit)", "Nettidentifikatorer (IP-adresse, nettleser, internettleverandør, operativsystem, tidspunkt)");
  await j.createRecipient("Google", "PROCESSOR", "United States");
  // Outside the EEA: a transfer is proposed, with no mechanism (Google is not DPF-marked here) — left so.
  const transfer = page.getByRole("group", { name: /Google$/ });
  await expect(transfer.getByLabel(j.t("field.mechanism"))).toHaveValue("");
  await expect(transfer.getByText(j.t("mechanismHint"))).toBeVisible();
  await j.createRecipient("Hotjar", "PROCESSOR", "Malta");
  for (const name of ["_ga", "_gid", "_gat"]) {
    await j.createCookie({
      name,
      provider: "Google",
      purposeEn: "Google Analytics: tracks and reports website traffic",
      purposeNb: "Google Analytics: sporer og rapporterer trafikk på nettstedet",
      category: "STATISTICS",
      lifetime: "12 months",
      consent: false,
      recipient: "Google",
    });
  }
  await j.createCookie({
    name: "Hotjar cookies",
    provider: "Hotjar",
    purposeEn: "Hotjar: clicks and scrolling, to improve the site's usability",
    purposeNb: "Hotjar: klikk og rulling, for å forbedre brukervennligheten",
    category: "STATISTICS",
    lifetime: "Not stated",
    consent: false,
    recipient: "Hotjar",
  });
  await j.addRetention({ criteria: "As long as it is necessary for the purposes mentioned above" });
  await j.save();

  // §4 Processing as part of services — our processor role, with a DPA with each customer.
  await j.start("Processing on behalf of customers (telecom services)", "PROCESSOR");
  await j.createDataSubjects("Our customers' customers", "Kundenes kunder");
  await j.fillText(page, j.t("field.processingCategories"), "Developing and providing technology solutions for the telecom industry");
  await page.getByLabel(j.t("field.controllerDpaRef"), { exact: true }).fill("Data processor agreement with each customer");
  await page.getByRole("button", { name: j.t("field.addControllerServed") }).click();
  // Its customers as a class (ADR 030): the record words the class in each language.
  const served = j.group(j.t("controllerServedN", { n: 1 }));
  await served.getByLabel(j.t("field.controllerOurCustomers"), { exact: true }).check();
  await expect(served.getByLabel(j.t("field.controllerName"), { exact: true })).toHaveCount(0);
  await j.fillText(served, j.t("field.customersListedIn"), "telecom operators, each listed in our customer agreements");
  await j.createInline("securityMeasure", async (g) => {
    await g.getByLabel(j.catalogLabel("kind"), { exact: true }).selectOption({ label: j.enumLabel("SecurityMeasureKind", "ACCESS_CONTROL") });
    await g.getByLabel(j.catalogLabel("descriptionEn"), { exact: true }).fill("Access on a need-to-know basis; confidentiality duty");
    await g.getByLabel(j.catalogLabel("descriptionNb"), { exact: true }).fill("Tilgang etter tjenstlig behov; taushetsplikt");
  });
  await j.save();

  // The register overview lists all seven, searchable.
  await page.goto(`/companies/${company.id}/activities`);
  await expect(page.getByRole("link", { name: j.t("allStatuses", { count: 7 }) })).toBeVisible();
  await page.getByRole("searchbox", { name: j.t("search"), exact: true }).fill("newsletters");
  await page.getByRole("button", { name: j.t("apply") }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Newsletter", exact: true })).toBeVisible();

  // The findings page shows legal-spec §5's defects for this notice, and not rules that do not apply.
  await page.goto(`/companies/${company.id}/findings`);
  const main = page.getByRole("main");
  for (const rule of ["CK-001", "TR-002", "LB-009", "LB-002"]) {
    await expect(main.getByRole("listitem").filter({ hasText: new RegExp(`\\b${rule}\\b`) }).first()).toBeVisible();
  }
  for (const rule of ["SC-001", "SC-002", "SC-003", "JC-001", "ADM-002", "TR-003"]) {
    await expect(main.getByText(new RegExp(`\\b${rule}\\b`))).toHaveCount(0);
  }
});
