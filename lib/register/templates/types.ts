import type * as E from "../enums";
import type { Language } from "../languages";
import type { DataCategoryKey, DataSubjectKey, AuthorityKey } from "./catalog";
import type { LegalRef } from "./laws";

/**
 * An activity template: a processing activity most Norwegian companies have, with
 * the law that governs it already filled in, in English and bokmål. It is data that
 * maps onto the register model (lib/register/snapshot.ts); `templateToActivity`
 * turns it into the editor's input once the company's catalog entries are known.
 *
 * Text fields follow the sentences the notice compiler builds around them
 * (lib/notice/lang): a purpose completes "We process your personal data to …" /
 * "Formålet er å …"; an interest completes "Our legitimate interest is: …"; a
 * retention trigger completes "… after …" / "… etter …".
 */

/** Text in each language public and legal text is written in (lib/register/languages.ts). */
export type TemplateText = Record<Language, string>;

export const TEMPLATE_CATEGORIES = ["hr", "finance", "customers", "marketing", "security", "governance"] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

type TemplatePurpose = {
  description: TemplateText;
  lawfulBasis: E.LawfulBasis;
  /** Art. 6(3): the law laying down a legal obligation or public task (LB-003). */
  law?: LegalRef[];
  /** Art. 13(1)(d): completes "Our legitimate interest is: …" (LB-004). */
  legitimateInterest?: TemplateText;
  /** Art. 7(3): completes "You can withdraw your consent at any time: …" (LB-006). */
  consentWithdrawal?: TemplateText;
};

export type TemplateRetention = {
  /** The data category the rule covers; null covers the whole activity. */
  dataCategory: DataCategoryKey | null;
  duration: number | null;
  unit: E.RetentionUnit | null;
  trigger: E.RetentionTrigger | null;
  /** Completes "… after …" when the trigger is OTHER. */
  triggerText?: TemplateText;
  /** Art. 13(2)(a) "criteria used to determine that period", where no fixed period applies. */
  criteria?: TemplateText;
  /** The law that sets the period, e.g. bokføringsloven § 13 (RT-003). */
  law?: LegalRef;
};

/**
 * Parts only the company knows. The gallery lists them as the DPO's to-do after adding
 * the template; the template test fills them as a DPO would. Balancing tests, consent
 * records and security measures follow from the purposes and are added by
 * `companySpecificParts`.
 */
export type CompanyPart =
  /** Processors that typically handle these data (payroll provider, host, …), described for the DPO. */
  | { kind: "processors"; examples: TemplateText }
  /** Independent controllers the company discloses to (auditor, insurer, …). */
  | { kind: "recipients"; examples: TemplateText }
  /** The systems where the data live. */
  | { kind: "systems"; examples: TemplateText }
  /** The cookies and similar technology the website sets (ekomloven § 3-15). */
  | { kind: "cookies" }
  /** For a processor activity: the controllers served and the DPA with each (Art. 30(2)(a), 28(3)). */
  | { kind: "controllersServed" };

export type ActivityTemplate = {
  /** Stable id, also used in URLs and the audit log ("payroll"). */
  id: string;
  category: TemplateCategory;
  name: TemplateText;
  /** One sentence for the gallery: what the activity covers. */
  summary: TemplateText;
  /** The heading in the public notice. */
  noticeTitle: TemplateText;
  role: E.ActivityRole;
  collectionSource: E.CollectionSource;
  /** Art. 14(2)(f), 14(3): where the data come from when not from the person. */
  source?: { name: TemplateText; isPublic: boolean; art14Timing: E.Art14Timing };
  /** Art. 13(2)(e): whether providing the data is required, and what happens if not. */
  provision?: { requirement: E.ProvisionRequirement; consequence?: TemplateText };
  dataSubjects: DataSubjectKey[];
  dataCategories: DataCategoryKey[];
  purposes: TemplatePurpose[];
  /** Art. 9(2) condition and, where it needs one, the law (SC-001, SC-002). */
  art9?: { condition: E.Art9Condition; law?: LegalRef[] };
  /** Art. 10; personopplysningsloven § 11: the provision that authorises it (SC-003). */
  art10Authority?: LegalRef[];
  /** personopplysningsloven § 12: completes "We process your national identity number because …" (SC-004). */
  nationalIdJustification?: TemplateText;
  /** markedsføringsloven § 15 (LB-008). */
  /** The one audience the template markets to (markedsføringsloven § 15); the DPO adds others. */
  marketing?: { who: E.MarketingAudienceGroup; channels: E.MarketingChannel[]; route: E.MarketingRoute; similarProducts?: boolean; optOutOffered?: boolean };
  /** Art. 26: the other controller, a link to the arrangement and its essence (JC-001). */
  jointControllers?: { name: string; contact: string | null; arrangementLink: string | null; essence: TemplateText }[];
  /** Art. 30(2)(b): what the company does for the controllers it serves. */
  processingCategories?: TemplateText;
  /** Public authorities that receive the data by law; created in or matched against the recipients catalog. */
  authorities?: AuthorityKey[];
  /** Security measure kinds that usually protect this activity; the company's own measures of these kinds are linked. */
  securityMeasures: E.SecurityMeasureKind[];
  retention: TemplateRetention[];
  companyParts: CompanyPart[];
  /** What the template assumed about the company; shown before and after adding it, so the DPO checks each. */
  assumptions: TemplateText[];
};
