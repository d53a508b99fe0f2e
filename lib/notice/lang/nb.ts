import type * as E from "@/lib/register/enums";
import { ARTICLES, VOCABULARY, withoutArticle } from "@/lib/register/vocabulary";
import { asSentence, inner, joinList, joinNames, p, type Piece } from "../inline";
import { inList, lowerFirst, type TransferDetail } from "./en";
import type { NoticeStrings } from "./types";
import { underLaw } from "@/lib/register/retention-text";

// Bokmål sentence templates of the notice, written as Norwegian prose (not
// translated word for word). Terms follow Datatilsynet and the Norwegian text of
// the GDPR (personvernforordningen): behandlingsansvarlig, databehandler,
// berettiget interesse, den registrerte. Klart språk etter WP260: ikke «kan
// hende», ikke «noen», aldri «så lenge det er nødvendig» alene.

const V = VOCABULARY.nb;

/** «a, b og c»: no comma before «og» or «eller» in a Norwegian list, even when an item holds the word itself. */
const list = (items: Piece[], conjunction: "og" | "eller") => joinList(items, conjunction, "never");
// The table's column and the rights' intro name personvernforordningen; after them «art.» alone cites it,
// as a lawyer writes once the act is named (other acts are always cited by name and §).
const gdpr = V.article;

// Grunnlaget slik tabellen i første lag oppgir det: med vanlige ord, så artikkelen.

export const nb: NoticeStrings = {
  language: "nb",
  languageName: "Norsk bokmål",
  list: (items: Piece[]) => list(items, "og"),
  title: (company: string) => `Personvernerklæring for ${company}`,
  date: (iso: string) => V.date(iso),
  versionLine: (version, date) =>
    version === null || date === null ? p`Utkast, ikke publisert ennå.` : p`Versjon ${String(version)}, sist oppdatert ${nb.date(date)}.`,

  heading: {
    summary: "Kort fortalt",
    rights: "Rettighetene dine",
    objection: "Retten til å protestere",
    complaint: "Klage",
    representative: "Vår representant i EØS",
    dpo: "Personvernombud",
    legitimateInterests: "Våre berettigede interesser",
    consent: "Å trekke tilbake samtykke",
    data: "Typer opplysninger",
    sources: "Hvor opplysningene kommer fra",
    activities: "Mer om enkelte formål",
    recipients: "Mottakere",
    transfers: "Overføring til land utenfor EØS",
    cookies: "Informasjonskapsler og lignende teknologi",
    processor: "Behandling på vegne av kundene våre",
    adm: "Automatiserte avgjørelser",
    changes: "Endringer i erklæringen",
  },

  controllerIdentity: (name, orgNumber, address) =>
    p`${name}${orgNumber ? `, org.nr. ${orgNumber},` : ""}${address ? `${orgNumber ? "" : ","} ${address},` : ""} er behandlingsansvarlig for personopplysningene dine.`,
  controllerContact: (channels) => p`Du når oss ${list(channels, "eller")}.`,
  byEmail: (email) => p`på ${email}`,
  byPhone: (phone) => p`på telefon ${phone}`,
  byPost: (address) => p`per post til ${address}`,
  privacyContact: (name, role) => p`Har du spørsmål om personvern, kan du kontakte ${name}${role ? ` (${inner(role)})` : ""}.`,
  website: (site) => p`Nettsted: ${site}.`,
  overviewCaption: "Hva vi gjør med personopplysningene dine",
  // The column names the article once; each cell names only its letter («Avtale (bokstav b)»).
  overviewColumns: ["Formål", "Personopplysninger", `Behandlingsgrunnlag (${V.gdpr("6(1)")})`, "Lagringstid"],
  basisShort: (basis, legalReference) => {
    const b = { short: V.inSentence.LawfulBasis[basis], article: ARTICLES.LawfulBasis[basis] };
    const law = (basis === "LEGAL_OBLIGATION" || basis === "PUBLIC_TASK") && legalReference ? ` ${underLaw(legalReference, "nb")}` : "";
    return p`${b.short}${law} (${V.point(b.article)})`;
  },
  noRetention: "–",
  representative: (name, contact) =>
    p`Vi er etablert utenfor EØS. Vår representant i EØS (art. 27) er ${name}${contact.length ? p`, som du når ${list(contact, "eller")}` : ""}.`,
  dpo: (name, contact) =>
    p`Personvernombudet vårt${name ? `, ${name},` : ""} når du ${list(contact, "eller")} om alle spørsmål om hvordan vi behandler personopplysningene dine (art. 38 nr. 4).`,

  interest: (purpose, interest) => p`${purpose}: ${lowerFirst(interest)}.`,
  balancingTest: (only) =>
    only
      ? p`Vi har veid interessene for ${list(only.map(lowerFirst), "og")} mot personvernet ditt; avveiningen kan du få se.`
      : p`Vi har veid interessene mot personvernet ditt; avveiningen kan du få se.`,
  withdrawHow: (purposes, how) => p`${joinNames(inList(purposes), "og")}: ${lowerFirst(how)}.`,
  marketingConsent: (who, channels) => {
    const after = `bare hvis du har samtykket på forhånd (markedsføringsloven § 15).`;
    if (who === "EXISTING_CUSTOMERS") return p`Som kunde hos oss får du markedsføring ${channels} ${after}`;
    if (who === "OTHERS") return p`Er du ikke kunde hos oss, får du markedsføring fra oss ${channels} ${after}`;
    return p`Du får markedsføring fra oss ${channels} ${after}`;
  },
  marketingChannels: (channels) =>
    list(channels.map((c, i) => (i === 0 ? V.inSentence.MarketingChannel[c] : V.inSentence.MarketingChannel[c].replace(/^på /, ""))), "og").map((r) => r.text).join(""),
  specialCategories: (categories, condition, legalReference) => {
    const c = { text: V.inSentence.Art9Condition[condition], article: ARTICLES.Art9Condition[condition] };
    return p`Behandlingen omfatter særlige kategorier av personopplysninger (${list(categories.map((s) => V.inSentence.SpecialCategory[s]), "og")}). Vi behandler dem på grunnlag av ${c.text}${legalReference ? `, ${underLaw(legalReference, "nb")}` : ""} (${gdpr(c.article)}).`;
  },
  criminalData: (authority) =>
    p`Behandlingen omfatter opplysninger om straffedommer og lovovertredelser, som vi behandler med hjemmel i ${authority} (art. 10; personopplysningsloven § 11).`,
  nationalId: (justification) =>
    p`Vi behandler fødselsnummeret eller D-nummeret ditt fordi ${lowerFirst(justification)} (personopplysningsloven § 12).`,
  volunteered: (handling, condition) => {
    const intro = "Vi ber ikke om særlige kategorier av personopplysninger, som opplysninger om helse, religion eller fagforeningsmedlemskap. Sender du oss slike opplysninger likevel, for eksempel i en CV eller en melding,";
    if (handling === "DELETED") return p`${intro} sletter vi dem uten å bruke dem.`;
    if (handling === "KEPT_WITH_EXPLICIT_CONSENT")
      return p`${intro} beholder vi dem bare hvis du gir oss uttrykkelig samtykke (${gdpr(ARTICLES.Art9Condition.EXPLICIT_CONSENT)}), ellers sletter vi dem. Du kan når som helst trekke samtykket tilbake; det endrer ikke det vi har gjort før.`;
    return condition === null ? [] : p`${intro} beholder vi dem bare så langt ${V.inSentence.Art9Condition[condition]} gir grunnlag for det (${gdpr(ARTICLES.Art9Condition[condition])}), og sletter resten.`;
  },
  dataCategory: (label, description) => (description ? p`${label}: ${lowerFirst(description)}` : p`${label}`),
  sourceDirect: (data) => (data ? p`Vi får ${listOf(data)} fra deg.` : p`Opplysningene får vi fra deg.`),
  sourceObservedToo: (data) => p`${capitalFirst(listOf(data))} samler vi også inn når du bruker nettstedet eller tjenestene våre.`,
  sourceObserved: (data) => p`Vi samler inn ${listOf(data)} når du bruker nettstedet eller tjenestene våre.`,
  sourceThirdParty: (data, source, isPublic) =>
    p`Vi mottar ${listOf(data)} fra ${source ?? "en annen part"}${isPublic === true ? ", som er en offentlig tilgjengelig kilde" : ""}.`,
  sourcePublic: (data, source) => p`Vi henter ${listOf(data)} fra en offentlig tilgjengelig kilde${source ? `: ${source}` : ""}.`,
  provisionIntro: () => p`Om du må gi oss opplysningene:`,
  provision: (requirement, party) =>
    party === "ORGANISATION" && (requirement === "CONTRACTUAL" || requirement === "PRECONTRACT_REQUIRED")
      ? V.inSentence.ProvisionRequirementWithOrganisation[requirement]
      : V.inSentence.ProvisionRequirement[requirement],
  restatesProvision: (requirement, consequence) =>
    ({
      STATUTORY: /(lov|lovpålagt|lovkrav)/i,
      CONTRACTUAL: /avtale/i,
      PRECONTRACT_REQUIRED: /avtale/i,
      VOLUNTARY: /(frivillig|du trenger ikke|du må ikke)/i,
    })[requirement].test(consequence),
  provisionItem: (titles, requirement, consequence) =>
    p`${joinNames(inList(titles), "og")}: ${[requirement, consequence ? asSentence(consequence) : null].filter((x) => x !== null).join(" ")}`,
  provisionOthers: (consequence) => p`Til de øvrige formålene er det frivillig å gi oss opplysningene.${consequence ? ` ${asSentence(consequence)}` : ""}`,
  admExists: (logic, significance, consequences) =>
    p`Her treffer vi avgjørelser om deg bare ved automatisert behandling. Slik fungerer det: ${inner(logic)}. Hva det betyr for deg: ${inner(significance)}. Mulige konsekvenser: ${inner(consequences)}. Du har rett til å få avgjørelsen vurdert av et menneske, til å uttale deg og til å bestride den (art. 22 nr. 3).`,
  jointController: (party, essence, arrangement, contact) =>
    p`Vi og ${party} er felles behandlingsansvarlige (art. 26).${essence ? p` Hovedinnholdet: ${inner(essence)}.` : ""}${arrangement ? p` Oppsummering: ${arrangement}.` : ""}${contact ? p` Kontakt ${party}: ${contact}.` : ""} Du kan bruke rettighetene dine overfor hver av oss.`,

  jointArrangement: (party, essence, arrangement, contact) =>
    p`${essence ? p`Avtalen vår med ${party} (art. 26${arrangement ? p`; sammendrag: ${arrangement}` : ""}): ${inner(essence)}.` : p`Vi har en avtale med ${party} om ansvaret (art. 26${arrangement ? p`; sammendrag: ${arrangement}` : ""}).`} Du kan bruke rettighetene dine overfor hver av oss${contact ? p`, og dem når du på ${contact}` : ""}.`,
  recipientCaption: "Mottakerne",
  recipientColumns: ["Mottaker", "Rolle"],
  recipientCountryColumn: "Land",
  recipientTransferColumn: "Land og overføringsgrunnlag",
  recipientRole: (kind, description) => p`${withoutArticle(V.labels.RecipientKind[kind])}${description ? `: ${description}` : ""}`,
  processorsInstructed: (several) => (several ? p`Databehandlerne behandler opplysningene bare etter instruksene våre.` : p`Databehandleren behandler opplysningene bare etter instruksene våre.`),

  transfer: (recipient, country, mechanism, detail) => {
    if (mechanism === null) return p`${recipient} mottar opplysninger i ${country}.`;
    return p`${recipient} mottar opplysninger i ${country} etter ${mechanismText(mechanism, detail)}.`;
  },
  transferSafeguard: (country, mechanism, detail) => p`${country}, etter ${mechanismText(mechanism, detail)}.`,
  dpfCertified: (recipient) => p`${recipient} er sertifisert under rammeverket.`,
  subProcessorOf: (subProcessor, recipient) => `${subProcessor}, underdatabehandler for ${recipient},`,
  copyFrom: (where) => p`Kopi av garantiene får du fra ${where}.`,
  copyHow: (how) => p`Slik får du en kopi av garantiene: ${lowerFirst(how)}.`,
  copyAsk: (email) => (email ? p`Du kan få en kopi av garantiene ved å sende e-post til ${email}.` : p`Du kan få en kopi av garantiene ved å kontakte oss.`),
  compellingInterest: (recipient, country, reason) =>
    p`Vi foretok én enkelt overføring til ${recipient} i ${country} på grunnlag av våre tvingende berettigede interesser${reason ? `: ${lowerFirst(reason)}` : ""}. Vi har informert tilsynsmyndigheten om overføringen (art. 49 nr. 1 annet ledd).`,

  cookiesIntro: (anyConsent, tableShowsConsent) =>
    anyConsent && tableShowsConsent
      ? p`Tabellen viser hvilke informasjonskapsler som krever samtykke fra deg (ekomloven § 3-15).`
      : anyConsent
        ? p`Informasjonskapsler som ikke er strengt nødvendige, bruker vi bare hvis du godtar dem (ekomloven § 3-15).`
      : p`Nettstedet vårt lagrer og leser bare den informasjonen på enheten din som er strengt nødvendig for å levere tjenesten du ber om, eller som tabellen forklarer; det krever ikke samtykke (ekomloven § 3-15).`,
  cookieBannerFirst: () => p`Før vi setter en informasjonskapsel som krever samtykke, spør cookie-banneret vårt om du vil godta eller avslå den.`,
  cookieRefuseAsEasy: () => p`Det er like enkelt å avslå som å godta: begge deler er knapper i bannerets første bilde.`,
  cookieWithdraw: (how, settings) =>
    how && settings
      ? p`Du kan når som helst trekke tilbake samtykket (art. 7 nr. 3): ${inner(how)} (${settings}).`
      : how
        ? p`Du kan når som helst trekke tilbake samtykket (art. 7 nr. 3): ${inner(how)}.`
        : p`Du kan når som helst trekke tilbake samtykket (art. 7 nr. 3) i innstillingene for informasjonskapsler: ${settings ?? ""}.`,
  cookieConsentCell: (needed, reason) => `${needed ? V.words.yes : V.words.no}${reason ? ` (${inner(reason)})` : ""}`,
  cookieCaption: "Informasjonskapslene",
  cookieColumns: ["Navn", "Leverandør", "Formål", "Kategori", "Varighet", "Krever samtykke"],
  cookieCategory: (category) => withoutArticle(V.labels.CookieCategory[category]),
  yes: V.words.yes,
  no: V.words.no,

  processorIntro: () =>
    p`For behandlingene nedenfor behandler vi personopplysninger på vegne av kundene våre. Kunden er da behandlingsansvarlig, og vi er databehandler for kunden (art. 28). Vi behandler opplysningene bare etter kundens dokumenterte instrukser, under en databehandleravtale.`,
  processorRights: () =>
    p`Er du bruker hos en av kundene våre, kontakter du den kunden for å bruke rettighetene dine. Kontakter du oss, sender vi henvendelsen videre til kunden.`,
  processorWhat: (what) => p`Dette gjør vi for kundene våre: ${lowerFirst(what)}.`,

  rightsIntro: () => p`Etter personvernforordningen har du rett til:`,
  rightAccess: () => p`innsyn i opplysningene vi har om deg, og en kopi (art. 15)`,
  rightRectification: () => p`retting av uriktige opplysninger (art. 16)`,
  rightErasure: (legalObligation) =>
    p`sletting (art. 17)${legalObligation ? ", unntatt det loven pålegger oss å oppbevare" : ""}`,
  rightRestriction: () => p`begrensning av behandlingen (art. 18)`,
  rightPortability: () => p`dataportabilitet for det du har gitt oss etter samtykke eller avtale (art. 20)`,
  rightWithdraw: () => p`å trekke tilbake samtykke når som helst; det vi gjorde før, er fortsatt lovlig (art. 7 nr. 3)`,
  rightsHow: (email) =>
    email
      ? p`Skriv til ${email}, så svarer vi innen én måned (art. 12 nr. 3).`
      : p`Kontakt oss for å bruke rettighetene dine; vi svarer innen én måned (art. 12 nr. 3).`,
  objectGeneral: (publicTask, legitimate) =>
    p`Du kan når som helst protestere mot behandling basert på ${list([...(legitimate ? ["vår berettigede interesse"] : []), ...(publicTask ? ["en oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet"] : [])], "eller")}, av grunner knyttet til din særlige situasjon (art. 21 nr. 1).`,
  objectMarketing: (existingCustomerChannels) =>
    existingCustomerChannels
      ? p`Mot direkte markedsføring kan du alltid protestere, og da stanser vi den (art. 21 nr. 2). Som kunde kan du gratis reservere deg mot markedsføring ${existingCustomerChannels} når vi samler inn adressen og i hver melding (markedsføringsloven § 15).`
      : p`Mot direkte markedsføring kan du alltid protestere, og da stanser vi den (art. 21 nr. 2).`,
  noAdm: () => p`Vi treffer ingen helautomatiserte avgjørelser om deg (art. 22).`,
  admPointer: () => p`Der vi treffer avgjørelser bare ved automatisert behandling, beskriver avsnittet om det formålet hvordan de fungerer, hva de betyr for deg og hva du kan gjøre.`,
  complaint: (authority, website, form) =>
    authority
      ? p`Du kan klage til ${authority}${form ? p` (klageskjema: ${form})` : website ? p` (${website})` : ""} eller til tilsynsmyndigheten der du bor, arbeider eller overtredelsen skjedde (art. 77).`
      : p`Du kan klage til tilsynsmyndigheten der du bor, arbeider eller der overtredelsen skjedde (art. 77).`,
  visiting: (address) => p`i ${address}`,
  newPurposesIntro: (previous) => p`Siden versjon ${String(previous)} av erklæringen behandler vi også personopplysninger til disse nye formålene:`,
  newPurpose: (activity, purpose) => p`${activity}: ${lowerFirst(purpose)}.`,
  changesHow: (published) =>
    published
      ? p`Vi oppdaterer erklæringen før vi endrer behandlingen; tidligere versjoner ligger i arkivet.`
      : p`Dette er et utkast til erklæringen som ikke er publisert.`,

  chrome: {
    otherLanguage: "English",
    otherLanguageCode: "en",
    contents: "Innhold",
    versions: "Tidligere versjoner",
    formats: "Andre formater",
    skip: "Gå til erklæringen",
    archiveTitle: (company) => `Versjoner av personvernerklæringen for ${company}`,
    versionItem: (n, date) => `Versjon ${n}, ${nb.date(date)}`,
    diffTitle: (from, to) => `Endringer fra versjon ${from} til versjon ${to}`,
    diffAdded: "Ny del",
    diffRemoved: "Fjernet del",
    diffChanged: "Endret del",
    diffNone: "Ingen endringer mellom disse versjonene.",
    compare: "Sammenlign",
    from: "Fra versjon",
    to: "Til versjon",
    current: "gjeldende",
    notFoundTitle: "Fant ikke erklæringen",
    notFoundText: "Det finnes ingen publisert personvernerklæring på denne adressen.",
  },
};

const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Opplysningstyper i løpende tekst: «kontaktopplysninger og betalingsdata». */
const listOf = (labels: string[]) => list(labels.map(lowerFirst), "og").map((r) => r.text).join("");

/** "(EU) 2021/1772, renewed 19 December 2025" → "(EU) 2021/1772"; "2000/518/EC" as it is; a reference that is no decision number, null. */
function decisionNumber(reference: string | null): string | null {
  return /^(?:\(EU\) \d{4}\/\d+|\d{4}\/\d+\/E[CU])/.exec(reference ?? "")?.[0] ?? null;
}

function mechanismText(mechanism: E.TransferMechanism, d: TransferDetail): string {
  switch (mechanism) {
    case "ADEQUACY":
      // Cited as Norwegian law cites a decision: «beslutning (EU) 2023/1795 om …». Only the decision's number: the
      // reference data's remarks ("renewed 19 December 2025") are English.
      return `EU-kommisjonens beslutning${decisionNumber(d.adequacyReference) ? ` ${decisionNumber(d.adequacyReference)}` : ""} om tilstrekkelig beskyttelsesnivå${d.adequacySubject ? ` for ${d.adequacySubject}` : ""} (art. 45)`;
    case "SCC_2021_914":
      return `EUs standardavtaler (kommisjonsbeslutning (EU) 2021/914${d.module ? `, modul ${d.module.slice(7, 8)}` : ""}; art. 46 nr. 2 bokstav c)`;
    default:
      return V.inSentence.TransferMechanism[mechanism];
  }
}
