import { countryName } from "@/lib/register/countries";
import { indexSnapshot, type ActivitySnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { label, yesNo, type ExportLanguage } from "../labels";

/**
 * The Art. 30 fields of one activity as (label, value) rows, in the order of
 * Art. 30(1)(a)–(g) or 30(2)(a)–(d) and the ICO template's additions. A value
 * of null is an empty field: the layout prints "not recorded", never nothing.
 */
export type FieldRow = { label: string; value: string | null };

type Pair = { en: string; nb: string };
const L = {
  role: { en: "Role", nb: "Rolle" },
  status: { en: "Status", nb: "Status" },
  description: { en: "Description", nb: "Beskrivelse" },
  jointControllers: { en: "Joint controllers, contact and arrangement (Art. 26, 30(1)(a))", nb: "Felles behandlingsansvarlige, kontakt og ordning (art. 26, art. 30 nr. 1 bokstav a)" },
  purposes: { en: "Purposes of the processing (Art. 30(1)(b))", nb: "Formålene med behandlingen (art. 30 nr. 1 bokstav b)" },
  dataSubjects: { en: "Categories of data subjects (Art. 30(1)(c))", nb: "Kategorier av registrerte (art. 30 nr. 1 bokstav c)" },
  dataCategories: { en: "Categories of personal data (Art. 30(1)(c))", nb: "Kategorier av personopplysninger (art. 30 nr. 1 bokstav c)" },
  art9: { en: "Condition for special categories (Art. 9(2))", nb: "Unntak for særlige kategorier (art. 9 nr. 2)" },
  art10: { en: "Authority for criminal offence data (Art. 10)", nb: "Hjemmel for straffeopplysninger (art. 10)" },
  nationalId: { en: "Need for national identity number (pol. § 12)", nb: "Behov for fødselsnummer (pol. § 12)" },
  recipients: { en: "Categories of recipients (Art. 30(1)(d))", nb: "Kategorier av mottakere (art. 30 nr. 1 bokstav d)" },
  transfers: { en: "Transfers to third countries and safeguards (Art. 30(1)(e))", nb: "Overføringer til tredjeland og garantier (art. 30 nr. 1 bokstav e)" },
  transfersProcessor: { en: "Transfers to third countries and safeguards (Art. 30(2)(c))", nb: "Overføringer til tredjeland og garantier (art. 30 nr. 2 bokstav c)" },
  retention: { en: "Time limits for erasure (Art. 30(1)(f))", nb: "Frister for sletting (art. 30 nr. 1 bokstav f)" },
  security: { en: "Technical and organisational security measures (Art. 30(1)(g), 32(1))", nb: "Tekniske og organisatoriske sikkerhetstiltak (art. 30 nr. 1 bokstav g, art. 32 nr. 1)" },
  securityProcessor: { en: "Technical and organisational security measures (Art. 30(2)(d), 32(1))", nb: "Tekniske og organisatoriske sikkerhetstiltak (art. 30 nr. 2 bokstav d, art. 32 nr. 1)" },
  source: { en: "Source of the data (Art. 13, 14(2)(f))", nb: "Kilden til opplysningene (art. 13, art. 14 nr. 2 bokstav f)" },
  art14: { en: "Informing data subjects under Art. 14(3), 14(5)", nb: "Informasjon til de registrerte etter art. 14 nr. 3 og 5" },
  provision: { en: "Statutory or contractual requirement (Art. 13(2)(e))", nb: "Lovpålagt eller avtalefestet krav (art. 13 nr. 2 bokstav e)" },
  adm: { en: "Automated decision-making, including profiling (Art. 22)", nb: "Automatiserte avgjørelser, inkludert profilering (art. 22)" },
  dpia: { en: "Data protection impact assessment (Art. 35)", nb: "Vurdering av personvernkonsekvenser (art. 35)" },
  consentRecord: { en: "Record of consent (Art. 7(1))", nb: "Registrering av samtykke (art. 7 nr. 1)" },
  location: { en: "Location of the data (systems)", nb: "Hvor opplysningene lagres (systemer)" },
  marketing: { en: "Electronic marketing (markedsføringsloven § 15)", nb: "Elektronisk markedsføring (markedsføringsloven § 15)" },
  cookies: { en: "Cookies and similar technologies (ekomloven § 3-15)", nb: "Informasjonskapsler og lignende (ekomloven § 3-15)" },
  art30_5: { en: "Art. 30(5) test: occasional / likely to result in a risk", nb: "Art. 30 nr. 5: leilighetsvis / sannsynlig risiko" },
  controllersServed: { en: "Controllers on whose behalf we act (Art. 30(2)(a))", nb: "Behandlingsansvarlige vi behandler for (art. 30 nr. 2 bokstav a)" },
  processingCategories: { en: "Categories of processing (Art. 30(2)(b))", nb: "Kategorier av behandling (art. 30 nr. 2 bokstav b)" },
  controllerDpa: { en: "Data processing agreement with the controller (Art. 28(3))", nb: "Databehandleravtale med den behandlingsansvarlige (art. 28 nr. 3)" },
  subProcessors: { en: "Sub-processors engaged (Art. 28(2), 28(4))", nb: "Underleverandører (art. 28 nr. 2 og 4)" },
} satisfies Record<string, Pair>;

const W = {
  basis: { en: "Lawful basis", nb: "Behandlingsgrunnlag" },
  legalReference: { en: "Legal reference (Art. 6(3))", nb: "Rettslig grunnlag (art. 6 nr. 3)" },
  legitimateInterest: { en: "Legitimate interest", nb: "Berettiget interesse" },
  lia: { en: "Balancing test (LIA)", nb: "Interesseavveining" },
  withdrawal: { en: "Withdrawal of consent", nb: "Tilbaketrekking av samtykke" },
  contact: { en: "Contact", nb: "Kontakt" },
  arrangement: { en: "Arrangement", nb: "Ordning" },
  essence: { en: "Essence", nb: "Hovedinnhold" },
  children: { en: "includes children", nb: "omfatter barn" },
  art10: { en: "criminal offence data (Art. 10)", nb: "straffedommer og lovovertredelser (art. 10)" },
  nationalId: { en: "national identity number", nb: "fødselsnummer/D-nummer" },
  legalRef: { en: "legal reference", nb: "lovhjemmel" },
  dpa: { en: "DPA", nb: "Databehandleravtale" },
  dpfCertified: { en: "certified under the EU-US Data Privacy Framework", nb: "sertifisert under EU-US Data Privacy Framework" },
  mechanism: { en: "Transfer tool", nb: "Overføringsgrunnlag" },
  adequacy: { en: "Adequacy decision", nb: "Adekvansbeslutning" },
  tia: { en: "Transfer impact assessment", nb: "Vurdering av overføringen (TIA)" },
  copy: { en: "Copy of safeguards", nb: "Kopi av garantiene" },
  art49: { en: "Art. 49 assessment", nb: "Vurdering etter art. 49" },
  regular: { en: "regular or repetitive", nb: "regelmessig eller gjentatt" },
  via: { en: "via sub-processor", nb: "via underleverandør" },
  wholeActivity: { en: "All data in the activity", nb: "Alle opplysninger i aktiviteten" },
  criteria: { en: "Criteria", nb: "Kriterier" },
  sourceName: { en: "Source", nb: "Kilde" },
  publicSource: { en: "publicly accessible", nb: "offentlig tilgjengelig" },
  timing: { en: "Timing", nb: "Tidspunkt" },
  exemption: { en: "Exemption", nb: "Unntak" },
  consequence: { en: "Consequence of not providing", nb: "Følge av å ikke gi opplysningene" },
  exists: { en: "Exists", nb: "Forekommer" },
  logic: { en: "Logic", nb: "Logikk" },
  significance: { en: "Significance", nb: "Betydning" },
  consequences: { en: "Consequences", nb: "Konsekvenser" },
  exception: { en: "Art. 22(2) exception", nb: "Unntak etter art. 22 nr. 2" },
  required: { en: "Required", nb: "Påkrevd" },
  link: { en: "Link", nb: "Lenke" },
  hosted: { en: "hosted in", nb: "driftet i" },
  vendor: { en: "vendor", nb: "leverandør" },
  channels: { en: "Channels", nb: "Kanaler" },
  route: { en: "Route", nb: "Grunnlag" },
  optOut: { en: "Opt-out offered", nb: "Reservasjonsmulighet gitt" },
  similar: { en: "Own similar products", nb: "Egne tilsvarende produkter" },
  consentRequired: { en: "consent required", nb: "krever samtykke" },
  representative: { en: "Representative", nb: "Representant" },
  dpo: { en: "DPO", nb: "Personvernombud" },
  categories: { en: "Categories of processing", nb: "Kategorier av behandling" },
  authorisation: { en: "authorisation", nb: "godkjenning" },
  flowDown: { en: "same obligations imposed (Art. 28(4))", nb: "samme forpliktelser pålagt (art. 28 nr. 4)" },
  noFlowDown: { en: "obligations not flowed down", nb: "forpliktelser ikke videreført" },
  none: { en: "none", nb: "ingen" },
} satisfies Record<string, Pair>;

export const FIELD_LABELS = L;
export const WORDS = W;

const joinNonEmpty = (items: (string | null | undefined)[], separator = "; ") => items.filter((item): item is string => Boolean(item && item.trim())).join(separator);
const list = (items: string[]) => (items.length === 0 ? null : items.join("\n"));

/** The controller-record rows (Art. 30(1)) of an activity. */
export function controllerFields(snapshot: RegisterSnapshot, index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  const labelled = (pair: Pair, value: string | null) => (value ? `${t(pair)}: ${value}` : `${t(pair)}: ${notRecordedText(lang)}`);
  const country = (code: string | null) => (code ? `${countryName(code, lang)} (${code})` : null);
  const rows: FieldRow[] = [
    { label: t(L.role), value: label("ActivityRole", a.role, lang) },
    { label: t(L.status), value: label("ActivityStatus", a.status, lang) },
    { label: t(L.description), value: a.description },
    {
      label: t(L.jointControllers),
      value: list(
        a.jointControllers.map((j) =>
          [j.name, labelled(W.contact, j.contact), labelled(W.arrangement, j.arrangementLink), labelled(W.essence, j.essenceText)].join("\n   "),
        ),
      ),
    },
    {
      label: t(L.purposes),
      value: list(
        a.purposes.map((p, i) =>
          [
            `${i + 1}. ${p.description}`,
            labelled(W.basis, p.lawfulBasis ? label("LawfulBasis", p.lawfulBasis, lang) : null),
            labelled(W.legalReference, p.legalReference),
            labelled(W.legitimateInterest, p.legitimateInterest),
            labelled(W.lia, joinNonEmpty([p.liaRef, p.liaDate], ", ") || null),
            labelled(W.withdrawal, p.consentWithdrawal),
          ].join("\n   "),
        ),
      ),
    },
    ...sharedDataRows(index, a, lang),
    { label: t(L.art9), value: joinNonEmpty([a.art9Condition ? label("Art9Condition", a.art9Condition, lang) : null, a.art9LegalReference]) || null },
    { label: t(L.art10), value: a.art10Authority },
    { label: t(L.nationalId), value: a.nationalIdJustification },
    {
      label: t(L.recipients),
      value: list(
        a.recipients.map((link) => {
          const r = index.recipients.get(link.recipientId);
          if (!r) return "";
          return joinNonEmpty([
            r.name,
            label("RecipientKind", r.kind, lang),
            country(r.countryCode),
            r.kind === "PROCESSOR" || r.dpaRef ? joinNonEmpty([label("DpaStatus", r.dpaStatus, lang), r.dpaRef, r.dpaDate], ", ") : null,
            r.dpfCertified ? t(W.dpfCertified) : null,
            lang === "nb" ? r.descriptionNb : r.descriptionEn,
          ], " — ");
        }),
      ),
    },
    { label: t(L.transfers), value: transfersText(index, a, lang) },
    { label: t(L.retention), value: retentionText(index, a, lang) },
    { label: t(L.security), value: securityText(index, a, lang) },
    {
      label: t(L.source),
      value: joinNonEmpty([
        label("CollectionSource", a.collectionSource, lang),
        a.sourceName ? `${t(W.sourceName)}: ${a.sourceName}${a.sourceIsPublic ? ` (${t(W.publicSource)})` : ""}` : null,
      ], "\n"),
    },
    {
      label: t(L.art14),
      value:
        a.collectionSource === "THIRD_PARTY" || a.collectionSource === "PUBLIC_SOURCE" || a.art14Timing || a.art14Exemption
          ? joinNonEmpty([
              labelled(W.timing, a.art14Timing ? label("Art14Timing", a.art14Timing, lang) : null),
              a.art14Exemption ? `${t(W.exemption)}: ${label("Art14Exemption", a.art14Exemption, lang)}${a.art14ExemptionJustification ? ` — ${a.art14ExemptionJustification}` : ""}` : null,
            ], "\n")
          : null,
    },
    {
      label: t(L.provision),
      value: a.provisionRequirement || a.provisionConsequence
        ? joinNonEmpty([a.provisionRequirement ? label("ProvisionRequirement", a.provisionRequirement, lang) : null, a.provisionConsequence ? `${t(W.consequence)}: ${a.provisionConsequence}` : null], "\n")
        : null,
    },
    {
      label: t(L.adm),
      value: [
        `${t(W.exists)}: ${yesNo(a.adm.exists, lang)}`,
        ...(a.adm.exists || a.adm.logic || a.adm.significance || a.adm.consequences || a.adm.art22Exception
          ? [
              labelled(W.logic, a.adm.logic),
              labelled(W.significance, a.adm.significance),
              labelled(W.consequences, a.adm.consequences),
              labelled(W.exception, a.adm.art22Exception ? label("Art22Exception", a.adm.art22Exception, lang) : null),
            ]
          : []),
      ].join("\n"),
    },
    {
      label: t(L.dpia),
      value: [
        `${t(W.required)}: ${yesNo(a.dpia.required, lang)}`,
        labelled(L.status, a.dpia.status ? label("DpiaStatus", a.dpia.status, lang) : null),
        labelled(W.link, a.dpia.link),
      ].join("\n"),
    },
    { label: t(L.consentRecord), value: a.consentRecordRef },
    ...locationRows(index, a, lang),
    {
      label: t(L.marketing),
      value:
        a.marketing.channels.length > 0 || a.marketing.route
          ? [
              `${t(W.channels)}: ${a.marketing.channels.map((c) => label("MarketingChannel", c, lang)).join(", ") || t(W.none)}`,
              labelled(W.route, a.marketing.route ? label("MarketingRoute", a.marketing.route, lang) : null),
              labelled(W.optOut, a.marketing.optOutOffered === null ? null : yesNo(a.marketing.optOutOffered, lang)),
              labelled(W.similar, a.marketing.similarProducts === null ? null : yesNo(a.marketing.similarProducts, lang)),
            ].join("\n")
          : null,
    },
    {
      label: t(L.cookies),
      value: list(
        a.cookieIds
          .map((id) => index.cookies.get(id))
          .filter((c) => c !== undefined)
          .map((c) =>
            joinNonEmpty([c.name, c.provider, label("CookieCategory", c.category, lang), c.durationText, c.consentRequired ? t(W.consentRequired) : null, lang === "nb" ? c.purposeNb : c.purposeEn], " — "),
          ),
      ),
    },
    { label: t(L.art30_5), value: `${yesNo(a.isOccasional, lang)} / ${yesNo(a.isLikelyRisk, lang)}` },
  ];
  return rows;
}

/** The processor-record rows (Art. 30(2)) of an activity. */
export function processorFields(snapshot: RegisterSnapshot, index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  const labelled = (pair: Pair, value: string | null) => `${t(pair)}: ${value ?? notRecordedText(lang)}`;
  const country = (code: string | null) => (code ? `${countryName(code, lang)} (${code})` : null);
  return [
    { label: t(L.status), value: label("ActivityStatus", a.status, lang) },
    { label: t(L.description), value: a.description },
    {
      label: t(L.controllersServed),
      value: list(
        a.controllersServed.map((c) =>
          [
            c.name,
            labelled(W.contact, c.contact),
            labelled(W.representative, c.representative),
            labelled(W.dpo, c.dpoContact),
            labelled(W.categories, c.processingCategories),
            labelled(W.dpa, joinNonEmpty([c.dpaRef, c.dpaDate], ", ") || null),
          ].join("\n   "),
        ),
      ),
    },
    { label: t(L.processingCategories), value: a.processingCategories },
    { label: t(L.controllerDpa), value: joinNonEmpty([a.controllerDpaRef, a.controllerDpaDate], ", ") || null },
    ...sharedDataRows(index, a, lang),
    {
      label: t(L.subProcessors),
      value: list(
        a.recipients.map((link) => {
          const r = index.recipients.get(link.recipientId);
          if (!r) return "";
          return joinNonEmpty([
            r.name,
            label("RecipientKind", r.kind, lang),
            country(r.countryCode),
            link.subProcessorAuthorisation ? label("SubProcessorAuthorisation", link.subProcessorAuthorisation, lang) : `${t(W.authorisation)}: ${notRecordedText(lang)}`,
            link.flowDownContract === null ? null : link.flowDownContract ? t(W.flowDown) : t(W.noFlowDown),
            lang === "nb" ? r.descriptionNb : r.descriptionEn,
          ], " — ");
        }),
      ),
    },
    { label: t(L.transfersProcessor), value: transfersText(index, a, lang) },
    // Not an Art. 30(2) item, but recorded (e.g. "the customer decides"): printed when present.
    ...(a.retentionRules.length > 0 ? [{ label: t(L.retention), value: retentionText(index, a, lang) }] : []),
    { label: t(L.securityProcessor), value: securityText(index, a, lang) },
    ...locationRows(index, a, lang),
  ];
}

function notRecordedText(lang: ExportLanguage) {
  return lang === "nb" ? "ikke registrert" : "not recorded";
}

function sharedDataRows(index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  return [
    {
      label: t(L.dataSubjects),
      value: list(
        a.dataSubjectCategoryIds
          .map((id) => index.dataSubjectCategories.get(id))
          .filter((c) => c !== undefined)
          .map((c) => `${lang === "nb" ? c.labelNb : c.labelEn}${c.includesChildren ? ` (${t(W.children)})` : ""}`),
      ),
    },
    {
      label: t(L.dataCategories),
      value: list(
        a.dataCategoryIds
          .map((id) => index.dataCategories.get(id))
          .filter((c) => c !== undefined)
          .map((c) => {
            const flags = joinNonEmpty([c.specialCategory ? label("SpecialCategory", c.specialCategory, lang) : null, c.isCriminalOffence ? t(W.art10) : null, c.isNationalId ? t(W.nationalId) : null]);
            const description = lang === "nb" ? c.descriptionNb : c.descriptionEn;
            return `${lang === "nb" ? c.labelNb : c.labelEn}${description ? ` — ${description}` : ""}${flags ? ` [${flags}]` : ""}`;
          }),
      ),
    },
  ];
}

function transfersText(index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): string | null {
  const t = (pair: Pair) => pair[lang];
  if (a.transfers.length === 0) return null;
  return a.transfers
    .map((tr) => {
      const r = index.recipients.get(tr.recipientId);
      const sub = tr.subProcessorId ? r?.subProcessors.find((s) => s.id === tr.subProcessorId) : undefined;
      const decision = tr.adequacyDecisionId ? index.adequacyDecisions.get(tr.adequacyDecisionId) : undefined;
      const head = `${r?.name ?? ""}${sub ? ` (${t(W.via)} ${sub.name}${sub.dpfCertified ? `, ${t(W.dpfCertified)}` : ""})` : ""} → ${countryName(tr.countryCode, lang)} (${tr.countryCode})${tr.isRegular ? `, ${t(W.regular)}` : ""}`;
      return [
        head,
        `${t(W.mechanism)}: ${tr.mechanism ? label("TransferMechanism", tr.mechanism, lang) : notRecordedText(lang)}${tr.sccModule ? `, ${label("SccModule", tr.sccModule, lang)}` : ""}`,
        ...(decision || tr.adequacyDecisionId ? [`${t(W.adequacy)}: ${decision ? `${decision.reference} (${lang === "nb" ? decision.subjectNb : decision.subjectEn})` : tr.adequacyDecisionId}`] : []),
        `${t(W.tia)}: ${tr.tiaRef ?? notRecordedText(lang)}`,
        `${t(W.copy)}: ${tr.copyAccess ?? notRecordedText(lang)}`,
        ...(tr.art49Assessment || (tr.mechanism ?? "").startsWith("DEROGATION") || tr.mechanism === "COMPELLING_LEGITIMATE_INTEREST" ? [`${t(W.art49)}: ${tr.art49Assessment ?? notRecordedText(lang)}`] : []),
      ].join("\n   ");
    })
    .join("\n");
}

function retentionText(index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): string | null {
  const t = (pair: Pair) => pair[lang];
  if (a.retentionRules.length === 0) return null;
  return a.retentionRules
    .map((r) => {
      const c = r.dataCategoryId ? index.dataCategories.get(r.dataCategoryId) : undefined;
      const period = joinNonEmpty([r.duration === null ? null : `${r.duration} ${r.unit ? label("RetentionUnit", r.unit, lang) : ""}`.trim(), r.trigger ? label("RetentionTrigger", r.trigger, lang) : null, r.triggerText], " ");
      return joinNonEmpty([
        `${c ? (lang === "nb" ? c.labelNb : c.labelEn) : t(W.wholeActivity)}: ${period || notRecordedText(lang)}`,
        r.criteriaText ? `${t(W.criteria)}: ${r.criteriaText}` : null,
        r.legalReference ? `${t(W.legalRef)}: ${r.legalReference}` : null,
      ]);
    })
    .join("\n");
}

function securityText(index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): string | null {
  const items = a.securityMeasureIds
    .map((id) => index.securityMeasures.get(id))
    .filter((m) => m !== undefined)
    .map((m) => `${label("SecurityMeasureKind", m.kind, lang)}: ${lang === "nb" ? m.descriptionNb : m.descriptionEn}`);
  if (a.securityMeasuresText) items.push(a.securityMeasuresText);
  return list(items);
}

function locationRows(index: ReturnType<typeof indexSnapshot>, a: ActivitySnapshot, lang: ExportLanguage): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  return [
    {
      label: t(L.location),
      value: list(
        a.systemIds
          .map((id) => index.systems.get(id))
          .filter((s) => s !== undefined)
          .map((s) => {
            const vendor = s.vendorRecipientId ? index.recipients.get(s.vendorRecipientId) : undefined;
            return joinNonEmpty([s.name, s.hostingCountryCode ? `${t(W.hosted)} ${countryName(s.hostingCountryCode, lang)} (${s.hostingCountryCode})` : null, vendor ? `${t(W.vendor)} ${vendor.name}` : null, s.description], " — ");
          }),
      ),
    },
  ];
}
