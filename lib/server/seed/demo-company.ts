import "server-only";

import { DATATILSYNET_ID } from "@/lib/register/supervisory-authorities";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CookieDuration, CookieDurationUnit } from "@/lib/register/cookie-duration";
import type { LegalReference, LocalizedText } from "@/lib/register/localized-text";
import type { LawId } from "@/lib/register/templates/laws";

import type { SeedClient } from "./seed-client";

// A fictional Norwegian software company whose register follows the patterns of the two
// reference notices (shared/reference-notices), but done right under the law, so that the demo
// gives few validation findings. All names, addresses and domains are invented; the domains use
// the reserved ".example" TLD (RFC 2606). Reference data (countries, adequacy decisions,
// Datatilsynet) must have been seeded first (seedReferenceData).

const DEMO_SLUG = "eksempel-programvare";
const PRIVACY_EMAIL = "personvern@programvare.example";

type Tx = Prisma.TransactionClient;

/** A text of the notice in both languages, each written for its reader (not translated word for word). */
const text = (en: string, nb: string): LocalizedText => ({ en, nb });
/** A provision from the law list: renders in every language from one value. */
const law = (id: LawId, section: string): LegalReference => ({ law: id, section, text: {} });
const period = (amount: number, unit: CookieDurationUnit): CookieDuration => ({ kind: "PERIOD", amount, unit, text: {} });

export interface DemoCompany {
  id: string;
  slug: string;
  legalName: string;
}

/**
 * Creates the demo company with its whole register and makes `ownerUserId` its OWNER.
 * Runs in one transaction. Not idempotent on its own: callers seed it only when no company
 * exists (see prisma/seed.ts). Tests pass their own `slug` to seed more than one copy.
 */
export async function seedDemoCompany(
  prisma: SeedClient,
  ownerUserId: string,
  options: { slug?: string } = {},
): Promise<DemoCompany> {
  return prisma.$transaction((tx) => createDemoCompany(tx, ownerUserId, options.slug ?? DEMO_SLUG), { timeout: 60_000 });
}

async function createDemoCompany(tx: Tx, ownerUserId: string, slug: string): Promise<DemoCompany> {
  const company = await tx.company.create({
    data: {
      slug,
      legalName: "Eksempel Programvare AS",
      orgNumber: "928546136", // passes MOD11 (weights 3,2,7,6,5,4,3,2); invented
      countryCode: "NO",
      postalStreet: "Demoveien 12",
      postalCode: "0150",
      postalCity: "Oslo",
      email: PRIVACY_EMAIL,
      phone: "+47 21 00 00 00",
      website: "https://programvare.example",
      employeeBand: "UNDER_250",
      isPublicAuthority: false,
      targetsEeaFromOutside: false,
      // A small software company without large-scale monitoring or Art. 9/10 data: no DPO required (Art. 37(1)).
      dpoDesignated: false,
      dpoBasis: "NONE",
      supervisoryAuthorityId: DATATILSYNET_ID,
      // A Norwegian company writes its register in bokmål first and publishes in both languages.
      noticeLanguages: ["EN", "NB"],
      primaryLanguage: "NB",
      memberships: { create: { userId: ownerUserId, role: "OWNER" } },
    },
    select: { id: true, slug: true, legalName: true },
  });
  const companyId = company.id;

  // ── Catalogs ───────────────────────────────────────────────────────────────
  const subject = async (labelEn: string, labelNb: string) =>
    (await tx.dataSubjectCategory.create({ data: { companyId, labelEn, labelNb }, select: { id: true } })).id;
  const subjects = {
    visitors: await subject("Website visitors", "Besøkende på nettstedet"),
    enquirers: await subject("People who contact us", "Personer som kontakter oss"),
    customerUsers: await subject("Users of our service (customer accounts)", "Brukere av tjenesten vår (kundekontoer)"),
    customerContacts: await subject("Contact persons at customers", "Kontaktpersoner hos kunder"),
    supplierContacts: await subject("Contact persons at suppliers", "Kontaktpersoner hos leverandører"),
    subscribers: await subject("Newsletter subscribers", "Abonnenter på nyhetsbrevet"),
    applicants: await subject("Job applicants", "Jobbsøkere"),
    endUsers: await subject("Our customers' end users", "Kundenes sluttbrukere"),
  };

  const category = async (labelEn: string, labelNb: string, descriptionEn: string, descriptionNb: string) =>
    (
      await tx.dataCategory.create({
        data: { companyId, labelEn, labelNb, descriptionEn, descriptionNb },
        select: { id: true },
      })
    ).id;
  const categories = {
    contact: await category(
      "Contact details",
      "Kontaktopplysninger",
      "Name, e-mail address, phone number",
      "Navn, e-postadresse, telefonnummer",
    ),
    professional: await category(
      "Professional details",
      "Opplysninger om arbeid",
      "Employer, job title",
      "Arbeidsgiver, stillingstittel",
    ),
    enquiry: await category(
      "Content of enquiries",
      "Innholdet i henvendelser",
      "What you write or tell us, and our replies",
      "Det du skriver eller forteller oss, og svarene våre",
    ),
    account: await category(
      "Account and contract details",
      "Konto- og avtaleopplysninger",
      "User name, role, the services used, settings",
      "Brukernavn, rolle, tjenestene som brukes, innstillinger",
    ),
    invoicing: await category(
      "Invoicing and payment details",
      "Faktura- og betalingsopplysninger",
      "Invoice address, amounts, payment dates, account number",
      "Fakturaadresse, beløp, betalingsdatoer, kontonummer",
    ),
    application: await category(
      "Application documents",
      "Søknadsdokumenter",
      "Application letter, CV, diplomas and certificates",
      "Søknad, CV, vitnemål og attester",
    ),
    references: await category(
      "Reference statements and background checks",
      "Referanseuttalelser og bakgrunnssjekk",
      "What referees say about you; public information about your professional background",
      "Det referansene sier om deg; offentlig tilgjengelige opplysninger om yrkesbakgrunnen din",
    ),
    online: await category(
      "Online identifiers and usage data",
      "Nettidentifikatorer og bruksdata",
      "Cookie identifier, shortened IP address, pages visited, referring page, browser type",
      "Cookie-identifikator, forkortet IP-adresse, sider besøkt, henvisende side, nettlesertype",
    ),
    endUserData: await category(
      "End-user data in the platform",
      "Sluttbrukerdata i plattformen",
      "Whatever our customers store about their users: account data, content, activity logs",
      "Det kundene lagrer om brukerne sine: kontodata, innhold, aktivitetslogger",
    ),
    logs: await category(
      "Technical logs",
      "Tekniske logger",
      "IP address, time, request, error messages",
      "IP-adresse, tidspunkt, forespørsel, feilmeldinger",
    ),
  };

  const recipient = async (data: Omit<Prisma.RecipientUncheckedCreateInput, "companyId">) =>
    (await tx.recipient.create({ data: { ...data, companyId }, select: { id: true } })).id;
  const recipients = {
    hosting: await recipient({
      name: "Hostberg Cloud GmbH",
      kind: "PROCESSOR",
      countryCode: "DE",
      dpaStatus: "SIGNED",
      dpaDate: new Date("2025-03-01"),
      dpaRef: "DPA Hostberg 2025-03",
      descriptionEn: "Hosts our website and our platform in data centres in Germany.",
      descriptionNb: "Drifter nettstedet og plattformen vår i datasentre i Tyskland.",
    }),
    crm: await recipient({
      name: "Kundeflyt ApS",
      kind: "PROCESSOR",
      countryCode: "DK",
      dpaStatus: "SIGNED",
      dpaDate: new Date("2025-01-15"),
      dpaRef: "DPA Kundeflyt 2025-01",
      descriptionEn: "Provides our customer service and support system.",
      descriptionNb: "Leverer kundeservice- og supportsystemet vårt.",
    }),
    newsletter: await recipient({
      name: "Brevdue Utskick AB",
      kind: "PROCESSOR",
      countryCode: "SE",
      dpaStatus: "SIGNED",
      dpaDate: new Date("2025-02-10"),
      dpaRef: "DPA Brevdue 2025-02",
      descriptionEn: "Sends our newsletter and keeps the subscriber list.",
      descriptionNb: "Sender nyhetsbrevet vårt og fører abonnentlisten.",
    }),
    analytics: await recipient({
      name: "Metricly Analytics Inc.",
      kind: "PROCESSOR",
      countryCode: "US",
      dpaStatus: "SIGNED",
      dpaDate: new Date("2025-04-02"),
      dpaRef: "DPA Metricly 2025-04",
      dpfCertified: true,
      descriptionEn: "Provides website statistics, if you accept statistics cookies.",
      descriptionNb: "Leverer statistikk for nettstedet, hvis du godtar statistikk-cookies.",
    }),
    recruitment: await recipient({
      name: "Søkerportalen AS",
      kind: "PROCESSOR",
      countryCode: "NO",
      dpaStatus: "SIGNED",
      dpaDate: new Date("2024-11-20"),
      dpaRef: "DPA Søkerportalen 2024-11",
      descriptionEn: "Provides the recruitment system where applications are received.",
      descriptionNb: "Leverer rekrutteringssystemet der søknadene kommer inn.",
    }),
    accountant: await recipient({
      name: "Tallverk Regnskap AS",
      kind: "PROCESSOR",
      countryCode: "NO",
      dpaStatus: "SIGNED",
      dpaDate: new Date("2024-09-01"),
      dpaRef: "Oppdragsavtale med databehandleravtale 2024-09",
      descriptionEn: "Our authorised accountant keeps the accounts for us.",
      descriptionNb: "Den autoriserte regnskapsføreren vår fører regnskapet for oss.",
    }),
    taxAuthority: await recipient({
      name: "Skatteetaten",
      kind: "PUBLIC_AUTHORITY",
      countryCode: "NO",
      dpaStatus: "NOT_REQUIRED",
      descriptionEn: "The Norwegian Tax Administration receives accounting information where the law requires it.",
      descriptionNb: "Skatteetaten mottar regnskapsopplysninger når loven krever det.",
    }),
  };

  await tx.subProcessor.create({
    data: {
      companyId,
      recipientId: recipients.hosting,
      name: "Rheinstrom Colocation GmbH",
      countryCode: "DE",
      authorisation: "GENERAL",
      flowDownContract: true,
      description: "Data-centre premises and power for Hostberg Cloud.",
    },
  });

  const system = async (name: string, description: string, hostingCountryCode: string, vendorRecipientId?: string) =>
    (
      await tx.system.create({
        data: { companyId, name, description, hostingCountryCode, vendorRecipientId },
        select: { id: true },
      })
    ).id;
  const systems = {
    website: await system("Website programvare.example", "Public website and contact form", "DE", recipients.hosting),
    platform: await system("Eksempel platform", "Our SaaS product, run for our customers", "DE", recipients.hosting),
    crm: await system("Kundeflyt", "Customer service, support tickets and customer register", "DK", recipients.crm),
    newsletter: await system("Brevdue", "Newsletter tool", "SE", recipients.newsletter),
    analytics: await system("Metricly", "Website statistics", "US", recipients.analytics),
    recruitment: await system("Søkerportalen", "Recruitment system", "NO", recipients.recruitment),
    accounting: await system("Accounting system", "Run by our accountant", "NO", recipients.accountant),
  };

  const measure = async (
    kind: Prisma.SecurityMeasureUncheckedCreateInput["kind"],
    descriptionEn: string,
    descriptionNb: string,
  ) => (await tx.securityMeasure.create({ data: { companyId, kind, descriptionEn, descriptionNb }, select: { id: true } })).id;
  const measures = {
    access: await measure(
      "ACCESS_CONTROL",
      "Role-based access on a need-to-know basis; two-factor sign-in for all staff accounts.",
      "Rollebasert tilgang etter tjenstlig behov; tofaktorinnlogging for alle ansattkontoer.",
    ),
    logging: await measure(
      "LOGGING",
      "Sign-ins and administrative actions are logged and the logs kept for 12 months.",
      "Innlogginger og administrative handlinger logges, og loggene lagres i 12 måneder.",
    ),
    software: await measure(
      "SOFTWARE_PROTECTION",
      "Security updates installed within 14 days; managed laptops with disk encryption and malware protection.",
      "Sikkerhetsoppdateringer installeres innen 14 dager; administrerte PC-er med diskkryptering og skadevarebeskyttelse.",
    ),
    backups: await measure(
      "BACKUPS",
      "Daily encrypted backups in a second EU data centre; restores are tested every quarter.",
      "Daglig kryptert sikkerhetskopi i et annet datasenter i EU; gjenoppretting testes hvert kvartal.",
    ),
    encryption: await measure(
      "ENCRYPTION",
      "TLS 1.2 or newer in transit; encryption of stored data and backups.",
      "TLS 1.2 eller nyere under overføring; kryptering av lagrede data og sikkerhetskopier.",
    ),
    processorControl: await measure(
      "PROCESSOR_CONTROL",
      "Data processing agreements with all processors; their security documentation is reviewed every year.",
      "Databehandleravtaler med alle databehandlere; sikkerhetsdokumentasjonen deres gjennomgås hvert år.",
    ),
  };
  const allMeasures = Object.values(measures);

  const cookie = async (data: Omit<Prisma.CookieUncheckedCreateInput, "companyId">) =>
    (await tx.cookie.create({ data: { ...data, companyId }, select: { id: true } })).id;
  const cookies = {
    consent: await cookie({
      name: "cookie_consent",
      provider: "programvare.example (Eksempel Programvare AS)",
      purposeEn: "Remembers your cookie choice.",
      purposeNb: "Husker cookie-valget ditt.",
      category: "STRICTLY_NECESSARY",
      duration: period(12, "MONTHS"),
      consentRequired: false,
    }),
    analyticsId: await cookie({
      name: "mt_id",
      provider: "Metricly Analytics Inc.",
      purposeEn: "Distinguishes visitors so we can count visits and see which pages are used.",
      purposeNb: "Skiller besøkende fra hverandre slik at vi kan telle besøk og se hvilke sider som brukes.",
      category: "STATISTICS",
      duration: period(13, "MONTHS"),
      consentRequired: true,
      recipientId: recipients.analytics,
    }),
    analyticsSession: await cookie({
      name: "mt_session",
      provider: "Metricly Analytics Inc.",
      purposeEn: "Groups the pages you view in one visit.",
      purposeNb: "Grupperer sidene du ser på i ett besøk.",
      category: "STATISTICS",
      duration: period(30, "MINUTES"),
      consentRequired: true,
      recipientId: recipients.analytics,
    }),
  };

  // ── Activities ─────────────────────────────────────────────────────────────
  interface Links {
    subjects: string[];
    categories: string[];
    recipients?: { id: string; subProcessorAuthorisation?: "SPECIFIC" | "GENERAL"; flowDownContract?: boolean }[];
    systems?: string[];
    measures?: string[];
    cookies?: string[];
  }
  const activity = async (
    data: Omit<Prisma.ProcessingActivityUncheckedCreateInput, "companyId">,
    links: Links,
  ): Promise<string> => {
    const { id } = await tx.processingActivity.create({ data: { ...data, companyId }, select: { id: true } });
    const activityId = id;
    await tx.activityDataSubjectCategory.createMany({
      data: links.subjects.map((dataSubjectCategoryId) => ({ companyId, activityId, dataSubjectCategoryId })),
    });
    await tx.activityDataCategory.createMany({
      data: links.categories.map((dataCategoryId) => ({ companyId, activityId, dataCategoryId })),
    });
    await tx.activityRecipient.createMany({
      data: (links.recipients ?? []).map((r) => ({
        companyId,
        activityId,
        recipientId: r.id,
        subProcessorAuthorisation: r.subProcessorAuthorisation ?? null,
        flowDownContract: r.flowDownContract ?? null,
      })),
    });
    await tx.activitySystem.createMany({
      data: (links.systems ?? []).map((systemId) => ({ companyId, activityId, systemId })),
    });
    await tx.activitySecurityMeasure.createMany({
      data: (links.measures ?? allMeasures).map((securityMeasureId) => ({ companyId, activityId, securityMeasureId })),
    });
    await tx.activityCookie.createMany({
      data: (links.cookies ?? []).map((cookieId) => ({ companyId, activityId, cookieId })),
    });
    return activityId;
  };
  const purposes = async (activityId: string, rows: Omit<Prisma.PurposeUncheckedCreateInput, "companyId" | "activityId">[]) => {
    const ids: string[] = [];
    for (const [sortOrder, row] of rows.entries()) {
      const { id } = await tx.purpose.create({
        data: { ...row, companyId, activityId, sortOrder },
        select: { id: true },
      });
      ids.push(id);
    }
    return ids;
  };
  const retention = async (
    activityId: string,
    rows: Omit<Prisma.RetentionRuleUncheckedCreateInput, "companyId" | "activityId">[],
  ) => {
    await tx.retentionRule.createMany({
      data: rows.map((row, sortOrder) => ({ ...row, companyId, activityId, sortOrder })),
    });
  };

  // 1. Contact enquiries — Art. 6(1)(f)
  const enquiries = await activity(
    {
      name: "Henvendelser",
      noticeTitleEn: "When you contact us",
      noticeTitleNb: "Når du kontakter oss",
      description: text("Answering and documenting enquiries by e-mail, contact form and phone.", "Vi svarer på og dokumenterer henvendelser på e-post, via kontaktskjemaet og på telefon."),
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: text("Contacting us is voluntary, but we need a name and a way to reach you to answer.", "Det er frivillig å kontakte oss, men vi trenger navnet ditt og en måte å nå deg på for å kunne svare."),
      securityMeasuresText: text("Enquiries are only available to the staff who handle them.", "Bare de som behandler henvendelsen, har tilgang til den."),
    },
    {
      subjects: [subjects.enquirers],
      categories: [categories.contact, categories.professional, categories.enquiry],
      recipients: [{ id: recipients.crm }],
      systems: [systems.crm, systems.website],
    },
  );
  await purposes(enquiries, [
    {
      description: text("Answer enquiries and document the communication so that we can follow up", "svare deg og dokumentere hva som ble sagt, slik at vi kan følge opp saken"),
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: text("Answering people who contact us, and documenting what was said so that we can follow up and handle complaints.", "å kunne svare dem som kontakter oss, og å dokumentere hva som ble sagt, slik at vi kan følge opp og behandle eventuelle klager"),
      liaRef: "LIA-01 Henvendelser (personvernmappen)",
      liaDate: new Date("2026-01-15"),
    },
  ]);
  await retention(enquiries, [
    {
      duration: 24,
      unit: "MONTHS",
      trigger: "AFTER_CASE_CLOSED",
      criteriaText: text("Enquiries are deleted 24 months after the case is closed, unless they became part of a customer relationship.", "henvendelser slettes 24 måneder etter at saken er avsluttet, med mindre de har blitt en del av et kundeforhold"),
    },
  ]);

  // 2. Customer accounts and service messages — Art. 6(1)(b)
  const service = await activity(
    {
      name: "Kundekontoer og driftsmeldinger",
      noticeTitleEn: "When you use our service",
      noticeTitleNb: "Når du bruker tjenesten vår",
      description: text("Creating and administering user accounts under the terms of use, and sending messages needed to deliver the service.", "Vi oppretter og administrerer brukerkontoer etter bruksvilkårene og sender meldingene som trengs for å levere tjenesten."),
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "CONTRACTUAL",
      provisionConsequence: text("Without a name and an e-mail address we cannot create an account or deliver the service.", "Uten navn og e-postadresse kan vi ikke opprette en konto til deg eller levere tjenesten."),
    },
    {
      subjects: [subjects.customerUsers],
      categories: [categories.contact, categories.account],
      recipients: [{ id: recipients.hosting }, { id: recipients.crm }],
      systems: [systems.platform, systems.crm],
    },
  );
  await purposes(service, [
    {
      description: text("Create and administer your user account and give you access to the service", "opprette og administrere brukerkontoen din og gi deg tilgang til tjenesten"),
      lawfulBasis: "CONTRACT",
    },
    {
      description: text("Send you messages about the service you use: changes, maintenance, security notices", "sende deg meldinger om tjenesten du bruker, som endringer, vedlikehold og sikkerhetsvarsler"),
      lawfulBasis: "CONTRACT",
    },
  ]);
  await retention(service, [
    {
      duration: 3,
      unit: "MONTHS",
      trigger: "AFTER_END_OF_CONTRACT",
      criteriaText: text("The account is deleted three months after the agreement ends or the account is closed.", "kontoen slettes tre måneder etter at avtalen er avsluttet eller kontoen er lagt ned"),
    },
  ]);

  // 3. Newsletter — Art. 6(1)(a), markedsføringsloven § 15 consent
  const newsletter = await activity(
    {
      name: "Nyhetsbrev",
      noticeTitleEn: "Our newsletter",
      noticeTitleNb: "Nyhetsbrevet vårt",
      description: text("Sending product news and event invitations to people who have subscribed.", "Vi sender produktnyheter og invitasjoner til arrangementer til dem som abonnerer."),
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: text("Subscribing is voluntary; without an e-mail address we cannot send you the newsletter.", "Det er frivillig å abonnere, men uten e-postadresse kan vi ikke sende deg nyhetsbrevet."),
      marketingChannels: ["EMAIL"],
      marketingRoute: "CONSENT",
      marketingOptOutOffered: true,
      consentRecordRef: "Brevdue subscriber log: time, sign-up form version and double opt-in confirmation",
    },
    {
      subjects: [subjects.subscribers],
      categories: [categories.contact],
      recipients: [{ id: recipients.newsletter }],
      systems: [systems.newsletter],
    },
  );
  const [newsletterPurpose] = await purposes(newsletter, [
    {
      description: text("Send you our newsletter with product news and invitations to events", "sende deg nyhetsbrevet vårt med produktnyheter og invitasjoner til arrangementer"),
      lawfulBasis: "CONSENT",
      consentWithdrawal: text(`Use the unsubscribe link in every newsletter, or write to ${PRIVACY_EMAIL}`, `bruk avmeldingslenken nederst i hvert nyhetsbrev, eller skriv til ${PRIVACY_EMAIL}`),
    },
  ]);
  await retention(newsletter, [
    {
      duration: 30,
      unit: "DAYS",
      trigger: "AFTER_WITHDRAWAL_OF_CONSENT",
      criteriaText: text("Your address is removed from the list within 30 days after you unsubscribe.", "adressen din fjernes fra listen senest 30 dager etter at du har meldt deg av"),
    },
  ]);
  if (newsletterPurpose) {
    await tx.noticeText.createMany({
      data: [
        {
          companyId,
          activityId: newsletter,
          purposeId: newsletterPurpose,
          language: "EN",
          text: "If you subscribe, we send you our newsletter about once a month. You can unsubscribe at any time with the link at the bottom of every newsletter.",
        },
        {
          companyId,
          activityId: newsletter,
          purposeId: newsletterPurpose,
          language: "NB",
          text: "Hvis du abonnerer, sender vi deg nyhetsbrevet vårt omtrent én gang i måneden. Du kan melde deg av når som helst med lenken nederst i hvert nyhetsbrev.",
        },
      ],
    });
  }

  // 4. Recruitment — Art. 6(1)(b) for assessing applications, 6(1)(f) for background checks
  const recruitment = await activity(
    {
      name: "Rekruttering",
      noticeTitleEn: "When you apply for a job with us",
      noticeTitleNb: "Når du søker jobb hos oss",
      description: text("Assessing applications and interviewing candidates; checking references and public information about shortlisted candidates.", "Vi vurderer søknader og intervjuer kandidater, og sjekker referanser og offentlig informasjon om kandidatene som går videre."),
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      // Reference statements come from referees the applicant names; covered by this notice (Art. 14).
      sourceName: text("Referees you name, and public sources about your professional background", "referansene du oppgir, og offentlige kilder om yrkesbakgrunnen din"),
      provisionRequirement: "PRECONTRACT_REQUIRED",
      provisionConsequence: text("We cannot consider an application without contact details and a CV.", "Vi kan ikke vurdere en søknad uten kontaktopplysninger og CV."),
    },
    {
      subjects: [subjects.applicants],
      categories: [categories.contact, categories.application, categories.references],
      recipients: [{ id: recipients.recruitment }],
      systems: [systems.recruitment],
    },
  );
  await purposes(recruitment, [
    {
      description: text("Assess your application and interview you with a view to employment", "vurdere søknaden din og intervjue deg med tanke på ansettelse"),
      lawfulBasis: "CONTRACT",
    },
    {
      description: text("Check references and public information about your professional background if you are shortlisted", "sjekke referanser og offentlig informasjon om yrkesbakgrunnen din hvis du går videre i prosessen"),
      lawfulBasis: "LEGITIMATE_INTERESTS",
      legitimateInterest: text("Making sure we hire the right candidate by verifying the information we were given.", "å sikre at vi ansetter riktig person, ved å kontrollere opplysningene vi har fått"),
      liaRef: "LIA-02 Bakgrunnssjekk (personvernmappen)",
      liaDate: new Date("2026-01-15"),
    },
  ]);
  await retention(recruitment, [
    {
      dataCategoryId: categories.application,
      duration: 6,
      unit: "MONTHS",
      trigger: "AFTER_CASE_CLOSED",
      criteriaText: text("Applications are deleted six months after the position is filled, so that we can answer questions and complaints about the process. Longer only if you agree.", "søknader slettes seks måneder etter at stillingen er besatt, slik at vi kan svare på spørsmål og klager om prosessen. Vi oppbevarer dem lenger bare hvis du sier ja til det"),
    },
    {
      dataCategoryId: categories.references,
      duration: 6,
      unit: "MONTHS",
      trigger: "AFTER_CASE_CLOSED",
      criteriaText: text("Deleted together with the application.", "slettes sammen med søknaden"),
    },
    {
      dataCategoryId: categories.contact,
      duration: 6,
      unit: "MONTHS",
      trigger: "AFTER_CASE_CLOSED",
      criteriaText: text("Deleted together with the application.", "slettes sammen med søknaden"),
    },
  ]);

  // 5. Website statistics — consent under ekomloven § 3-15 and Art. 6(1)(a); US processor under the DPF
  const analytics = await activity(
    {
      name: "Nettstedsstatistikk",
      noticeTitleEn: "Cookies and statistics on our website",
      noticeTitleNb: "Cookies og statistikk på nettstedet vårt",
      description: text("Measuring how the website is used, with statistics cookies set only after consent.", "Vi måler hvordan nettstedet brukes, med statistikk-cookies som bare settes når du har samtykket."),
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_OBSERVED",
      provisionRequirement: "VOLUNTARY",
      provisionConsequence: text("You can refuse statistics cookies; the website works the same.", "Du kan si nei til statistikk-cookies, og nettstedet fungerer like godt."),
      consentRecordRef: "Cookie banner consent log: choice, time and banner version",
    },
    {
      subjects: [subjects.visitors],
      categories: [categories.online],
      recipients: [{ id: recipients.analytics }, { id: recipients.hosting }],
      systems: [systems.analytics, systems.website],
      cookies: [cookies.consent, cookies.analyticsId, cookies.analyticsSession],
    },
  );
  await purposes(analytics, [
    {
      description: text("Count visits and see which pages are used, so that we can improve the website", "telle besøk og se hvilke sider som brukes, slik at vi kan gjøre nettstedet bedre"),
      lawfulBasis: "CONSENT",
      consentWithdrawal: text("Change your choice at any time under “Cookie settings” at the bottom of every page", "endre valget ditt under «Innstillinger for cookies» nederst på hver side"),
    },
    {
      description: text("Remember your cookie choice and document consent", "huske cookie-valget ditt og dokumentere samtykket"),
      lawfulBasis: "LEGAL_OBLIGATION",
      legalReference: { law: null, section: null, text: text("Article 7(1) GDPR (documenting consent)", "personvernforordningen artikkel 7 nr. 1 (dokumentasjon av samtykke)") },
    },
  ]);
  await retention(analytics, [
    {
      dataCategoryId: categories.online,
      duration: 14,
      unit: "MONTHS",
      trigger: "AFTER_COLLECTION",
      criteriaText: text("Statistics data are deleted 14 months after collection; cookie lifetimes are listed in the cookie table.", "statistikkdata slettes 14 måneder etter at de ble samlet inn; levetiden til hver cookie står i cookie-tabellen"),
    },
  ]);
  const usDpf = await tx.adequacyDecision.findUnique({ where: { id: "us-dpf" }, select: { id: true } });
  await tx.transfer.create({
    data: {
      companyId,
      activityId: analytics,
      recipientId: recipients.analytics,
      countryCode: "US",
      mechanism: "ADEQUACY",
      adequacyDecisionId: usDpf?.id ?? null,
      isRegular: true,
    },
  });

  // 6. Bookkeeping — Art. 6(1)(c), bokføringsloven § 13
  const bookkeeping = await activity(
    {
      name: "Regnskap og bokføring",
      noticeTitleEn: "Invoicing and accounts",
      noticeTitleNb: "Fakturering og regnskap",
      description: text("Invoicing, payment follow-up and keeping the accounting records the Bookkeeping Act requires.", "Vi fakturerer, følger opp betalinger og oppbevarer regnskapsmaterialet bokføringsloven krever."),
      status: "ACTIVE",
      collectionSource: "DATA_SUBJECT_DIRECT",
      provisionRequirement: "STATUTORY",
      provisionConsequence: text("The Bookkeeping Act requires invoicing details; without them we cannot sell to you.", "Bokføringsloven krever fakturaopplysninger, så uten dem kan vi ikke selge til deg."),
    },
    {
      subjects: [subjects.customerContacts, subjects.supplierContacts],
      categories: [categories.contact, categories.invoicing],
      recipients: [{ id: recipients.accountant }, { id: recipients.taxAuthority }],
      systems: [systems.accounting],
      measures: [measures.access, measures.backups, measures.encryption, measures.processorControl],
    },
  );
  await purposes(bookkeeping, [
    {
      description: text("Keep accounting records (invoices, vouchers, payment information) as the Bookkeeping Act requires", "oppbevare regnskapsmateriale (fakturaer, bilag og betalingsopplysninger) slik bokføringsloven krever"),
      lawfulBasis: "LEGAL_OBLIGATION",
      legalReference: law("bokforingsloven", "§ 13"),
    },
  ]);
  await retention(bookkeeping, [
    {
      dataCategoryId: categories.invoicing,
      duration: 5,
      unit: "YEARS",
      trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
      criteriaText: text("Primary documentation is kept five years after the end of the accounting year.", "primærdokumentasjon oppbevares i fem år etter utgangen av regnskapsåret"),
      legalReference: law("bokforingsloven", "§ 13"),
    },
    {
      dataCategoryId: categories.contact,
      duration: 5,
      unit: "YEARS",
      trigger: "AFTER_END_OF_ACCOUNTING_YEAR",
      criteriaText: text("Kept as part of the accounting records.", "oppbevares som en del av regnskapsmaterialet"),
      legalReference: law("bokforingsloven", "§ 13"),
    },
  ]);

  // 7. Processor activity (Art. 30(2)) — the platform run for our customers
  const platform = await activity(
    {
      name: "Drift av plattformen for kunder (databehandler)",
      noticeTitleEn: "When we process data on behalf of our customers",
      noticeTitleNb: "Når vi behandler opplysninger på vegne av kundene våre",
      description: text("Hosting, operating and supporting the platform in which our customers store data about their own users. The customer is the controller.", "Vi drifter og vedlikeholder plattformen der kundene våre lagrer opplysninger om sine egne brukere, og gir brukerstøtte på den. Kunden er behandlingsansvarlig."),
      role: "PROCESSOR",
      status: "ACTIVE",
      collectionSource: "THIRD_PARTY",
      sourceName: text("Our customers, who are the controllers", "kundene våre, som er behandlingsansvarlige"),
      sourceIsPublic: false,
      processingCategories: text("Hosting, storage, backup and second-line support of customer data in the platform", "drift, lagring, sikkerhetskopiering og brukerstøtte på andre linje for kundedata i plattformen"),
      controllerDpaRef: "Standard data processing agreement, annex 2 to the customer agreement, version 3.0",
      controllerDpaDate: new Date("2025-06-01"),
    },
    {
      subjects: [subjects.endUsers],
      categories: [categories.endUserData, categories.logs],
      recipients: [
        { id: recipients.hosting, subProcessorAuthorisation: "GENERAL", flowDownContract: true },
        { id: recipients.crm, subProcessorAuthorisation: "GENERAL", flowDownContract: true },
      ],
      systems: [systems.platform, systems.crm],
    },
  );
  await tx.controllerServed.create({
    data: {
      companyId,
      activityId: platform,
      name: "Our business customers (each listed in the customer register)",
      contact: "The customer's contact person in the customer register",
      processingCategories: text("As in the standard data processing agreement", "som i standard databehandleravtale"),
    },
  });
  await purposes(platform, [
    {
      // A processor does not choose the lawful basis: the controller does (Art. 28(3)(a)).
      description: text("Process end users' data in the platform on the customer's documented instructions", "behandle sluttbrukernes opplysninger i plattformen etter kundens dokumenterte instrukser"),
    },
  ]);
  await retention(platform, [
    {
      duration: 90,
      unit: "DAYS",
      trigger: "AFTER_END_OF_CONTRACT",
      criteriaText: text("Deleted or returned as the customer instructs, at the latest 90 days after the customer agreement ends.", "slettes eller leveres tilbake etter kundens instruks, senest 90 dager etter at kundeavtalen er avsluttet"),
    },
  ]);

  await tx.auditEvent.create({
    data: {
      companyId,
      actorId: ownerUserId,
      action: "IMPORT",
      entityType: "Company",
      entityId: companyId,
      after: { source: "demo seed" },
    },
  });

  return company;
}
