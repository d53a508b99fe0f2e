import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/register/countries";
import type { Words } from "@/lib/register/readable-changes";
import { enumLabelForInterface, yesNo } from "@/lib/register/vocabulary";
import type { CompanyAccess } from "@/lib/server/access";
import { catalogEntryNames } from "@/lib/server/catalog-names";

/** The reader's words for the history and the audit log: message files, the vocabulary and the catalog's names. */
export async function readableWords(access: CompanyAccess): Promise<Words & { language: "en" | "nb" }> {
  const language = (await getLocale()) === "nb" ? "nb" : "en";
  const [t, format, names] = await Promise.all([getTranslations(), getFormatter(), catalogEntryNames(access, language)]);
  return {
    language,
    message: (key) => (t.has(key as never) ? t(key as never) : null),
    enumLabel: (enumName, value) => enumLabelForInterface(enumName, value, language),
    yesNo: (value) => yesNo(value, language),
    // A calendar date stays a date; an instant is shown with its time, both on Oslo's clock (lib/i18n/request.ts).
    date: (iso) =>
      iso.length === 10
        ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" })
        : format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }),
    country: (code) => countryName(code, language),
    catalogName: (id) => names.get(id) ?? t("auditReadable.deletedEntry"),
    empty: "—",
  };
}
