/**
 * The controller itself (legal-spec §1.1): identity and contact (CTL-*), the data
 * protection officer (DPO-*) and the lead supervisory authority (SA-001).
 */
import { isValidNorwegianOrgNumber } from "../org-number";
import { DATATILSYNET_ID } from "../supervisory-authorities";
import { activitiesInScope, companyFinding, companyName, criminalCategoriesOf, defineRule, isBlank, specialCategoriesOf, type Message } from "./kit";
import type { Finding } from "./types";

export const CTL_001 = defineRule(
  {
    id: "CTL-001",
    severity: "error",
    article: "GDPR Art. 30(1)(a), 13(1)(a)",
    title: { en: "Controller name, address or e-mail missing", nb: "Navn, adresse eller e-post til behandlingsansvarlig mangler" },
  },
  ({ company }) => {
    // Art. 13(1)(a): identity and contact details; an address and an e-mail (WP260: several channels).
    const required: { field: string; missing: boolean; what: Message }[] = [
      { field: "legalName", missing: isBlank(company.legalName), what: { en: "legal name", nb: "juridisk navn" } },
      { field: "postalStreet", missing: isBlank(company.postalStreet), what: { en: "street address", nb: "gateadresse" } },
      { field: "postalCity", missing: isBlank(company.postalCity), what: { en: "postal town", nb: "poststed" } },
      { field: "email", missing: isBlank(company.email), what: { en: "contact e-mail address", nb: "kontakt-e-postadresse" } },
    ];
    return required
      .filter((item) => item.missing)
      .map((item) =>
        companyFinding(CTL_001, item.field, {
          en: `The company profile has no ${item.what.en}. The privacy notice must say who the controller is and how to reach you.`,
          nb: `Virksomhetsprofilen mangler ${item.what.nb}. Personvernerklæringen må si hvem som er behandlingsansvarlig og hvordan dere kan kontaktes.`,
        }),
      );
  },
);

export const CTL_002 = defineRule(
  {
    id: "CTL-002",
    severity: "warning",
    article: "Enhetsregisteret (organisation number format)",
    title: { en: "Norwegian organisation number is not valid", nb: "Norsk organisasjonsnummer er ikke gyldig" },
  },
  ({ company }) => {
    if (company.country.code !== "NO") return [];
    if (isBlank(company.orgNumber)) {
      return [
        companyFinding(CTL_002, "orgNumber", {
          en: `${companyName(company).en} is Norwegian but has no organisation number. Add the nine-digit number from Enhetsregisteret.`,
          nb: `${companyName(company).nb} er norsk, men har ikke organisasjonsnummer. Legg inn det nisifrede nummeret fra Enhetsregisteret.`,
        }),
      ];
    }
    const orgNumber = company.orgNumber ?? "";
    if (isValidNorwegianOrgNumber(orgNumber)) return [];
    return [
      companyFinding(CTL_002, "orgNumber", {
        en: `The organisation number ${orgNumber} fails the MOD11 check digit test. Check it against Enhetsregisteret.`,
        nb: `Organisasjonsnummeret ${orgNumber} har feil kontrollsiffer (MOD11). Sjekk det mot Enhetsregisteret.`,
      }),
    ];
  },
);

export const CTL_003 = defineRule(
  {
    id: "CTL-003",
    severity: "error",
    article: "GDPR Art. 27, 13(1)(a)",
    title: { en: "Non-EEA controller without an EEA representative", nb: "Behandlingsansvarlig utenfor EØS uten representant i EØS" },
  },
  ({ company }) => {
    // Art. 27(1): a controller outside the EEA caught by Art. 3(2) designates a representative in the EEA.
    if (company.country.isEea || !company.targetsEeaFromOutside) return [];
    const { representative } = company;
    if (isBlank(representative.name)) {
      return [
        companyFinding(CTL_003, "representativeName", {
          en: `${companyName(company).en} is established in ${company.country.nameEn} and offers services to or monitors people in the EEA, but names no EEA representative (Art. 27).`,
          nb: `${companyName(company).nb} er etablert i ${company.country.nameNb} og tilbyr tjenester til eller overvåker personer i EØS, men har ikke oppgitt noen representant i EØS (art. 27).`,
        }),
      ];
    }
    if (isBlank(representative.email) && isBlank(representative.address)) {
      return [
        companyFinding(CTL_003, "representativeEmail", {
          en: `The EEA representative ${representative.name ?? ""} has no contact details. Give an e-mail or postal address so people can reach them.`,
          nb: `Representanten i EØS, ${representative.name ?? ""}, mangler kontaktopplysninger. Oppgi e-post eller postadresse slik at de registrerte kan nå representanten.`,
        }),
      ];
    }
    return [];
  },
);

export const DPO_001 = defineRule(
  {
    id: "DPO-001",
    severity: "error",
    article: "GDPR Art. 13(1)(b), 37(7)",
    title: { en: "DPO designated but no contact details", nb: "Personvernombud er utpekt, men mangler kontaktopplysninger" },
  },
  ({ company }) => {
    const { dpo } = company;
    if (!dpo.designated || !isBlank(dpo.email) || !isBlank(dpo.phone) || !isBlank(dpo.address)) return [];
    return [
      companyFinding(DPO_001, "dpoEmail", {
        en: "You have designated a data protection officer but given no way to reach them. Art. 37(7) requires the contact details to be published; an e-mail address is enough.",
        nb: "Dere har utpekt et personvernombud, men ikke oppgitt hvordan ombudet kan nås. Etter art. 37 nr. 7 skal kontaktopplysningene offentliggjøres; en e-postadresse er nok.",
      }),
    ];
  },
);

export const DPO_002 = defineRule(
  {
    id: "DPO-002",
    severity: "error",
    article: "GDPR Art. 37(1)",
    title: { en: "A data protection officer is required but not designated", nb: "Personvernombud er påkrevd, men ikke utpekt" },
  },
  (snapshot, { index }) => {
    const { company } = snapshot;
    if (company.dpo.designated) return [];
    const finding = (message: Message): Finding[] => [companyFinding(DPO_002, "dpoDesignated", message)];

    // Art. 37(1)(a): every public authority or body.
    if (company.isPublicAuthority) {
      return finding({
        en: `${companyName(company).en} is a public authority, so it must designate a data protection officer (Art. 37(1)(a)).`,
        nb: `${companyName(company).nb} er en offentlig myndighet og må derfor utpeke personvernombud (art. 37 nr. 1 bokstav a).`,
      });
    }
    // The DPO's own assessment says a DPO is mandatory, yet none is designated.
    if (company.dpo.basis === "LARGE_SCALE_MONITORING" || company.dpo.basis === "LARGE_SCALE_SPECIAL_CATEGORIES" || company.dpo.basis === "PUBLIC_BODY") {
      return finding({
        en: "The profile gives a mandatory reason for a data protection officer (Art. 37(1)) but no officer is designated.",
        nb: "Profilen oppgir et grunnlag som gjør personvernombud obligatorisk (art. 37 nr. 1), men ikke noe ombud er utpekt.",
      });
    }
    // Art. 37(1)(c): core activities of large-scale Art. 9/10 processing. The register has no
    // measure of scale, so we use 250 or more employees (the Art. 30(5) threshold) as the proxy
    // for "large scale"; a smaller company processing health data of a whole region is missed
    // (see the report of gaps). Large-scale monitoring (37(1)(b)) is not inferred: whether
    // monitoring is a *core* activity cannot be read from the register.
    if (company.employeeBand !== "AT_LEAST_250") return [];
    const sensitive = activitiesInScope(snapshot).find(
      (activity) => specialCategoriesOf(activity, index).length > 0 || criminalCategoriesOf(activity, index).length > 0,
    );
    if (!sensitive) return [];
    return finding({
      en: `${companyName(company).en} has 250 or more employees and processes special-category or criminal-offence data (e.g. in “${sensitive.name}”). Processing on that scale requires a data protection officer (Art. 37(1)(c)).`,
      nb: `${companyName(company).nb} har 250 ansatte eller flere og behandler særlige kategorier av personopplysninger eller opplysninger om straffbare forhold (f.eks. i «${sensitive.name}»). Behandling i det omfanget krever personvernombud (art. 37 nr. 1 bokstav c).`,
    });
  },
);

export const SA_001 = defineRule(
  {
    id: "SA-001",
    severity: "error",
    article: "GDPR Art. 55, 56",
    title: { en: "Norwegian controller names a supervisory authority other than Datatilsynet", nb: "Norsk behandlingsansvarlig oppgir en annen tilsynsmyndighet enn Datatilsynet" },
  },
  ({ company }) => {
    if (company.country.code !== "NO") return [];
    const sa = company.supervisoryAuthority;
    if (sa?.id === DATATILSYNET_ID) return [];
    return [
      companyFinding(SA_001, "supervisoryAuthorityId", {
        en: sa
          ? `${companyName(company).en} is established in Norway, so its supervisory authority is Datatilsynet, not ${sa.nameEn}.`
          : `${companyName(company).en} is established in Norway but names no supervisory authority. Choose Datatilsynet; the notice must say where people can complain.`,
        nb: sa
          ? `${companyName(company).nb} er etablert i Norge, og tilsynsmyndigheten er derfor Datatilsynet, ikke ${sa.nameLocal}.`
          : `${companyName(company).nb} er etablert i Norge, men har ikke valgt tilsynsmyndighet. Velg Datatilsynet; erklæringen må si hvor de registrerte kan klage.`,
      }),
    ];
  },
);
