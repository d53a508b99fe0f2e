import { needsConsent } from "@/lib/register/cookie-consent";
import { textIn } from "@/lib/register/localized-text";
import { countryName } from "@/lib/register/countries";
import { retentionRegisterText } from "@/lib/register/retention-text";
import { indexSnapshot, type ActivitySnapshot, type RecipientSnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { activityInLanguage, type ActivityInLanguage, type PurposeInLanguage } from "../in-language";
import { isArt14Source } from "@/lib/register/activity-schema";
import { hasArt14Source, hasDirectSource, suppliedCategoryIds } from "@/lib/register/sources";
import { isOutsideEea } from "@/lib/register/checks/kit";
import { ART_46 } from "@/lib/register/checks/transfers";
import { cookieDurationForExport, type ExportLanguage } from "../labels";
import { enumLabel as label, notRecorded, VOCABULARY, yesNo, type Vocabulary } from "@/lib/register/vocabulary";

/**
 * The Art. 30 fields of one activity as (label, value) rows, in the order of
 * Art. 30(1)(a)–(g) or 30(2)(a)–(d) and the ICO template's additions. A value
 * of null is a field the law requires that is empty: the layout prints "not
 * recorded" (and the checks report it). A field whose condition does not hold
 * for the activity is not a row at all, or says "not applicable" and why.
 */
export type FieldRow = { label: string; value: string | null };

type Pair = { en: string; nb: string };
/** A table of the vocabulary's Art. 30 record words as { en, nb } pairs, keyed as in the vocabulary. */
function pairs<K extends string>(pick: (v: Vocabulary) => Record<K, string>): Record<K, Pair> {
  const en = pick(VOCABULARY.en);
  const nb = pick(VOCABULARY.nb);
  return Object.fromEntries((Object.keys(en) as K[]).map((key) => [key, { en: en[key], nb: nb[key] }])) as Record<K, Pair>;
}
/** The fields' headings and the words inside them live in the one vocabulary (issue 9 item 5). */
const L = pairs((v) => v.record.fields);
const W = pairs((v) => v.record.words);

/** The field labels, for tests that find a field by its label. */
export const FIELD_LABELS = L;

/** A stored date (YYYY-MM-DD) as the reader of the PDF's language writes it (issue 16): «7. desember 2026». */
const day = (date: string | null, lang: ExportLanguage) => (date ? VOCABULARY[lang].date(date) : null);
const joinNonEmpty = (items: (string | null | undefined)[], separator = "; ") => items.filter((item): item is string => Boolean(item && item.trim())).join(separator);
const list = (items: string[]) => (items.length === 0 ? null : items.join("\n"));

/**
 * "Not recorded" is printed only where the law requires the field for this activity
 * (and the checks report it); a field whose condition does not hold is left out, or
 * says "not applicable" where its absence is itself a fact a case officer needs.
 */
function notApplicable(lang: ExportLanguage, why: Pair): string {
  return `${VOCABULARY[lang].words.notApplicable}: ${why[lang]}`;
}

const WHY = pairs((v) => v.record.notApplicableBecause);

/** An empty list that is a fact, not a gap: "None: the data are not disclosed outside the organisation." */
const NONE = pairs((v) => v.record.none);

const ROLE_JOINT: ActivitySnapshot["role"] = "JOINT_CONTROLLER";

/** The rows of one purpose: the basis, and only the companions that basis requires (legal-spec §1.4.1). */
function purposeText(p: PurposeInLanguage, i: number, lang: ExportLanguage): string {
  const t = (pair: Pair) => pair[lang];
  const line = (pair: Pair, value: string | null, required: boolean) => (value ? [`${t(pair)}: ${value}`] : required ? [`${t(pair)}: ${notRecordedText(lang)}`] : []);
  const basis = p.lawfulBasis;
  return [
    `${i + 1}. ${p.description}`,
    `${t(W.basis)}: ${basis ? label("LawfulBasis", basis, lang) : notRecordedText(lang)}`,
    // Art. 6(3): a legal obligation or public task rests on a law that must be named.
    ...line(W.legalReference, p.legalReference, basis === "LEGAL_OBLIGATION" || basis === "PUBLIC_TASK"),
    // Art. 13(1)(d), 5(2): the interest and its balancing test, for 6(1)(f) only.
    ...line(W.legitimateInterest, p.legitimateInterest, basis === "LEGITIMATE_INTERESTS"),
    ...line(W.lia, joinNonEmpty([p.liaRef, day(p.liaDate, lang)], ", ") || null, basis === "LEGITIMATE_INTERESTS"),
    // Art. 7(3), 13(2)(c): how to withdraw, for consent only.
    ...line(W.withdrawal, p.consentWithdrawal, basis === "CONSENT"),
  ].join("\n   ");
}

/** The controller-record rows (Art. 30(1)) of an activity. */
export function controllerFields(snapshot: RegisterSnapshot, index: ReturnType<typeof indexSnapshot>, activity: ActivitySnapshot, lang: ExportLanguage): FieldRow[] {
  // Every text of the activity in the PDF's language (issue 9).
  const a = activityInLanguage(activity, lang);
  const t = (pair: Pair) => pair[lang];
  const labelled = (pair: Pair, value: string | null) => (value ? `${t(pair)}: ${value}` : `${t(pair)}: ${notRecordedText(lang)}`);
  const categories = a.dataCategoryIds.map((id) => index.dataCategories.get(id)).filter((c) => c !== undefined);
  const hasSpecial = categories.some((c) => c.specialCategory !== null);
  const hasCriminal = categories.some((c) => c.isCriminalOffence);
  const hasNationalId = categories.some((c) => c.isNationalId);
  const art14 = hasArt14Source(a);
  const categoryNames = (ids: string[]) =>
    ids.flatMap((id) => index.dataCategories.get(id) ?? []).map((c) => (lang === "nb" ? c.labelNb : c.labelEn)).join(", ");
  const contractRelied = a.provisionRequirement === "CONTRACTUAL" || a.provisionRequirement === "PRECONTRACT_REQUIRED" || a.purposes.some((p) => p.lawfulBasis === "CONTRACT");
  const consent = a.purposes.some((p) => p.lawfulBasis === "CONSENT");
  const rows: (FieldRow | false)[] = [
    { label: t(L.role), value: label("ActivityRole", a.role, lang) },
    { label: t(L.status), value: label("ActivityStatus", a.status, lang) },
    Boolean(a.description) && { label: t(L.description), value: a.description },
    // Art. 26, 30(1)(a): the joint controllers, when the activity is a joint one.
    (a.role === ROLE_JOINT || a.jointControllers.length > 0) && {
      label: t(L.jointControllers),
      value: list(
        a.jointControllers.map((j) =>
          [
            j.name,
            // Art. 30(1)(a): the joint controller's contact details; Art. 26(2): the arrangement, or at least its essence (JC-001).
            labelled(W.contact, j.contact),
            ...(j.arrangementLink ? [`${t(W.arrangement)}: ${j.arrangementLink}`] : []),
            ...(j.essenceText || !j.arrangementLink ? [labelled(W.essence, j.essenceText)] : []),
          ].join("\n   "),
        ),
      ),
    },
    { label: t(L.purposes), value: list(a.purposes.map((p, i) => purposeText(p, i, lang))) },
    ...sharedDataRows(index, a, lang, true),
    {
      label: t(L.art9),
      value: hasSpecial || a.art9Condition ? joinNonEmpty([a.art9Condition ? label("Art9Condition", a.art9Condition, lang) : null, a.art9LegalReference]) || null : notApplicable(lang, WHY.noSpecial),
    },
    { label: t(L.art10), value: hasCriminal || a.art10Authority ? a.art10Authority : notApplicable(lang, WHY.noCriminal) },
    (hasNationalId || Boolean(a.nationalIdJustification)) && { label: t(L.nationalId), value: a.nationalIdJustification },
    {
      label: t(L.recipients),
      value:
        list(
          recipientLines(index, a, lang, (r) => [
            r.kind === "PROCESSOR" || r.dpaRef ? joinNonEmpty([label("DpaStatus", r.dpaStatus, lang), r.dpaRef, day(r.dpaDate, lang)], ", ") : null,
            r.dpfCertified ? t(W.dpfCertified) : null,
          ]),
        ) ?? NONE.recipients[lang],
    },
    { label: t(L.transfers), value: transfersText(index, a, lang) },
    { label: t(L.retention), value: retentionText(index, a, lang) },
    { label: t(L.security), value: securityText(index, a, lang) },
    {
      label: t(L.source),
      // Each source with the data it supplies when there are several (Art. 14(1)(d), 14(2)(f)).
      value: list(
        a.sources.map((s) =>
          joinNonEmpty([
            label("CollectionSource", s.kind, lang),
            s.name ? `${t(W.sourceName)}: ${s.name}${s.isPublic ? ` (${t(W.publicSource)})` : ""}` : isArt14Source(s.kind) ? `${t(W.sourceName)}: ${notRecordedText(lang)}` : null,
            a.sources.length > 1 ? `${t(W.supplies)}: ${categoryNames(suppliedCategoryIds(a, s)) || notRecordedText(lang)}` : null,
          ], "\n   "),
        ),
      ),
    },
    // What happens to special-category data people send unasked (Art. 5(1)(c), 9(1)).
    a.volunteeredSpecialCategories && {
      label: t(L.volunteered),
      value: a.volunteeredHandling ? label("VolunteeredHandling", a.volunteeredHandling, lang) : notRecordedText(lang),
    },
    // Art. 14(3) and 14(5) concern data not obtained from the data subject only.
    (art14 || Boolean(a.art14Timing) || Boolean(a.art14Exemption)) && {
      label: t(L.art14),
      value: joinNonEmpty([
        a.art14Timing ? `${t(W.timing)}: ${label("Art14Timing", a.art14Timing, lang)}` : a.art14Exemption ? null : `${t(W.timing)}: ${notRecordedText(lang)}`,
        a.art14Exemption ? `${t(W.exemption)}: ${label("Art14Exemption", a.art14Exemption, lang)}${a.art14ExemptionJustification ? ` — ${a.art14ExemptionJustification}` : ""}` : null,
      ], "\n"),
    },
    // Art. 13(2)(e) applies where the data are collected from the data subject.
    (!art14 || hasDirectSource(a) || Boolean(a.provisionRequirement)) && {
      label: t(L.provision),
      value: a.provisionRequirement
        ? joinNonEmpty(
            [
              label("ProvisionRequirement", a.provisionRequirement, lang),
              a.provisionConsequence ? `${t(W.consequence)}: ${a.provisionConsequence}` : null,
              // Who the contract is with, wherever a contract is relied on (Art. 6(1)(b), 13(2)(e)).
              contractRelied ? `${t(W.contractWith)}: ${label("ContractParty", a.contractParty, lang)}` : null,
            ],
            "\n",
          )
        : null,
    },
    {
      label: t(L.adm),
      value: [
        `${t(W.exists)}: ${yesNo(a.adm.exists, lang)}`,
        ...(a.adm.exists
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
      value: joinNonEmpty([
        `${t(W.required)}: ${yesNo(a.dpia.required, lang)}`,
        a.dpia.status ? `${t(L.status)}: ${label("DpiaStatus", a.dpia.status, lang)}` : null,
        a.dpia.link ? `${t(W.link)}: ${a.dpia.link}` : null,
      ], "\n"),
    },
    // Art. 7(1): the controller must be able to show consent, where consent is the basis.
    (consent || Boolean(a.consentRecordRef)) && { label: t(L.consentRecord), value: a.consentRecordRef },
    ...locationRows(index, a, lang),
    a.marketingAudiences.length > 0 && {
      label: t(L.marketing),
      // One paragraph per audience, each with its own route (mfl. § 15).
      value: a.marketingAudiences
        .map((audience) =>
          joinNonEmpty([
            labelled(W.audience, audience.who ? label("MarketingAudienceGroup", audience.who, lang) : null),
            `${t(W.channels)}: ${audience.channels.map((c) => label("MarketingChannel", c, lang)).join(", ") || t(W.none)}`,
            labelled(W.route, audience.route ? label("MarketingRoute", audience.route, lang) : null),
            // mfl. § 15 third paragraph: the existing-customer exception's own conditions.
            ...(audience.route === "EXISTING_CUSTOMER"
              ? [
                  labelled(W.optOut, audience.optOutOffered === null ? null : yesNo(audience.optOutOffered, lang)),
                  labelled(W.similar, audience.similarProducts === null ? null : yesNo(audience.similarProducts, lang)),
                ]
              : []),
          ], "\n"),
        )
        .join("\n\n"),
    },
    a.cookieIds.length > 0 && {
      label: t(L.cookies),
      value: list(
        a.cookieIds
          .map((id) => index.cookies.get(id))
          .filter((c) => c !== undefined)
          .map((c) =>
            joinNonEmpty([c.name, c.provider, label("CookieCategory", c.category, lang), cookieDurationForExport(c.duration, lang), needsConsent(c) ? t(W.consentRequired) : null, c.consent === "BY_CATEGORY" ? null : textIn(c.consentReason, lang), lang === "nb" ? c.purposeNb : c.purposeEn], " — "),
          ),
      ),
    },
    // Art. 30(5): the exemption is open below 250 employees only.
    snapshot.company.employeeBand === "UNDER_250" && { label: t(L.art30_5), value: `${yesNo(a.isOccasional, lang)} / ${yesNo(a.isLikelyRisk, lang)}` },
  ];
  return rows.filter((row): row is FieldRow => row !== false);
}

/** The processor-record rows (Art. 30(2)) of an activity. */
export function processorFields(snapshot: RegisterSnapshot, index: ReturnType<typeof indexSnapshot>, activity: ActivitySnapshot, lang: ExportLanguage): FieldRow[] {
  const a = activityInLanguage(activity, lang);
  const t = (pair: Pair) => pair[lang];
  const labelled = (pair: Pair, value: string | null) => `${t(pair)}: ${value ?? notRecordedText(lang)}`;
  const optional = (pair: Pair, value: string | null) => (value ? [`${t(pair)}: ${value}`] : []);
  const everyControllerCategorised = a.controllersServed.length > 0 && a.controllersServed.every((c) => Boolean(c.processingCategories));
  // Art. 28(3): one agreement for the activity, or one per controller.
  const activityDpa = joinNonEmpty([a.controllerDpaRef, day(a.controllerDpaDate, lang)], ", ") || null;
  const rows: (FieldRow | false)[] = [
    { label: t(L.status), value: label("ActivityStatus", a.status, lang) },
    Boolean(a.description) && { label: t(L.description), value: a.description },
    {
      label: t(L.controllersServed),
      value: list(
        a.controllersServed.map((c) =>
          [
            c.name,
            // Our customers as a class (ADR 030): where each is listed stands for their contacts, which may still be given.
            ...(c.ourCustomers ? [...optional(W.listedIn, c.listedIn), ...optional(W.contact, c.contact)] : [labelled(W.contact, c.contact)]),
            // Art. 30(2)(a): the controller's representative and DPO "where applicable".
            ...optional(W.representative, c.representative),
            ...optional(W.dpo, c.dpoContact),
            ...optional(W.categories, c.processingCategories),
            ...(c.dpaRef || c.dpaDate || !activityDpa ? [labelled(W.dpa, joinNonEmpty([c.dpaRef, day(c.dpaDate, lang)], ", ") || null)] : []),
          ].join("\n   "),
        ),
      ),
    },
    // Art. 30(2)(b): categories of processing, for the activity or per controller.
    (Boolean(a.processingCategories) || !everyControllerCategorised) && { label: t(L.processingCategories), value: a.processingCategories },
    (Boolean(activityDpa) || a.controllersServed.length === 0) && { label: t(L.controllerDpa), value: activityDpa },
    ...sharedDataRows(index, a, lang, false),
    {
      label: t(L.subProcessors),
      value:
        list(
          recipientLines(index, a, lang, (_r, link) => [
            link.subProcessorAuthorisation ? label("SubProcessorAuthorisation", link.subProcessorAuthorisation, lang) : `${t(W.authorisation)}: ${notRecordedText(lang)}`,
            link.flowDownContract === null ? null : link.flowDownContract ? t(W.flowDown) : t(W.noFlowDown),
          ]),
        ) ?? NONE.subProcessors[lang],
    },
    { label: t(L.transfersProcessor), value: transfersText(index, a, lang) },
    // Not an Art. 30(2) item, but recorded (e.g. "the customer decides"): printed when present.
    a.retentionRules.length > 0 && { label: t(L.retention), value: retentionText(index, a, lang) },
    { label: t(L.securityProcessor), value: securityText(index, a, lang) },
    ...locationRows(index, a, lang),
  ];
  return rows.filter((row): row is FieldRow => row !== false);
}

function notRecordedText(lang: ExportLanguage) {
  return notRecorded(lang);
}

/** Data subjects and data categories: required in the controller record (Art. 30(1)(c)), optional in the processor record. */
function sharedDataRows(index: ReturnType<typeof indexSnapshot>, a: ActivityInLanguage, lang: ExportLanguage, required: boolean): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  const rows: FieldRow[] = [
    {
      label: t(required ? L.dataSubjects : L.dataSubjectsProcessor),
      value: list(
        a.dataSubjectCategoryIds
          .map((id) => index.dataSubjectCategories.get(id))
          .filter((c) => c !== undefined)
          .map((c) => `${lang === "nb" ? c.labelNb : c.labelEn}${c.includesChildren ? ` (${t(W.children)})` : ""}`),
      ),
    },
    {
      label: t(required ? L.dataCategories : L.dataCategoriesProcessor),
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
  return required ? rows : rows.filter((row) => row.value !== null);
}

/** Does anything in the activity put data outside the EEA (TR-001 asks for a transfer record then)? */
function reachesOutsideEea(index: ReturnType<typeof indexSnapshot>, a: ActivityInLanguage): boolean {
  const outside = (code: string | null) => code !== null && isOutsideEea(index, code);
  return (
    a.recipients.some((link) => {
      const r = index.recipients.get(link.recipientId);
      return r !== undefined && (outside(r.countryCode) || r.subProcessors.some((sub) => outside(sub.countryCode)));
    }) || a.systemIds.some((id) => outside(index.systems.get(id)?.hostingCountryCode ?? null))
  );
}

function transfersText(index: ReturnType<typeof indexSnapshot>, a: ActivityInLanguage, lang: ExportLanguage): string | null {
  const t = (pair: Pair) => pair[lang];
  if (a.transfers.length === 0) return reachesOutsideEea(index, a) ? null : NONE.transfers[lang];
  return a.transfers
    .map((tr) => {
      const r = index.recipients.get(tr.recipientId);
      const sub = tr.subProcessorId ? r?.subProcessors.find((s) => s.id === tr.subProcessorId) : undefined;
      const decision = tr.adequacyDecisionId ? index.adequacyDecisions.get(tr.adequacyDecisionId) : undefined;
      const head = `${r?.name ?? ""}${sub ? ` (${t(W.via)} ${sub.name}${sub.dpfCertified ? `, ${t(W.dpfCertified)}` : ""})` : ""} → ${countryName(tr.countryCode, lang)} (${tr.countryCode})${tr.isRegular ? `, ${t(W.regular)}` : ""}`;
      // Art. 46 safeguards need a transfer impact assessment (C-311/18) and a route to a copy (13(1)(f)); Art. 49 derogations a documented assessment (49(6)).
      const art46 = tr.mechanism !== null && ART_46.includes(tr.mechanism);
      // Art. 49(6): the assessment is documented for a transfer on compelling legitimate interests (TR-007); for the other derogations, when recorded.
      const art49 = tr.mechanism === "COMPELLING_LEGITIMATE_INTEREST";
      const line = (pair: Pair, value: string | null, required: boolean) => (value ? [`${t(pair)}: ${value}`] : required ? [`${t(pair)}: ${notRecordedText(lang)}`] : []);
      return [
        head,
        `${t(W.mechanism)}: ${tr.mechanism ? label("TransferMechanism", tr.mechanism, lang) : notRecordedText(lang)}${tr.sccModule ? `, ${label("SccModule", tr.sccModule, lang)}` : ""}`,
        ...(decision || tr.adequacyDecisionId ? [`${t(W.adequacy)}: ${decision ? `${decision.reference} (${lang === "nb" ? decision.subjectNb : decision.subjectEn})` : tr.adequacyDecisionId}`] : []),
        ...line(W.tia, tr.tiaRef, art46),
        ...line(W.copy, tr.copyAccess, art46),
        ...line(W.art49, tr.art49Assessment, art49),
      ].join("\n   ");
    })
    .join("\n");
}

function retentionText(index: ReturnType<typeof indexSnapshot>, a: ActivityInLanguage, lang: ExportLanguage): string | null {
  const t = (pair: Pair) => pair[lang];
  if (a.retentionRules.length === 0) return null;
  return a.retentionRules
    .map((r) => {
      const c = r.dataCategoryId ? index.dataCategories.get(r.dataCategoryId) : undefined;
      return `${c ? (lang === "nb" ? c.labelNb : c.labelEn) : t(W.wholeActivity)}: ${retentionRegisterText(r, lang) ?? notRecordedText(lang)}`;
    })
    .join("\n");
}

function securityText(index: ReturnType<typeof indexSnapshot>, a: ActivityInLanguage, lang: ExportLanguage): string | null {
  const items = a.securityMeasureIds
    .map((id) => index.securityMeasures.get(id))
    .filter((m) => m !== undefined)
    .map((m) => `${label("SecurityMeasureKind", m.kind, lang)}: ${lang === "nb" ? m.descriptionNb : m.descriptionEn}`);
  if (a.securityMeasuresText) items.push(a.securityMeasuresText);
  return list(items);
}

/** A country as the record names it: "Norway (NO)". */
function countryIn(code: string | null, lang: ExportLanguage): string | null {
  return code ? `${countryName(code, lang)} (${code})` : null;
}

/**
 * One line per recipient of the activity: its name, kind and country, what the record says
 * about the link (`details`: the DPA for a controller's recipient, the authorisation of a
 * processor's sub-processor), and its description in the PDF's language.
 */
function recipientLines(
  index: ReturnType<typeof indexSnapshot>,
  a: ActivityInLanguage,
  lang: ExportLanguage,
  details: (r: RecipientSnapshot, link: ActivityInLanguage["recipients"][number]) => (string | null)[],
): string[] {
  return a.recipients.map((link) => {
    const r = index.recipients.get(link.recipientId);
    if (!r) return "";
    return joinNonEmpty([r.name, label("RecipientKind", r.kind, lang), countryIn(r.countryCode, lang), ...details(r, link), lang === "nb" ? r.descriptionNb : r.descriptionEn], " — ");
  });
}

/** Where the data are kept: not an Art. 30 item (the ICO template's "location"), printed when recorded. */
function locationRows(index: ReturnType<typeof indexSnapshot>, a: ActivityInLanguage, lang: ExportLanguage): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  const value = list(
    a.systemIds
      .map((id) => index.systems.get(id))
      .filter((s) => s !== undefined)
      .map((s) => {
        const vendor = s.vendorRecipientId ? index.recipients.get(s.vendorRecipientId) : undefined;
        return joinNonEmpty([s.name, s.hostingCountryCode ? `${t(W.hosted)} ${countryIn(s.hostingCountryCode, lang)}` : null, vendor ? `${t(W.vendor)} ${vendor.name}` : null, lang === "nb" ? s.descriptionNb : s.descriptionEn], " — ");
      }),
  );
  return value ? [{ label: t(L.location), value }] : [];
}
