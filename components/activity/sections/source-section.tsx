"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { isArt14Source } from "@/lib/register/activity-schema";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { EditorSection, SelectField, TriStateField, useEditor } from "../fields";
import { LocalizedTextField } from "../localized-text-field";

/**
 * Where the data come from: from the person (Art. 13, with 13(2)(e) whether they must give it)
 * or from elsewhere (Art. 14, with the source, the timing of 14(3) and the exemptions of 14(5)).
 */
export function SourceSection() {
  const t = useTranslations("activities");
  const { form, enumLabel } = useEditor();
  const [collectionSource, art14Exemption] = useWatch({ control: form.control, name: ["collectionSource", "art14Exemption"] });
  const empty = t("notChosen");
  return (
    <EditorSection id="source" title={t("section.source")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          path="collectionSource"
          label={t("field.collectionSource")}
          options={enumOptions(E.COLLECTION_SOURCES, (v) => enumLabel("CollectionSource", v))}
          className="sm:col-span-2"
        />
        {collectionSource && isArt14Source(collectionSource) ? (
          <>
            <LocalizedTextField path="sourceName" label={t("field.sourceName")} />
            <TriStateField path="sourceIsPublic" label={t("field.sourceIsPublic")} />
            <SelectField path="art14Timing" label={t("field.art14Timing")} empty={empty} options={enumOptions(E.ART14_TIMINGS, (v) => enumLabel("Art14Timing", v))} />
            <SelectField path="art14Exemption" label={t("field.art14Exemption")} empty={empty} options={enumOptions(E.ART14_EXEMPTIONS, (v) => enumLabel("Art14Exemption", v))} />
            {art14Exemption ? <LocalizedTextField path="art14ExemptionJustification" label={t("field.art14ExemptionJustification")} multiline className="sm:col-span-2" /> : null}
          </>
        ) : (
          <>
            <SelectField
              path="provisionRequirement"
              label={t("field.provisionRequirement")}
              empty={empty}
              options={enumOptions(E.PROVISION_REQUIREMENTS, (v) => enumLabel("ProvisionRequirement", v))}
            />
            <LocalizedTextField path="provisionConsequence" label={t("field.provisionConsequence")} />
          </>
        )}
        {/* Art. 6(1)(b) and the notice's "our contract with you": a business customer's staff are not a party (LB-014). */}
        <SelectField path="contractParty" label={t("field.contractParty")} options={enumOptions(E.CONTRACT_PARTIES, (v) => enumLabel("ContractParty", v))} />
      </div>
    </EditorSection>
  );
}
