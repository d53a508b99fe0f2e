"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import * as E from "@/lib/register/enums";
import { enumOptions } from "../editor-state";
import { EditorSection, SelectField, TriStateField, useEditor } from "../fields";

/** markedsføringsloven § 15: e-mail and SMS marketing, on consent or the existing-customer exception. */
export function MarketingSection() {
  const t = useTranslations("activities");
  const { form, enumLabel } = useEditor();
  const [channels, route] = useWatch({ control: form.control, name: ["marketing.channels", "marketing.route"] });
  const empty = t("notChosen");
  return (
    <EditorSection id="marketing" title={t("section.marketing")}>
      <fieldset id="marketing.channels" className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("field.marketingChannels")}</legend>
        {E.MARKETING_CHANNELS.map((channel) => (
          <div key={channel} className="flex items-center gap-2">
            <input id={`marketing.channels-${channel}`} type="checkbox" value={channel} className="size-4" {...form.register("marketing.channels")} />
            <label htmlFor={`marketing.channels-${channel}`} className="text-sm">
              {enumLabel("MarketingChannel", channel)}
            </label>
          </div>
        ))}
      </fieldset>
      {(channels ?? []).length > 0 ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField path="marketing.route" label={t("field.marketingRoute")} empty={empty} options={enumOptions(E.MARKETING_ROUTES, (v) => enumLabel("MarketingRoute", v))} />
          {route === "EXISTING_CUSTOMER" ? (
            <>
              <TriStateField path="marketing.optOutOffered" label={t("field.marketingOptOutOffered")} />
              <TriStateField path="marketing.similarProducts" label={t("field.marketingSimilarProducts")} />
            </>
          ) : null}
        </div>
      ) : null}
    </EditorSection>
  );
}
