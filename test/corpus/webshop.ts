/**
 * Corpus: a webshop selling hiking boots to consumers (Art. 13 throughout), with a
 * newsletter on consent, offers by e-mail to two audiences — existing customers on the
 * existing-customer exception, everyone else who asked for them on consent (markedsføringsloven
 * § 15) —, visitor statistics on cookies, and
 * an Irish card processor whose US parent processes the card data.
 */
import { cookie, dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure, subProcessor, transfer } from "@/test/register/snapshot-builder";
import { activityOf, corpusActivity, law, link, recipientOf, register, t, type CorpusRegister } from "./kit";

const ORDERS = "activity-webshop-orders";
const NEWSLETTER = "activity-webshop-newsletter";
const OFFERS = "activity-webshop-customer-offers";
const STATISTICS = "activity-webshop-statistics";
const PAYMENTS = "recipient-webshop-betalnett";
const STATS_COOKIE = "cookie-webshop-bt-id";

function fixed() {
  const customers = dataSubjectCategory({ id: "dsc-webshop-customers", labelEn: "Customers", labelNb: "Kunder" });
  const subscribers = dataSubjectCategory({ id: "dsc-webshop-subscribers", labelEn: "Newsletter subscribers", labelNb: "Abonnenter på nyhetsbrevet" });
  const visitors = dataSubjectCategory({ id: "dsc-webshop-visitors", labelEn: "Visitors to the online shop", labelNb: "Besøkende i nettbutikken" });
  const contact = dataCategory({
    id: "dc-webshop-contact",
    labelEn: "Contact and delivery details",
    labelNb: "Kontakt- og leveringsopplysninger",
    descriptionEn: "Name, delivery address, e-mail address and mobile number",
    descriptionNb: "Navn, leveringsadresse, e-postadresse og mobilnummer",
  });
  const order = dataCategory({
    id: "dc-webshop-order",
    labelEn: "Order and payment details",
    labelNb: "Ordre- og betalingsopplysninger",
    descriptionEn: "What you bought, the price, the invoice and how you paid (never the full card number)",
    descriptionNb: "Hva du kjøpte, prisen, fakturaen og hvordan du betalte (aldri hele kortnummeret)",
  });
  const email = dataCategory({ id: "dc-webshop-email", labelEn: "E-mail address", labelNb: "E-postadresse", descriptionEn: "The address the newsletter or offers go to", descriptionNb: "Adressen nyhetsbrevet eller tilbudene sendes til" });
  const mobile = dataCategory({ id: "dc-webshop-mobile", labelEn: "Mobile number", labelNb: "Mobilnummer", descriptionEn: "The number offers by text message go to", descriptionNb: "Nummeret tilbud på SMS sendes til" });
  const usage = dataCategory({
    id: "dc-webshop-usage",
    labelEn: "Visit data",
    labelNb: "Besøksdata",
    descriptionEn: "Pages viewed, time of the visit, browser type and a shortened IP address",
    descriptionNb: "Sider du har sett, tidspunkt for besøket, nettlesertype og en forkortet IP-adresse",
  });

  const warehouse = recipient({
    id: "recipient-webshop-vestlager",
    name: "Vestlager Logistikk AS",
    descriptionEn: "Picks, packs and sends the orders from our warehouse",
    descriptionNb: "Plukker, pakker og sender bestillingene fra lageret vårt",
  });
  const payments = recipient({
    id: PAYMENTS,
    name: "Betalnett Payments Europe Ltd",
    countryCode: "IE",
    dpaRef: "Betalnett DPA 2025",
    descriptionEn: "Processes card payments in the checkout",
    descriptionNb: "Behandler kortbetalinger i kassen",
    subProcessors: [subProcessor({ id: "sub-webshop-betalnett-inc", name: "Betalnett Inc.", countryCode: "US", dpfCertified: true, descriptionEn: "Card processing platform", descriptionNb: "Plattform for kortbetaling" })],
  });
  const carrier = recipient({
    id: "recipient-webshop-fraktbud",
    name: "Fraktbud AS",
    kind: "CONTROLLER",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "Delivers the parcel to you and notifies you by text message",
    descriptionNb: "Leverer pakken til deg og varsler deg på SMS",
  });
  const mailer = recipient({
    id: "recipient-webshop-postkasse",
    name: "Postkasse Nyhetsbrev AS",
    descriptionEn: "Sends our newsletters and offers by e-mail",
    descriptionNb: "Sender nyhetsbrev og tilbud på e-post for oss",
  });
  const counter = recipient({
    id: "recipient-webshop-besoksteller",
    name: "Besøksteller AS",
    descriptionEn: "Counts visits to the online shop for us",
    descriptionNb: "Teller besøk i nettbutikken for oss",
  });
  const cart = cookie({ id: "cookie-webshop-cart", name: "fs_cart", provider: "fjellsko.no", purposeEn: "Remembers what is in your shopping basket", purposeNb: "Husker hva som ligger i handlekurven din", durationText: "Session" });
  const stats = cookie({
    id: STATS_COOKIE,
    name: "_bt_id",
    provider: "Besøksteller AS",
    purposeEn: "Tells visits apart so that we can count them",
    purposeNb: "Skiller besøk fra hverandre slik at vi kan telle dem",
    category: "STATISTICS",
    durationText: "13 months",
    recipientId: counter.id,
  });
  const access = securityMeasure({ id: "sm-webshop-access", kind: "ACCESS_CONTROL", descriptionEn: "Personal accounts with two-factor sign-in for the shop's back office", descriptionNb: "Personlige kontoer med tofaktorinnlogging til butikkens administrasjon" });
  const encryption = securityMeasure({ id: "sm-webshop-encryption", kind: "ENCRYPTION", descriptionEn: "Encrypted connections (TLS) in the shop and to our suppliers", descriptionNb: "Krypterte forbindelser (TLS) i butikken og til leverandørene våre" });
  const measures = [access.id, encryption.id];

  return register({
    company: {
      id: "company-fjellsko",
      slug: "fjellsko",
      legalName: "Fjellsko Nettbutikk AS",
      orgNumber: "912341003",
      postalStreet: "Strandkaien 12",
      postalCode: "5013",
      postalCity: "Bergen",
      email: "personvern@fjellsko.no",
      phone: "+47 55 00 12 34",
      website: "https://www.fjellsko.no",
    },
    catalogs: {
      dataSubjectCategories: [customers, subscribers, visitors],
      dataCategories: [contact, order, email, mobile, usage],
      recipients: [warehouse, payments, carrier, mailer, counter],
      securityMeasures: [access, encryption],
      cookies: [cart, stats],
    },
    activities: [
      corpusActivity({
        id: ORDERS,
        name: "Nettbutikkordre",
        noticeTitleEn: "When you order from us",
        noticeTitleNb: "Når du handler hos oss",
        description: t("Orders placed in the online shop, from checkout to delivery and complaints.", "Bestillinger i nettbutikken, fra kassen til levering og reklamasjon."),
        provisionRequirement: "CONTRACTUAL",
        provisionConsequence: t("Without your delivery address and a payment we cannot deliver your order.", "Uten leveringsadresse og betaling kan vi ikke levere bestillingen din."),
        purposes: [
          purpose({ id: "purpose-webshop-deliver", description: t("Deliver the goods you ordered and take payment for them", "Levere varene du har bestilt og ta betalt for dem"), lawfulBasis: "CONTRACT" }),
          purpose({
            id: "purpose-webshop-bookkeeping",
            sortOrder: 1,
            description: t("Keep the order and the invoice as accounting records", "Oppbevare ordren og fakturaen som regnskapsmateriale"),
            lawfulBasis: "LEGAL_OBLIGATION",
            legalReference: law("bokforingsloven", "§ 13"),
          }),
          purpose({
            id: "purpose-webshop-complaints",
            sortOrder: 2,
            description: t("Handle complaints about faulty goods", "Behandle reklamasjoner på varer med feil"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Being able to answer a complaint within the complaint period of the Consumer Purchases Act", "Å kunne svare på en reklamasjon innenfor reklamasjonsfristen i forbrukerkjøpsloven"),
            liaRef: "Interesseavveining reklamasjon 2026-01",
          }),
        ],
        dataSubjectCategoryIds: [customers.id],
        dataCategoryIds: [contact.id, order.id],
        recipients: [link(warehouse.id), link(payments.id), link(carrier.id)],
        // Art. 44: the card data reach the US parent; it is on the DPF List, so adequacy covers it.
        transfers: [transfer({ id: "transfer-webshop-betalnett-us", recipientId: payments.id, subProcessorId: "sub-webshop-betalnett-inc", countryCode: "US", mechanism: "ADEQUACY", sccModule: null, adequacyDecisionId: "us-dpf", tiaRef: null, copyAccess: null })],
        cookieIds: [cart.id],
        securityMeasureIds: measures,
        retentionRules: [
          retention({ id: "retention-webshop-order", dataCategoryId: order.id, duration: 5, unit: "YEARS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR", legalReference: law("bokforingsloven", "§ 13") }),
          retention({ id: "retention-webshop-contact", dataCategoryId: contact.id, sortOrder: 1, duration: 2, unit: "YEARS", trigger: "OTHER", triggerText: t("delivery", "levering"), legalReference: law("forbrukerkjopsloven", "§ 27") }),
        ],
      }),
      corpusActivity({
        id: NEWSLETTER,
        name: "Nyhetsbrev",
        noticeTitleEn: "Our newsletter",
        noticeTitleNb: "Nyhetsbrevet vårt",
        description: t("A monthly newsletter to those who have signed up for it.", "Et månedlig nyhetsbrev til dem som har meldt seg på."),
        provisionRequirement: "VOLUNTARY",
        purposes: [
          purpose({
            id: "purpose-webshop-newsletter",
            description: t("Send you our newsletter with offers and hiking tips by e-mail", "Sende deg nyhetsbrevet vårt med tilbud og turtips på e-post"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Use the unsubscribe link at the bottom of every newsletter, or write to us.", "Bruk avmeldingslenken nederst i hvert nyhetsbrev, eller skriv til oss."),
          }),
        ],
        marketingAudiences: [{ who: "OTHERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: true, similarProducts: null }],
        consentRecordRef: "Dobbel bekreftelse i Postkasse (tidspunkt og tekst for hvert samtykke)",
        dataSubjectCategoryIds: [subscribers.id],
        dataCategoryIds: [email.id],
        recipients: [link(mailer.id)],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-webshop-newsletter", dataCategoryId: email.id, duration: 30, unit: "DAYS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT" })],
      }),
      corpusActivity({
        id: OFFERS,
        name: "Tilbud på e-post og SMS",
        noticeTitleEn: "Offers by e-mail and text message",
        noticeTitleNb: "Tilbud på e-post og SMS",
        description: t(
          "Offers to people who have bought from us, on products like those they bought, and to others who have asked for our offers.",
          "Tilbud til dem som har handlet hos oss, på varer som ligner dem de kjøpte, og til andre som har bedt om tilbudene våre.",
        ),
        provisionRequirement: "VOLUNTARY",
        purposes: [
          purpose({
            id: "purpose-webshop-offers",
            description: t("Send you offers by e-mail on products like those you have bought", "Sende deg tilbud på e-post om varer som ligner dem du har kjøpt"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Marketing our own products to our customers (GDPR Recital 47)", "Å markedsføre egne varer overfor kundene våre (personvernforordningen fortalepunkt 47)"),
            liaRef: "Interesseavveining kundetilbud 2026-01",
          }),
          purpose({
            id: "purpose-webshop-offers-asked",
            description: t("Send you our offers by e-mail and text message when you have asked for them", "Sende deg tilbudene våre på e-post og SMS når du har bedt om dem"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Reply STOPP to a text message, use the link in every e-mail, or write to us.", "Svar STOPP på en SMS, bruk lenken i hver e-post, eller skriv til oss."),
          }),
        ],
        // markedsføringsloven § 15 third paragraph: address from a sale, own similar products, opt-out at collection and in every e-mail;
        // everyone else (first paragraph) only with prior consent.
        marketingAudiences: [
          { who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true },
          { who: "OTHERS", channels: ["EMAIL", "SMS"], route: "CONSENT", optOutOffered: null, similarProducts: null },
        ],
        consentRecordRef: "Samtykkeloggen i Postkasse (tidspunkt og tekst for hvert samtykke)",
        dataSubjectCategoryIds: [customers.id, subscribers.id],
        dataCategoryIds: [email.id, mobile.id],
        recipients: [link(mailer.id)],
        securityMeasureIds: measures,
        retentionRules: [
          retention({ id: "retention-webshop-offers", dataCategoryId: email.id, duration: 2, unit: "YEARS", trigger: "AFTER_LAST_CONTACT" }),
          retention({ id: "retention-webshop-offers-mobile", dataCategoryId: mobile.id, sortOrder: 1, duration: 2, unit: "YEARS", trigger: "AFTER_LAST_CONTACT" }),
        ],
      }),
      corpusActivity({
        id: STATISTICS,
        name: "Besøksstatistikk",
        noticeTitleEn: "Visitor statistics",
        noticeTitleNb: "Besøksstatistikk",
        description: t("Counting visits to the online shop with a statistics cookie, only with the visitor's consent.", "Telling av besøk i nettbutikken med en statistikkcookie, bare med samtykke fra den besøkende."),
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-webshop-statistics",
            description: t("Count visits and see which pages are used, to improve the shop", "Telle besøk og se hvilke sider som brukes, for å gjøre butikken bedre"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Change your choice under “Cookie settings” at the bottom of every page.", "Endre valget under «Innstillinger for informasjonskapsler» nederst på hver side."),
          }),
        ],
        consentRecordRef: "Samtykkeloggen i cookiebanneret",
        dataSubjectCategoryIds: [visitors.id],
        dataCategoryIds: [usage.id],
        recipients: [link(counter.id)],
        cookieIds: [stats.id],
        securityMeasureIds: measures,
        retentionRules: [retention({ id: "retention-webshop-usage", dataCategoryId: usage.id, duration: 14, unit: "MONTHS", trigger: "AFTER_COLLECTION" })],
      }),
    ],
  });
}

export const webshop: CorpusRegister = {
  kind: "webshop",
  about: "Fjellsko Nettbutikk AS, an online shop for hiking boots (consumers, newsletter, offers by e-mail to two audiences — existing customers on the existing-customer route, others on consent —, statistics cookie, Irish card processor with a US parent)",
  fixed,
  remaining: [],
  defects: [
    {
      what: "Invoices and orders are kept three years after the end of the accounting year",
      apply: (r) => {
        const rule = activityOf(r, ORDERS).retentionRules[0];
        if (rule) rule.duration = 3;
      },
      expect: [{ rule: "RT-003", severity: "warning", at: ORDERS, field: "retentionRules.0.duration", why: "bokføringsloven § 13 first paragraph: primary documentation (invoices, vouchers) is kept five years after the end of the accounting year" }],
    },
    {
      what: "The offers to newsletter subscribers who never bought anything are sent on the existing-customer route too",
      apply: (r) => {
        const others = activityOf(r, OFFERS).marketingAudiences[1];
        if (others) Object.assign(others, { route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true });
      },
      expect: [{ rule: "LB-013", severity: "error", at: OFFERS, field: "marketingAudiences.1.route", why: "markedsføringsloven § 15 third paragraph covers only customers whose address was obtained in a sale; everyone else needs prior consent" }],
    },
    {
      what: "All the offers, those to people who are not customers included, rest on legitimate interests",
      apply: (r) => {
        const offers = activityOf(r, OFFERS);
        offers.purposes = offers.purposes.slice(0, 1);
      },
      expect: [{ rule: "MKT-001", severity: "error", at: OFFERS, field: "purposes.0.lawfulBasis", why: "markedsføringsloven § 15 first paragraph requires their prior consent, and then the GDPR basis is that consent (Art. 6(1)(a); EDPB Opinion 5/2019), not a balancing test" }],
    },
    {
      what: "The newsletter's e-mails recorded without saying who gets them",
      apply: (r) => {
        const audience = activityOf(r, NEWSLETTER).marketingAudiences[0];
        if (audience) audience.who = null;
      },
      expect: [{ rule: "MKT-002", severity: "warning", at: NEWSLETTER, field: "marketingAudiences.0.who", why: "markedsføringsloven § 15 and GDPR Art. 13(1)(c): which route applies depends on whether the person is a customer, and the notice must tell each reader the one that is theirs" }],
    },
    {
      what: "Visitor statistics on legitimate interests, and the statistics cookie set without consent",
      apply: (r) => {
        const statistics = activityOf(r, STATISTICS);
        statistics.purposes = statistics.purposes.map((p) => ({
          ...p,
          lawfulBasis: "LEGITIMATE_INTERESTS",
          legitimateInterest: t("Knowing how the shop is used", "Å vite hvordan butikken brukes"),
          liaRef: "Interesseavveining statistikk",
          consentWithdrawal: {},
        }));
        statistics.consentRecordRef = null;
        r.catalogs.cookies = r.catalogs.cookies.map((c) => (c.id === STATS_COOKIE ? { ...c, consent: "NOT_REQUIRED" as const } : c));
      },
      expect: [
        { rule: "CK-006", severity: "error", at: STATS_COOKIE, field: "consentReason", why: "ekomloven § 3-15: storing a statistics cookie on the visitor's device is not strictly necessary and needs consent" },
        { rule: "CK-001", severity: "error", at: STATISTICS, field: "purposes.0.lawfulBasis", why: "ekomloven § 3-15 with GDPR Art. 6(1)(a): what the cookie reads rests on that consent, not on a balancing test" },
      ],
    },
    {
      what: "The card processor's US parent is recorded as its sub-processor, but no transfer to it",
      apply: (r) => {
        activityOf(r, ORDERS).transfers = [];
      },
      expect: [{ rule: "TR-001", severity: "error", at: ORDERS, field: "transfers", why: "GDPR Art. 44 and 30(1)(e): the card data reach the United States through the sub-processor, an onward transfer that needs a transfer tool in the record and the notice" }],
    },
    {
      what: "DPF certification ticked on the Irish card processor instead of its US parent",
      apply: (r) => {
        recipientOf(r, PAYMENTS).dpfCertified = true;
      },
      expect: [{ rule: "TR-010", severity: "warning", at: PAYMENTS, field: "dpfCertified", why: "Decision (EU) 2023/1795: only the US organisation on the DPF List is certified; an Irish company cannot be, and the notice would say it is" }],
    },
    {
      what: "Contact details kept “as long as necessary to handle complaints”",
      apply: (r) => {
        const rule = activityOf(r, ORDERS).retentionRules[1];
        if (!rule) return;
        Object.assign(rule, {
          duration: null,
          unit: null,
          trigger: null,
          triggerText: {},
          legalReference: { law: null, section: null, text: {} },
          criteriaText: t("Kept as long as necessary to handle complaints.", "Lagres så lenge det er nødvendig for å behandle reklamasjoner."),
        });
      },
      expect: [{ rule: "RT-002", severity: "warning", at: ORDERS, field: "retentionRules.1.criteriaText", why: "GDPR Art. 13(2)(a) and WP260: “as long as necessary” alone says nothing about the period; the complaint period of forbrukerkjøpsloven § 27 gives one" }],
    },
  ],
};
