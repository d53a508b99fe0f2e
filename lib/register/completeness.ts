/**
 * How complete the record is: per activity and for the company profile, the share
 * of the fields legal-spec §1 marks R (required) or C (required when its condition
 * holds) that are filled in, with the list of what is missing.
 *
 * Only fields that can be empty count: enums with a default (role, collection
 * source, employee band) and booleans are always "filled" and would only inflate
 * the score. Keys are form paths, as in the legal checks' findings.
 */
import { isBlank } from "./checks/kit";
import type { Language } from "./languages";
import { textToIdentify, type LegalReference, type LocalizedText } from "./localized-text";
import { ART9_CONDITIONS_NEEDING_LAW, isArt14Source } from "./activity-schema";
import { indexSnapshot, type ActivitySnapshot, type CompanySnapshot, type RegisterSnapshot, type SnapshotIndex } from "./snapshot";
import { hasArt14Source, hasDirectSource } from "./sources";

type MissingField = { key: string; label: { en: string; nb: string } };

export type Completeness = {
  /** 0–100, rounded down, so 100 means nothing is missing. */
  score: number;
  filled: number;
  required: number;
  missing: MissingField[];
};

type Requirement = MissingField & { filled: boolean };

/** Filled in some language; whether every notice language has it is LANG-001's question. */
const has = (value: string | LocalizedText | LegalReference | null | undefined): boolean => !isBlank(value);

function summarise(requirements: Requirement[]): Completeness {
  const filled = requirements.filter((r) => r.filled).length;
  const required = requirements.length;
  return {
    score: required === 0 ? 100 : Math.floor((100 * filled) / required),
    filled,
    required,
    missing: requirements.filter((r) => !r.filled).map(({ key, label }) => ({ key, label })),
  };
}

function req(key: string, filled: boolean, en: string, nb: string): Requirement {
  return { key, filled, label: { en, nb } };
}

/** Company profile (legal-spec §1.1). */
export function companyCompleteness(company: CompanySnapshot): Completeness {
  const requirements: Requirement[] = [
    req("legalName", has(company.legalName), "Legal name", "Juridisk navn"),
    req("postalStreet", has(company.postalStreet), "Street address", "Gateadresse"),
    req("postalCity", has(company.postalCity), "Postal town", "Poststed"),
    req("email", has(company.email), "Contact e-mail", "Kontakt-e-post"),
    req("supervisoryAuthorityId", company.supervisoryAuthority !== null, "Supervisory authority", "Tilsynsmyndighet"),
  ];
  // Enhetsregisteret number: required for a Norwegian entity.
  if (company.country.code === "NO") requirements.push(req("orgNumber", has(company.orgNumber), "Organisation number", "Organisasjonsnummer"));
  // Art. 27: a representative for a non-EEA controller caught by Art. 3(2).
  if (!company.country.isEea && company.targetsEeaFromOutside) {
    requirements.push(
      req("representativeName", has(company.representative.name), "EEA representative", "Representant i EØS"),
      req(
        "representativeEmail",
        has(company.representative.email) || has(company.representative.address),
        "Representative's contact details",
        "Representantens kontaktopplysninger",
      ),
    );
  }
  // Art. 37(7), 13(1)(b): a designated DPO's contact details are published.
  if (company.dpo.designated) {
    requirements.push(
      req("dpoEmail", has(company.dpo.email) || has(company.dpo.phone) || has(company.dpo.address), "DPO contact details", "Personvernombudets kontaktopplysninger"),
    );
  }
  return summarise(requirements);
}

function quoted(value: string | LocalizedText): { en: string; nb: string } {
  const short = (language: Language) => {
    const text = typeof value === "string" ? value : textToIdentify(value, language);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  return { en: `“${short("en")}”`, nb: `«${short("nb")}»` };
}

/** Controller record fields (legal-spec §1.2). */
function controllerRequirements(activity: ActivitySnapshot, index: SnapshotIndex): Requirement[] {
  const requirements: Requirement[] = [req("purposes", activity.purposes.length > 0, "At least one purpose", "Minst ett formål")];
  activity.purposes.forEach((purpose, i) => {
    const name = quoted(purpose.description);
    const path = `purposes.${i}`;
    requirements.push(req(`${path}.lawfulBasis`, purpose.lawfulBasis !== null, `Lawful basis for ${name.en}`, `Behandlingsgrunnlag for ${name.nb}`));
    if (purpose.lawfulBasis === "LEGAL_OBLIGATION" || purpose.lawfulBasis === "PUBLIC_TASK") {
      requirements.push(req(`${path}.legalReference`, has(purpose.legalReference), `Legal reference for ${name.en}`, `Lovhjemmel for ${name.nb}`));
    }
    if (purpose.lawfulBasis === "LEGITIMATE_INTERESTS") {
      requirements.push(
        req(`${path}.legitimateInterest`, has(purpose.legitimateInterest), `Legitimate interest for ${name.en}`, `Berettiget interesse for ${name.nb}`),
        req(`${path}.liaRef`, has(purpose.liaRef), `Balancing test for ${name.en}`, `Interesseavveining for ${name.nb}`),
      );
    }
    if (purpose.lawfulBasis === "CONSENT") {
      requirements.push(req(`${path}.consentWithdrawal`, has(purpose.consentWithdrawal), `How to withdraw consent to ${name.en}`, `Hvordan samtykket til ${name.nb} trekkes tilbake`));
    }
  });
  if (activity.purposes.some((p) => p.lawfulBasis === "CONSENT")) {
    requirements.push(req("consentRecordRef", has(activity.consentRecordRef), "Where consents are recorded", "Hvor samtykkene lagres"));
  }

  requirements.push(
    req("dataSubjectCategoryIds", activity.dataSubjectCategoryIds.length > 0, "Categories of data subjects", "Kategorier av registrerte"),
    req("dataCategoryIds", activity.dataCategoryIds.length > 0, "Categories of personal data", "Kategorier av personopplysninger"),
  );
  const categories = activity.dataCategoryIds.flatMap((id) => index.dataCategories.get(id) ?? []);
  if (categories.some((c) => c.specialCategory !== null)) {
    requirements.push(req("art9Condition", activity.art9Condition !== null, "Art. 9(2) condition", "Unntak etter art. 9 nr. 2"));
  }
  if (activity.art9Condition !== null && ART9_CONDITIONS_NEEDING_LAW.includes(activity.art9Condition)) {
    requirements.push(req("art9LegalReference", has(activity.art9LegalReference), "Law for the Art. 9(2) condition", "Lovhjemmel for unntaket etter art. 9 nr. 2"));
  }
  if (categories.some((c) => c.isCriminalOffence)) {
    requirements.push(req("art10Authority", has(activity.art10Authority), "Legal authority for criminal-offence data", "Rettsgrunnlag for opplysninger om straffbare forhold"));
  }
  if (categories.some((c) => c.isNationalId)) {
    requirements.push(req("nationalIdJustification", has(activity.nationalIdJustification), "Need for national identity numbers", "Behov for fødselsnummer"));
  }

  activity.sources.forEach((source, i) => {
    if (isArt14Source(source.kind)) requirements.push(req(`sources.${i}.name`, has(source.name), "Source of the data", "Kilden til opplysningene"));
  });
  // Art. 14 for what others supply; 13(2)(e) for what the person gives (both, with several sources).
  if (hasArt14Source(activity)) {
    requirements.push(
      req("art14Timing", activity.art14Timing !== null || activity.art14Exemption !== null, "When people are informed (Art. 14(3))", "Når de registrerte informeres (art. 14 nr. 3)"),
    );
  }
  if (!hasArt14Source(activity) || hasDirectSource(activity)) {
    requirements.push(req("provisionRequirement", activity.provisionRequirement !== null, "Whether providing the data is required", "Om det er påkrevd å gi opplysningene"));
  }

  if (activity.role === "JOINT_CONTROLLER") {
    requirements.push(req("jointControllers", activity.jointControllers.length > 0, "Joint controllers", "Felles behandlingsansvarlige"));
    activity.jointControllers.forEach((joint, i) => {
      const name = quoted(joint.name);
      requirements.push(req(`jointControllers.${i}.essenceText`, has(joint.essenceText), `Essence of the arrangement with ${name.en}`, `Hovedinnholdet i avtalen med ${name.nb}`));
    });
  }
  if (activity.adm.exists) {
    requirements.push(
      req("adm.logic", has(activity.adm.logic), "Logic of the automated decisions", "Logikken i de automatiserte avgjørelsene"),
      req("adm.significance", has(activity.adm.significance), "Significance of the automated decisions", "Betydningen av de automatiserte avgjørelsene"),
      req("adm.consequences", has(activity.adm.consequences), "Consequences of the automated decisions", "Konsekvensene av de automatiserte avgjørelsene"),
    );
  }
  activity.marketingAudiences.forEach((audience, i) => {
    if (audience.channels.length === 0) return;
    requirements.push(req(`marketingAudiences.${i}.route`, audience.route !== null, "Consent or existing-customer route for marketing", "Samtykke eller kundeforhold for markedsføring"));
  });
  requirements.push(
    req(
      "retentionRules",
      activity.retentionRules.some((r) => (r.duration !== null && r.unit !== null) || has(r.criteriaText)),
      "Retention period or criteria",
      "Lagringstid eller kriterier",
    ),
  );
  return requirements;
}

/** Processor record fields (legal-spec §1.3). */
function processorRequirements(activity: ActivitySnapshot): Requirement[] {
  return [
    req("controllersServed", activity.controllersServed.length > 0, "Controllers served", "Behandlingsansvarlige dere behandler for"),
    req(
      "processingCategories",
      has(activity.processingCategories) || (activity.controllersServed.length > 0 && activity.controllersServed.every((c) => has(c.processingCategories))),
      "Categories of processing",
      "Kategorier av behandling",
    ),
    req(
      "controllerDpaRef",
      has(activity.controllerDpaRef) || activity.controllersServed.some((c) => has(c.dpaRef)),
      "Data processing agreement with the controller",
      "Databehandleravtale med den behandlingsansvarlige",
    ),
  ];
}

/** One activity's completeness; pass the snapshot's index when scoring many activities. */
export function activityCompleteness(activity: ActivitySnapshot, index: SnapshotIndex): Completeness {
  const requirements: Requirement[] = [req("name", has(activity.name), "Name", "Navn")];
  requirements.push(...(activity.role === "PROCESSOR" ? processorRequirements(activity) : controllerRequirements(activity, index)));
  // Both records: transfers (30(1)(e), 30(2)(c)) and security (30(1)(g), 30(2)(d)).
  activity.transfers.forEach((transfer, i) => {
    const country = index.countries.get(transfer.countryCode);
    const en = country?.nameEn ?? transfer.countryCode;
    const nb = country?.nameNb ?? transfer.countryCode;
    requirements.push(req(`transfers.${i}.mechanism`, transfer.mechanism !== null, `Transfer tool for the transfer to ${en}`, `Overføringsgrunnlag for overføringen til ${nb}`));
  });
  requirements.push(
    req("securityMeasureIds", activity.securityMeasureIds.length > 0 || has(activity.securityMeasuresText), "Security measures", "Sikkerhetstiltak"),
  );
  return summarise(requirements);
}

/** The company and every activity that is not retired, scored in one pass. */
export function registerCompleteness(snapshot: RegisterSnapshot): { company: Completeness; activities: Record<string, Completeness> } {
  const index = indexSnapshot(snapshot);
  const activities: Record<string, Completeness> = {};
  for (const activity of snapshot.activities) {
    if (activity.status !== "RETIRED") activities[activity.id] = activityCompleteness(activity, index);
  }
  return { company: companyCompleteness(snapshot.company), activities };
}
