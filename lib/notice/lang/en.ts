import type * as E from "@/lib/register/enums";
import { ARTICLES, VOCABULARY, withoutArticle } from "@/lib/register/vocabulary";
import { asSentence, inner, joinList, joinNames, p, type Piece } from "../inline";
import type { Inline } from "../document";
import { underLaw } from "@/lib/register/retention-text";

// English sentence templates of the notice. Plain language per WP260: no "may",
// no "some", never "as long as necessary" on its own; every right and basis
// named with its article so a reader can look it up.

const V = VOCABULARY.en;
// The table's column and the rights' intro name the GDPR; after them "Art." alone cites it, as a
// lawyer writes once the act is named (other acts are always cited by name and §).
const gdpr = V.article;

// The basis as the first layer's table names it: plain words, then the article.

export const en = {
  language: "en" as const,
  languageName: "English",
  list: (items: Piece[]): Inline[] => joinList(items, "and"),
  title: (company: string) => `Privacy notice for ${company}`,
  date: (iso: string) => V.date(iso),
  versionLine: (version: number | null, date: string | null): Inline[] =>
    version === null || date === null ? p`Draft, not published yet.` : p`Version ${String(version)}, last updated ${en.date(date)}.`,

  heading: {
    summary: "In short",
    rights: "Your rights",
    objection: "Your right to object",
    complaint: "Complaints",
    representative: "Our representative in the EEA",
    dpo: "Data protection officer",
    legitimateInterests: "Our legitimate interests",
    consent: "Withdrawing your consent",
    data: "Kinds of personal data",
    sources: "Where the data come from",
    activities: "More about some of our purposes",
    recipients: "Recipients",
    transfers: "Transfers outside the EEA",
    cookies: "Cookies and similar technology",
    processor: "Processing on behalf of our customers",
    adm: "Automated decisions",
    changes: "Changes to this notice",
  },

  // N01: who we are and how to reach us, first thing in the notice.
  controllerIdentity: (name: string, orgNumber: string | null, address: string | null): Inline[] =>
    p`${name}${orgNumber ? ` (organisation number ${orgNumber})` : ""}${address ? `, ${address},` : ""} is the controller responsible for your personal data.`,
  controllerContact: (channels: Piece[]): Inline[] => p`You can reach us ${joinList(channels, "or")}.`,
  byEmail: (email: Inline): Inline[] => p`by e-mail at ${email}`,
  byPhone: (phone: string): Inline[] => p`by phone on ${phone}`,
  byPost: (address: string): Inline[] => p`by post to ${address}`,
  website: (site: Inline): Inline[] => p`Website: ${site}.`,
  /** A named person for privacy questions (the company profile); the role as the DPO wrote it. */
  privacyContact: (name: string, role: string | null): Inline[] => p`If you have questions about privacy, you can contact ${name}${role ? ` (${inner(role)})` : ""}.`,
  // N04, N05, N07, N10: one row per purpose.
  overviewCaption: "What we do with your personal data",
  overviewColumns: ["Purpose", "Personal data", "Legal basis (GDPR)", "How long we keep them"],
  basisShort: (basis: E.LawfulBasis, legalReference: string | null): Inline[] => {
    const b = { short: V.inSentence.LawfulBasis[basis], article: ARTICLES.LawfulBasis[basis] };
    const law = (basis === "LEGAL_OBLIGATION" || basis === "PUBLIC_TASK") && legalReference ? ` ${underLaw(legalReference, "en")}` : "";
    return p`${b.short}${law} (Art. ${b.article})`;
  },
  noRetention: "–",
  // N02
  representative: (name: string, contact: Piece[]): Inline[] =>
    p`We are established outside the EEA. Our representative in the EEA (Art. 27) is ${name}${contact.length ? p`, who can be reached ${joinList(contact, "or")}` : ""}.`,
  // N03
  dpo: (name: string | null, contact: Piece[]): Inline[] =>
    p`Our data protection officer${name ? `, ${name},` : ""} can be reached ${joinList(contact, "or")} about every question on how we process your personal data (Art. 38(4)).`,

  // N06: each interest once, the balancing-test offer once for all of them.
  interest: (purpose: string, interest: string): Inline[] => p`${purpose}: ${lowerFirst(interest)}.`,
  balancingTest: (only: string[] | null): Inline[] =>
    only
      ? p`We have weighed the interests for ${joinList(only.map(lowerFirst), "and")} against your privacy, and you can ask us for that assessment.`
      : p`We have weighed these interests against your privacy, and you can ask us for that assessment.`,
  // N12: how to withdraw, per purpose where the DPO said how.
  withdrawHow: (purposes: string[], how: string): Inline[] => p`${joinNames(inList(purposes), "and")}: ${lowerFirst(how)}.`,
  // mfl. § 15 first paragraph: said to each audience in its own words; "our customer" only to customers.
  marketingConsent: (who: E.MarketingAudienceGroup | null, channels: string): Inline[] => {
    const after = `only with your prior consent (markedsføringsloven § 15).`;
    if (who === "EXISTING_CUSTOMERS") return p`As our customer you receive marketing from us ${channels} ${after}`;
    if (who === "OTHERS") return p`If you are not our customer, you receive marketing from us ${channels} ${after}`;
    return p`You receive marketing from us ${channels} ${after}`;
  },
  // "by e-mail and text message": the preposition the channels share is said once.
  marketingChannels: (channels: E.MarketingChannel[]) =>
    joinList(channels.map((c, i) => (i === 0 ? V.inSentence.MarketingChannel[c] : V.inSentence.MarketingChannel[c].replace(/^by /, ""))), "and").map((r) => r.text).join(""),
  specialCategories: (categories: E.SpecialCategory[], condition: E.Art9Condition, legalReference: string | null): Inline[] => {
    const c = { text: V.inSentence.Art9Condition[condition], article: ARTICLES.Art9Condition[condition] };
    return p`This involves special categories of personal data (${joinList(categories.map((s) => V.inSentence.SpecialCategory[s]), "and")}). We process them on the basis of ${c.text}${legalReference ? `, ${underLaw(legalReference, "en")}` : ""} (${gdpr(c.article)}).`;
  },
  criminalData: (authority: string): Inline[] =>
    p`This involves personal data about criminal convictions and offences, which we process under ${authority} (Art. 10; personopplysningsloven § 11).`,
  nationalId: (justification: string): Inline[] =>
    p`We process your national identity number (fødselsnummer or D-number) because ${lowerFirst(justification)} (personopplysningsloven § 12).`,
  // Special categories people send unasked (Art. 5(1)(c), 9(1)): what we do with them.
  volunteered: (handling: E.VolunteeredHandling, condition: E.Art9Condition | null): Inline[] => {
    const intro = "We do not ask for special categories of personal data, such as information about your health, religion or trade-union membership. If you send us such data anyway, for example in a CV or a message,";
    if (handling === "DELETED") return p`${intro} we delete them without using them.`;
    if (handling === "KEPT_WITH_EXPLICIT_CONSENT")
      return p`${intro} we keep them only if you give us your explicit consent (${gdpr(ARTICLES.Art9Condition.EXPLICIT_CONSENT)}), and otherwise delete them. You can withdraw that consent at any time; this does not affect what we did before.`;
    return condition === null ? [] : p`${intro} we keep them only as far as ${V.inSentence.Art9Condition[condition]} allows (${gdpr(ARTICLES.Art9Condition[condition])}), and delete the rest.`;
  },
  // N07 in detail: each category once.
  dataCategory: (label: string, description: string | null): Inline[] => (description ? p`${label}: ${lowerFirst(description)}` : p`${label}`),
  // N14, N15: each source once, with the data it gives.
  sourceDirect: (data: string[] | null): Inline[] => (data ? p`You give us ${listOf(data)} yourself.` : p`You give us all these personal data yourself.`),
  sourceObserved: (data: string[]): Inline[] => p`We collect ${listOf(data)} when you use our website or services.`,
  /** After "You give us all these personal data yourself." when observation collects some of them too. */
  sourceObservedToo: (data: string[]): Inline[] => p`We also collect ${listOf(data)} when you use our website or services.`,
  sourceThirdParty: (data: string[], source: string | null, isPublic: boolean | null): Inline[] =>
    p`We receive ${listOf(data)} from ${source ?? "another party"}${isPublic === true ? ", a publicly accessible source" : ""}.`,
  sourcePublic: (data: string[], source: string | null): Inline[] => p`We collect ${listOf(data)} from a publicly accessible source${source ? `: ${source}` : ""}.`,
  provisionIntro: (): Inline[] => p`Whether you must give us the data:`,
  provision: (requirement: E.ProvisionRequirement, party: E.ContractParty): string =>
    party === "ORGANISATION" && (requirement === "CONTRACTUAL" || requirement === "PRECONTRACT_REQUIRED")
      ? V.inSentence.ProvisionRequirementWithOrganisation[requirement]
      : V.inSentence.ProvisionRequirement[requirement],
  /** Whether the DPO's own consequence text already says what the generated requirement sentence would. */
  restatesProvision: (requirement: E.ProvisionRequirement, consequence: string): boolean =>
    ({
      STATUTORY: /\b(law|statutory|legal(ly)? required)\b/i,
      CONTRACTUAL: /\bcontract\b/i,
      PRECONTRACT_REQUIRED: /\bcontract\b/i,
      VOLUNTARY: /\b(voluntary|optional|you do not have to|you don't have to)\b/i,
    })[requirement].test(consequence),
  provisionItem: (titles: string[], requirement: string | null, consequence: string | null): Inline[] =>
    p`${joinNames(inList(titles), "and")}: ${[requirement, consequence ? asSentence(consequence) : null].filter((x) => x !== null).join(" ")}`,
  provisionOthers: (consequence: string | null): Inline[] => p`For the other purposes, giving us the data is voluntary.${consequence ? ` ${asSentence(consequence)}` : ""}`,
  admExists: (logic: string, significance: string, consequences: string): Inline[] =>
    p`We make decisions about you here by automated means alone. How it works: ${inner(logic)}. What it means for you: ${inner(significance)}. Possible consequences: ${inner(consequences)}. You have the right to have a person review the decision, to give your view and to contest it (Art. 22(3)).`,
  jointController: (party: string, essence: string | null, arrangement: Inline | null, contact: Inline | null): Inline[] =>
    p`We and ${party} are joint controllers (Art. 26).${essence ? p` In essence: ${inner(essence)}.` : ""}${arrangement ? p` Summary: ${arrangement}.` : ""}${contact ? p` Contact ${party}: ${contact}.` : ""} You can use your rights against each of us.`,

  // N08
  /** N19 after the party's line in the recipients list, which already says it is a joint controller. */
  jointArrangement: (party: string, essence: string | null, arrangement: Inline | null, contact: Inline | null): Inline[] =>
    p`${essence ? p`Our arrangement with ${party} (Art. 26${arrangement ? p`; summary: ${arrangement}` : ""}): ${inner(essence)}.` : p`We have an arrangement with ${party} on our responsibilities (Art. 26${arrangement ? p`; summary: ${arrangement}` : ""}).`} You can use your rights against each of us${contact ? p`, and reach them at ${contact}` : ""}.`,
  recipientCaption: "Our recipients",
  recipientColumns: ["Recipient", "Role"],
  recipientCountryColumn: "Country",
  /** The country column's heading where a row also says what safeguards a transfer there. */
  recipientTransferColumn: "Country and transfer safeguard",
  /** The role as the register labels it, without its article, and what the recipient does. */
  recipientRole: (kind: E.RecipientKind, description: string | null): Inline[] => p`${withoutArticle(V.labels.RecipientKind[kind])}${description ? `: ${description}` : ""}`,
  /** Art. 28(3)(a), said once under the table rather than on each processor's row. */
  processorsInstructed: (several: boolean): Inline[] => (several ? p`Our data processors use the data only on our instructions.` : p`Our data processor uses the data only on our instructions.`),

  // N09, N20
  transfer: (recipient: string, country: string, mechanism: E.TransferMechanism | null, detail: TransferDetail): Inline[] => {
    if (mechanism === null) return p`${recipient} receives data in ${theCountry(country)}.`;
    return p`${recipient} receives data in ${theCountry(country)} under ${mechanismText(mechanism, detail)}.`;
  },
  /** A transfer in the recipient's row: where the data go and on what safeguard. */
  transferSafeguard: (country: string, mechanism: E.TransferMechanism, detail: TransferDetail): Inline[] =>
    p`${theCountry(country).replace(/^the /, "The ")}, under ${mechanismText(mechanism, detail)}.`,
  dpfCertified: (recipient: string): Inline[] => p`${recipient} is certified under the EU-U.S. Data Privacy Framework.`,
  /** The entity a transfer reaches when it is a recipient's sub-processor (Art. 44 onward transfer). */
  subProcessorOf: (subProcessor: string, recipient: string): string => `${subProcessor}, a sub-processor of ${recipient},`,
  copyFrom: (where: Inline): Inline[] => p`You can get a copy of these safeguards from ${where}.`,
  copyHow: (how: string): Inline[] => p`How to get a copy of these safeguards: ${lowerFirst(how)}.`,
  copyAsk: (email: Inline | null): Inline[] => (email ? p`You can get a copy of these safeguards by e-mail to ${email}.` : p`You can get a copy of these safeguards by contacting us.`),
  compellingInterest: (recipient: string, country: string, reason: string | null): Inline[] =>
    p`We made a one-off transfer to ${recipient} in ${theCountry(country)} on the basis of our compelling legitimate interests${reason ? `: ${lowerFirst(reason)}` : ""}. We have informed the supervisory authority of this transfer (Art. 49(1), second subparagraph).`,

  // N21: of the banner, only what the company profile records (CK-007).
  cookiesIntro: (anyConsent: boolean, tableShowsConsent: boolean): Inline[] =>
    anyConsent && tableShowsConsent
      ? p`The table shows which cookies need your consent (ekomloven § 3-15).`
      : anyConsent
        ? p`We use cookies that are not strictly necessary only if you accept them (ekomloven § 3-15).`
      : p`Our website stores and reads only the information on your device that is strictly necessary to provide the service you ask for, or that the table explains; this does not require your consent (ekomloven § 3-15).`,
  cookieBannerFirst: (): Inline[] => p`Before we set a cookie that needs your consent, our cookie banner asks you to accept or refuse it.`,
  cookieRefuseAsEasy: (): Inline[] => p`Refusing is as easy as accepting: both are buttons on the banner's first screen.`,
  cookieWithdraw: (how: string | null, settings: Inline | null): Inline[] =>
    how && settings
      ? p`You can withdraw your consent at any time (Art. 7(3)): ${inner(how)} (${settings}).`
      : how
        ? p`You can withdraw your consent at any time (Art. 7(3)): ${inner(how)}.`
        : p`You can withdraw your consent at any time (Art. 7(3)) in the cookie settings: ${settings ?? ""}.`,
  /** The consent cell of a cookie whose consent the DPO set against its category, with their reason. */
  cookieConsentCell: (needed: boolean, reason: string | null): string => `${needed ? V.words.yes : V.words.no}${reason ? ` (${inner(reason)})` : ""}`,
  cookieCaption: "Our cookies",
  cookieColumns: ["Name", "Provider", "Purpose", "Category", "Duration", "Needs your consent"],
  cookieCategory: (category: E.CookieCategory) => withoutArticle(V.labels.CookieCategory[category]),
  yes: V.words.yes,
  no: V.words.no,

  // processor role (Art. 28)
  processorIntro: (): Inline[] =>
    p`For the activities below we process personal data on behalf of our customers. The customer is then the controller and we are its data processor (Art. 28). We process the data only on the customer's documented instructions, under a data processing agreement.`,
  processorRights: (): Inline[] =>
    p`If you are a user of one of our customers, contact that customer to use your rights. If you contact us, we forward your request to the customer.`,
  processorWhat: (what: string): Inline[] => p`What we do for our customers: ${lowerFirst(what)}.`,

  // N11, N12: the rights in one line each, tailored to the bases used.
  rightsIntro: (): Inline[] => p`Under the GDPR you have the right to:`,
  rightAccess: (): Inline[] => p`access the personal data we hold about you and get a copy (Art. 15)`,
  rightRectification: (): Inline[] => p`have incorrect data corrected (Art. 16)`,
  rightErasure: (legalObligation: boolean): Inline[] =>
    p`have your data erased (Art. 17)${legalObligation ? ", except data the law requires us to keep" : ""}`,
  rightRestriction: (): Inline[] => p`have the processing restricted (Art. 18)`,
  rightPortability: (): Inline[] => p`data portability for what you gave us under consent or a contract (Art. 20)`,
  rightWithdraw: (): Inline[] => p`withdraw your consent at any time; what we did before stays lawful (Art. 7(3))`,
  rightsHow: (email: Inline | null): Inline[] =>
    email
      ? p`Write to ${email} and we answer within one month (Art. 12(3)).`
      : p`Contact us to use your rights; we answer within one month (Art. 12(3)).`,
  // N18
  objectGeneral: (publicTask: boolean, legitimate: boolean): Inline[] =>
    p`You can object at any time, on grounds relating to your situation, to processing based on ${joinList([...(legitimate ? ["our legitimate interests"] : []), ...(publicTask ? ["a task in the public interest or the exercise of official authority"] : [])], "or")} (Art. 21(1)).`,
  objectMarketing: (existingCustomerChannels: string | null): Inline[] =>
    existingCustomerChannels
      ? p`You can always object to direct marketing, and we then stop it (Art. 21(2)). As our customer you can opt out of our marketing ${existingCustomerChannels} free of charge when we collect your address and in every message (markedsføringsloven § 15).`
      : p`You can always object to direct marketing, and we then stop it (Art. 21(2)).`,
  // N16
  noAdm: (): Inline[] =>
    p`We make no decisions about you based solely on automated processing (Art. 22).`,
  admPointer: (): Inline[] => p`Where we make decisions by automated means alone, the section on that purpose describes how they work, what they mean for you and what you can do.`,
  // N13
  /** The complaint form where the authority has one (a link the reader can use at once), else its website. */
  complaint: (authority: string | null, website: Inline | null, form: Inline | null): Inline[] =>
    authority
      ? p`You can complain to ${authority}${form ? p`, using its complaint form at ${form},` : website ? p`, ${website},` : ""} or to the supervisory authority where you live, work or the infringement took place (Art. 77).`
      : p`You can complain to the supervisory authority where you live, work or the infringement took place (Art. 77).`,
  visiting: (address: string): Inline[] => p`at ${address}`,
  // N17, N22
  newPurposesIntro: (previous: number): Inline[] => p`Since version ${String(previous)} of this notice, we also process personal data for these new purposes:`,
  newPurpose: (activity: string, purpose: string): Inline[] => p`${activity}: ${lowerFirst(purpose)}.`,
  changesHow: (published: boolean): Inline[] =>
    published
      ? p`We update this notice before we change how we process your personal data; earlier versions stay in the archive.`
      : p`This is a draft of the notice that has not been published.`,

  // page chrome
  chrome: {
    otherLanguage: "Norsk bokmål",
    otherLanguageCode: "nb",
    contents: "Contents",
    versions: "Earlier versions",
    formats: "Other formats",
    skip: "Skip to the notice",
    archiveTitle: (company: string) => `Versions of the privacy notice for ${company}`,
    versionItem: (n: number, date: string) => `Version ${n}, ${en.date(date)}`,
    diffTitle: (from: number, to: number) => `Changes from version ${from} to version ${to}`,
    diffAdded: "Added section",
    diffRemoved: "Removed section",
    diffChanged: "Changed section",
    diffNone: "No changes between these versions.",
    compare: "Compare",
    from: "From version",
    to: "To version",
    current: "current",
    notFoundTitle: "Notice not found",
    notFoundText: "There is no published privacy notice at this address.",
  },
};

/** Kinds of data in running text: "contact details and payment data". */
const listOf = (labels: string[]) => joinList(labels.map(lowerFirst), "and").map((r) => r.text).join("");

/** "the United States", "the Netherlands": English country names that take the article. */
function theCountry(name: string): string {
  return /^(United |Netherlands|Philippines|Bahamas|Maldives|Marshall Islands|Solomon Islands|Gambia|Central African|Dominican Republic|Comoros|Cayman|Falkland|Faroe|Czech Republic)/.test(name) ? `the ${name}` : name;
}

/** The same, except where the text opens with the name it describes («Skatteetaten mottar …»): a name keeps its capital. */
export function lowerFirstUnlessNamed(text: string, name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? "";
  return first !== "" && text.trim().startsWith(first) ? text.replace(/\s+/g, " ").trim().replace(/[.]+$/, "") : lowerFirst(text);
}


function lowerFirst(text: string): string {
  const trimmed = text.replace(/\s+/g, " ").trim().replace(/[.]+$/, "");
  // Keep acronyms and names ("EU", "Google") as written; "E-mail", «E-post» are words.
  // «Å sikre …» is the infinitive marker, a word of one letter.
  if (trimmed.length > 1 && /^(?:[A-ZÆØÅ](?:[a-zæøå]|-[a-zæøå])|Å )/.test(trimmed)) return trimmed[0]!.toLowerCase() + trimmed.slice(1);
  return trimmed;
}

export type TransferDetail = { module: E.SccModule | null; adequacyReference: string | null; adequacySubject: string | null };

function mechanismText(mechanism: E.TransferMechanism, d: TransferDetail): string {
  switch (mechanism) {
    case "ADEQUACY":
      return `an adequacy decision of the European Commission${d.adequacySubject ? ` for ${d.adequacySubject}` : ""}${d.adequacyReference ? `, ${d.adequacyReference}` : ""} (Art. 45)`;
    case "SCC_2021_914":
      return `the EU standard contractual clauses (Commission Decision (EU) 2021/914${d.module ? `, module ${d.module.slice(7, 8)}` : ""}; Art. 46(2)(c))`;
    default:
      return V.inSentence.TransferMechanism[mechanism];
  }
}

/** Items joined into one sentence: the first as written, the rest lower-cased («Nyhetsbrev og markedsføring …»). */
function inList(items: string[]): string[] {
  return items.map((item, i) => (i === 0 ? item : lowerFirst(item)));
}

export { inList, lowerFirst };
