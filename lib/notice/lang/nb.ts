import type * as E from "@/lib/register/enums";
import { inner, joinList, p } from "../inline";
import { lowerFirst, type TransferDetail } from "./en";
import type { NoticeStrings } from "./types";
import { retentionNoticeSentence } from "@/lib/register/retention-text";

// Bokmål sentence templates of the notice, written as Norwegian prose (not
// translated word for word). Terms follow Datatilsynet and the Norwegian text of
// the GDPR (personvernforordningen): behandlingsansvarlig, databehandler,
// berettiget interesse, den registrerte. Klart språk etter WP260: ikke «kan
// hende», ikke «noen», aldri «så lenge det er nødvendig» alene.

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

/** "6(1)(a)" → "art. 6 nr. 1 bokstav a" (Norwegian citation style). */
function cite(ref: string): string {
  const m = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(ref);
  if (!m) return `art. ${ref}`;
  return `art. ${m[1]}${m[2] ? ` nr. ${m[2]}` : ""}${m[3] ? ` bokstav ${m[3]}` : ""}`;
}
const gdpr = (ref: string) => `personvernforordningen ${cite(ref)}`;

const BASIS: Record<E.LawfulBasis, { text: string; article: string }> = {
  CONSENT: { text: "samtykket ditt", article: "6(1)(a)" },
  CONTRACT: { text: "at behandlingen er nødvendig for å inngå eller oppfylle en avtale med deg", article: "6(1)(b)" },
  LEGAL_OBLIGATION: { text: "en rettslig forpliktelse vi har", article: "6(1)(c)" },
  VITAL_INTERESTS: { text: "at behandlingen er nødvendig for å verne dine eller andres vitale interesser", article: "6(1)(d)" },
  PUBLIC_TASK: { text: "en oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet", article: "6(1)(e)" },
  LEGITIMATE_INTERESTS: { text: "vår berettigede interesse", article: "6(1)(f)" },
};

const ART9: Record<E.Art9Condition, { text: string; article: string }> = {
  EXPLICIT_CONSENT: { text: "ditt uttrykkelige samtykke", article: "9(2)(a)" },
  EMPLOYMENT_SOCIAL_SECURITY: { text: "plikter og rettigheter etter arbeids- og trygderetten", article: "9(2)(b)" },
  VITAL_INTERESTS: { text: "vern av dine vitale interesser når du ikke kan samtykke", article: "9(2)(c)" },
  NOT_FOR_PROFIT_MEMBERS: { text: "vår virksomhet som ideell organisasjon overfor medlemmer", article: "9(2)(d)" },
  MANIFESTLY_MADE_PUBLIC: { text: "at du selv har offentliggjort opplysningene", article: "9(2)(e)" },
  LEGAL_CLAIMS: { text: "at et rettskrav skal fastsettes, gjøres gjeldende eller forsvares", article: "9(2)(f)" },
  SUBSTANTIAL_PUBLIC_INTEREST: { text: "viktige allmenne interesser", article: "9(2)(g)" },
  HEALTH_OR_SOCIAL_CARE: { text: "forebyggende medisin, arbeidsmedisin, helsetjenester eller sosialtjenester", article: "9(2)(h)" },
  PUBLIC_HEALTH: { text: "allmenne interesser på folkehelseområdet", article: "9(2)(i)" },
  ARCHIVING_RESEARCH_STATISTICS: { text: "arkivformål, forskning eller statistikk", article: "9(2)(j)" },
};

const SPECIAL: Record<E.SpecialCategory, string> = {
  RACIAL_ETHNIC_ORIGIN: "rasemessig eller etnisk opprinnelse",
  POLITICAL_OPINIONS: "politisk oppfatning",
  RELIGIOUS_PHILOSOPHICAL_BELIEFS: "religion eller filosofisk overbevisning",
  TRADE_UNION_MEMBERSHIP: "fagforeningsmedlemskap",
  GENETIC: "genetiske opplysninger",
  BIOMETRIC_FOR_UNIQUE_ID: "biometriske opplysninger som brukes til å identifisere deg",
  HEALTH: "helseopplysninger",
  SEX_LIFE_OR_ORIENTATION: "seksuelle forhold eller seksuell orientering",
};

const RECIPIENT_KIND: Record<E.RecipientKind, string> = {
  PROCESSOR: "vår databehandler, som bare behandler opplysningene etter våre instrukser",
  CONTROLLER: "selvstendig behandlingsansvarlig, med ansvar for egen behandling",
  JOINT_CONTROLLER: "felles behandlingsansvarlig sammen med oss",
  PUBLIC_AUTHORITY: "offentlig myndighet",
  INTERNAL: "en del av vår egen organisasjon",
};

const COOKIE_CATEGORY: Record<E.CookieCategory, string> = {
  STRICTLY_NECESSARY: "Strengt nødvendig",
  PREFERENCES: "Preferanser",
  STATISTICS: "Statistikk",
  MARKETING: "Markedsføring",
};

const DEROGATION: Record<string, string> = {
  DEROGATION_49_1_A: "ditt uttrykkelige samtykke etter at vi har informert deg om risikoen (personvernforordningen art. 49 nr. 1 bokstav a)",
  DEROGATION_49_1_B: "at overføringen er nødvendig for å oppfylle en avtale med deg (personvernforordningen art. 49 nr. 1 bokstav b)",
  DEROGATION_49_1_C: "at overføringen er nødvendig for en avtale inngått i din interesse (personvernforordningen art. 49 nr. 1 bokstav c)",
  DEROGATION_49_1_D: "viktige allmenne interesser (personvernforordningen art. 49 nr. 1 bokstav d)",
  DEROGATION_49_1_E: "at et rettskrav skal fastsettes, gjøres gjeldende eller forsvares (personvernforordningen art. 49 nr. 1 bokstav e)",
  DEROGATION_49_1_F: "vern av vitale interesser når du ikke kan samtykke (personvernforordningen art. 49 nr. 1 bokstav f)",
  DEROGATION_49_1_G: "at opplysningene kommer fra et offentlig register (personvernforordningen art. 49 nr. 1 bokstav g)",
};

export const nb: NoticeStrings = {
  language: "nb",
  languageName: "Norsk bokmål",
  and: "og",
  title: (company: string) => `Personvernerklæring for ${company}`,
  date: (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return `${d}. ${MONTHS[(m ?? 1) - 1] ?? ""} ${y}`;
  },
  versionLine: (version, date) =>
    version === null || date === null ? p`Utkast, ikke publisert ennå.` : p`Versjon ${String(version)}, sist oppdatert ${nb.date(date)}.`,

  heading: {
    controller: "Hvem som er ansvarlig for personopplysningene dine",
    representative: "Vår representant i EØS",
    dpo: "Personvernombud",
    purposes: "Hva vi gjør med personopplysningene dine",
    recipients: "Hvem som mottar personopplysningene dine",
    transfers: "Overføring til land utenfor EØS",
    cookies: "Informasjonskapsler (cookies) og lignende teknologi",
    processor: "Behandling på vegne av kundene våre",
    rights: "Rettighetene dine",
    objection: "Retten til å protestere",
    consent: "Å trekke tilbake samtykke",
    adm: "Automatiserte avgjørelser",
    complaint: "Klage til tilsynsmyndigheten",
    changes: "Endringer i erklæringen",
    data: "Hvilke opplysninger",
    everyone: "Personer vi behandler personopplysninger om",
    retention: "Hvor lenge vi oppbevarer opplysningene",
  },

  controllerIdentity: (name, orgNumber, address) =>
    p`${name}${orgNumber ? ` (org.nr. ${orgNumber})` : ""}${address ? `, ${address},` : ""} er behandlingsansvarlig for behandlingen som beskrives i denne erklæringen. Det betyr at vi bestemmer hvorfor og hvordan personopplysningene dine behandles.`,
  controllerContact: (channels) => p`Du når oss ${joinList(channels, "eller")}.`,
  byEmail: (email) => p`på e-post til ${email}`,
  byPhone: (phone) => p`på telefon ${phone}`,
  byPost: (address) => p`per post til ${address}`,
  website: (site) => p`Nettstedet vårt er ${site}.`,
  representative: (name, contact) =>
    p`Vi er etablert utenfor EØS. Vår representant i EØS (personvernforordningen art. 27) er ${name}${contact.length ? p`, som du når ${joinList(contact, "eller")}` : ""}.`,
  dpo: (name, contact) =>
    p`Personvernombudet vårt${name ? `, ${name},` : ""} når du ${joinList(contact, "eller")}. Du kan kontakte personvernombudet om alle spørsmål om hvordan vi behandler personopplysningene dine (personvernforordningen art. 38 nr. 4).`,

  purposesIntro: () =>
    p`Nedenfor beskriver vi hver behandling, gruppert etter hvem den gjelder: hva vi bruker opplysningene til, behandlingsgrunnlaget, hvor opplysningene kommer fra, hvem som mottar dem og hvor lenge vi oppbevarer dem.`,
  group: (labels) => joinList(labels.map((l, i) => (i === 0 ? l : lowerFirst(l))), "og").map((r) => r.text).join(""),
  purpose: (description) => p`Formålet er å ${lowerFirst(description)}.`,
  basis: (basis, legalReference) => {
    const b = BASIS[basis];
    if ((basis === "LEGAL_OBLIGATION" || basis === "PUBLIC_TASK") && legalReference)
      return p`Behandlingsgrunnlaget er ${b.text}, fastsatt i ${legalReference} (${gdpr(b.article)}).`;
    return p`Behandlingsgrunnlaget er ${b.text} (${gdpr(b.article)}).`;
  },
  legitimateInterest: (interest, balancingTest) =>
    p`Vår berettigede interesse er: ${lowerFirst(interest)}.${balancingTest ? " Vi har veid denne interessen mot personvernet ditt, og du kan be oss om interesseavveiningen." : ""}`,
  withdrawPurpose: (how) =>
    how
      ? p`Du kan når som helst trekke tilbake samtykket: ${lowerFirst(how)}. Behandlingen før tilbaketrekkingen er fortsatt lovlig.`
      : p`Du kan når som helst trekke tilbake samtykket ved å kontakte oss. Behandlingen før tilbaketrekkingen er fortsatt lovlig.`,
  marketingExistingCustomer: (channels) =>
    p`Vi sender deg markedsføring om egne, tilsvarende produkter ${channels} fordi du er kunde hos oss (markedsføringsloven § 15). Du kan reservere deg gratis når vi samler inn adressen, og i hver melding.`,
  marketingChannels: (channels) => joinList(channels.map((c) => (c === "EMAIL" ? "på e-post" : "på SMS")), "og").map((r) => r.text).join(""),
  specialCategories: (categories, condition, legalReference) => {
    const c = ART9[condition];
    return p`Behandlingen omfatter særlige kategorier av personopplysninger (${joinList(categories.map((s) => SPECIAL[s]), "og")}). Vi behandler dem på grunnlag av ${c.text}${legalReference ? `, fastsatt i ${legalReference}` : ""} (${gdpr(c.article)}).`;
  },
  criminalData: (authority) =>
    p`Behandlingen omfatter opplysninger om straffedommer og lovovertredelser, som vi behandler med hjemmel i ${authority} (personvernforordningen art. 10; personopplysningsloven § 11).`,
  nationalId: (justification) =>
    p`Vi behandler fødselsnummeret eller D-nummeret ditt fordi ${lowerFirst(justification)} (personopplysningsloven § 12).`,
  dataIntro: () => p`Vi behandler disse personopplysningene:`,
  dataCategory: (label, description) => (description ? p`${label}: ${lowerFirst(description)}` : p`${label}`),
  sourceDirect: () => p`Du gir oss disse opplysningene selv.`,
  sourceObserved: () => p`Vi samler inn disse opplysningene når du bruker nettstedet eller tjenestene våre.`,
  sourceThirdParty: (source, isPublic) =>
    p`Vi mottar disse opplysningene fra ${source ?? "en annen part"}${isPublic === true ? ", som er en offentlig tilgjengelig kilde" : isPublic === false ? ", som ikke er en offentlig tilgjengelig kilde" : ""}.`,
  sourcePublic: (source) => p`Vi henter disse opplysningene fra en offentlig tilgjengelig kilde${source ? `: ${source}` : ""}.`,
  provision: (requirement, party) =>
    ({
      STATUTORY: p`Loven krever at du gir oss disse opplysningene.`,
      CONTRACTUAL: party === "ORGANISATION" ? p`Du må gi oss disse opplysningene etter avtalen vår med arbeidsgiveren din eller virksomheten du opptrer for.` : p`Du må gi oss disse opplysningene etter avtalen vår med deg.`,
      PRECONTRACT_REQUIRED:
        party === "ORGANISATION"
          ? p`Du må gi oss disse opplysningene før vi kan inngå en avtale med arbeidsgiveren din eller virksomheten du opptrer for.`
          : p`Du må gi oss disse opplysningene før vi kan inngå en avtale med deg.`,
      VOLUNTARY: p`Det er frivillig å gi oss disse opplysningene.`,
    })[requirement],
  recipientsOfActivity: (names) => p`Disse opplysningene utleveres til ${joinList(names, "og")}, som er beskrevet under «${nb.heading.recipients}».`,
  noRecipients: () => p`Vi utleverer ikke disse opplysningene til andre utenfor virksomheten vår.`,
  retention: (rule, what) => {
    const text = retentionNoticeSentence(rule, "nb", what ? lowerFirst(what) : null);
    return text ? [{ text }] : null;
  },
  admExists: (logic, significance, consequences) =>
    p`Her treffer vi avgjørelser om deg bare ved automatisert behandling. Slik fungerer det: ${inner(logic)}. Hva det betyr for deg: ${inner(significance)}. Mulige konsekvenser: ${inner(consequences)}. Du har rett til å få avgjørelsen vurdert av et menneske, til å uttale deg og til å bestride den (personvernforordningen art. 22 nr. 3).`,
  jointController: (party, essence, arrangement, contact) =>
    p`Vi og ${party} er felles behandlingsansvarlige for denne behandlingen (personvernforordningen art. 26).${essence ? p` Hovedinnholdet i ordningen vår: ${inner(essence)}.` : ""}${arrangement ? p` Ordningen er oppsummert på ${arrangement}.` : ""}${contact ? p` Du kan også kontakte ${party} på ${contact}.` : ""} Du kan bruke rettighetene dine overfor hver av oss (personvernforordningen art. 26 nr. 3).`,

  recipientsIntro: () => p`Vi utleverer personopplysninger til disse mottakerne:`,
  recipient: (name, country, kind, description) =>
    p`${name}${country ? ` (${country})` : ""}, ${RECIPIENT_KIND[kind]}${description ? `: ${lowerFirst(description)}` : ""}.`,

  transfersIntro: () =>
    p`Mottakerne nedenfor behandler personopplysninger i land utenfor EØS. For hver av dem oppgir vi landet og garantien som beskytter opplysningene dine der (personvernforordningen kapittel V).`,
  transfer: (recipient, country, mechanism, detail) => {
    if (mechanism === null) return p`${recipient} mottar opplysninger i ${country}.`;
    return p`${recipient} mottar opplysninger i ${country} på grunnlag av ${mechanismText(mechanism, detail)}.`;
  },
  dpfCertified: (recipient) => p`${recipient} er sertifisert under EU–USA-rammeverket for personvern (Data Privacy Framework).`,
  subProcessorOf: (subProcessor, recipient) => `${subProcessor}, underdatabehandler for ${recipient},`,
  copyFrom: (where) => p`Du kan få en kopi av garantiene fra ${where}.`,
  copyHow: (how) => p`Slik får du en kopi av garantiene: ${lowerFirst(how)}.`,
  copyAsk: (email) => (email ? p`Du kan få en kopi av garantiene ved å sende e-post til ${email}.` : p`Du kan få en kopi av garantiene ved å kontakte oss.`),
  compellingInterest: (recipient, country, reason) =>
    p`Vi foretok én enkelt overføring til ${recipient} i ${country} på grunnlag av våre tvingende berettigede interesser${reason ? `: ${lowerFirst(reason)}` : ""}. Vi har informert tilsynsmyndigheten om overføringen (personvernforordningen art. 49 nr. 1 annet ledd).`,

  cookiesIntro: (anyNonEssential) =>
    anyNonEssential
      ? p`Nettstedet vårt lagrer og leser informasjon på enheten din (informasjonskapsler og lignende teknologi). Informasjonskapsler som ikke er strengt nødvendige, bruker vi bare hvis du godtar dem. Det er like enkelt å avslå som å godta, og du kan når som helst endre valget (ekomloven § 3-15).`
      : p`Nettstedet vårt lagrer og leser bare den informasjonen på enheten din som er strengt nødvendig for å levere tjenesten du ber om; det krever ikke samtykke (ekomloven § 3-15).`,
  cookieCaption: "Informasjonskapsler og lignende teknologi på nettstedet vårt",
  cookieColumns: ["Navn", "Leverandør", "Formål", "Kategori", "Varighet", "Krever samtykke"],
  cookieCategory: (category) => COOKIE_CATEGORY[category],
  yes: "Ja",
  no: "Nei",

  processorIntro: () =>
    p`For behandlingene nedenfor behandler vi personopplysninger på vegne av kundene våre. Kunden er da behandlingsansvarlig, og vi er databehandler for kunden (personvernforordningen art. 28). Vi behandler opplysningene bare etter kundens dokumenterte instrukser, under en databehandleravtale.`,
  processorRights: () =>
    p`Er du bruker hos en av kundene våre, kontakter du den kunden for å bruke rettighetene dine. Kontakter du oss, sender vi henvendelsen videre til kunden.`,
  processorWhat: (what) => p`Dette gjør vi for kundene våre: ${lowerFirst(what)}.`,

  rightsIntro: () => p`Du har disse rettighetene når vi behandler personopplysninger om deg:`,
  rightAccess: () => p`Innsyn: du kan be om en kopi av personopplysningene vi har om deg, og om informasjon om hvordan vi bruker dem (personvernforordningen art. 15).`,
  rightRectification: () => p`Retting: du kan be oss rette uriktige opplysninger og supplere ufullstendige opplysninger (personvernforordningen art. 16).`,
  rightErasure: (legalObligation) =>
    p`Sletting: du kan be oss slette personopplysningene dine (personvernforordningen art. 17).${legalObligation ? " Opplysninger vi er lovpålagt å oppbevare, for eksempel regnskapsmateriale, sletter vi når lovens frist er ute." : ""}`,
  rightRestriction: () =>
    p`Begrensning: du kan be oss begrense behandlingen, for eksempel mens vi undersøker om opplysningene dine er riktige (personvernforordningen art. 18).`,
  rightPortability: () =>
    p`Dataportabilitet: opplysninger du har gitt oss, og som vi behandler automatisert på grunnlag av samtykke eller en avtale med deg, kan du få utlevert i et strukturert, alminnelig anvendt og maskinlesbart format, eller få overført til en annen behandlingsansvarlig (personvernforordningen art. 20).`,
  rightsHow: (email) =>
    email
      ? p`For å bruke rettighetene dine kontakter du oss på ${email}. Vi svarer uten ugrunnet opphold og senest innen én måned; trenger vi mer tid, forteller vi deg hvorfor innen den måneden (personvernforordningen art. 12 nr. 3).`
      : p`For å bruke rettighetene dine kontakter du oss. Vi svarer uten ugrunnet opphold og senest innen én måned; trenger vi mer tid, forteller vi deg hvorfor innen den måneden (personvernforordningen art. 12 nr. 3).`,
  objectGeneral: (publicTask, legitimate) =>
    p`Du har når som helst rett til å protestere, på grunnlag av din særlige situasjon, mot behandling som bygger på ${joinList([...(legitimate ? ["vår berettigede interesse"] : []), ...(publicTask ? ["en oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet"] : [])], "eller")} (personvernforordningen art. 21 nr. 1). Da stanser vi behandlingen, med mindre vi påviser tvingende berettigede grunner som går foran dine interesser, rettigheter og friheter, eller trenger opplysningene for å fastsette, gjøre gjeldende eller forsvare et rettskrav.`,
  objectMarketing: () => p`Du kan når som helst protestere mot direkte markedsføring, og da slutter vi å bruke opplysningene dine til det (personvernforordningen art. 21 nr. 2 og 3).`,
  consentWithdrawal: () =>
    p`Når vi behandler personopplysningene dine på grunnlag av samtykke, kan du når som helst trekke samtykket tilbake, like enkelt som du ga det. Tilbaketrekkingen påvirker ikke lovligheten av behandlingen før samtykket ble trukket tilbake (personvernforordningen art. 7 nr. 3).`,
  noAdm: () =>
    p`Vi treffer ingen avgjørelser om deg som bare bygger på automatisert behandling, medregnet profilering, og som har rettsvirkning eller tilsvarende betydelig virkning for deg (personvernforordningen art. 22).`,
  admPointer: () => p`Der vi treffer avgjørelser bare ved automatisert behandling, beskriver behandlingen ovenfor hvordan de fungerer, hva de betyr for deg og hva du kan gjøre.`,
  complaint: (authority, website) =>
    authority
      ? p`Mener du at vår behandling av personopplysningene dine bryter personvernregelverket, har du rett til å klage til ${authority}${website ? p` (${website})` : ""}. Du kan også klage til tilsynsmyndigheten der du bor eller arbeider, eller der overtredelsen skjedde (personvernforordningen art. 77).`
      : p`Mener du at vår behandling av personopplysningene dine bryter personvernregelverket, har du rett til å klage til tilsynsmyndigheten der du bor eller arbeider, eller der overtredelsen skjedde (personvernforordningen art. 77).`,
  authorityContact: (channels) => p`Du når tilsynsmyndigheten ${joinList(channels, "eller")}.`,
  complaintForm: (url) => p`Klageskjemaet finner du på ${url}.`,
  byPostAt: (address) => p`per post til ${address}`,
  visiting: (address) => p`i ${address}`,
  newPurposesIntro: (previous) => p`Siden versjon ${String(previous)} av erklæringen behandler vi også personopplysninger til disse nye formålene:`,
  newPurpose: (activity, purpose) => p`${activity}: ${lowerFirst(purpose)}.`,
  lastUpdated: (version, date) =>
    version === null || date === null
      ? p`Dette er et utkast til erklæringen som ikke er publisert.`
      : p`Erklæringen ble sist oppdatert ${nb.date(date)}. Dette er versjon ${String(version)}; tidligere versjoner er tilgjengelige i arkivet.`,
  changesHow: () => p`Når vi endrer hvordan vi behandler personopplysningene dine, oppdaterer vi erklæringen før endringen trer i kraft.`,

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

function mechanismText(mechanism: E.TransferMechanism, d: TransferDetail): string {
  switch (mechanism) {
    case "EEA":
      return "reglene som gjelder i EØS";
    case "ADEQUACY":
      return `en beslutning fra EU-kommisjonen om tilstrekkelig beskyttelsesnivå (adekvansbeslutning)${d.adequacySubject ? ` for ${d.adequacySubject}` : ""}${d.adequacyReference ? `, ${d.adequacyReference}` : ""} (personvernforordningen art. 45)`;
    case "SCC_2021_914":
      return `EUs standardavtaler (standard personvernbestemmelser, kommisjonsbeslutning (EU) 2021/914${d.module ? `, modul ${d.module.slice(7, 8)}` : ""}; personvernforordningen art. 46 nr. 2 bokstav c)`;
    case "SA_SCC":
      return "standard personvernbestemmelser vedtatt av en tilsynsmyndighet (personvernforordningen art. 46 nr. 2 bokstav d)";
    case "BCR":
      return "bindende virksomhetsregler (personvernforordningen art. 46 nr. 2 bokstav b og art. 47)";
    case "CODE_OF_CONDUCT":
      return "godkjente atferdsnormer med bindende og håndhevbare forpliktelser (personvernforordningen art. 46 nr. 2 bokstav e)";
    case "CERTIFICATION":
      return "en godkjent sertifisering med bindende og håndhevbare forpliktelser (personvernforordningen art. 46 nr. 2 bokstav f)";
    case "PUBLIC_BODIES_INSTRUMENT":
      return "et rettslig bindende instrument mellom offentlige myndigheter (personvernforordningen art. 46 nr. 2 bokstav a)";
    case "AUTHORISED_CLAUSES":
      return "avtalevilkår godkjent av tilsynsmyndigheten (personvernforordningen art. 46 nr. 3 bokstav a)";
    case "ADMIN_ARRANGEMENT":
      return "en administrativ ordning godkjent av tilsynsmyndigheten (personvernforordningen art. 46 nr. 3 bokstav b)";
    case "COMPELLING_LEGITIMATE_INTEREST":
      return "våre tvingende berettigede interesser (personvernforordningen art. 49 nr. 1 annet ledd)";
    default:
      return DEROGATION[mechanism] ?? mechanism;
  }
}
