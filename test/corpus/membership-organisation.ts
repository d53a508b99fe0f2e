/**
 * Corpus: a trade union (a not-for-profit body with a trade-union aim, Art. 9(2)(d)):
 * the member register, which reveals union membership, group insurance that members
 * choose to join, and offers on member benefits by e-mail.
 */
import { dataCategory, dataSubjectCategory, purpose, recipient, retention, securityMeasure } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, law, recipientOf, register, t, type CorpusRegister } from "./kit";

const MEMBERS = "activity-kulturforbund-members";
const INSURANCE = "activity-kulturforbund-insurance";
const OFFERS = "activity-kulturforbund-offers";
const INSURER = "recipient-kulturforbund-insurer";

function fixed(): RegisterSnapshot {
  const members = dataSubjectCategory({ id: "dsc-kulturforbund-members", labelEn: "Members", labelNb: "Medlemmer" });
  const contact = dataCategory({ id: "dc-kulturforbund-contact", labelEn: "Name, contact details and workplace", labelNb: "Navn, kontaktopplysninger og arbeidssted", descriptionEn: "Name, address, e-mail address, phone number and employer", descriptionNb: "Navn, adresse, e-postadresse, telefonnummer og arbeidsgiver" });
  const membership = dataCategory({
    id: "dc-kulturforbund-membership",
    labelEn: "Union membership",
    labelNb: "Medlemskap i forbundet",
    descriptionEn: "That you are a member, since when, and your local branch",
    descriptionNb: "At du er medlem, fra når, og lokallaget ditt",
    specialCategory: "TRADE_UNION_MEMBERSHIP",
  });
  const fees = dataCategory({ id: "dc-kulturforbund-fees", labelEn: "Membership fees", labelNb: "Kontingent", descriptionEn: "Fees charged and paid", descriptionNb: "Kontingent som er fakturert og betalt" });

  const memberSystem = recipient({ id: "recipient-kulturforbund-foreningsdata", name: "Foreningsdata AS", descriptionEn: "Runs the member register and the fee invoicing", descriptionNb: "Drifter medlemsregisteret og kontingentfaktureringen" });
  const insurer = recipient({
    id: INSURER,
    name: "Trygghet Forsikring AS",
    kind: "CONTROLLER",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "Provides the group insurance members choose to join",
    descriptionNb: "Leverer den kollektive forsikringen medlemmene velger å melde seg inn i",
  });
  const mailer = recipient({ id: "recipient-kulturforbund-utsending", name: "Utsendingstjenesten AS", descriptionEn: "Sends our e-mails to members", descriptionNb: "Sender e-postene våre til medlemmene" });
  const access = securityMeasure({ id: "sm-kulturforbund-access", kind: "ACCESS_CONTROL", descriptionEn: "Local branch officers see only their own branch's members", descriptionNb: "Tillitsvalgte i lokallagene ser bare medlemmene i sitt eget lokallag" });

  return register({
    company: {
      id: "company-kulturforbund",
      slug: "kulturarbeiderforbundet",
      legalName: "Kulturarbeiderforbundet",
      orgNumber: "967891002",
      postalStreet: "Youngs gate 11",
      postalCode: "0181",
      postalCity: "Oslo",
      email: "medlem@kulturforbundet.no",
      phone: "+47 21 00 11 00",
      website: "https://kulturforbundet.no",
    },
    catalogs: { dataSubjectCategories: [members], dataCategories: [contact, membership, fees], recipients: [memberSystem, insurer, mailer], securityMeasures: [access] },
    activities: [
      corpusActivity({
        id: MEMBERS,
        name: "Medlemsregister",
        noticeTitleEn: "Your membership",
        noticeTitleNb: "Medlemskapet ditt",
        description: t("The register of members, their local branch and their fees.", "Registeret over medlemmer, lokallaget deres og kontingenten."),
        provisionRequirement: "CONTRACTUAL",
        provisionConsequence: t("Without your name, address and workplace we cannot register you as a member.", "Uten navn, adresse og arbeidssted kan vi ikke registrere deg som medlem."),
        purposes: [
          purpose({ id: "purpose-kulturforbund-register", description: t("Keep the member register and give you the rights of a member", "Føre medlemsregisteret og gi deg rettighetene som medlem"), lawfulBasis: "CONTRACT" }),
          purpose({
            id: "purpose-kulturforbund-fees",
            sortOrder: 1,
            description: t("Keep the accounts of the membership fees", "Føre regnskap over kontingenten"),
            lawfulBasis: "LEGAL_OBLIGATION",
            legalReference: law("bokforingsloven", "§ 13"),
          }),
        ],
        // Art. 9(2)(d): a not-for-profit body with a trade-union aim, about its members, not disclosed outside without consent.
        art9Condition: "NOT_FOR_PROFIT_MEMBERS",
        dataSubjectCategoryIds: [members.id],
        dataCategoryIds: [contact.id, membership.id, fees.id],
        recipients: [link(memberSystem.id)],
        securityMeasureIds: [access.id],
        retentionRules: [
          retention({ id: "retention-kulturforbund-contact", dataCategoryId: contact.id, duration: 12, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" }),
          retention({ id: "retention-kulturforbund-membership", dataCategoryId: membership.id, sortOrder: 1, duration: 12, unit: "MONTHS", trigger: "AFTER_END_OF_CONTRACT" }),
          retention({ id: "retention-kulturforbund-fees", dataCategoryId: fees.id, sortOrder: 2, duration: 5, unit: "YEARS", trigger: "AFTER_END_OF_ACCOUNTING_YEAR", legalReference: law("bokforingsloven", "§ 13") }),
        ],
      }),
      corpusActivity({
        id: INSURANCE,
        name: "Kollektiv forsikring",
        noticeTitleEn: "Group insurance for members",
        noticeTitleNb: "Kollektiv forsikring for medlemmer",
        description: t("Members who choose the group insurance are reported to the insurer.", "Medlemmer som velger den kollektive forsikringen, meldes inn hos forsikringsselskapet."),
        provisionRequirement: "VOLUNTARY",
        purposes: [
          purpose({
            id: "purpose-kulturforbund-insurance",
            description: t("Sign you up for the group insurance you choose", "Melde deg inn i den kollektive forsikringen du velger"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Leave the insurance in the member portal, or write to us.", "Meld deg ut av forsikringen i medlemsportalen, eller skriv til oss."),
          }),
        ],
        // Telling the insurer who is a member reveals union membership outside the union: explicit consent (Art. 9(2)(a)).
        art9Condition: "EXPLICIT_CONSENT",
        consentRecordRef: "Samtykkelogg i medlemsportalen (tidspunkt og tekst)",
        dataSubjectCategoryIds: [members.id],
        dataCategoryIds: [contact.id, membership.id],
        recipients: [link(insurer.id)],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-kulturforbund-insurance", dataCategoryId: null, duration: 3, unit: "MONTHS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT" })],
      }),
      corpusActivity({
        id: OFFERS,
        name: "Medlemstilbud på e-post",
        noticeTitleEn: "Offers to members by e-mail",
        noticeTitleNb: "Medlemstilbud på e-post",
        description: t("E-mails about discounts and member benefits, to members who have asked for them.", "E-post om rabatter og medlemsfordeler til medlemmer som har bedt om det."),
        provisionRequirement: "VOLUNTARY",
        purposes: [
          purpose({
            id: "purpose-kulturforbund-offers",
            description: t("Send you offers on member benefits by e-mail", "Sende deg tilbud om medlemsfordeler på e-post"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Use the link at the bottom of every e-mail, or change your choice in the member portal.", "Bruk lenken nederst i hver e-post, eller endre valget i medlemsportalen."),
          }),
        ],
        // Members pay a fee: they are the association's customers, here marketed to on their consent.
        marketingAudiences: [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: true, similarProducts: null }],
        consentRecordRef: "Samtykkelogg i medlemsportalen (tidspunkt og tekst)",
        dataSubjectCategoryIds: [members.id],
        dataCategoryIds: [contact.id],
        recipients: [link(mailer.id)],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-kulturforbund-offers", dataCategoryId: contact.id, duration: 30, unit: "DAYS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT" })],
      }),
    ],
  });
}

export const membershipOrganisation: CorpusRegister = {
  kind: "membership-organisation",
  about: "Kulturarbeiderforbundet, a trade union: the member register (union membership, Art. 9(2)(d)), group insurance by explicit consent, member offers by e-mail",
  fixed,
  remaining: [],
  defects: [
    {
      what: "Union membership recorded with no Art. 9 condition",
      apply: (r) => {
        activityOf(r, MEMBERS).art9Condition = null;
      },
      expect: [{ rule: "SC-001", severity: "error", at: MEMBERS, field: "art9Condition", why: "GDPR Art. 9(1): trade-union membership is a special category; the union's own members are covered by 9(2)(d)" }],
    },
    {
      what: "Member offers sent by e-mail on legitimate interests, with no marketing route",
      apply: (r) => {
        const offers = activityOf(r, OFFERS);
        offers.purposes = offers.purposes.map((p) => ({ ...p, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: t("Telling members about their benefits", "Å fortelle medlemmene om fordelene deres"), liaRef: "Vurdering 2025", consentWithdrawal: {} }));
        offers.consentRecordRef = null;
        offers.marketingAudiences = offers.marketingAudiences.map((audience) => ({ ...audience, route: null }));
      },
      expect: [{ rule: "LB-008", severity: "error", at: OFFERS, field: "marketingAudiences.0.route", why: "markedsføringsloven § 15: e-mail marketing to natural persons needs prior consent, or the existing-customer exception with its conditions" }],
    },
    {
      what: "The member list given to the insurer for its own marketing, on legitimate interests",
      apply: (r) => {
        const insurer = recipientOf(r, INSURER);
        insurer.descriptionEn = "Uses our member list to market its insurance offers to members";
        insurer.descriptionNb = "Bruker medlemslisten vår til å markedsføre forsikringstilbud til medlemmene";
        const insurance = activityOf(r, INSURANCE);
        insurance.purposes = insurance.purposes.map((p) => ({ ...p, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: t("Getting members good insurance terms", "Å skaffe medlemmene gode forsikringsvilkår"), liaRef: "Vurdering 2025", consentWithdrawal: {} }));
      },
      expect: [{ rule: "REC-002", severity: "warning", at: INSURANCE, field: "recipients", why: "GDPR Art. 6(1)(f) and WP29 Opinion 06/2014: handing members to another company for its own marketing needs their consent" }],
    },
    {
      what: "One purpose of the member register entered twice, on contract and on legitimate interests",
      apply: (r) => {
        const register = activityOf(r, MEMBERS);
        register.purposes.push(
          purpose({
            id: "purpose-kulturforbund-register-again",
            sortOrder: 2,
            description: t("Keep the member register and give you the rights of a member", "Føre medlemsregisteret og gi deg rettighetene som medlem"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Running the union", "Å drive forbundet"),
            liaRef: "Vurdering 2025",
          }),
        );
      },
      expect: [{ rule: "LB-002", severity: "warning", at: MEMBERS, field: "purposes.2.lawfulBasis", why: "GDPR Art. 6(1) as Datatilsynet reads it: one basis per purpose, or the person cannot tell which rights apply" }],
    },
  ],
};
