// Data protection supervisory authorities (GDPR Art. 51) for Art. 13(2)(d) / 14(2)(e) and the
// lead authority (Art. 56). Plain data (seeded into `supervisory_authorities`); no React, no Prisma.
//
// Datatilsynet has full contact details (legal-spec §4). For other EEA authorities only the
// name and website are given, and only where we are confident of them; contact details are left
// empty rather than guessed. Authorities missing here (e.g. the German federal and state
// authorities) can be added when they have been checked.

export interface SupervisoryAuthorityData {
  /** Stable id; the seed upserts by it. */
  id: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  nameLocal: string;
  nameEn: string;
  website: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  visitingAddress: string | null;
  complaintUrl: string | null;
  /** The complaint page in the authority's own language, for notices written in it. */
  complaintUrlLocal: string | null;
}

/** Id of Datatilsynet, the default lead authority for a Norwegian establishment (SA-001). */
export const DATATILSYNET_ID = "no-datatilsynet";

export const SUPERVISORY_AUTHORITIES: readonly SupervisoryAuthorityData[] = [
  {
    id: DATATILSYNET_ID,
    countryCode: "NO",
    nameLocal: "Datatilsynet",
    nameEn: "Norwegian Data Protection Authority",
    website: "https://www.datatilsynet.no",
    email: "postkasse@datatilsynet.no", // verify (legal-spec §4)
    phone: "+47 22 39 69 00",
    postalAddress: "Postboks 458 Sentrum, 0105 Oslo",
    visitingAddress: "Tollbugata 3, 0152 Oslo",
    complaintUrl: "https://www.datatilsynet.no/en/about-us/contact-us/how-to-complain-to-the-norwegian-dpa/",
    complaintUrlLocal: "https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/klage-til-datatilsynet/",
  },
  nameAndWebsite("se-imy", "SE", "Integritetsskyddsmyndigheten (IMY)", "Swedish Authority for Privacy Protection", "https://www.imy.se"),
  nameAndWebsite("dk-datatilsynet", "DK", "Datatilsynet", "Danish Data Protection Agency", "https://www.datatilsynet.dk"),
  nameAndWebsite("fi-tietosuoja", "FI", "Tietosuojavaltuutetun toimisto", "Office of the Data Protection Ombudsman", "https://tietosuoja.fi"),
  nameAndWebsite("is-personuvernd", "IS", "Persónuvernd", "Icelandic Data Protection Authority", "https://www.personuvernd.is"),
  nameAndWebsite("ie-dpc", "IE", "An Coimisiún um Chosaint Sonraí", "Data Protection Commission", "https://www.dataprotection.ie"),
  nameAndWebsite("fr-cnil", "FR", "Commission nationale de l'informatique et des libertés (CNIL)", "French Data Protection Authority (CNIL)", "https://www.cnil.fr"),
  nameAndWebsite("nl-ap", "NL", "Autoriteit Persoonsgegevens", "Dutch Data Protection Authority", "https://www.autoriteitpersoonsgegevens.nl"),
  nameAndWebsite("at-dsb", "AT", "Datenschutzbehörde", "Austrian Data Protection Authority", "https://www.dsb.gv.at"),
  nameAndWebsite("es-aepd", "ES", "Agencia Española de Protección de Datos (AEPD)", "Spanish Data Protection Agency", "https://www.aepd.es"),
  nameAndWebsite("it-garante", "IT", "Garante per la protezione dei dati personali", "Italian Data Protection Authority", "https://www.garanteprivacy.it"),
  nameAndWebsite("lu-cnpd", "LU", "Commission nationale pour la protection des données (CNPD)", "Luxembourg National Data Protection Commission", "https://cnpd.public.lu"),
  nameAndWebsite("pl-uodo", "PL", "Urząd Ochrony Danych Osobowych (UODO)", "Polish Personal Data Protection Office", "https://uodo.gov.pl"),
  nameAndWebsite("pt-cnpd", "PT", "Comissão Nacional de Proteção de Dados (CNPD)", "Portuguese Data Protection Authority", "https://www.cnpd.pt"),
  nameAndWebsite("ee-aki", "EE", "Andmekaitse Inspektsioon", "Estonian Data Protection Inspectorate", "https://www.aki.ee"),
];

function nameAndWebsite(
  id: string,
  countryCode: string,
  nameLocal: string,
  nameEn: string,
  website: string,
): SupervisoryAuthorityData {
  return {
    id,
    countryCode,
    nameLocal,
    nameEn,
    website,
    email: null,
    phone: null,
    postalAddress: null,
    visitingAddress: null,
    complaintUrl: null,
    complaintUrlLocal: null,
  };
}

/** The authorities of a country (several where a country has regional authorities). */
export function supervisoryAuthoritiesFor(countryCode: string): SupervisoryAuthorityData[] {
  const code = countryCode.toUpperCase();
  return SUPERVISORY_AUTHORITIES.filter((a) => a.countryCode === code);
}
