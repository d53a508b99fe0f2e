"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import * as E from "@/lib/register/enums";
import { CatalogChecklist, InlineCreate } from "../catalog-picker";
import { enumOptions } from "../editor-state";
import { EDITOR_CATALOG_ENTRY } from "../editor-types";
import { CheckboxField, EditorSection, SelectField, useEditor } from "../fields";
import { PublishedDataCategories } from "../published-catalog-text";
import { LocalizedTextField, LegalReferenceField } from "../localized-text-field";
import { useLinkedIds } from "./linked-ids";

/**
 * Art. 30(1)(c): whose data and which data. Special categories, criminal-offence data and
 * national identity numbers ask for their condition here (Art. 9(2), Art. 10, pol. § 12).
 */
export function PeopleSection() {
  const t = useTranslations("activities");
  const { form, readOnly, message, locale, companyId, catalogs, addCatalogEntry, enumLabel } = useEditor();
  const subjects = useLinkedIds("dataSubjectCategoryIds");
  const categories = useLinkedIds("dataCategoryIds");
  const name = (entry: { labelEn: string; labelNb: string }) => (locale === "nb" ? entry.labelNb : entry.labelEn);
  const linked = catalogs.dataCategories.filter((c) => categories.selected.includes(c.id));
  const empty = t("notChosen");
  const [volunteered, volunteeredHandling] = useWatch({ control: form.control, name: ["volunteeredSpecialCategories", "volunteeredHandling"] });
  return (
    <EditorSection id="people" title={t("section.people")}>
      <CatalogChecklist
        legend={t("field.dataSubjectCategories")}
        name="dataSubjectCategoryIds"
        options={catalogs.dataSubjectCategories.map((c) => ({ id: c.id, label: name(c) }))}
        selected={subjects.selected}
        onToggle={subjects.toggle}
        readOnly={readOnly}
      >
        {readOnly ? null : (
          <InlineCreate
            companyId={companyId}
            entry={EDITOR_CATALOG_ENTRY.dataSubjectCategories}
            kind="data-subject-categories"
            title={t("catalog.dataSubjectCategory")}
            locale={locale}
            fields={[
              { name: "labelEn", label: t("catalog.labelEn"), type: "text" },
              { name: "labelNb", label: t("catalog.labelNb"), type: "text" },
              { name: "includesChildren", label: t("catalog.includesChildren"), type: "checkbox" },
            ]}
            onCreated={(entry) => {
              addCatalogEntry({ kind: "dataSubjectCategories", entry });
              subjects.toggle(entry.id, true);
            }}
          />
        )}
      </CatalogChecklist>
      <CatalogChecklist
        legend={t("field.dataCategories")}
        name="dataCategoryIds"
        options={catalogs.dataCategories.map((c) => ({
          id: c.id,
          label: name(c),
          detail: c.specialCategory ? enumLabel("SpecialCategory", c.specialCategory) : c.isCriminalOffence ? "Art. 10" : c.isNationalId ? "pol. § 12" : undefined,
        }))}
        selected={categories.selected}
        onToggle={categories.toggle}
        readOnly={readOnly}
        error={message(form.formState.errors.dataCategoryIds?.message)}
      >
        {readOnly ? null : (
          <InlineCreate
            companyId={companyId}
            entry={EDITOR_CATALOG_ENTRY.dataCategories}
            kind="data-categories"
            title={t("catalog.dataCategory")}
            locale={locale}
            fields={[
              { name: "labelEn", label: t("catalog.labelEn"), type: "text" },
              { name: "labelNb", label: t("catalog.labelNb"), type: "text" },
              {
                name: "specialCategory",
                label: t("catalog.specialCategory"),
                type: "select",
                options: [{ value: "", label: t("catalog.notSpecial") }, ...enumOptions(E.SPECIAL_CATEGORIES, (v) => enumLabel("SpecialCategory", v))],
              },
              { name: "isCriminalOffence", label: t("catalog.isCriminalOffence"), type: "checkbox" },
              { name: "isNationalId", label: t("catalog.isNationalId"), type: "checkbox" },
            ]}
            onCreated={(entry) => {
              addCatalogEntry({ kind: "dataCategories", entry });
              categories.toggle(entry.id, true);
            }}
          />
        )}
      </CatalogChecklist>
      <PublishedDataCategories selected={categories.selected} />
      {/* Special categories people send unasked (a CV, a free-text field): what is done with them (SC-007, SC-008). */}
      <div className="grid gap-3 sm:grid-cols-2">
        <CheckboxField path="volunteeredSpecialCategories" label={t("field.volunteeredSpecialCategories")} className="sm:col-span-2" />
        {volunteered ? (
          <SelectField
            path="volunteeredHandling"
            label={t("field.volunteeredHandling")}
            empty={empty}
            options={enumOptions(E.VOLUNTEERED_HANDLINGS, (v) => enumLabel("VolunteeredHandling", v))}
            className="sm:col-span-2"
          />
        ) : null}
      </div>
      {linked.some((c) => c.specialCategory) || (volunteered && volunteeredHandling === "KEPT_UNDER_CONDITION") ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField path="art9Condition" label={t("field.art9Condition")} empty={empty} options={enumOptions(E.ART9_CONDITIONS, (v) => enumLabel("Art9Condition", v))} />
          <LegalReferenceField path="art9LegalReference" label={t("field.art9LegalReference")} />
        </div>
      ) : null}
      {linked.some((c) => c.isCriminalOffence) ? <LocalizedTextField path="art10Authority" label={t("field.art10Authority")} multiline /> : null}
      {linked.some((c) => c.isNationalId) ? <LocalizedTextField path="nationalIdJustification" label={t("field.nationalIdJustification")} multiline /> : null}
    </EditorSection>
  );
}
