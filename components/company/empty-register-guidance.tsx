import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/**
 * What an empty register shows instead of "all green" (issue 13): that it is empty and what
 * to do first — decide on the suggestions, start from a template, import, or write an
 * activity. Who may not write is told who can.
 */
export async function EmptyRegisterGuidance({ base, canWrite, suggestions }: { base: string; canWrite: boolean; suggestions: number }) {
  const t = await getTranslations("emptyRegister");
  const steps = [
    ...(suggestions > 0 ? [{ text: t("suggestions", { count: suggestions }), href: `${base}/catalogs#suggestions`, link: t("suggestionsLink") }] : []),
    { text: t("template"), href: `${base}/activities/templates`, link: t("templateLink") },
    { text: t("import"), href: `${base}/export`, link: t("importLink") },
    { text: t("add"), href: `${base}/activities/new`, link: t("addLink") },
  ];
  return (
    <Card className="space-y-3 border-sky-300" data-testid="empty-register" aria-labelledby="empty-register-heading">
      <h2 id="empty-register-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("text")}</p>
      {canWrite ? (
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          {steps.map((step) => (
            <li key={step.href}>
              {step.text}{" "}
              <Link className="font-medium text-brand-800 underline" href={step.href}>
                {step.link}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-700">{t("readOnly")}</p>
      )}
    </Card>
  );
}
