import { getTranslations } from "next-intl/server";
import { companySpecificParts, type CompanyTodo } from "@/lib/register/templates/apply";
import type { ActivityTemplate } from "@/lib/register/templates";
import { enumLabelForInterface } from "@/lib/register/vocabulary";

/**
 * Shown above the editor of an activity added from a template: what the template assumed
 * about the company (to check) and what only the company can fill in (to do). Open right
 * after adding; folded away on later visits.
 */
export async function TemplateAssumptions({ template, locale, open }: { template: ActivityTemplate; locale: "en" | "nb"; open: boolean }) {
  const t = await getTranslations("templates");
  const todoText = (todo: CompanyTodo): string => {
    switch (todo.kind) {
      case "processors":
      case "recipients":
      case "systems":
        return t(`todo.${todo.kind}`, { examples: todo.examples[locale] });
      case "cookies":
      case "controllersServed":
      case "consentRecord":
        return t(`todo.${todo.kind}`);
      case "balancingTest":
        return t("todo.balancingTest", { purpose: template.purposes[todo.purposeIndex]?.description[locale] ?? "" });
      case "securityMeasures":
        return t("todo.securityMeasures", { kinds: todo.kinds.map((kind) => enumLabelForInterface("SecurityMeasureKind", kind, locale)).join(", ") });
    }
  };
  return (
    <details open={open} className="rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950" data-testid="template-assumptions">
      <summary className="cursor-pointer font-medium">{t("addedFrom", { name: template.name[locale] })}</summary>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="template-assumed">
          <h2 id="template-assumed" className="font-semibold">
            {t("assumedTitle")}
          </h2>
          <p className="text-xs">{t("assumedIntro")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {template.assumptions.map((assumption) => (
              <li key={assumption.en}>{assumption[locale]}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="template-todo">
          <h2 id="template-todo" className="font-semibold">
            {t("todoTitle")}
          </h2>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {companySpecificParts(template).map((todo, i) => (
              <li key={`${todo.kind}-${i}`}>{todoText(todo)}</li>
            ))}
          </ul>
        </section>
      </div>
    </details>
  );
}
