"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { EditorSection, ListAnchor, NumberField, SelectField, useEditor, type RowKey } from "../fields";
import { LocalizedTextField, LegalReferenceField } from "../localized-text-field";
import { useLinkedIds } from "./linked-ids";

/** Art. 30(1)(f), 13(2)(a): how long, from when, by which criteria — per data category or for the whole activity. */
export function RetentionSection() {
  const t = useTranslations("activities");
  const { form, readOnly, locale, catalogs, enumLabel } = useEditor();
  const retention = useFieldArray({ control: form.control, name: "retentionRules", keyName: "key" });
  const { selected: linkedCategories } = useLinkedIds("dataCategoryIds");
  const empty = t("notChosen");
  return (
    <EditorSection id="retention" title={t("section.retention")}>
      <ListAnchor path="retentionRules" />
      {retention.fields.map((field, index) => {
        const p = (key: RowKey<"retentionRules">) => `retentionRules.${index}.${key}` as const;
        return (
          <div key={field.key} role="group" aria-label={t("retentionN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
            <SelectField
              path={p("dataCategoryId")}
              label={t("field.retentionCategory")}
              empty={t("wholeActivity")}
              options={linkedCategories.map((id) => {
                const category = catalogs.dataCategories.find((c) => c.id === id);
                return { value: id, label: category ? (locale === "nb" ? category.labelNb : category.labelEn) : id };
              })}
              className="sm:col-span-3"
            />
            <NumberField path={p("duration")} label={t("field.duration")} />
            <SelectField path={p("unit")} label={t("field.unit")} empty={empty} options={enumOptions(E.RETENTION_UNITS, (v) => enumLabel("RetentionUnit", v))} />
            <SelectField path={p("trigger")} label={t("field.trigger")} empty={empty} options={enumOptions(E.RETENTION_TRIGGERS, (v) => enumLabel("RetentionTrigger", v))} />
            <LocalizedTextField path={p("triggerText")} label={t("field.triggerText")} />
            <LegalReferenceField path={p("legalReference")} label={t("field.retentionLegalReference")} />
            <LocalizedTextField path={p("criteriaText")} label={t("field.criteriaText")} multiline className="sm:col-span-3" />
            {readOnly ? null : (
              <Button variant="ghost" size="sm" onClick={() => retention.remove(index)}>
                {t("removeItem", { item: t("retentionN", { n: index + 1 }) })}
              </Button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <Button variant="secondary" onClick={() => retention.append({ dataCategoryId: "", duration: null, unit: "", trigger: "", triggerText: {}, criteriaText: {}, legalReference: { law: "", section: "", text: {} } })}>
          {t("field.addRetention")}
        </Button>
      )}
    </EditorSection>
  );
}
