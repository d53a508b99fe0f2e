import { render, type RenderResult } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { formValuesOf } from "@/components/activity/editor-state";
import type { EditorCatalogs } from "@/components/activity/editor-types";
import { EditorContext, type EditorContextValue } from "@/components/activity/fields";
import type { PurposesArray } from "@/components/activity/sections/purposes-section";
import { useEditorSetup } from "@/components/activity/use-editor-setup";
import { loadMessages } from "@/lib/i18n/messages";
import { emptyActivity, type ActivityFormValues } from "@/lib/register/activity-schema";
import type { Finding } from "@/lib/register/checks/types";

/** A small catalog with one entry of each kind that makes a section show its conditional fields. */
export const TEST_CATALOGS: EditorCatalogs = {
  dataSubjectCategories: [{ id: "dsc-customers", labelEn: "Customers", labelNb: "Kunder" }],
  dataCategories: [
    { id: "dc-contact", labelEn: "Contact details", labelNb: "Kontaktopplysninger", descriptionEn: "Name, e-mail and phone", descriptionNb: "Navn, e-post og telefon", version: 1, specialCategory: null, isCriminalOffence: false, isNationalId: false },
    { id: "dc-health", labelEn: "Health data", labelNb: "Helseopplysninger", descriptionEn: null, descriptionNb: null, version: 1, specialCategory: "HEALTH", isCriminalOffence: false, isNationalId: false },
    { id: "dc-convictions", labelEn: "Criminal records", labelNb: "Politiattester", descriptionEn: null, descriptionNb: null, version: 1, specialCategory: null, isCriminalOffence: true, isNationalId: false },
    { id: "dc-national-id", labelEn: "National identity number", labelNb: "Fødselsnummer", descriptionEn: null, descriptionNb: null, version: 1, specialCategory: null, isCriminalOffence: false, isNationalId: true },
  ],
  recipients: [
    { id: "rec-helpdesk", name: "Nordic Helpdesk AS", kind: "PROCESSOR", countryCode: "NO", dpfCertified: false, subProcessors: [] },
    { id: "rec-us-certified", name: "Cloud Mail Inc.", kind: "PROCESSOR", countryCode: "US", dpfCertified: true, subProcessors: [] },
    { id: "rec-india", name: "Offshore Support Pvt Ltd", kind: "PROCESSOR", countryCode: "IN", dpfCertified: false, subProcessors: [] },
  ],
  systems: [{ id: "sys-crm", name: "CRM" }],
  securityMeasures: [{ id: "sm-access", kind: "ACCESS_CONTROL", descriptionEn: "Role-based access", descriptionNb: "Rollebasert tilgang" }],
  cookies: [{ id: "ck-session", name: "session", provider: "Testfirma", category: "STRICTLY_NECESSARY", consent: "BY_CATEGORY" }],
};

/** The form values of a new activity with some fields set. */
export function formValues(overrides: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return { ...formValuesOf(emptyActivity()), ...overrides };
}

type HarnessOptions = {
  values?: ActivityFormValues;
  catalogs?: EditorCatalogs;
  readOnly?: boolean;
  locale?: "en" | "nb";
  findings?: Finding[];
};

/** What a test can reach besides the DOM: the live form, to read values the sections wrote. */
export type RenderedSection = RenderResult & { editor: () => EditorContextValue };

/**
 * Renders editor sections as the editor does: the real form (schema, resolver, catalogs),
 * the real messages of the chosen language, inside a <form>. `children` receives the
 * purposes field array, which the purposes and notice-texts sections share.
 */
export function renderSections(children: (purposes: PurposesArray) => React.ReactNode, options: HarnessOptions = {}): RenderedSection {
  const locale = options.locale ?? "en";
  let current: EditorContextValue | undefined;
  function Harness() {
    const editor = useEditorSetup({
      companyId: "company-test",
      initialValues: options.values ?? formValues(),
      initialCatalogs: options.catalogs ?? TEST_CATALOGS,
      readOnly: options.readOnly ?? false,
      locale,
      findings: options.findings ?? null,
    });
    current = editor;
    const purposes = useFieldArray({ control: editor.form.control, name: "purposes", keyName: "key" });
    return (
      <EditorContext.Provider value={editor}>
        <form aria-label="activity">{children(purposes)}</form>
      </EditorContext.Provider>
    );
  }
  const result = render(
    <NextIntlClientProvider locale={locale} messages={loadMessages(locale)} timeZone="Europe/Oslo">
      <Harness />
    </NextIntlClientProvider>,
  );
  return {
    ...result,
    editor: () => {
      if (!current) throw new Error("The harness has not rendered");
      return current;
    },
  };
}

/** The text of activities.<key> in a language, {placeholders} filled: tests find controls by what the user reads. */
export function text(key: string, values: Record<string, string | number> = {}, locale: "en" | "nb" = "en"): string {
  let node: unknown = loadMessages(locale).activities;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") throw new Error(`No message activities.${key}`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/**
 * The label of one language's input of a translatable field (LocalizedTextField):
 * "Purpose (In English)". The field as a whole is the group named by its label.
 */
export function inLanguage(label: string, language: "en" | "nb" = "en", locale: "en" | "nb" = "en"): string {
  const names = { en: { en: "English", nb: "Norwegian (bokmål)" }, nb: { en: "engelsk", nb: "bokmål" } } as const;
  const template = (loadMessages(locale).localizedText as { inLanguage: string }).inLanguage;
  return `${label} (${template.replace("{language}", names[locale][language])})`;
}
