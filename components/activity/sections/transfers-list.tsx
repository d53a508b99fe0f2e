"use client";
import { useTranslations } from "next-intl";
import { useWatch, type UseFieldArrayReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ADEQUACY_DECISIONS } from "@/lib/register/adequacy";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import { countryName } from "@/lib/register/countries";
import * as E from "@/lib/register/enums";
import { CountryOptions } from "../catalog-picker";
import { enumOptions } from "../editor-state";
import { CheckboxField, ListAnchor, SelectField, TextField, useEditor, type ActivityPath } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/**
 * Chapter V: one transfer per recipient and country, with its tool (Art. 45, 46, 49) and what
 * the tool demands — the decision, the SCC module, the TIA, how to get a copy (13(1)(f)), or
 * the Art. 49 assessment.
 */
export function TransfersList({ transfers, onAdd }: { transfers: UseFieldArrayReturn<ActivityFormValues, "transfers", "key">; onAdd: () => void }) {
  const t = useTranslations("activities");
  const { form, readOnly, locale, catalogs, enumLabel } = useEditor();
  const [watchedTransfers, watchedRecipients] = useWatch({ control: form.control, name: ["transfers", "recipients"] });
  const linkedRecipients = watchedRecipients ?? [];
  const recipientName = (id: string | undefined) => catalogs.recipients.find((r) => r.id === id)?.name ?? id ?? "";
  const empty = t("notChosen");
  return (
    <>
      <h3 className="font-medium">{t("field.transfers")}</h3>
      <ListAnchor path="transfers" />
      {transfers.fields.map((field, index) => {
        const tr = watchedTransfers?.[index];
        const p = (key: string) => `transfers.${index}.${key}` as ActivityPath;
        const recipient = catalogs.recipients.find((r) => r.id === tr?.recipientId);
        const mechanism = tr?.mechanism;
        return (
          <div key={field.key} role="group" aria-label={`${t("transferN", { n: index + 1 })}: ${recipient?.name ?? ""}`} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
            <SelectField
              path={p("recipientId")}
              label={t("field.transferRecipient")}
              options={linkedRecipients.map((r) => ({ value: r?.recipientId ?? "", label: recipientName(r?.recipientId) }))}
            />
            <div className="space-y-1">
              <label htmlFor={p("countryCode")} className="block text-sm font-medium text-slate-800">
                {t("field.countryCode")}
              </label>
              <select id={p("countryCode")} className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm" {...form.register(p("countryCode"))}>
                <CountryOptions locale={locale} />
              </select>
            </div>
            <SelectField
              path={p("mechanism")}
              label={t("field.mechanism")}
              empty={empty}
              hint={mechanism ? (mechanism === "ADEQUACY" && tr?.adequacyDecisionId ? t("adequacyPrefilled", { country: countryName(tr.countryCode ?? "", locale) }) : undefined) : t("mechanismHint")}
              options={enumOptions(E.TRANSFER_MECHANISMS, (v) => enumLabel("TransferMechanism", v))}
            />
            {mechanism === "ADEQUACY" ? (
              <SelectField
                path={p("adequacyDecisionId")}
                label={t("field.adequacyDecisionId")}
                empty={empty}
                options={ADEQUACY_DECISIONS.map((d) => ({ value: d.id, label: `${locale === "nb" ? d.subjectNb : d.subjectEn} — ${d.reference}` }))}
              />
            ) : null}
            {mechanism === "SCC_2021_914" ? (
              <SelectField path={p("sccModule")} label={t("field.sccModule")} empty={empty} options={enumOptions(E.SCC_MODULES, (v) => enumLabel("SccModule", v))} />
            ) : null}
            {mechanism && mechanism !== "EEA" && mechanism !== "ADEQUACY" && !mechanism.startsWith("DEROGATION") && mechanism !== "COMPELLING_LEGITIMATE_INTEREST" ? (
              <>
                <TextField path={p("tiaRef")} label={t("field.tiaRef")} />
                <LocalizedTextField path={p("copyAccess")} label={t("field.copyAccess")} />
              </>
            ) : null}
            {mechanism?.startsWith("DEROGATION") || mechanism === "COMPELLING_LEGITIMATE_INTEREST" ? (
              <LocalizedTextField path={p("art49Assessment")} label={t("field.art49Assessment")} multiline className="sm:col-span-2" />
            ) : null}
            <CheckboxField path={p("isRegular")} label={t("field.isRegular")} />
            {readOnly ? null : (
              <Button variant="ghost" size="sm" onClick={() => transfers.remove(index)}>
                {t("removeItem", { item: t("transferN", { n: index + 1 }) })}
              </Button>
            )}
          </div>
        );
      })}
      {readOnly || linkedRecipients.length === 0 ? null : (
        <Button variant="secondary" onClick={onAdd}>
          {t("field.addTransfer")}
        </Button>
      )}
    </>
  );
}
