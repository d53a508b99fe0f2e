"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { useClearErrorOnChange } from "@/components/forms/clear-error-on-change";
import { ErrorSummary, SaveStatus, useSummaryItems, type SummaryItem } from "@/components/forms/error-summary";
import { useFocusFieldFromHash } from "@/components/forms/focus-field";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useValidation } from "@/components/forms/use-validation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useEnumLabel } from "@/components/ui/use-enum-label";
import { companyProfileSchema, type CompanyProfileInput } from "@/lib/register/company-profile";
import { DPO_BASES, EMPLOYEE_BANDS } from "@/lib/register/enums";
import { LANGUAGE_FACTS, LANGUAGES } from "@/lib/register/languages";
import { displayMessage } from "@/lib/validation/messages";
import { CountrySelect } from "./country-select";

type TextField =
  | "legalName" | "orgNumber" | "email" | "phone" | "website"
  | "postalStreet" | "postalCode" | "postalCity" | "visitingStreet" | "visitingPostalCode" | "visitingCity"
  | "dpoName" | "dpoEmail" | "dpoPhone" | "dpoAddress"
  | "representativeName" | "representativeAddress" | "representativeEmail"
  | "privacyContactName" | "cookieSettingsUrl";
/** Texts written per notice language (LocalizedText). */
type LanguageField = "noticeIntroduction" | "noticeScope" | "privacyContactRole" | "cookieWithdrawal";
/** Facts that may not be recorded yet: yes, no or "" (lib/register/company-profile.ts factChoice). */
type FactField = "cookieBannerBeforeSetting" | "cookieRefuseAsEasy";
type FlagField = "isPublicAuthority" | "targetsEeaFromOutside" | "dpoDesignated";

export type AuthorityOption = { id: string; countryCode: string; nameLocal: string; nameEn: string };

/**
 * The controller's profile in sections (identity, contact, scope, DPO,
 * representative, supervisory authority). Field ids equal the schema's field
 * names, so findings can link to /profile#<field>.
 */
export function CompanyProfileForm({
  companyId,
  initial,
  readOnly,
  locale,
  authorities,
}: {
  companyId: string;
  initial: CompanyProfileInput;
  readOnly: boolean;
  locale: "en" | "nb";
  authorities: AuthorityOption[];
}) {
  const t = useTranslations("companyProfile");
  const tText = useTranslations("localizedText");
  const tc = useTranslations("common");
  const enumLabel = useEnumLabel();
  const router = useRouter();
  const { translate, errorMap } = useValidation();
  const tStatus = useTranslations("formStatus");
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [summary, setSummary] = useState<SummaryItem[] | null>(null);
  const summaryItems = useSummaryItems();
  useFocusFieldFromHash();
  const form = useForm<CompanyProfileInput>({ resolver: zodResolver(companyProfileSchema, { error: errorMap }), defaultValues: initial, mode: "onBlur", reValidateMode: "onBlur" });
  useClearErrorOnChange(form);
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    setSummary(null);
    const result = await submitJson(`/api/companies/${companyId}/profile`, "PUT", values, z.object({ version: z.number() }));
    if (!result.ok) {
      showFieldErrors(form.setError, result.fieldErrors);
      const fields = Object.keys(result.fieldErrors).filter((path) => path !== "_form");
      setSummary(fields.length > 0 ? summaryItems(fields) : null);
      // What the user typed stays in the form; only the message changes.
      setNotice({ tone: "error", text: result.message || tc("unexpectedError") });
      return;
    }
    // The values as stored ("fjellsko.no" became "https://fjellsko.no"), and no longer "changed".
    form.reset({ ...values, version: result.data.version });
    setNotice({ tone: "success", text: tc("saved") });
    router.refresh();
  }, (invalid) => {
    const items = summaryItems(Object.keys(invalid));
    setSummary(items);
    setNotice({ tone: "error", text: tStatus("notSaved", { count: items.length }) });
  });

  const a11y = (name: keyof CompanyProfileInput) => ({
    id: name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${name}-error` : undefined,
  });
  const error = (name: keyof CompanyProfileInput) => displayMessage(errors[name]?.message, translate);

  const text = (name: TextField, props: React.ComponentProps<"input"> = {}, hint?: string) => (
    <FormField id={name} label={t(name)} error={error(name)} hint={hint}>
      <Input readOnly={readOnly} {...a11y(name)} {...props} {...form.register(name)} />
    </FormField>
  );

  const flag = (name: FlagField, hint?: string) => (
    <div className="sm:col-span-2">
      <div className="flex items-start gap-2">
        <input type="checkbox" className="mt-0.5 h-4 w-4" disabled={readOnly} {...a11y(name)} {...form.register(name)} />
        <label htmlFor={name} className="text-sm">
          {t(name)}
        </label>
      </div>
      {hint ? <p className="ml-6 text-xs text-slate-600">{hint}</p> : null}
    </div>
  );

  // The notice's languages as loaded, the primary first: the texts that reach the notice are written in each.
  const languages = [initial.primaryLanguage, ...LANGUAGES.filter((l) => l !== initial.primaryLanguage && (initial.noticeLanguages ?? []).includes(l))];

  /** One text per notice language side by side; each input's id is `<field>.<language>`, where LANG-001's findings land. */
  const perLanguage = (name: LanguageField, multiline: boolean, hint?: string) => (
    <fieldset id={name} className="min-w-0 space-y-1 sm:col-span-2">
      <legend className="text-sm font-medium text-slate-900">{t(name)}</legend>
      <div className={languages.length > 1 ? "grid gap-2 sm:grid-cols-2" : "grid gap-2"}>
        {languages.map((language) => {
          const path = `${name}.${language}` as const;
          const inLanguage = tText("inLanguage", { language: LANGUAGE_FACTS[language].names[locale] });
          const common = { id: path, lang: LANGUAGE_FACTS[language].tag, readOnly, "aria-label": `${t(name)} (${inLanguage})`, ...form.register(path) };
          return (
            <div key={language} className="min-w-0 space-y-1">
              <span className="text-xs text-slate-600">{inLanguage}</span>
              {multiline ? <textarea rows={3} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" {...common} /> : <Input type="text" {...common} />}
            </div>
          );
        })}
      </div>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
    </fieldset>
  );

  const fact = (name: FactField) => (
    <FormField id={name} label={t(name)} error={error(name)}>
      <Select disabled={readOnly} {...a11y(name)} {...form.register(name)}>
        <option value="">{t("factNotRecorded")}</option>
        <option value="yes">{t("factYes")}</option>
        <option value="no">{t("factNo")}</option>
      </Select>
    </FormField>
  );

  const section = (key: string, children: React.ReactNode, hint?: string) => (
    <fieldset className="grid gap-4 border-t border-slate-200 pt-4 sm:grid-cols-2">
      <legend className="pr-2 text-base font-semibold">{t(`sections.${key}`)}</legend>
      {hint ? <p className="text-sm text-slate-600 sm:col-span-2">{hint}</p> : null}
      {children}
    </fieldset>
  );

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-6 border-0 p-0">
          {summary && summary.length > 0 ? <ErrorSummary items={summary} /> : null}
          {section(
            "identity",
            <>
              {text("legalName")}
              {text("orgNumber", { inputMode: "numeric" }, t("orgNumberHint"))}
              <FormField id="countryCode" label={t("country")} error={error("countryCode")}>
                <CountrySelect locale={locale} disabled={readOnly} {...a11y("countryCode")} {...form.register("countryCode")} />
              </FormField>
            </>,
          )}
          {section(
            "noticeTexts",
            <>
              {perLanguage("noticeIntroduction", true)}
              {perLanguage("noticeScope", true, t("noticeScopeHint"))}
              {text("privacyContactName")}
              <div className="hidden sm:block" />
              {perLanguage("privacyContactRole", false)}
            </>,
            t("noticeTextsHint"),
          )}
          {section(
            "contact",
            <>
              {text("email", { type: "email" })}
              {text("phone", { type: "tel" })}
              {text("website", { type: "url", inputMode: "url" })}
              <div className="hidden sm:block" />
              {text("postalStreet")}
              <div className="grid grid-cols-2 gap-4">
                {text("postalCode")}
                {text("postalCity")}
              </div>
              {text("visitingStreet")}
              <div className="grid grid-cols-2 gap-4">
                {text("visitingPostalCode")}
                {text("visitingCity")}
              </div>
            </>,
          )}
          {section(
            "scope",
            <>
              <FormField id="employeeBand" label={t("employeeBand")} error={error("employeeBand")} hint={t("employeeBandHint")}>
                <Select disabled={readOnly} {...a11y("employeeBand")} {...form.register("employeeBand")}>
                  {EMPLOYEE_BANDS.map((band) => (
                    <option key={band} value={band}>
                      {enumLabel("EmployeeBand", band)}
                    </option>
                  ))}
                </Select>
              </FormField>
              <div className="hidden sm:block" />
              {flag("isPublicAuthority", t("isPublicAuthorityHint"))}
              {flag("targetsEeaFromOutside")}
            </>,
          )}
          {section(
            "dpo",
            <>
              {flag("dpoDesignated")}
              <FormField id="dpoBasis" label={t("dpoBasis")} error={error("dpoBasis")}>
                <Select disabled={readOnly} {...a11y("dpoBasis")} {...form.register("dpoBasis")}>
                  <option value="">{t("notSet")}</option>
                  {DPO_BASES.map((basis) => (
                    <option key={basis} value={basis}>
                      {enumLabel("DpoBasis", basis)}
                    </option>
                  ))}
                </Select>
              </FormField>
              {text("dpoName")}
              {text("dpoEmail", { type: "email" })}
              {text("dpoPhone", { type: "tel" })}
              {text("dpoAddress")}
            </>,
            t("dpoHint"),
          )}
          {section(
            "representative",
            <>
              {text("representativeName")}
              {text("representativeEmail", { type: "email" })}
              {text("representativeAddress")}
            </>,
            t("representativeHint"),
          )}
          {section(
            "cookieBanner",
            <>
              {fact("cookieBannerBeforeSetting")}
              {fact("cookieRefuseAsEasy")}
              {perLanguage("cookieWithdrawal", false)}
              {text("cookieSettingsUrl", { type: "url", inputMode: "url" })}
            </>,
            t("cookieBannerHint"),
          )}
          {section(
            "languages",
            <>
              <fieldset id="noticeLanguages" aria-describedby={errors.noticeLanguages ? "noticeLanguages-error" : undefined}>
                <legend className="text-sm font-medium">{t("noticeLanguages")}</legend>
                <div className="mt-2 flex flex-wrap gap-4">
                  {LANGUAGES.map((language) => (
                    <label key={language} className="flex items-center gap-2 text-sm" lang={LANGUAGE_FACTS[language].tag}>
                      <input type="checkbox" className="h-4 w-4" value={language} disabled={readOnly} {...form.register("noticeLanguages")} />
                      {LANGUAGE_FACTS[language].ownName}
                    </label>
                  ))}
                </div>
                {error("noticeLanguages") ? (
                  <p id="noticeLanguages-error" className="mt-1 text-sm text-red-700">
                    {error("noticeLanguages")}
                  </p>
                ) : null}
              </fieldset>
              <FormField id="primaryLanguage" label={t("primaryLanguage")} error={error("primaryLanguage")}>
                <Select disabled={readOnly} {...a11y("primaryLanguage")} {...form.register("primaryLanguage")}>
                  {LANGUAGES.map((language) => (
                    <option key={language} value={language} lang={LANGUAGE_FACTS[language].tag}>
                      {LANGUAGE_FACTS[language].ownName}
                    </option>
                  ))}
                </Select>
              </FormField>
            </>,
            t("languagesHint"),
          )}
          {section(
            "authority",
            <FormField id="supervisoryAuthorityId" label={t("supervisoryAuthority")} error={error("supervisoryAuthorityId")} hint={t("authorityHint")}>
              <Select disabled={readOnly} {...a11y("supervisoryAuthorityId")} {...form.register("supervisoryAuthorityId")}>
                <option value="">{t("authorityDefault")}</option>
                {authorities.map((a) => (
                  <option key={a.id} value={a.id}>
                    {locale === "nb" ? a.nameLocal : a.nameEn} ({a.countryCode})
                  </option>
                ))}
              </Select>
            </FormField>,
          )}
          {readOnly ? null : (
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting ? tc("saving") : tc("save")}
              </Button>
              <SaveStatus {...(notice ?? { tone: null, text: null })} />
            </div>
          )}
        </fieldset>
      </form>
    </Card>
  );
}
