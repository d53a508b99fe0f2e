import { legalReferenceIn, textIn, type LegalReference, type LocalizedText } from "@/lib/register/localized-text";
import { VOCABULARY } from "@/lib/register/vocabulary";
import type { ExportLanguage } from "../labels";
import type { DocumentActivity, RegisterDocument } from "../json/format";
import {
  ART9_CONDITION_TERMS,
  COLLECTION_SOURCE_TERMS,
  CONTRACT_PARTY_TERMS,
  CRIMINAL_OFFENCE_TERM,
  LAWFUL_BASIS_TERMS,
  MARKETING_AUDIENCE_TERMS,
  NAMESPACES,
  NATIONAL_ID_TERM,
  RECIPIENT_KIND_TERMS,
  RETENTION_UNIT_DURATION,
  SCC_MODULE_TERMS,
  SECURITY_MEASURE_TERMS,
  SPECIAL_CATEGORY_TERMS,
  TERMS,
  TRANSFER_MECHANISM_TERMS,
} from "./terms";

type Node = Record<string, unknown>;
type Texts = { language: ExportLanguage };
/**
 * A text of the export's language as a language-tagged literal, or nothing when it is not
 * written in that language: the graph of one language never carries another's text (issue 9).
 */
function literal(texts: Texts, value: LocalizedText | string | null | undefined): { "@value": string; "@language": string } | undefined {
  const text = typeof value === "string" ? (value.trim() === "" ? null : value.trim()) : textIn(value, texts.language);
  return text === null ? undefined : { "@value": text, "@language": texts.language };
}
/** The same for a per-language column pair of the catalogs. */
const pair = (texts: Texts, en: string | null, nb: string | null) => literal(texts, texts.language === "en" ? en : nb);
const reference = (texts: Texts, ref: LegalReference | null | undefined) => literal(texts, legalReferenceIn(ref, texts.language));
/** `{ key: value }` when the value exists, else nothing (for spreading into a node). */
const when = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
const id = (value: string) => ({ "@id": value });

/**
 * The register as JSON-LD in W3C Data Privacy Vocabulary terms: one dpv:Process
 * per activity with its purposes (each with its legal basis), personal data,
 * data subjects, recipients, transfers, retention and measures. Node ids are
 * the register file's local keys ("#a1", "#r2"), so the output is as stable as
 * the JSON export. Terms come from lib/export/dpv/terms.ts only.
 */
export function registerJsonLd(doc: RegisterDocument, language: ExportLanguage = "en"): Node {
  const c = doc.catalogs;
  const texts: Texts = { language };
  const controller: Node = {
    "@id": "#controller",
    "@type": TERMS.dataController,
    "dct:title": doc.controller.legalName,
    ...(doc.controller.orgNumber ? { "pk:organisationNumber": doc.controller.orgNumber } : {}),
    [TERMS.hasCountry]: id(`loc:${doc.controller.countryCode}`),
    ...(doc.controller.email ? { "pk:email": doc.controller.email } : {}),
    ...(doc.controller.dpo.designated
      ? { [TERMS.hasDataProtectionOfficer]: { "@type": TERMS.dataProtectionOfficer, "pk:email": doc.controller.dpo.email, "pk:name": doc.controller.dpo.name } }
      : {}),
    ...(doc.controller.representative.name ? { [TERMS.hasRepresentative]: { "@type": "dpv:Representative", "dct:title": doc.controller.representative.name } } : {}),
  };
  const subjects = c.dataSubjectCategories.map((s) => ({
    "@id": `#${s.key}`,
    "@type": s.includesChildren ? [TERMS.dataSubject, TERMS.child] : TERMS.dataSubject,
    ...when("rdfs:label", pair(texts, s.labelEn, s.labelNb)),
  }));
  const categories = c.dataCategories.map((d) => {
    const types: string[] = [TERMS.personalData];
    if (d.specialCategory) {
      types.push("dpv:SpecialCategoryPersonalData", SPECIAL_CATEGORY_TERMS[d.specialCategory]);
      if (d.specialCategory === "RELIGIOUS_PHILOSOPHICAL_BELIEFS") types.push("pd:PhilosophicalBelief");
    }
    if (d.isCriminalOffence) types.push(CRIMINAL_OFFENCE_TERM);
    if (d.isNationalId) types.push(NATIONAL_ID_TERM);
    return {
      "@id": `#${d.key}`,
      "@type": types,
      ...when("rdfs:label", pair(texts, d.labelEn, d.labelNb)),
      ...when("dct:description", pair(texts, d.descriptionEn, d.descriptionNb)),
    };
  });
  const recipients = c.recipients.map((r) => ({
    "@id": `#${r.key}`,
    "@type": ["dpv:Recipient", RECIPIENT_KIND_TERMS[r.kind]],
    "dct:title": r.name,
    ...(r.countryCode ? { [TERMS.hasCountry]: id(`loc:${r.countryCode}`) } : {}),
    ...(r.dpaRef ? { "pk:dataProcessingAgreement": r.dpaRef } : {}),
    ...(r.subProcessors.length > 0
      ? {
          "pk:subProcessor": r.subProcessors.map((s) => ({
            "@id": `#${r.key}-${s.key}`,
            "@type": ["dpv:DataSubProcessor", "dpv:Recipient"],
            "dct:title": s.name,
            ...(s.countryCode ? { [TERMS.hasCountry]: id(`loc:${s.countryCode}`) } : {}),
            ...when("dct:description", pair(texts, s.descriptionEn, s.descriptionNb)),
          })),
        }
      : {}),
  }));
  const measures = c.securityMeasures.map((m) => ({
    "@id": `#${m.key}`,
    "@type": SECURITY_MEASURE_TERMS[m.kind],
    ...when("dct:description", pair(texts, m.descriptionEn, m.descriptionNb)),
  }));
  const systems = c.systems.map((s) => ({
    "@id": `#${s.key}`,
    "@type": "pk:System",
    "dct:title": s.name,
    ...when("dct:description", pair(texts, s.descriptionEn, s.descriptionNb)),
    ...(s.hostingCountryCode ? { "dpv:hasLocation": id(`loc:${s.hostingCountryCode}`) } : {}),
  }));
  return {
    "@context": { ...NAMESPACES },
    "@graph": [controller, ...subjects, ...categories, ...recipients, ...measures, ...systems, ...doc.activities.map((a) => activityNode(a, texts))],
  };
}

function activityNode(a: DocumentActivity, texts: Texts): Node {
  const node: Node = {
    "@id": `#${a.key}`,
    "@type": TERMS.process,
    "dct:title": a.name,
    ...when("dct:description", literal(texts, a.description)),
    "pk:role": id(`pk:${a.role}`),
    "pk:status": id(`pk:${a.status}`),
    [a.role === "PROCESSOR" ? TERMS.hasDataProcessor : TERMS.hasDataController]: id("#controller"),
    [TERMS.hasPurpose]: a.purposes.map((p) => {
      const interest = literal(texts, p.legitimateInterest);
      return {
        "@id": `#${a.key}-${p.key}`,
        "@type": TERMS.purpose,
        ...when("dct:description", literal(texts, p.description)),
        ...(p.lawfulBasis ? { [TERMS.hasLegalBasis]: id(LAWFUL_BASIS_TERMS[p.lawfulBasis]) } : {}),
        ...when("pk:legalReference", reference(texts, p.legalReference)),
        ...(interest ? { "dpv:hasLegitimateInterest": { "@type": "dpv:LegitimateInterest", "dct:description": interest } } : {}),
        ...(p.liaRef ? { "pk:legitimateInterestAssessment": p.liaRef } : {}),
      };
    }),
    [TERMS.hasDataSubject]: a.dataSubjectCategories.map((k) => id(`#${k}`)),
    [TERMS.hasPersonalData]: a.dataCategories.map((k) => id(`#${k}`)),
    [TERMS.hasRecipient]: a.recipients.map((r) => id(`#${r.recipient}`)),
    // Each source as a node of its DPV kind, with its name and the data it supplies (Art. 14(2)(f)).
    [TERMS.hasDataSource]: a.sources.map((s) => ({
      "@type": COLLECTION_SOURCE_TERMS[s.kind],
      ...when("pk:name", literal(texts, s.name)),
      ...(s.isPublic === null ? {} : { "pk:isPublic": s.isPublic }),
      [TERMS.hasPersonalData]: (a.sources.length > 1 ? s.dataCategories : a.dataCategories).map((k) => id(`#${k}`)),
    })),
    "pk:contractParty": id(CONTRACT_PARTY_TERMS[a.contractParty]),
    [TERMS.hasTOM]: a.securityMeasures.map((k) => id(`#${k}`)),
    "pk:system": a.systems.map((k) => id(`#${k}`)),
  };
  if (a.art9Condition) node["pk:art9Condition"] = id(ART9_CONDITION_TERMS[a.art9Condition]);
  // Special categories people send unasked, and what is done with them (no DPV term).
  if (a.volunteeredSpecialCategories) node["pk:volunteeredSpecialCategories"] = a.volunteeredHandling ? id(`pk:${a.volunteeredHandling}`) : true;
  const art10 = literal(texts, a.art10Authority);
  if (art10) node["pk:art10Authority"] = art10;
  if (a.transfers.length > 0) {
    node["pk:transfer"] = a.transfers.map((t, i) => ({
      "@id": `#${a.key}-t${i + 1}`,
      "@type": TERMS.dataTransfer,
      [TERMS.hasRecipient]: id(t.subProcessor ? `#${t.recipient}-${t.subProcessor}` : `#${t.recipient}`),
      [TERMS.hasThirdCountry]: id(`loc:${t.countryCode}`),
      ...(t.mechanism ? { [TERMS.hasLegalBasis]: id(TRANSFER_MECHANISM_TERMS[t.mechanism]) } : {}),
      ...(t.sccModule ? { "pk:sccModule": id(SCC_MODULE_TERMS[t.sccModule]) } : {}),
      ...(t.adequacyDecisionId ? { "pk:adequacyDecision": t.adequacyDecisionId } : {}),
    }));
  }
  if (a.retentionRules.length > 0) {
    node[TERMS.hasStorageCondition] = a.retentionRules.map((r) => ({
      "@type": TERMS.storageDuration,
      ...(r.dataCategory ? { [TERMS.hasPersonalData]: id(`#${r.dataCategory}`) } : {}),
      ...(r.duration !== null && r.unit ? { [TERMS.hasDuration]: { "@value": `P${r.duration}${RETENTION_UNIT_DURATION[r.unit]}`, "@type": "xsd:duration" } } : {}),
      ...(r.trigger ? { "pk:retentionTrigger": id(`pk:${r.trigger}`) } : {}),
      ...when("pk:retentionCriteria", literal(texts, r.criteriaText)),
      ...when("pk:legalReference", reference(texts, r.legalReference)),
    }));
  }
  if (a.marketingAudiences.length > 0) {
    // markedsføringsloven § 15: each audience of e-mail/SMS marketing with its own route.
    node["pk:marketingAudience"] = a.marketingAudiences.map((m, i) => ({
      "@id": `#${a.key}-m${i + 1}`,
      "@type": "pk:MarketingAudience",
      ...(m.who ? { [TERMS.hasDataSubject]: id(MARKETING_AUDIENCE_TERMS[m.who]) } : {}),
      "pk:channel": m.channels.map((c) => id(`pk:${c}`)),
      ...(m.route ? { "pk:marketingRoute": id(`pk:${m.route}`) } : {}),
      ...(m.optOutOffered !== null ? { "pk:optOutOffered": m.optOutOffered } : {}),
      ...(m.similarProducts !== null ? { "pk:similarProducts": m.similarProducts } : {}),
    }));
  }
  if (a.adm.exists) node[TERMS.hasContext] = { "@type": TERMS.automatedDecisionMaking, ...when("dct:description", literal(texts, a.adm.logic)) };
  if (a.dpia.required || a.dpia.status) node[TERMS.hasImpactAssessment] = { "@type": TERMS.dpia, ...(a.dpia.status ? { "pk:status": id(`pk:${a.dpia.status}`) } : {}), ...(a.dpia.link ? { "dct:source": a.dpia.link } : {}) };
  if (a.jointControllers.length > 0) {
    node[TERMS.hasJointDataControllers] = { "@type": "dpv:JointDataControllers", "pk:party": a.jointControllers.map((j) => ({ "@type": TERMS.dataController, "dct:title": j.name })) };
  }
  if (a.controllersServed.length > 0) {
    // Our customers as a class (ADR 030): titled in the graph's language, with where each is listed.
    node[TERMS.hasDataController] = a.controllersServed.map((s) =>
      s.ourCustomers
        ? { "@type": TERMS.dataController, "pk:ourCustomers": true, "dct:title": literal(texts, VOCABULARY[texts.language].record.words.ourCustomers), ...when("dct:description", literal(texts, s.listedIn)) }
        : { "@type": TERMS.dataController, "dct:title": s.name },
    );
  }
  return node;
}
