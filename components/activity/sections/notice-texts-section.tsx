"use client";
import { useTranslations } from "next-intl";
import { EditorSection, TextField } from "../fields";
import type { PurposesArray } from "./purposes-section";

/** The DPO's own wording that replaces a generated sentence of the notice, per activity and per purpose. */
export function NoticeTextsSection({ purposes }: { purposes: PurposesArray }) {
  const t = useTranslations("activities");
  return (
    <EditorSection id="noticeTexts" title={t("section.noticeTexts")}>
      <p className="text-sm text-slate-600">{t("noticeTextHint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="noticeTextEn" label={t("field.noticeTextEn")} multiline />
        <TextField path="noticeTextNb" label={t("field.noticeTextNb")} multiline />
        {purposes.fields.map((field, index) => (
          <div key={field.key} className="space-y-2 sm:col-span-2">
            <h3 className="font-medium">{t("purposeN", { n: index + 1 })}</h3>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField path={`purposes.${index}.noticeTextEn`} label={`${t("field.purposeNoticeTextEn")} (${index + 1})`} multiline />
              <TextField path={`purposes.${index}.noticeTextNb`} label={`${t("field.purposeNoticeTextNb")} (${index + 1})`} multiline />
            </div>
          </div>
        ))}
      </div>
    </EditorSection>
  );
}
