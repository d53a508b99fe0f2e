import type { LegalReference, LocalizedText } from "@/lib/register/localized-text";
import type { ActivitySnapshot, ActivitySourceSnapshot, ControllerServedSnapshot, JointControllerSnapshot, PurposeSnapshot, RetentionRuleSnapshot, TransferSnapshot } from "@/lib/register/snapshot";
import { VOCABULARY } from "@/lib/register/vocabulary";
import { legalReferenceForExport, textForExport, type ExportLanguage } from "./labels";

type Text = string | null;

export type PurposeInLanguage = Omit<PurposeSnapshot, "description" | "legalReference" | "legitimateInterest" | "consentWithdrawal"> & {
  description: string;
  legalReference: Text;
  legitimateInterest: Text;
  consentWithdrawal: Text;
};
type RetentionRuleInLanguage = Omit<RetentionRuleSnapshot, "triggerText" | "criteriaText" | "legalReference"> & { triggerText: Text; criteriaText: Text; legalReference: Text };
type TransferInLanguage = Omit<TransferSnapshot, "copyAccess" | "art49Assessment"> & { copyAccess: Text; art49Assessment: Text };

type ActivityTexts =
  | "description"
  | "art14ExemptionJustification"
  | "provisionConsequence"
  | "art9LegalReference"
  | "art10Authority"
  | "nationalIdJustification"
  | "securityMeasuresText"
  | "processingCategories";

/** An activity as one export language reads it: every text of the register in that language. */
export type ActivityInLanguage = Omit<ActivitySnapshot, ActivityTexts | "adm" | "sources" | "purposes" | "jointControllers" | "controllersServed" | "transfers" | "retentionRules"> & { [K in ActivityTexts]: Text } & {
  adm: Omit<ActivitySnapshot["adm"], "logic" | "significance" | "consequences"> & { logic: Text; significance: Text; consequences: Text };
  sources: (Omit<ActivitySourceSnapshot, "name"> & { name: Text })[];
  purposes: PurposeInLanguage[];
  jointControllers: (Omit<JointControllerSnapshot, "essenceText"> & { essenceText: Text })[];
  /** `name`: a named controller's own name, or our customers as the vocabulary words the class in the language. */
  controllersServed: (Omit<ControllerServedSnapshot, "processingCategories" | "listedIn"> & { processingCategories: Text; listedIn: Text })[];
  transfers: TransferInLanguage[];
  retentionRules: RetentionRuleInLanguage[];
};

/**
 * The activity with each of its texts in `lang` (lib/export/labels.ts textForExport: a
 * text written only in another language says so in `lang`, never shows the other
 * language). The Art. 30 PDF renders from this, so none of its rows can pick the
 * wrong language.
 */
export function activityInLanguage(a: ActivitySnapshot, lang: ExportLanguage): ActivityInLanguage {
  const t = (value: LocalizedText) => textForExport(value, lang);
  const r = (value: LegalReference) => legalReferenceForExport(value, lang);
  return {
    ...a,
    description: t(a.description),
    sources: a.sources.map((s) => ({ ...s, name: t(s.name) })),
    art14ExemptionJustification: t(a.art14ExemptionJustification),
    provisionConsequence: t(a.provisionConsequence),
    art9LegalReference: r(a.art9LegalReference),
    art10Authority: t(a.art10Authority),
    nationalIdJustification: t(a.nationalIdJustification),
    securityMeasuresText: t(a.securityMeasuresText),
    processingCategories: t(a.processingCategories),
    adm: { ...a.adm, logic: t(a.adm.logic), significance: t(a.adm.significance), consequences: t(a.adm.consequences) },
    purposes: a.purposes.map((p) => ({
      ...p,
      description: t(p.description) ?? "",
      legalReference: r(p.legalReference),
      legitimateInterest: t(p.legitimateInterest),
      consentWithdrawal: t(p.consentWithdrawal),
    })),
    jointControllers: a.jointControllers.map((j) => ({ ...j, essenceText: t(j.essenceText) })),
    controllersServed: a.controllersServed.map((c) => ({
      ...c,
      name: c.ourCustomers ? VOCABULARY[lang].record.words.ourCustomers : c.name,
      listedIn: c.ourCustomers ? t(c.listedIn) : null,
      processingCategories: t(c.processingCategories),
    })),
    transfers: a.transfers.map((x) => ({ ...x, copyAccess: t(x.copyAccess), art49Assessment: t(x.art49Assessment) })),
    retentionRules: a.retentionRules.map((x) => ({ ...x, triggerText: t(x.triggerText), criteriaText: t(x.criteriaText), legalReference: r(x.legalReference) })),
  };
}
