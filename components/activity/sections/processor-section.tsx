"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, EditorSection, ListAnchor, TextField, useEditor, type RowKey } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/** Art. 30(2): the processor's record — the controllers it serves, their contacts and the agreements. */
export function ProcessorSection() {
  const t = useTranslations("activities");
  const { form, readOnly } = useEditor();
  const controllersServed = useFieldArray({ control: form.control, name: "controllersServed", keyName: "key" });
  const watched = useWatch({ control: form.control, name: "controllersServed" });
  return (
    <EditorSection id="processor" title={t("section.processor")}>
      <LocalizedTextField path="processingCategories" label={t("field.processingCategories")} multiline />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="controllerDpaRef" label={t("field.controllerDpaRef")} />
        <TextField path="controllerDpaDate" label={t("field.controllerDpaDate")} type="date" />
      </div>
      <h3 className="font-medium">{t("field.controllersServed")}</h3>
      <ListAnchor path="controllersServed" />
      {controllersServed.fields.map((field, index) => {
        const p = (key: RowKey<"controllersServed">) => `controllersServed.${index}.${key}` as const;
        // ADR 030: our customers as a class is worded by the vocabulary in each language; only a named controller has a name.
        const ourCustomers = watched?.[index]?.ourCustomers === true;
        return (
          <div key={field.key} role="group" aria-label={t("controllerServedN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
            <CheckboxField path={p("ourCustomers")} label={t("field.controllerOurCustomers")} className="sm:col-span-2" />
            {ourCustomers ? (
              <LocalizedTextField path={p("listedIn")} label={t("field.customersListedIn")} hint={t("customersListedInHint")} />
            ) : (
              <TextField path={p("name")} label={t("field.controllerName")} />
            )}
            <TextField path={p("contact")} label={t("field.contact")} />
            <TextField path={p("representative")} label={t("field.representative")} />
            <TextField path={p("dpoContact")} label={t("field.dpoContact")} />
            <LocalizedTextField path={p("processingCategories")} label={t("field.processingCategories")} />
            <TextField path={p("dpaRef")} label={t("field.dpaRef")} />
            <TextField path={p("dpaDate")} label={t("field.dpaDate")} type="date" />
            {readOnly ? null : (
              <Button variant="ghost" size="sm" onClick={() => controllersServed.remove(index)}>
                {t("removeItem", { item: t("controllerServedN", { n: index + 1 }) })}
              </Button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <Button variant="secondary" onClick={() => controllersServed.append({ ourCustomers: false, name: "", listedIn: {}, contact: "", representative: "", dpoContact: "", processingCategories: {}, dpaRef: "", dpaDate: "" })}>
          {t("field.addControllerServed")}
        </Button>
      )}
    </EditorSection>
  );
}
