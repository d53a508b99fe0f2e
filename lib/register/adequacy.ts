// Commission adequacy decisions under GDPR Art. 45 (legal-spec §1.4.5), stored as dated data.
// Plain data for the register (seeded into `adequacy_decisions`); no React, no Prisma.
//
// The decisions also cover transfers from Norway, Iceland and Liechtenstein (incorporated into
// the EEA Agreement; Commission adequacy page). Status is as of `asOf`; re-check the Commission
// page before relying on an entry: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
// Entries or fields marked `// verify` were not confirmed against the Official Journal.

/** Mirrors the Prisma enum AdequacyStatus. */
type AdequacyStatusCode = "IN_FORCE" | "UNDER_REVIEW" | "EXPIRED" | "INVALIDATED";

export interface AdequacyDecisionData {
  /** Stable id; the seed upserts by it and transfers reference it. */
  id: string;
  /** ISO 3166-1 alpha-2; null for an international organisation. */
  countryCode: string | null;
  subjectEn: string;
  subjectNb: string;
  /** Decision reference as cited in the notice, e.g. "(EU) 2023/1795". */
  reference: string;
  /** Limits of the decision; null when it covers all transfers to the territory. */
  scopeEn: string | null;
  scopeNb: string | null;
  /** Covers only organisations on a list (e.g. the DPF List): check the recipient (TR-003). */
  requiresCertification: boolean;
  status: AdequacyStatusCode;
  /** ISO date (YYYY-MM-DD) of adoption, or null if not known. */
  adoptedOn: string | null;
  /** ISO date until which the decision applies, for decisions with a sunset clause. */
  validUntil: string | null;
  /** ISO date on which the status was last checked. */
  asOf: string;
  note: string | null;
}

/** Date the list in legal-spec §1.4.5 was compiled. // verify: the spec does not date it. */
const ADEQUACY_AS_OF = "2026-01-31";

export const ADEQUACY_DECISIONS: readonly AdequacyDecisionData[] = [
  {
    id: "ad",
    countryCode: "AD",
    subjectEn: "Andorra",
    subjectNb: "Andorra",
    reference: "2010/625/EU",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2010-10-19",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "ar",
    countryCode: "AR",
    subjectEn: "Argentina",
    subjectNb: "Argentina",
    reference: "2003/490/EC",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2003-06-30",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "ca",
    countryCode: "CA",
    subjectEn: "Canada",
    subjectNb: "Canada",
    reference: "2002/2/EC",
    scopeEn: "Only commercial organisations subject to PIPEDA",
    scopeNb: "Bare kommersielle virksomheter som er underlagt PIPEDA",
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2001-12-20",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: "Personal Information Protection and Electronic Documents Act.",
  },
  {
    id: "fo",
    countryCode: "FO",
    subjectEn: "Faroe Islands",
    subjectNb: "Færøyene",
    reference: "2010/146/EU",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2010-03-05",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "gg",
    countryCode: "GG",
    subjectEn: "Guernsey",
    subjectNb: "Guernsey",
    reference: "2003/821/EC",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2003-11-21",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "il",
    countryCode: "IL",
    subjectEn: "Israel",
    subjectNb: "Israel",
    reference: "2011/61/EU",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2011-01-31",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "im",
    countryCode: "IM",
    subjectEn: "Isle of Man",
    subjectNb: "Man",
    reference: "2004/411/EC",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2004-04-28",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "jp",
    countryCode: "JP",
    subjectEn: "Japan",
    subjectNb: "Japan",
    reference: "(EU) 2019/419",
    // verify: scope after the 2023 review.
    scopeEn: "Private-sector organisations subject to the APPI, with the Supplementary Rules",
    scopeNb: "Private virksomheter som er underlagt APPI, med tilleggsreglene",
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2019-01-23",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: "Act on the Protection of Personal Information.",
  },
  {
    id: "je",
    countryCode: "JE",
    subjectEn: "Jersey",
    subjectNb: "Jersey",
    reference: "2008/393/EC",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2008-05-08",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "nz",
    countryCode: "NZ",
    subjectEn: "New Zealand",
    subjectNb: "New Zealand",
    reference: "2013/65/EU",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2012-12-19",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "kr",
    countryCode: "KR",
    subjectEn: "Republic of Korea",
    subjectNb: "Sør-Korea",
    reference: "(EU) 2022/254",
    // verify: exact carve-outs (e.g. credit information under the Credit Information Act).
    scopeEn: "Organisations subject to the Personal Information Protection Act",
    scopeNb: "Virksomheter som er underlagt Personal Information Protection Act",
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2021-12-17",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "ch",
    countryCode: "CH",
    subjectEn: "Switzerland",
    subjectNb: "Sveits",
    reference: "2000/518/EC",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2000-07-26",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "gb",
    countryCode: "GB",
    subjectEn: "United Kingdom",
    subjectNb: "Storbritannia",
    // verify: the reference of the renewing decision of 19 Dec 2025 (the 2021 decision was (EU) 2021/1772).
    reference: "(EU) 2021/1772, renewed 19 December 2025",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2025-12-19",
    validUntil: "2031-12-27",
    asOf: ADEQUACY_AS_OF,
    note: "Renewed on 19 Dec 2025 until 27 Dec 2031 (legal-spec §1.4.5).",
  },
  {
    id: "uy",
    countryCode: "UY",
    subjectEn: "Uruguay",
    subjectNb: "Uruguay",
    reference: "2012/484/EU",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2012-08-21",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
  {
    id: "us-dpf",
    countryCode: "US",
    subjectEn: "United States (EU-US Data Privacy Framework)",
    subjectNb: "USA (EU-US Data Privacy Framework)",
    reference: "(EU) 2023/1795",
    scopeEn: "Only organisations certified under the EU-US Data Privacy Framework (on the DPF List)",
    scopeNb: "Bare virksomheter som er sertifisert etter EU-US Data Privacy Framework (står på DPF-listen)",
    requiresCertification: true,
    status: "IN_FORCE",
    adoptedOn: "2023-07-10",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note:
      "Upheld by the General Court in T-553/23 (3 Sep 2025); appeal C-703/25 P pending. " +
      "Datatilsynet: check the recipient on the DPF List.",
  },
  {
    id: "br",
    countryCode: "BR",
    subjectEn: "Brazil",
    subjectNb: "Brasil",
    // verify: decision number and exact adoption date (legal-spec says January 2026).
    reference: "Commission adequacy decision for Brazil (January 2026)",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: null,
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: "Adopted January 2026 (legal-spec §1.4.5).",
  },
  {
    id: "epo",
    countryCode: null,
    subjectEn: "European Patent Organisation",
    subjectNb: "Den europeiske patentorganisasjonen",
    // verify: decision number.
    reference: "Commission adequacy decision for the European Patent Organisation (15 July 2025)",
    scopeEn: null,
    scopeNb: null,
    requiresCertification: false,
    status: "IN_FORCE",
    adoptedOn: "2025-07-15",
    validUntil: null,
    asOf: ADEQUACY_AS_OF,
    note: null,
  },
];

/** Decisions in force (IN_FORCE or UNDER_REVIEW) that cover this country. */
export function adequacyDecisionsFor(countryCode: string): AdequacyDecisionData[] {
  const code = countryCode.toUpperCase();
  return ADEQUACY_DECISIONS.filter(
    (d) => d.countryCode === code && (d.status === "IN_FORCE" || d.status === "UNDER_REVIEW"),
  );
}
