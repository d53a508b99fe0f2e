"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { CheckboxField, EditorSection, SelectField, TextField, useEditor } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/**
 * Art. 22, 13(2)(f): automated decisions with their logic, significance and consequences;
 * Art. 35: the DPIA; Art. 30(5): whether the exemption from keeping a record could apply.
 */
export function AdmSection() {
  const t = useTranslations("activities");
  const { form, enumLabel } = useEditor();
  const admExists = useWatch({ control: form.control, name: "adm.exists" });
  const empty = t("notChosen");
  return (
    <EditorSection id="adm" title={t("section.adm")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <CheckboxField path="adm.exists" label={t("field.admExists")} className="sm:col-span-2" />
        {admExists ? (
          <>
            <LocalizedTextField path="adm.logic" label={t("field.admLogic")} multiline />
            <LocalizedTextField path="adm.significance" label={t("field.admSignificance")} multiline />
            <LocalizedTextField path="adm.consequences" label={t("field.admConsequences")} multiline />
            <SelectField path="adm.art22Exception" label={t("field.admArt22Exception")} empty={empty} options={enumOptions(E.ART22_EXCEPTIONS, (v) => enumLabel("Art22Exception", v))} />
          </>
        ) : null}
        <CheckboxField path="dpia.required" label={t("field.dpiaRequired")} />
        <SelectField path="dpia.status" label={t("field.dpiaStatus")} empty={empty} options={enumOptions(E.DPIA_STATUSES, (v) => enumLabel("DpiaStatus", v))} />
        <TextField path="dpia.link" label={t("field.dpiaLink")} />
        <CheckboxField path="isOccasional" label={t("field.isOccasional")} />
        <CheckboxField path="isLikelyRisk" label={t("field.isLikelyRisk")} />
      </div>
    </EditorSection>
  );
}
