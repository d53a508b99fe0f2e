"use client";
import { useTranslations } from "next-intl";
import { useWatch, type UseFieldArrayReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { EditorSection, ListAnchor, SelectField, TextField, useEditor, type RowKey } from "../fields";
import { LocalizedTextField, LegalReferenceField } from "../localized-text-field";

/** The activity's purposes as a field array; the purposes and the notice-texts sections share one. */
export type PurposesArray = UseFieldArrayReturn<ActivityFormValues, "purposes", "key">;

/** Art. 30(1)(b), 13(1)(c)–(d): each purpose with its one lawful basis and what that basis demands. */
export function PurposesSection({ purposes }: { purposes: PurposesArray }) {
  const t = useTranslations("activities");
  const { form, readOnly, enumLabel } = useEditor();
  const watched = useWatch({ control: form.control, name: "purposes" });
  const empty = t("notChosen");
  return (
    <EditorSection id="purposes" title={t("section.purposes")}>
      <ListAnchor path="purposes" />
      {purposes.fields.map((field, index) => {
        const basis = watched?.[index]?.lawfulBasis;
        const p = (key: RowKey<"purposes">) => `purposes.${index}.${key}` as const;
        return (
          <div key={field.key} role="group" aria-label={t("purposeN", { n: index + 1 })} className="space-y-3 rounded-md border border-slate-200 p-3">
            <div className="flex items-center justify-between">
              <h3 className="font-medium">{t("purposeN", { n: index + 1 })}</h3>
              {readOnly ? null : (
                <Button variant="ghost" size="sm" onClick={() => purposes.remove(index)}>
                  {t("removeItem", { item: t("purposeN", { n: index + 1 }) })}
                </Button>
              )}
            </div>
            <LocalizedTextField path={p("description")} label={t("field.purposeDescription")} multiline />
            <SelectField path={p("lawfulBasis")} label={t("field.lawfulBasis")} empty={empty} options={enumOptions(E.LAWFUL_BASES, (v) => enumLabel("LawfulBasis", v))} />
            {basis === "LEGAL_OBLIGATION" || basis === "PUBLIC_TASK" ? <LegalReferenceField path={p("legalReference")} label={t("field.legalReference")} /> : null}
            {basis === "LEGITIMATE_INTERESTS" ? (
              <div className="grid gap-3 sm:grid-cols-2">
                <LocalizedTextField path={p("legitimateInterest")} label={t("field.legitimateInterest")} multiline className="sm:col-span-2" />
                <TextField path={p("liaRef")} label={t("field.liaRef")} hint={watched?.[index]?.liaRef ? undefined : t("liaHint")} />
                <TextField path={p("liaDate")} label={t("field.liaDate")} type="date" />
              </div>
            ) : null}
            {basis === "CONSENT" ? <LocalizedTextField path={p("consentWithdrawal")} label={t("field.consentWithdrawal")} /> : null}
          </div>
        );
      })}
      {readOnly ? null : (
        <Button
          variant="secondary"
          onClick={() =>
            purposes.append({ id: "", description: {}, lawfulBasis: "", legalReference: { law: "", section: "", text: {} }, legitimateInterest: {}, liaRef: "", liaDate: "", consentWithdrawal: {}, noticeTextEn: "", noticeTextNb: "" })
          }
        >
          {t("field.addPurpose")}
        </Button>
      )}
      {(watched ?? []).some((p) => p?.lawfulBasis === "CONSENT") ? <TextField path="consentRecordRef" label={t("field.consentRecordRef")} /> : null}
    </EditorSection>
  );
}
