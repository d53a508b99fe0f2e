"use client";
import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { EditorSection, ListAnchor, TextField, useEditor, type RowKey } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/** Art. 26: the joint controllers, and the essence of the arrangement the data subject is told (26(2)). */
export function JointControllersSection() {
  const t = useTranslations("activities");
  const { form, readOnly } = useEditor();
  const jointControllers = useFieldArray({ control: form.control, name: "jointControllers", keyName: "key" });
  return (
    <EditorSection id="jointControllers" title={t("section.jointControllers")}>
      <ListAnchor path="jointControllers" />
      {jointControllers.fields.map((field, index) => {
        const p = (key: RowKey<"jointControllers">) => `jointControllers.${index}.${key}` as const;
        return (
          <div key={field.key} role="group" aria-label={t("jointControllerN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
            <TextField path={p("name")} label={t("field.jointControllerName")} />
            <TextField path={p("contact")} label={t("field.contact")} hint={t("jointControllerContactHint")} />
            <TextField path={p("arrangementLink")} label={t("field.arrangementLink")} />
            <LocalizedTextField path={p("essenceText")} label={t("field.essenceText")} multiline className="sm:col-span-2" />
            {readOnly ? null : (
              <Button variant="ghost" size="sm" onClick={() => jointControllers.remove(index)}>
                {t("removeItem", { item: t("jointControllerN", { n: index + 1 }) })}
              </Button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <Button variant="secondary" onClick={() => jointControllers.append({ name: "", contact: "", arrangementLink: "", essenceText: {} })}>
          {t("field.addJointController")}
        </Button>
      )}
    </EditorSection>
  );
}
