"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { errorMessageAt } from "@/components/forms/error-at";
import { nullsToEmpty, proposedTransfer, transferKey, transferTargets, type ActivityFormValues, type TransferTarget } from "@/lib/register/activity-schema";
import { countryName, isEeaCountry } from "@/lib/register/countries";
import * as E from "@/lib/register/enums";
import { CatalogChecklist, InlineCreate } from "../catalog-picker";
import { enumOptions } from "../editor-state";
import { EDITOR_CATALOG_ENTRY, type EditorCatalogs } from "../editor-types";
import { EditorSection, SelectField, TriStateField, useEditor } from "../fields";
import { TransfersList } from "./transfers-list";

type TransferValues = NonNullable<ActivityFormValues["transfers"]>[number];

/** The transfer the editor proposes for a target outside the EEA, as form values. */
function proposedTransferValues(target: TransferTarget & { countryCode: string }): TransferValues {
  return nullsToEmpty(proposedTransfer({ id: target.recipientId, subProcessorId: target.subProcessorId, countryCode: target.countryCode, dpfCertified: target.dpfCertified })) as TransferValues;
}

/** Targets (a recipient or its sub-processor) outside the EEA that have no transfer yet. */
function unrecordedTargets(recipients: EditorCatalogs["recipients"], transfers: readonly TransferValues[]): (TransferTarget & { countryCode: string })[] {
  const recorded = new Set(transfers.map((tr) => transferKey({ recipientId: tr.recipientId ?? "", subProcessorId: tr.subProcessorId || null, countryCode: tr.countryCode ?? "" })));
  return recipients
    .flatMap(transferTargets)
    .filter((target): target is TransferTarget & { countryCode: string } => target.countryCode !== null && !isEeaCountry(target.countryCode))
    .filter((target) => !recorded.has(transferKey(target)));
}

/**
 * Art. 30(1)(d)–(e), 13(1)(e)–(f): who receives the data, and the transfers outside the EEA.
 * For a processor's activity the linked processors are its sub-processors (Art. 28(2), 28(4)).
 */
export function RecipientsSection() {
  const t = useTranslations("activities");
  const { form, readOnly, message, locale, companyId, catalogs, addCatalogEntry, enumLabel } = useEditor();
  const transfers = useFieldArray({ control: form.control, name: "transfers", keyName: "key" });
  const [role, watchedRecipients, watchedTransfers] = useWatch({ control: form.control, name: ["role", "recipients", "transfers"] });
  const linkedRecipients = watchedRecipients ?? [];
  const recipientName = (id: string | undefined) => catalogs.recipients.find((r) => r.id === id)?.name ?? id ?? "";
  const empty = t("notChosen");

  const link = (recipient: EditorCatalogs["recipients"][number]) => {
    const current = form.getValues("recipients") ?? [];
    form.setValue("recipients", [...current, { recipientId: recipient.id, subProcessorAuthorisation: "", flowDownContract: null }], { shouldDirty: true });
    // Art. 44: data leaving the EEA — to the recipient or onward to its sub-processors — need a
    // transfer each; propose them, pre-filled with adequacy where it applies.
    const proposals = unrecordedTargets([recipient], form.getValues("transfers") ?? []).map(proposedTransferValues);
    if (proposals.length) transfers.append(proposals);
  };

  const linkedCatalog = catalogs.recipients.filter((r) => linkedRecipients.some((l) => l?.recipientId === r.id));
  const unrecorded = unrecordedTargets(linkedCatalog, (watchedTransfers ?? []) as TransferValues[]);

  const toggleRecipient = (id: string, checked: boolean) => {
    if (checked) {
      const recipient = catalogs.recipients.find((r) => r.id === id);
      if (recipient) link(recipient);
    } else {
      const current = form.getValues("recipients") ?? [];
      form.setValue("recipients", current.filter((r) => r.recipientId !== id), { shouldDirty: true });
      const list = form.getValues("transfers") ?? [];
      const indexes = list.map((tr, index) => (tr.recipientId === id ? index : -1)).filter((index) => index >= 0);
      if (indexes.length) transfers.remove(indexes);
    }
    if (form.formState.isSubmitted) void form.trigger();
  };

  return (
    <EditorSection id="recipients" title={t("section.recipients")}>
      <CatalogChecklist
        legend={t("field.recipients")}
        name="recipients"
        options={catalogs.recipients.map((r) => ({
          id: r.id,
          label: r.name,
          detail: [enumLabel("RecipientKind", r.kind), r.countryCode ? countryName(r.countryCode, locale) : null].filter(Boolean).join(", "),
        }))}
        selected={linkedRecipients.map((r) => r?.recipientId).filter((x): x is string => typeof x === "string")}
        onToggle={toggleRecipient}
        readOnly={readOnly}
      >
        {readOnly ? null : (
          <InlineCreate
            companyId={companyId}
            entry={EDITOR_CATALOG_ENTRY.recipients}
            kind="recipients"
            title={t("catalog.recipient")}
            locale={locale}
            fields={[
              { name: "name", label: t("catalog.name"), type: "text" },
              { name: "kind", label: t("catalog.kind"), type: "select", options: enumOptions(E.RECIPIENT_KINDS, (v) => enumLabel("RecipientKind", v)) },
              { name: "countryCode", label: t("catalog.country"), type: "country", empty: t("catalog.noCountry") },
              { name: "dpaStatus", label: t("catalog.dpaStatus"), type: "select", options: enumOptions(E.DPA_STATUSES, (v) => enumLabel("DpaStatus", v)) },
              { name: "dpfCertified", label: t("catalog.dpfCertified"), type: "checkbox" },
            ]}
            onCreated={(entry) => {
              const recipient = { ...entry, subProcessors: entry.subProcessors ?? [] };
              addCatalogEntry({ kind: "recipients", entry: recipient });
              // The new entry is not in `catalogs` yet during this call; link it directly.
              link(recipient);
            }}
          />
        )}
      </CatalogChecklist>
      {linkedRecipients.map((linkValues, index) => {
        const recipientId = linkValues?.recipientId;
        const error = message(errorMessageAt(form.formState.errors, `recipients.${index}.recipientId`));
        return (
          <div key={recipientId ?? index} className="space-y-2">
            {error ? (
              <p id={`recipients.${index}.recipientId`} className="text-sm text-red-700">
                {recipientName(recipientId)}: {error}
              </p>
            ) : null}
            {role === "PROCESSOR" ? (
              <div role="group" aria-label={recipientName(recipientId)} className="grid gap-3 sm:grid-cols-2">
                <SelectField
                  path={`recipients.${index}.subProcessorAuthorisation`}
                  label={`${t("field.subProcessorAuthorisation")}: ${recipientName(recipientId)}`}
                  empty={empty}
                  options={enumOptions(E.SUB_PROCESSOR_AUTHORISATIONS, (v) => enumLabel("SubProcessorAuthorisation", v))}
                />
                <TriStateField path={`recipients.${index}.flowDownContract`} label={`${t("field.flowDownContract")}: ${recipientName(recipientId)}`} />
              </div>
            ) : null}
          </div>
        );
      })}
      <TransfersList
        transfers={transfers}
        allRecorded={unrecorded.length === 0}
        onAdd={() => {
          // The first entity outside the EEA still without a transfer; with none left, a row for the
          // first recipient whose country the DPO changes (the same one twice is refused on saving).
          const first = catalogs.recipients.find((r) => r.id === linkedRecipients[0]?.recipientId);
          const target = unrecorded[0] ?? (first ? { recipientId: first.id, subProcessorId: null, name: first.name, countryCode: first.countryCode ?? "US", dpfCertified: first.dpfCertified } : undefined);
          if (target) transfers.append(proposedTransferValues(target));
        }}
      />
    </EditorSection>
  );
}
