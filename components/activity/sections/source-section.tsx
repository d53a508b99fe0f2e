"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { isArt14Source } from "@/lib/register/activity-schema";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { EditorSection, FieldMessages, ListAnchor, SelectField, TriStateField, useEditor, type RowKey } from "../fields";
import { LocalizedTextField } from "../localized-text-field";
import { useLinkedIds } from "./linked-ids";

/**
 * Where the data come from: from the person (Art. 13, with 13(2)(e) whether they must give it)
 * and/or from elsewhere (Art. 14, with each source named, the timing of 14(3) and the
 * exemptions of 14(5)). With several sources each one says which of the activity's data it
 * supplies, so that the notice can say it per source (14(1)(d), 14(2)(f)).
 */
export function SourceSection() {
  const t = useTranslations("activities");
  const { form, readOnly, enumLabel } = useEditor();
  const sources = useFieldArray({ control: form.control, name: "sources", keyName: "key" });
  const [kinds, art14Exemption] = useWatch({ control: form.control, name: ["sources", "art14Exemption"] });
  const list = kinds ?? [];
  const art14 = list.some((s) => s?.kind && isArt14Source(s.kind));
  const direct = list.some((s) => !s?.kind || !isArt14Source(s.kind));
  const several = list.length > 1;
  const empty = t("notChosen");
  return (
    <EditorSection id="source" title={t("section.source")}>
      <ListAnchor path="sources" />
      {sources.fields.map((field, index) => {
        const p = (key: RowKey<"sources">) => `sources.${index}.${key}` as const;
        const kind = list[index]?.kind;
        return (
          <div key={field.key} role="group" aria-label={t("sourceN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
            <SelectField path={p("kind")} label={t("field.collectionSource")} options={enumOptions(E.COLLECTION_SOURCES, (v) => enumLabel("CollectionSource", v))} className="sm:col-span-2" />
            {kind && isArt14Source(kind) ? (
              <>
                <LocalizedTextField path={p("name")} label={t("field.sourceName")} hint={t("sourceNameHint")} />
                <TriStateField path={p("isPublic")} label={t("field.sourceIsPublic")} />
              </>
            ) : null}
            {several ? <SourceCategories index={index} /> : null}
            {readOnly || !several ? null : (
              <Button variant="ghost" size="sm" onClick={() => sources.remove(index)}>
                {t("removeItem", { item: t("sourceN", { n: index + 1 }) })}
              </Button>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <Button variant="secondary" onClick={() => sources.append({ kind: "THIRD_PARTY", name: {}, isPublic: "", dataCategoryIds: [] })}>
          {t("field.addSource")}
        </Button>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {art14 ? (
          <>
            <SelectField path="art14Timing" label={t("field.art14Timing")} empty={empty} options={enumOptions(E.ART14_TIMINGS, (v) => enumLabel("Art14Timing", v))} />
            <SelectField path="art14Exemption" label={t("field.art14Exemption")} empty={empty} options={enumOptions(E.ART14_EXEMPTIONS, (v) => enumLabel("Art14Exemption", v))} />
            {art14Exemption ? <LocalizedTextField path="art14ExemptionJustification" label={t("field.art14ExemptionJustification")} multiline className="sm:col-span-2" /> : null}
          </>
        ) : null}
        {direct ? (
          <>
            <SelectField
              path="provisionRequirement"
              label={t("field.provisionRequirement")}
              empty={empty}
              options={enumOptions(E.PROVISION_REQUIREMENTS, (v) => enumLabel("ProvisionRequirement", v))}
            />
            <LocalizedTextField path="provisionConsequence" label={t("field.provisionConsequence")} />
          </>
        ) : null}
        {/* Art. 6(1)(b) and the notice's "our contract with you": a business customer's staff are not a party (LB-014). */}
        <SelectField path="contractParty" label={t("field.contractParty")} options={enumOptions(E.CONTRACT_PARTIES, (v) => enumLabel("ContractParty", v))} />
      </div>
    </EditorSection>
  );
}

/** The activity's data categories one source supplies, as checkboxes (only the activity's own are offered). */
function SourceCategories({ index }: { index: number }) {
  const t = useTranslations("activities");
  const { form, readOnly, locale, catalogs } = useEditor();
  const path = `sources.${index}.dataCategoryIds` as const;
  const { selected: linked } = useLinkedIds("dataCategoryIds");
  const watched = useWatch({ control: form.control, name: path });
  const chosen = (watched ?? []).filter((id): id is string => typeof id === "string");
  const toggle = (id: string, checked: boolean) => {
    const current = (form.getValues(path) ?? []).filter((x) => x !== id);
    form.setValue(path, checked ? [...current, id] : current, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  return (
    <fieldset id={path} className="space-y-1 sm:col-span-2">
      <legend className="text-sm font-medium">{t("field.sourceDataCategories")}</legend>
      {linked.length === 0 ? <p className="text-sm text-slate-600">{t("sourceNoCategories")}</p> : null}
      {linked.map((id) => {
        const category = catalogs.dataCategories.find((c) => c.id === id);
        const inputId = `${path}.${id}`;
        return (
          <div key={id} className="flex items-center gap-2">
            <input id={inputId} type="checkbox" className="size-4" disabled={readOnly} checked={chosen.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
            <label htmlFor={inputId} className="text-sm">
              {category ? (locale === "nb" ? category.labelNb : category.labelEn) : id}
            </label>
          </div>
        );
      })}
      <FieldMessages path={path} />
    </fieldset>
  );
}
