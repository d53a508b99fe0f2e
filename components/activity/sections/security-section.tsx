"use client";
import { useTranslations } from "next-intl";
import * as E from "@/lib/register/enums";
import { CatalogChecklist, InlineCreate } from "../catalog-picker";
import { enumOptions } from "../editor-state";
import { EDITOR_CATALOG_ENTRY } from "../editor-types";
import { EditorSection, useEditor } from "../fields";
import { LocalizedTextField } from "../localized-text-field";
import { useLinkedIds } from "./linked-ids";

/** Art. 30(1)(g), 32(1): the technical and organisational measures, and the systems the data live in. */
export function SecuritySection() {
  const t = useTranslations("activities");
  const { readOnly, locale, companyId, catalogs, addCatalogEntry, enumLabel } = useEditor();
  const measures = useLinkedIds("securityMeasureIds");
  const systems = useLinkedIds("systemIds");
  return (
    <EditorSection id="security" title={t("section.security")}>
      <CatalogChecklist
        legend={t("field.securityMeasures")}
        name="securityMeasureIds"
        options={catalogs.securityMeasures.map((m) => ({ id: m.id, label: locale === "nb" ? m.descriptionNb : m.descriptionEn, detail: enumLabel("SecurityMeasureKind", m.kind) }))}
        selected={measures.selected}
        onToggle={measures.toggle}
        readOnly={readOnly}
      >
        {readOnly ? null : (
          <InlineCreate
            companyId={companyId}
            entry={EDITOR_CATALOG_ENTRY.securityMeasures}
            kind="security-measures"
            title={t("catalog.securityMeasure")}
            locale={locale}
            fields={[
              { name: "kind", label: t("catalog.kind"), type: "select", options: enumOptions(E.SECURITY_MEASURE_KINDS, (v) => enumLabel("SecurityMeasureKind", v)) },
              { name: "descriptionEn", label: t("catalog.descriptionEn"), type: "text" },
              { name: "descriptionNb", label: t("catalog.descriptionNb"), type: "text" },
            ]}
            onCreated={(entry) => {
              addCatalogEntry({ kind: "securityMeasures", entry });
              measures.toggle(entry.id, true);
            }}
          />
        )}
      </CatalogChecklist>
      <LocalizedTextField path="securityMeasuresText" label={t("field.securityMeasuresText")} multiline />
      <CatalogChecklist
        legend={t("field.systems")}
        name="systemIds"
        options={catalogs.systems.map((s) => ({ id: s.id, label: s.name }))}
        selected={systems.selected}
        onToggle={systems.toggle}
        readOnly={readOnly}
      >
        {readOnly ? null : (
          <InlineCreate
            companyId={companyId}
            entry={EDITOR_CATALOG_ENTRY.systems}
            kind="systems"
            title={t("catalog.system")}
            locale={locale}
            fields={[
              { name: "name", label: t("catalog.name"), type: "text" },
              { name: "hostingCountryCode", label: t("catalog.hostingCountry"), type: "country", empty: t("catalog.noCountry") },
            ]}
            onCreated={(entry) => {
              addCatalogEntry({ kind: "systems", entry });
              systems.toggle(entry.id, true);
            }}
          />
        )}
      </CatalogChecklist>
    </EditorSection>
  );
}
