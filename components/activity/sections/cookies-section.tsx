"use client";
import { useTranslations } from "next-intl";
import { COOKIE_DURATION_KINDS, COOKIE_DURATION_UNITS } from "@/lib/register/enums";
import * as E from "@/lib/register/enums";
import { CatalogChecklist, InlineCreate } from "../catalog-picker";
import { enumOptions } from "../editor-state";
import { EDITOR_CATALOG_ENTRY } from "../editor-types";
import { EditorSection, useEditor } from "../fields";
import { useLinkedIds } from "./linked-ids";

/** ekomloven § 3-15, GDPR Art. 13: the cookies and similar storage the activity relies on. */
export function CookiesSection() {
  const t = useTranslations("activities");
  const { readOnly, locale, companyId, catalogs, addCatalogEntry, enumLabel } = useEditor();
  const cookies = useLinkedIds("cookieIds");
  return (
    <EditorSection id="cookies" title={t("section.cookies")}>
      <CatalogChecklist
        legend={t("field.cookies")}
        name="cookieIds"
        options={catalogs.cookies.map((c) => ({ id: c.id, label: c.name, detail: `${c.provider}, ${enumLabel("CookieCategory", c.category)}` }))}
        selected={cookies.selected}
        onToggle={cookies.toggle}
        readOnly={readOnly}
      >
        {readOnly ? null : (
          <InlineCreate
            companyId={companyId}
            entry={EDITOR_CATALOG_ENTRY.cookies}
            kind="cookies"
            title={t("catalog.cookie")}
            locale={locale}
            fields={[
              { name: "name", label: t("catalog.name"), type: "text" },
              { name: "provider", label: t("catalog.provider"), type: "text" },
              { name: "purposeEn", label: t("catalog.purposeEn"), type: "text" },
              { name: "purposeNb", label: t("catalog.purposeNb"), type: "text" },
              { name: "category", label: t("catalog.category"), type: "select", options: enumOptions(E.COOKIE_CATEGORIES, (v) => enumLabel("CookieCategory", v)) },
              { name: "duration.kind", label: t("catalog.durationKind"), type: "select", options: enumOptions(COOKIE_DURATION_KINDS, (v) => enumLabel("CookieDurationKind", v)) },
              { name: "duration.amount", label: t("catalog.durationAmount"), type: "text" },
              { name: "duration.unit", label: t("catalog.durationUnit"), type: "select", options: [{ value: "", label: "—" }, ...enumOptions(COOKIE_DURATION_UNITS, (v) => enumLabel("CookieDurationUnit", v))] },
              { name: "duration.text.en", label: t("catalog.durationTextEn"), type: "text" },
              { name: "duration.text.nb", label: t("catalog.durationTextNb"), type: "text" },
              // ekomloven § 3-15: consent follows the category; an override and its reason are set in the catalog.
              { name: "consent", label: t("catalog.consent"), type: "select", options: enumOptions(E.COOKIE_CONSENTS, (v) => enumLabel("CookieConsent", v)) },
              {
                name: "recipientId",
                label: t("catalog.recipientOfCookie"),
                type: "select",
                options: [{ value: "", label: t("catalog.noCountry") }, ...catalogs.recipients.map((r) => ({ value: r.id, label: r.name }))],
              },
            ]}
            onCreated={(entry) => {
              addCatalogEntry({ kind: "cookies", entry });
              cookies.toggle(entry.id, true);
            }}
          />
        )}
      </CatalogChecklist>
    </EditorSection>
  );
}
