"use client";
import { cookieDurationFromJson, cookieDurationIn } from "@/lib/register/cookie-duration";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson, unreadData } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useEnumLabel } from "@/components/ui/use-enum-label";
import { countryName } from "@/lib/register/countries";
import { needsConsent } from "@/lib/register/cookie-consent";
import type { CookieCategory, CookieConsent } from "@/lib/register/enums";
import { catalogUsageSchema, type CatalogKind, type CatalogUsage } from "@/lib/register/catalog-schemas";
import { CatalogEntryForm, type RecipientOption } from "./catalog-entry-form";
import { emptyValues, entryValues } from "./catalog-fields";

export type CatalogRow = Record<string, unknown> & { id: string; version: number; usageCount: number };

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** The name a DPO recognises an entry by, in the UI language. */
export function entryName(kind: CatalogKind, row: Record<string, unknown>, locale: "en" | "nb"): string {
  switch (kind) {
    case "data-categories":
    case "data-subject-categories":
      return str(locale === "nb" ? row.labelNb : row.labelEn);
    case "security-measures":
      return str(locale === "nb" ? row.descriptionNb : row.descriptionEn);
    default:
      return str(row.name);
  }
}

/**
 * One catalog: its entries in a table (each row addressable as
 * #<kind>-<id>, so findings can link to it), with create/edit forms and
 * delete for those who may write. A delete refused because the entry is in
 * use lists what uses it.
 */
export function CatalogSection({
  companyId,
  kind,
  rows,
  recipients,
  readOnly,
  locale,
}: {
  companyId: string;
  kind: CatalogKind;
  rows: CatalogRow[];
  recipients: RecipientOption[];
  readOnly: boolean;
  locale: "en" | "nb";
}) {
  const t = useTranslations("catalogs");
  const tc = useTranslations("common");
  const enumLabel = useEnumLabel();
  const router = useRouter();
  const [editing, setEditing] = useState<{ id?: string; values: Record<string, unknown> } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string; usedBy?: CatalogUsage[] } | null>(null);
  const headingId = `${kind}-heading`;
  const recipientName = (id: unknown) => recipients.find((r) => r.id === id)?.name ?? "";
  const country = (code: unknown) => (typeof code === "string" && code ? countryName(code, locale) : "—");
  const yesNo = (value: unknown) => (value ? t("yes") : t("no"));

  const columns: { header: string; cell: (row: CatalogRow) => React.ReactNode }[] = (() => {
    const name = { header: t("fields.name"), cell: (row: CatalogRow) => entryName(kind, row, locale) };
    switch (kind) {
      case "data-categories":
        return [
          name,
          {
            header: t("fields.flags"),
            cell: (row) =>
              [
                row.specialCategory ? enumLabel("SpecialCategory", str(row.specialCategory)) : null,
                row.isCriminalOffence ? t("fields.isCriminalOffence") : null,
                row.isNationalId ? t("fields.isNationalId") : null,
              ]
                .filter(Boolean)
                .join("; ") || "—",
          },
        ];
      case "data-subject-categories":
        return [name, { header: t("fields.includesChildren"), cell: (row) => yesNo(row.includesChildren) }];
      case "recipients":
        return [
          name,
          { header: t("fields.kind"), cell: (row) => enumLabel("RecipientKind", str(row.kind)) },
          { header: t("fields.subCountry"), cell: (row) => country(row.countryCode) },
          { header: t("fields.dpaStatus"), cell: (row) => enumLabel("DpaStatus", str(row.dpaStatus)) },
        ];
      case "systems":
        return [
          name,
          { header: t("fields.hostingCountryCode"), cell: (row) => country(row.hostingCountryCode) },
          { header: t("fields.vendorRecipientId"), cell: (row) => recipientName(row.vendorRecipientId) || "—" },
        ];
      case "security-measures":
        return [
          { header: t("fields.kind"), cell: (row) => enumLabel("SecurityMeasureKind", str(row.kind)) },
          { header: t("fields.description"), cell: (row) => entryName(kind, row, locale) },
        ];
      case "cookies":
        return [
          name,
          { header: t("fields.provider"), cell: (row) => str(row.provider) },
          { header: t("fields.category"), cell: (row) => enumLabel("CookieCategory", str(row.category)) },
          { header: t("fields.duration.label"), cell: (row) => cookieDurationIn(cookieDurationFromJson(row.duration), locale) ?? "—" },
          { header: t("fields.consentRequired"), cell: (row) => yesNo(needsConsent({ category: row.category as CookieCategory, consent: row.consent as CookieConsent })) },
        ];
    }
  })();

  async function remove(row: CatalogRow) {
    setConfirming(null);
    const result = await submitJson(`/api/companies/${companyId}/catalogs/${kind}/${row.id}`, "DELETE", {}, unreadData);
    if (result.ok) {
      setStatus({ tone: "success", text: t("deleted") });
      router.refresh();
      return;
    }
    const parsed = catalogUsageSchema.safeParse(result.details.usedBy);
    const usedBy = parsed.success ? parsed.data : undefined;
    setStatus({ tone: "error", text: result.message, ...(usedBy ? { usedBy } : {}) });
  }

  return (
    <section id={kind} aria-labelledby={headingId} className="scroll-mt-4">
      <Card className="space-y-4">
        <div className="flex items-center justify-between gap-4">
          <h2 id={headingId} className="text-lg font-semibold">
            {t(`kinds.${kind}`)}
          </h2>
          {readOnly ? null : (
            <Button
              size="sm"
              aria-label={`${t("add")}: ${t(`kinds.${kind}`)}`}
              onClick={() => {
                setStatus(null);
                setEditing({ values: emptyValues(kind) });
              }}
            >
              {t("add")}
            </Button>
          )}
        </div>
        {status ? (
          <Alert tone={status.tone}>
            <p>{status.text}</p>
            {status.usedBy ? (
              <ul className="mt-2 list-disc pl-5" aria-label={t("usage")}>
                {status.usedBy.map((u) => (
                  <li key={`${u.type}-${u.id}`}>
                    {t(`usedByType.${u.type}`)}:{" "}
                    {u.type === "activity" ? (
                      <Link className="underline" href={`/companies/${companyId}/activities/${u.id}`}>
                        {u.name}
                      </Link>
                    ) : (
                      u.name
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {editing ? (
          <div className="rounded-md border border-brand-100 bg-brand-50 p-4">
            <CatalogEntryForm
              key={editing.id ?? "new"}
              companyId={companyId}
              kind={kind}
              {...(editing.id ? { entryId: editing.id } : {})}
              initial={editing.values}
              recipients={recipients}
              locale={locale}
              onCancel={() => setEditing(null)}
              onDone={() => {
                setStatus({ tone: "success", text: editing.id ? tc("saved") : t("created") });
                setEditing(null);
                router.refresh();
              }}
            />
          </div>
        ) : null}
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  {columns.map((c) => (
                    <th key={c.header} scope="col" className="py-2 pr-4 font-medium">
                      {c.header}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t("usage")}
                  </th>
                  {readOnly ? null : (
                    <th scope="col" className="py-2 font-medium">
                      <span className="sr-only">{t("actions")}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const label = entryName(kind, row, locale);
                  return (
                    <tr key={row.id} id={`${kind}-${row.id}`} className="scroll-mt-4 border-b border-slate-100 align-top target:bg-amber-50">
                      {columns.map((c) => (
                        <td key={c.header} className="py-2 pr-4">
                          {c.cell(row)}
                        </td>
                      ))}
                      <td className="py-2 pr-4 text-slate-600">{t("usageCount", { count: row.usageCount })}</td>
                      {readOnly ? null : (
                        <td className="py-2 whitespace-nowrap">
                          {confirming === row.id ? (
                            <span className="flex items-center gap-2">
                              <span className="sr-only">{t("confirmDelete", { name: label })}</span>
                              <Button size="sm" variant="danger" onClick={() => void remove(row)}>
                                {t("confirm")}
                              </Button>
                              <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                                {t("no")}
                              </Button>
                            </span>
                          ) : (
                            <span className="flex gap-2">
                              <Button
                                size="sm"
                                variant="secondary"
                                aria-label={`${t("edit")}: ${label}`}
                                onClick={() => {
                                  setStatus(null);
                                  setEditing({ id: row.id, values: entryValues(kind, row) });
                                }}
                              >
                                {t("edit")}
                              </Button>
                              <Button size="sm" variant="ghost" aria-label={`${t("delete")}: ${label}`} onClick={() => setConfirming(row.id)}>
                                {t("delete")}
                              </Button>
                            </span>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </section>
  );
}
