"use client";
import { useTranslations } from "next-intl";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { CheckboxField, EditorSection, SelectField, TextField, useEditor } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/** Art. 30(1)(a)–(b): what the activity is called, who we are in it, and whether the notice lists it. */
export function GeneralSection() {
  const t = useTranslations("activities");
  const { enumLabel } = useEditor();
  return (
    <EditorSection id="general" title={t("section.general")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="name" label={t("field.name")} className="sm:col-span-2" />
        <SelectField path="role" label={t("field.role")} options={enumOptions(E.ACTIVITY_ROLES, (v) => enumLabel("ActivityRole", v))} />
        <SelectField path="status" label={t("field.status")} options={enumOptions(["DRAFT", "ACTIVE"], (v) => enumLabel("ActivityStatus", v))} />
        <LocalizedTextField path="description" label={t("field.description")} multiline className="sm:col-span-2" />
        <TextField path="noticeTitleEn" label={t("field.noticeTitleEn")} />
        <TextField path="noticeTitleNb" label={t("field.noticeTitleNb")} />
        <CheckboxField path="showInNotice" label={t("field.showInNotice")} />
      </div>
    </EditorSection>
  );
}
