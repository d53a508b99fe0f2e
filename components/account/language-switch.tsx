"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitJson, unreadData } from "@/components/forms/submit-json";
import { Select } from "@/components/ui/select";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";

/** English / Norsk bokmål, saved on the user and applied at once. */
export function LanguageSwitch() {
  const t = useTranslations("language");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  async function choose(locale: Locale) {
    setFailed(false);
    const result = await submitJson("/api/me/locale", "PUT", { locale }, unreadData);
    if (!result.ok) {
      setFailed(true);
      return;
    }
    startTransition(() => router.refresh());
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor="language-switch" className="sr-only">
        {t("label")}
      </label>
      <Select
        id="language-switch"
        className="h-8 w-auto"
        value={current}
        disabled={pending}
        aria-invalid={failed ? true : undefined}
        onChange={(e) => {
          if (isLocale(e.target.value)) void choose(e.target.value);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(locale)}
          </option>
        ))}
      </Select>
    </div>
  );
}
