"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { EditorSection, ListAnchor, SelectField, TriStateField, useEditor, type RowKey } from "../fields";

/**
 * markedsføringsloven § 15: e-mail and SMS marketing, one audience at a time, each on its own
 * route — existing customers on the existing-customer exception, everyone else on consent.
 */
export function MarketingSection() {
  const t = useTranslations("activities");
  const { form, readOnly } = useEditor();
  const audiences = useFieldArray({ control: form.control, name: "marketingAudiences", keyName: "key" });
  return (
    <EditorSection id="marketing" title={t("section.marketing")}>
      <p className="text-sm text-slate-600">{t("marketingAudiencesHint")}</p>
      <ListAnchor path="marketingAudiences" />
      {audiences.fields.map((field, index) => (
        <MarketingAudienceFields key={field.key} index={index} onRemove={() => audiences.remove(index)} />
      ))}
      {readOnly ? null : (
        <Button variant="secondary" onClick={() => audiences.append({ who: "", channels: [], route: "", optOutOffered: "", similarProducts: "" })}>
          {t("field.addMarketingAudience")}
        </Button>
      )}
    </EditorSection>
  );
}

function MarketingAudienceFields({ index, onRemove }: { index: number; onRemove: () => void }) {
  const t = useTranslations("activities");
  const { form, readOnly, enumLabel } = useEditor();
  const p = (key: RowKey<"marketingAudiences">) => `marketingAudiences.${index}.${key}` as const;
  const [channels, route] = useWatch({ control: form.control, name: [`marketingAudiences.${index}.channels`, `marketingAudiences.${index}.route`] });
  const empty = t("notChosen");
  const name = t("marketingAudienceN", { n: index + 1 });
  return (
    <div role="group" aria-label={name} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
      <SelectField path={p("who")} label={t("field.marketingAudience")} empty={empty} options={enumOptions(E.MARKETING_AUDIENCE_GROUPS, (v) => enumLabel("MarketingAudienceGroup", v))} />
      <fieldset id={p("channels")} className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("field.marketingChannels")}</legend>
        {E.MARKETING_CHANNELS.map((channel) => (
          <div key={channel} className="flex items-center gap-2">
            <input id={`${p("channels")}-${channel}`} type="checkbox" value={channel} className="size-4" disabled={readOnly} {...form.register(p("channels"))} />
            <label htmlFor={`${p("channels")}-${channel}`} className="text-sm">
              {enumLabel("MarketingChannel", channel)}
            </label>
          </div>
        ))}
      </fieldset>
      {Array.isArray(channels) && channels.length > 0 ? (
        <>
          <SelectField path={p("route")} label={t("field.marketingRoute")} empty={empty} options={enumOptions(E.MARKETING_ROUTES, (v) => enumLabel("MarketingRoute", v))} />
          {route === "EXISTING_CUSTOMER" ? (
            <>
              <TriStateField path={p("optOutOffered")} label={t("field.marketingOptOutOffered")} />
              <TriStateField path={p("similarProducts")} label={t("field.marketingSimilarProducts")} />
            </>
          ) : null}
        </>
      ) : null}
      {readOnly ? null : (
        <Button variant="ghost" size="sm" onClick={onRemove}>
          {t("removeItem", { item: name })}
        </Button>
      )}
    </div>
  );
}
