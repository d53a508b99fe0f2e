/**
 * Retention (Art. 5(1)(e), 13(2)(a), 30(1)(f)) and the Norwegian bookkeeping
 * minimum (bokføringsloven § 13).
 */
import { everyLanguage } from "../localized-text";
import type { RetentionUnit } from "../enums";
import type { ActivitySnapshot, RetentionRuleSnapshot } from "../snapshot";
import { activitiesInScope, activityFinding, activityName, cap, categoryList, controllerActivities, dataCategoriesOf, defineRule, isBlank } from "./kit";
import type { Finding, Severity } from "./types";

/** A rule states a period (duration + unit) or at least the criteria for one (13(2)(a)). */
function statesPeriodOrCriteria(rule: RetentionRuleSnapshot): boolean {
  return (rule.duration !== null && rule.unit !== null) || !isBlank(rule.criteriaText);
}

/**
 * Error where the gap reaches the public notice (13(2)(a)); warning where only the
 * record is affected (30(1)(f) "where possible"): activities kept out of the notice.
 * Processor activities are not checked at all: Art. 30(2) has no retention item, and
 * the controller served decides how long its data are kept (Art. 28(3)(g)).
 */
function rt001Severity(activity: ActivitySnapshot): Severity {
  return activity.showInNotice ? "error" : "warning";
}

export const RT_001 = defineRule(
  {
    id: "RT-001",
    severity: "error",
    article: "GDPR Art. 13(2)(a), 30(1)(f)",
    title: { en: "No retention period or criteria", nb: "Ingen lagringstid eller kriterier for lagringstid" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const severity = rt001Severity(activity);
      const name = activityName(activity);
      if (activity.retentionRules.length === 0) {
        return [
          activityFinding(
            RT_001,
            activity,
            "retentionRules",
            {
              en: `${cap(name.en)} has no retention rule. Say how long the data are kept, or the criteria that decide it.`,
              nb: `${cap(name.nb)} har ingen regel om lagringstid. Oppgi hvor lenge opplysningene lagres, eller kriteriene som avgjør det.`,
            },
            severity,
          ),
        ];
      }
      const findings: Finding[] = activity.retentionRules.flatMap((rule, i) => {
        if (statesPeriodOrCriteria(rule)) return [];
        const field = rule.duration !== null && rule.unit === null ? `retentionRules.${i}.unit` : `retentionRules.${i}.duration`;
        return [
          activityFinding(
            RT_001,
            activity,
            field,
            {
              en: `A retention rule in ${name.en} gives neither a period (number and unit) nor criteria.`,
              nb: `En regel om lagringstid i ${name.nb} oppgir verken en periode (antall og enhet) eller kriterier.`,
            },
            severity,
          ),
        ];
      });
      // CNIL: one retention row per data category, unless one rule covers the whole activity.
      if (!activity.retentionRules.some((rule) => rule.dataCategoryId === null)) {
        const covered = new Set(activity.retentionRules.map((rule) => rule.dataCategoryId));
        const uncovered = dataCategoriesOf(activity, index).filter((category) => !covered.has(category.id));
        if (uncovered.length > 0) {
          const list = categoryList(uncovered);
          findings.push(
            activityFinding(
              RT_001,
              activity,
              "retentionRules",
              {
                en: `${cap(name.en)} has no retention rule for ${list.en}. Add one per data category, or one rule for the whole activity.`,
                nb: `${cap(name.nb)} mangler regel om lagringstid for ${list.nb}. Legg inn én per opplysningskategori, eller én regel for hele behandlingen.`,
              },
              severity,
            ),
          );
        }
      }
      return findings;
    }),
);

// "As long as necessary" alone says nothing about the period (WP260 para. 48), however it is
// worded: "not stored for longer than needed", "no longer than necessary", "until they are no
// longer needed", «så lenge det er nødvendig», «så lenge vi trenger dem», «ikke lenger enn nødvendig».
const NEEDED_EN = "(?:necessary|needed|required|we need|you need)";
const NEEDED_NB = "(?:nødvendig|påkrevd|behov|vi trenger|dere trenger|det trengs|de trengs)";
const VAGUE = new RegExp(
  [
    `\\bas long as (?:it is |it's |is |they are |we |you )?(?:reasonably )?${NEEDED_EN}`,
    `\\b(?:no|not(?: be)?(?: \\w+){0,2}(?: for)?(?: any)?) longer than (?:is |it is |what is |strictly |reasonably )?${NEEDED_EN}`,
    `\\buntil (?:it is|they are|the data are|it's|they're) no longer ${NEEDED_EN}`,
    `\\bså lenge (?:som )?(?:det er )?${NEEDED_NB}`,
    `\\bså lenge (?:vi|dere) (?:trenger|har bruk for)`,
    `\\blenger enn (?:det som er |det er |strengt )?${NEEDED_NB}`,
    `\\b(?:inntil|til) (?:de|det|opplysningene|dataene) ikke lenger (?:er ${NEEDED_NB}|trengs|behøves)`,
  ].join("|"),
  "i",
);

export const RT_002 = defineRule(
  {
    id: "RT-002",
    severity: "warning",
    article: "GDPR Art. 13(2)(a); WP260",
    title: { en: "Retention only “as long as necessary”", nb: "Lagringstid bare «så lenge det er nødvendig»" },
  },
  (snapshot) =>
    activitiesInScope(snapshot).flatMap((activity) =>
      activity.retentionRules.flatMap((rule, i) => {
        if (rule.duration !== null) return [];
        const text = everyLanguage(rule.criteriaText);
        // Criteria that name a number or a concrete event ("until the contract ends") are fine.
        if (!VAGUE.test(text) || /\d/.test(text)) return [];
        const name = activityName(activity);
        return [
          activityFinding(RT_002, activity, `retentionRules.${i}.criteriaText`, {
            en: `“As long as necessary” does not tell people how long ${name.en} keeps their data. Give a period, or the event and criteria that end it (e.g. “24 months after the case is closed”).`,
            nb: `«Så lenge det er nødvendig» sier ikke hvor lenge ${name.nb} lagrer opplysningene. Oppgi en periode, eller hendelsen og kriteriene som avslutter den (f.eks. «24 måneder etter at saken er avsluttet»).`,
          }),
        ];
      }),
    ),
);

const YEARS_PER_UNIT: Record<RetentionUnit, number> = { DAYS: 1 / 365, WEEKS: 7 / 365, MONTHS: 1 / 12, YEARS: 1 };
const BOOKKEEPING = /bokføringslov|bokfl\b|bookkeeping act/i;
// A rule that says it covers secondary documentation (contracts, order confirmations).
const SECONDARY = /sekundærdokumentasjon|secondary documentation/i;

/**
 * bokfl. § 13: primary documentation 5 years after the end of the accounting year;
 * secondary documentation 3 years 6 months. The register has no field for which kind a
 * rule covers, so a rule counts as secondary only where its criteria or legal reference
 * say so; anything else under 5 years warns, and the message names the 3.5-year case.
 */
export const RT_003 = defineRule(
  {
    id: "RT-003",
    severity: "warning",
    article: "bokføringsloven § 13",
    title: { en: "Accounting records kept shorter than the Bookkeeping Act requires", nb: "Regnskapsmateriale lagres kortere enn bokføringsloven krever" },
  },
  (snapshot) =>
    activitiesInScope(snapshot).flatMap((activity) =>
      activity.retentionRules.flatMap((rule, i) => {
        const accounting = rule.trigger === "AFTER_END_OF_ACCOUNTING_YEAR" || BOOKKEEPING.test(everyLanguage(rule.legalReference));
        if (!accounting || rule.duration === null || rule.unit === null) return [];
        const years = rule.duration * YEARS_PER_UNIT[rule.unit];
        const minimum = SECONDARY.test(`${everyLanguage(rule.criteriaText)} ${everyLanguage(rule.legalReference)}`) ? 3.5 : 5;
        if (years >= minimum - 1e-9) return [];
        const name = activityName(activity);
        const belowSecondary = years < 3.5 - 1e-9;
        return [
          activityFinding(RT_003, activity, `retentionRules.${i}.duration`, {
            en: belowSecondary
              ? `Accounting records in ${name.en} are kept for less than the Bookkeeping Act § 13 allows: 5 years after the end of the accounting year for primary documentation, and at least 3.5 years for secondary documentation.`
              : `Accounting records in ${name.en} are kept for less than 5 years. Primary documentation (invoices, vouchers, payroll) must be kept 5 years after the end of the accounting year (Bookkeeping Act § 13); 3.5 years is enough only for secondary documentation such as contracts and orders.`,
            nb: belowSecondary
              ? `Regnskapsmateriale i ${name.nb} lagres kortere enn bokføringsloven § 13 tillater: fem år etter regnskapsårets slutt for primærdokumentasjon, og minst tre år og seks måneder for sekundærdokumentasjon.`
              : `Regnskapsmateriale i ${name.nb} lagres kortere enn fem år. Primærdokumentasjon (fakturaer, bilag, lønn) skal oppbevares i fem år etter regnskapsårets slutt (bokføringsloven § 13); tre år og seks måneder holder bare for sekundærdokumentasjon, som kontrakter og ordrer.`,
          }),
        ];
      }),
    ),
);

// The DPO's own data categories: camera recordings are recognised by their label or description.
const CAMERA = /\bcamera|\bcctv\b|video surveillance|surveillance (?:video|footage)|kamera|videoovervåk/i;
const DAYS_PER_UNIT: Record<RetentionUnit, number> = { DAYS: 1, WEEKS: 7, MONTHS: 28, YEARS: 365 };
/** The camera regulation's limit: recordings deleted at the latest seven days after they were made. */
const CAMERA_DAYS = 7;

/**
 * Forskrift om kameraovervåking i virksomhet (FOR-2018-07-02-1107; Datatilsynet «Skilting og
 * sletting»): recordings are deleted when there is no longer a reason to keep them, and at the
 * latest seven days after they were made; longer only for a recording likely to be handed to the
 * police about an incident. A rule for camera recordings — its own data category, or a rule for
 * the whole activity that holds them — with a longer period is flagged. A warning: the incident
 * exception is the DPO's to document, and where no workplace is filmed Datatilsynet treats seven
 * days as the rule of thumb rather than a limit. A month counts as 28 days, so any month is over.
 */
export const RT_004 = defineRule(
  {
    id: "RT-004",
    severity: "warning",
    article: "Forskrift om kameraovervåking i virksomhet; GDPR Art. 5(1)(e)",
    title: { en: "Camera recordings kept longer than seven days", nb: "Kameraopptak lagres lenger enn sju dager" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      const cameras = new Set(
        dataCategoriesOf(activity, index)
          .filter((category) => CAMERA.test([category.labelEn, category.labelNb, category.descriptionEn ?? "", category.descriptionNb ?? ""].join(" ")))
          .map((category) => category.id),
      );
      if (cameras.size === 0) return [];
      return activity.retentionRules.flatMap((rule, i) => {
        if (rule.dataCategoryId !== null && !cameras.has(rule.dataCategoryId)) return [];
        if (rule.duration === null || rule.unit === null || rule.duration * DAYS_PER_UNIT[rule.unit] <= CAMERA_DAYS) return [];
        const name = activityName(activity);
        return [
          activityFinding(RT_004, activity, `retentionRules.${i}.duration`, {
            en: `Camera recordings in ${name.en} are kept longer than seven days. The camera regulation for undertakings requires deletion at the latest seven days after recording; keep a recording longer only when it is likely to be handed to the police about an incident, and say so in the criteria.`,
            nb: `Kameraopptak i ${name.nb} lagres lenger enn sju dager. Forskrift om kameraovervåking i virksomhet krever sletting senest sju dager etter opptak; oppbevar et opptak lenger bare når det sannsynligvis skal utleveres til politiet i forbindelse med en hendelse, og skriv det i kriteriene.`,
          }),
        ];
      });
    }),
);
