import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { languageOfFinding } from "@/lib/register/checks/languages";
import type { Finding } from "@/lib/register/checks/types";
import { languageName, type Language } from "@/lib/register/languages";

/**
 * The publish gate per language (issue 9): for each notice language, how many of its texts
 * are missing (LANG-001, listed with their links among the findings below) and the way to the
 * translation view for that language. A language with a missing text is held back: the others
 * are published without it, and its public page keeps its last version (ADR 027).
 */
export async function PublishGate({
  companyId,
  languages,
  findings,
  held,
  locale,
}: {
  companyId: string;
  languages: Language[];
  findings: Pick<Finding, "ruleId" | "field">[];
  held: { language: Language; publicVersion: number | null }[];
  locale: Language;
}) {
  const t = await getTranslations("translations");
  const missing = (language: Language) => findings.filter((finding) => languageOfFinding(finding) === language).length;
  const heldBack = (language: Language) => {
    const entry = held.find((h) => h.language === language);
    if (!entry) return null;
    return entry.publicVersion === null ? t("publishGateHeldNone") : t("publishGateHeld", { number: entry.publicVersion });
  };
  return (
    <ul className="space-y-1 text-sm" data-testid="publish-gate">
      {languages.map((language) => {
        const count = missing(language);
        return (
          <li key={language} data-language={language} data-missing={count}>
            {count === 0 ? (
              t("publishGateReady", { language: languageName(language, locale) })
            ) : (
              <>
                {t("publishGate", { language: languageName(language, locale), count })}{" "}
                <Link className="underline" href={`/companies/${companyId}/translations?lang=${language}`}>
                  {t("translateThem")}
                </Link>
                {heldBack(language) ? <> {heldBack(language)}</> : null}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
