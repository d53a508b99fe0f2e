"use client";
import { useTranslations } from "next-intl";
import { useWatch, type UseFieldArrayReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ADEQUACY_DECISIONS } from "@/lib/register/adequacy";
import { nullsToEmpty, proposedTransfer, transferTargets, type ActivityFormValues } from "@/lib/register/activity-schema";
import { countryName } from "@/lib/register/countries";
import * as E from "@/lib/register/enums";
import { CountryOptions } from "../catalog-picker";
import { enumOptions } from "../editor-state";
import { CheckboxField, ListAnchor, SelectField, TextField, useEditor, type RowKey } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/**
 * Chapter V: one transfer per entity the data reach — a recipient, or one of its sub-processors
 * (an Irish provider's US parent: Art. 44 covers onward transfers) — and country, with its tool
 * (Art. 45, 46, 49) and what the tool demands — the decision, the SCC module, the TIA, how to
 * get a copy (13(1)(f)), or the Art. 49 assessment.
 */
export function TransfersList({
  transfers,
  onAdd,
  allRecorded,
}: {
  transfers: UseFieldArrayReturn<ActivityFormValues, "transfers", "key">;
  onAdd: () => void;
  /** Every recipient and sub-processor outside the EEA has its transfer already. */
  allRecorded: boolean;
}) {
  const t = useTranslations("activities");
  const tt = useTranslations("transferEditor");
  const { form, readOnly, locale, catalogs, enumLabel } = useEditor();
  const [watchedTransfers, watchedRecipients] = useWatch({ control: form.control, name: ["transfers", "recipients"] });
  const linkedRecipients = watchedRecipients ?? [];
  const recipientName = (id: string | undefined) => catalogs.recipients.find((r) => r.id === id)?.name ?? id ?? "";
  const empty = t("notChosen");

  // The country and the proposed tool follow the entity chosen: a DPF-certified US parent gets
  // the adequacy decision, its uncertified Irish subsidiary does not (TR-003). A tool the DPO
  // chose other than adequacy is kept.
  const retarget = (index: number, recipientId: string, subProcessorId: string | null) => {
    const recipient = catalogs.recipients.find((r) => r.id === recipientId);
    const target = recipient ? transferTargets(recipient).find((x) => x.subProcessorId === subProcessorId) : undefined;
    if (!target?.countryCode) return;
    const proposal = proposedTransfer({ id: recipientId, subProcessorId, countryCode: target.countryCode, dpfCertified: target.dpfCertified });
    form.setValue(`transfers.${index}.countryCode`, target.countryCode, { shouldDirty: true });
    const mechanism = form.getValues(`transfers.${index}.mechanism`);
    if (!mechanism || mechanism === "ADEQUACY") {
      form.setValue(`transfers.${index}.mechanism`, nullsToEmpty(proposal.mechanism) as typeof mechanism, { shouldDirty: true });
      form.setValue(`transfers.${index}.adequacyDecisionId`, nullsToEmpty(proposal.adequacyDecisionId) as string, { shouldDirty: true });
    }
    if (form.formState.isSubmitted) void form.trigger("transfers");
  };

  return (
    <>
      <h3 className="font-medium">{t("field.transfers")}</h3>
      <ListAnchor path="transfers" />
      {transfers.fields.map((field, index) => {
        const tr = watchedTransfers?.[index];
        const p = (key: RowKey<"transfers">) => `transfers.${index}.${key}` as const;
        const recipient = catalogs.recipients.find((r) => r.id === tr?.recipientId);
        const sub = tr?.subProcessorId ? recipient?.subProcessors.find((s) => s.id === tr.subProcessorId) : undefined;
        const mechanism = tr?.mechanism;
        return (
          <div
            key={field.key}
            role="group"
            aria-label={`${t("transferN", { n: index + 1 })}: ${sub ? `${sub.name} (${recipient?.name ?? ""})` : (recipient?.name ?? "")}`}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2"
          >
            <SelectField
              path={p("recipientId")}
              label={t("field.transferRecipient")}
              options={linkedRecipients.map((r) => ({ value: r?.recipientId ?? "", label: recipientName(r?.recipientId) }))}
              onChange={(value) => {
                form.setValue(`transfers.${index}.subProcessorId`, "", { shouldDirty: true });
                retarget(index, value, null);
              }}
            />
            {recipient && (recipient.subProcessors.length > 0 || sub) ? (
              <SelectField
                path={p("subProcessorId")}
                label={tt("target")}
                empty={tt("recipientItself")}
                hint={tt("targetHint")}
                options={recipient.subProcessors.map((s) => ({ value: s.id, label: tt("subProcessorOption", { name: s.name, country: s.countryCode ? countryName(s.countryCode, locale) : "–" }) }))}
                onChange={(value) => retarget(index, recipient.id, value === "" ? null : value)}
              />
            ) : null}
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
        <div className="space-y-1">
          <Button variant="secondary" onClick={onAdd}>
            {t("field.addTransfer")}
          </Button>
          {allRecorded ? <p className="text-xs text-slate-600">{tt("allRecorded")}</p> : null}
        </div>
      )}
    </>
  );
}
