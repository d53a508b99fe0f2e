import type { RetentionTrigger, RetentionUnit } from "./enums";
import { LANGUAGES, type Language } from "./languages";
import { legalReferenceIn, textIn, type LegalReference, type LocalizedText } from "./localized-text";
import { VOCABULARY, type Forms, type TriggerWords } from "./vocabulary";

/**
 * The one place a retention rule is put into words (GDPR Art. 13(2)(a), 14(2)(a),
 * 30(1)(f)). The notice, the Art. 30 PDF and every other rendering call these, so
 * that a rule reads the same everywhere and says all it holds: period, the event it
 * runs from, the criteria and the law behind it.
 *
 * Two voices: "notice" speaks to the data subject ("until you withdraw your
 * consent"); "register" is the third person a case officer reads ("until consent
 * is withdrawn"). Free texts (trigger text, criteria, legal reference) come in the
 * caller's language and are used as written.
 */
export type RetentionLanguage = Language;
export type RetentionVoice = "notice" | "register";

export type RetentionRuleWords = {
  duration: number | null;
  unit: RetentionUnit | null;
  trigger: RetentionTrigger | null;
  triggerText: string | null;
  criteriaText: string | null;
  legalReference: string | null;
};

/**
 * A stored rule's words in one language: its texts per language read in `lang` only
 * (issue 9), its legal reference cited in `lang` (a law of the list renders in each).
 */
export function retentionWordsIn(
  rule: { duration: number | null; unit: RetentionUnit | null; trigger: RetentionTrigger | null; triggerText: LocalizedText; criteriaText: LocalizedText; legalReference: LegalReference },
  lang: RetentionLanguage,
): RetentionRuleWords {
  return {
    duration: rule.duration,
    unit: rule.unit,
    trigger: rule.trigger,
    triggerText: textIn(rule.triggerText, lang),
    criteriaText: textIn(rule.criteriaText, lang),
    legalReference: legalReferenceIn(rule.legalReference, lang),
  };
}

/** The units and the events a period runs from are the vocabulary's (lib/register/vocabulary). */
const UNIT = (lang: RetentionLanguage) => VOCABULARY[lang].units.retention;
const TRIGGER = (voice: RetentionVoice, lang: RetentionLanguage) => VOCABULARY[lang].triggers[voice];


/** "1 month", "2 months", «1 måned», «2 måneder», «3 år». */
export function retentionQuantity(count: number, unit: RetentionUnit, lang: RetentionLanguage): string {
  return `${count} ${retentionUnitWord(count, unit, lang)}`;
}

/** The unit as it follows a count ("month" after 1, "months" otherwise, and when no count is given). */
export function retentionUnitWord(count: number | null, unit: RetentionUnit, lang: RetentionLanguage): string {
  const forms = UNIT(lang)[unit];
  return count === 1 ? forms.one : forms.other;
}

/** A unit word in either language, singular or plural («måned», "years"); null if it is none. */
export function retentionUnitFromWord(text: string): RetentionUnit | null {
  const wanted = text.trim().toLowerCase();
  for (const lang of LANGUAGES)
    for (const [unit, forms] of Object.entries(UNIT(lang)) as [RetentionUnit, Forms][]) if (forms.one === wanted || forms.other === wanted) return unit;
  return null;
}

const fold = (text: string | null): string | null => {
  const folded = text?.replace(/\s+/g, " ").trim().replace(/[.]+$/, "") ?? "";
  return folded === "" ? null : folded;
};

function triggerWords(trigger: RetentionTrigger, triggerText: string | null, voice: RetentionVoice, lang: RetentionLanguage): TriggerWords {
  if (trigger !== "OTHER") return TRIGGER(voice, lang)[trigger];
  // "after the adjustment ends" typed into the trigger text would read "after after …".
  const event = fold(triggerText)?.replace(/^(after|etter)\s+/i, "") || VOCABULARY[lang].triggers.otherUndescribed[voice];
  // Trigger texts are written to follow "after"/«etter» («at den ansatte slutter»); «til» takes the clause without «at».
  const until = lang === "nb" ? `til ${event.replace(/^at /, "")}` : `until ${event}`;
  return { after: event, until };
}

/**
 * The period of a rule: `kind` "duration" for "3 months after the contract ends"
 * (the caller adds "for"/«i» where its sentence needs it), "until" for a phrase that
 * stands alone ("until you withdraw your consent"). Null when the rule has no period:
 * a number without a unit says nothing, and a zero is never printed as "0 days".
 */
export function retentionPeriod(rule: RetentionRuleWords, voice: RetentionVoice, lang: RetentionLanguage): { kind: "duration" | "until"; text: string } | null {
  if (rule.duration === null || rule.unit === null) return null;
  if (rule.duration === 0) {
    if (rule.trigger) return { kind: "until", text: triggerWords(rule.trigger, rule.triggerText, voice, lang).until };
    return { kind: "until", text: VOCABULARY[lang].triggers.onlyWhileUsed[voice] };
  }
  const quantity = retentionQuantity(rule.duration, rule.unit, lang);
  if (!rule.trigger) return { kind: "duration", text: quantity };
  return { kind: "duration", text: `${quantity} ${VOCABULARY[lang].words.after} ${triggerWords(rule.trigger, rule.triggerText, voice, lang).after}` };
}


// Criteria that continue the period ("or until you opt out, whichever comes first")
// are joined to it with a comma; anything else is its own sentence after it.
const CONTINUATION: Record<RetentionLanguage, RegExp> = {
  en: /^(and|or|but|unless|except|until|whichever)\b/,
  nb: /^(og|eller|men|med mindre|unntatt|til|inntil|hvis|dersom)\b/,
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** The full stop a sentence still needs (criteria may end in "?" or "!"). */
const stop = (text: string) => (/[!?…]$/.test(text) ? "" : ".");

/**
 * What the notice says of one rule, in the "How long" column of its first layer: "5 years
 * after the end of the accounting year, under the Bookkeeping Act (bokføringsloven) § 13."
 * `what` names the data the rule covers ("Payment data"), null for the activity's data as a
 * whole. Criteria that already state the period ("Deleted 24 months after the case is
 * closed, unless …") stand in for the generated period rather than repeat it. Null when the
 * rule has neither a period nor criteria (RT-001 reports it).
 */
export function retentionNoticeText(rule: RetentionRuleWords, lang: RetentionLanguage, what: string | null): string | null {
  const period = retentionPeriod(rule, "notice", lang);
  const criteria = fold(rule.criteriaText);
  const reference = fold(rule.legalReference);
  const prefix = what ? `${what}: ` : "";
  const cited = (text: string) => (reference && !text.includes(reference) ? `${text}, ${underLaw(reference, lang)}` : text);
  const statesPeriod = criteria !== null && criteriaStatePeriod(criteria, rule, lang);
  let text: string;
  if (!period || statesPeriod) {
    if (!criteria) return null;
    text = cited(capitalise(criteria));
  } else {
    const continues = criteria !== null && CONTINUATION[lang].test(criteria);
    // After a label the generated period stays lower case ("Payment data: until …").
    const core = cited(what ? period.text : capitalise(period.text)) + (continues ? `, ${criteria}` : "");
    text = criteria && !continues ? `${core}. ${capitalise(criteria)}` : core;
  }
  return `${prefix}${text}${stop(text)}`;
}

const NUMBER_WORDS: Record<RetentionLanguage, string[][]> = {
  en: [[], ["one", "a"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"], ["eight"], ["nine"], ["ten"], ["eleven"], ["twelve"]],
  nb: [[], ["én", "en", "ett", "et"], ["to"], ["tre"], ["fire"], ["fem"], ["seks"], ["sju", "syv"], ["åtte"], ["ni"], ["ti"], ["elleve"], ["tolv"]],
};

// Bokmål counts with the definite form too («de tre årene», «de seks månedene»).
const UNIT_ENDINGS: Record<RetentionLanguage, string[]> = { en: [""], nb: ["", "n", "en", "et", "ne", "ene"] };
// Words that say from when a period counts: "24 months after the case is closed", «to år fra levering».
const COUNTS_FROM: Record<RetentionLanguage, string[]> = { en: ["after", "from", "since", "following"], nb: ["etter", "fra", "regnet"] };

/**
 * Whether criteria state the rule's period themselves, so that they can stand in for the
 * generated one: the quantity ("24 months", "three months", «fem år», «de tre årene») and, when
 * the period counts from an event, from when ("… after the case is closed"). Criteria that only
 * give the quantity of something else («reklamasjonsfristen er to år») leave the period said.
 */
export function criteriaStatePeriod(criteria: string, rule: Pick<RetentionRuleWords, "duration" | "unit" | "trigger">, lang: RetentionLanguage): boolean {
  if (rule.duration === null || rule.unit === null || rule.duration <= 0) return false;
  const forms = UNIT(lang)[rule.unit];
  const units = UNIT_ENDINGS[lang].flatMap((ending) => [forms.one + ending, forms.other + ending]);
  const numbers = [String(rule.duration), ...(NUMBER_WORDS[lang][rule.duration] ?? [])];
  const words = criteria.toLowerCase().split(/[^\p{L}\d]+/u);
  return words.some(
    (word, i) => numbers.includes(word) && units.includes(words[i + 1] ?? "") && (!rule.trigger || COUNTS_FROM[lang].includes(words[i + 2] ?? "")),
  );
}

/**
 * A legal reference in running text, by kind: a provision is cited "under …"/«etter …»;
 * a text the DPO already wrote with its own preposition ("according to …", «jf. …») stays.
 */
export function underLaw(reference: string, lang: RetentionLanguage): string {
  if (/^(under|according to|pursuant to|as required by|etter|jf\.|i henhold til|i medhold av|med hjemmel i)\s/i.test(reference)) return reference;
  return lang === "nb" ? `etter ${reference}` : `under ${reference}`;
}

/**
 * One rule as a case officer reads it in the Art. 30 record: "5 years after the end of
 * the accounting year (bokføringsloven § 13); criteria: …". Null when the rule has
 * neither a period nor criteria.
 */
export function retentionRegisterText(rule: RetentionRuleWords, lang: RetentionLanguage): string | null {
  const period = retentionPeriod(rule, "register", lang);
  const criteria = fold(rule.criteriaText);
  const reference = fold(rule.legalReference);
  const words = REGISTER[lang];
  const parts = [
    period ? `${capitalise(period.text)}${reference ? ` (${reference})` : ""}` : null,
    criteria ? (period ? `${words.criteria}: ${criteria}` : `${capitalise(criteria)}${reference ? ` (${reference})` : ""}`) : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join("; ");
}

const REGISTER: Record<RetentionLanguage, { criteria: string }> = {
  en: { criteria: "criteria" },
  nb: { criteria: "kriterier" },
};
