import type * as E from "@/lib/register/enums";

/**
 * The GDPR article behind a lawful basis or an Art. 9(2) condition, the same in
 * every language; each language cites it in its own style (Vocabulary.article).
 */
export const ARTICLES: { LawfulBasis: Record<E.LawfulBasis, string>; Art9Condition: Record<E.Art9Condition, string> } = {
  LawfulBasis: {
    CONSENT: "6(1)(a)",
    CONTRACT: "6(1)(b)",
    LEGAL_OBLIGATION: "6(1)(c)",
    VITAL_INTERESTS: "6(1)(d)",
    PUBLIC_TASK: "6(1)(e)",
    LEGITIMATE_INTERESTS: "6(1)(f)",
  },
  Art9Condition: {
    EXPLICIT_CONSENT: "9(2)(a)",
    EMPLOYMENT_SOCIAL_SECURITY: "9(2)(b)",
    VITAL_INTERESTS: "9(2)(c)",
    NOT_FOR_PROFIT_MEMBERS: "9(2)(d)",
    MANIFESTLY_MADE_PUBLIC: "9(2)(e)",
    LEGAL_CLAIMS: "9(2)(f)",
    SUBSTANTIAL_PUBLIC_INTEREST: "9(2)(g)",
    HEALTH_OR_SOCIAL_CARE: "9(2)(h)",
    PUBLIC_HEALTH: "9(2)(i)",
    ARCHIVING_RESEARCH_STATISTICS: "9(2)(j)",
  },
};
