import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * The demo company's catalogs (lib/server/seed/demo-company.ts): data subjects, data
 * categories, recipients with a sub-processor, systems, security measures and cookies,
 * written straight into the catalog tables. Returns their ids by a short name, for the
 * activities that link them (demo-activities.ts).
 */
export async function createDemoCatalogs(tx: Tx, companyId: string) {
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
      descriptionEn: "Data-centre premises and power for Hostberg Cloud.",
      descriptionNb: "Datasenterlokaler og strøm for Hostberg Cloud.",
    },
  });

  const system = async (name: string, [descriptionEn, descriptionNb]: [string, string], hostingCountryCode: string, vendorRecipientId?: string) =>
    (
      await tx.system.create({
        data: { companyId, name, descriptionEn, descriptionNb, hostingCountryCode, vendorRecipientId },
        select: { id: true },
      })
    ).id;
  const systems = {
    website: await system("Website programvare.example", ["Public website and contact form", "Det offentlige nettstedet og kontaktskjemaet"], "DE", recipients.hosting),
    platform: await system("Eksempel platform", ["Our SaaS product, run for our customers", "SaaS-produktet vårt, som vi drifter for kundene"], "DE", recipients.hosting),
    crm: await system("Kundeflyt", ["Customer service, support tickets and customer register", "Kundeservice, supportsaker og kunderegisteret"], "DK", recipients.crm),
    newsletter: await system("Brevdue", ["Newsletter tool", "Verktøyet for nyhetsbrev"], "SE", recipients.newsletter),
    analytics: await system("Metricly", ["Website statistics", "Besøksstatistikk for nettstedet"], "US", recipients.analytics),
    recruitment: await system("Søkerportalen", ["Recruitment system", "Rekrutteringssystemet"], "NO", recipients.recruitment),
    accounting: await system("Accounting system", ["Run by our accountant", "Driftes av regnskapsføreren vår"], "NO", recipients.accountant),
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

  const cookie = async (data: Omit<Prisma.CookieUncheckedCreateInput, "companyId">) =>
    (await tx.cookie.create({ data: { ...data, companyId }, select: { id: true } })).id;
  const cookies = {
    consent: await cookie({
      name: "cookie_consent",
      provider: "programvare.example (Eksempel Programvare AS)",
      purposeEn: "Remembers your cookie choice.",
      purposeNb: "Husker cookie-valget ditt.",
      category: "STRICTLY_NECESSARY",
      duration: { kind: "PERIOD", amount: 12, unit: "MONTHS", text: {} },
    }),
    analyticsId: await cookie({
      name: "mt_id",
      provider: "Metricly Analytics Inc.",
      purposeEn: "Distinguishes visitors so we can count visits and see which pages are used.",
      purposeNb: "Skiller besøkende fra hverandre slik at vi kan telle besøk og se hvilke sider som brukes.",
      category: "STATISTICS",
      duration: { kind: "PERIOD", amount: 13, unit: "MONTHS", text: {} },
      recipientId: recipients.analytics,
    }),
    analyticsSession: await cookie({
      name: "mt_session",
      provider: "Metricly Analytics Inc.",
      purposeEn: "Groups the pages you view in one visit.",
      purposeNb: "Grupperer sidene du ser på i ett besøk.",
      category: "STATISTICS",
      duration: { kind: "PERIOD", amount: 30, unit: "MINUTES", text: {} },
      recipientId: recipients.analytics,
    }),
  };

  return { subjects, categories, recipients, systems, measures, cookies };
}

export type DemoCatalogs = Awaited<ReturnType<typeof createDemoCatalogs>>;
