"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { submitJson } from "@/components/forms/submit-json";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { accentContrast, accentPasses, companyBrandingSchema, darkenToPass, MAX_LOGO_BYTES, normaliseHexColour, type CompanyBrandingInput } from "@/lib/company/branding";
import type { FieldErrors } from "@/lib/errors";

const brandingSchema = z.object({
  accentColour: z.string().nullable(),
  logo: z.object({ src: z.string(), contentType: z.string(), bytes: z.number() }).nullable(),
});
type Branding = z.output<typeof brandingSchema>;

/** Reads a chosen file as base64 (the JSON route's form of a logo). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsDataURL(file);
  });
}

/**
 * The public page's logo and accent colour (docs/decisions/024-company-branding.md), saved apart
 * from the profile. The colour's contrast against white is shown as it is typed, with a darker
 * shade of the same hue to take when it is too light; the server checks both again.
 */
export function CompanyBrandingForm({ companyId, initial, readOnly }: { companyId: string; initial: Branding; readOnly: boolean }) {
  const t = useTranslations("branding");
  const tc = useTranslations("common");
  const locale = useLocale();
  const { translate } = useValidation();
  const [saved, setSaved] = useState(initial);
  const [accent, setAccent] = useState(initial.accentColour ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [remove, setRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const hex = normaliseHexColour(accent);
  const ratio = hex ? accentContrast(hex).toLocaleString(locale === "nb" ? "nb-NO" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : null;
  const passes = hex ? accentPasses(hex) : true;

  const save = async () => {
    setResult(null);
    setErrors({});
    if (file && file.size > MAX_LOGO_BYTES) {
      setErrors({ logo: [translate({ key: "branding.logoTooLarge" })] });
      return;
    }
    setBusy(true);
    const body: CompanyBrandingInput = {
      accentColour: accent,
      logo: file ? { action: "replace", base64: await base64Of(file) } : remove ? { action: "remove" } : { action: "keep" },
    };
    const local = companyBrandingSchema.safeParse(body);
    if (!local.success) {
      const found: FieldErrors = {};
      for (const issue of local.error.issues) (found[String(issue.path[0] ?? "_form")] ??= []).push(translate({ key: issue.message }));
      setErrors(found);
      setBusy(false);
      return;
    }
    const response = await submitJson(`/api/companies/${companyId}/branding`, "PUT", body, brandingSchema);
    setBusy(false);
    if (response.ok) {
      setSaved(response.data);
      setAccent(response.data.accentColour ?? "");
      setFile(null);
      setRemove(false);
      setResult({ tone: "success", text: t("saved") });
    } else {
      setErrors(response.fieldErrors);
      setResult({ tone: "error", text: response.message || tc("unexpectedError") });
    }
  };

  return (
    <Card aria-labelledby="branding-title" className="space-y-4">
      <h2 id="branding-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <FormField id="accent-colour" label={t("accentColour")} hint={t("accentHint")} error={errors.accentColour?.[0]}>
        <div className="flex flex-wrap items-center gap-3">
          <Input
            id="accent-colour"
            className="w-40 font-mono"
            value={accent}
            placeholder="#1d4f91"
            disabled={readOnly || busy}
            aria-invalid={errors.accentColour ? true : undefined}
            aria-describedby={`accent-colour-${errors.accentColour ? "error" : "hint"} accent-contrast`}
            onChange={(event) => setAccent(event.target.value)}
          />
          {hex ? <span aria-hidden="true" className="inline-block h-8 w-8 rounded border border-slate-300" style={{ backgroundColor: hex }} /> : null}
        </div>
      </FormField>
      {hex && ratio ? (
        <div id="accent-contrast" className="flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
          <span className={passes ? "text-emerald-800" : "text-red-700"}>{passes ? t("contrastOk", { ratio }) : t("contrastLow", { ratio })}</span>
          {!passes && !readOnly ? (
            <Button variant="secondary" size="sm" onClick={() => setAccent(darkenToPass(hex))}>
              {t("useSuggestion", { colour: darkenToPass(hex) })}
            </Button>
          ) : null}
        </div>
      ) : null}
      <FormField id="logo-file" label={t("logo")} hint={t("logoHint")} error={errors.logo?.[0]}>
        <div className="space-y-2">
          {saved.logo && !remove ? (
            <div className="flex items-center gap-3 text-sm">
              <span className="text-slate-700">{t("currentLogo")}:</span>
              {/* The app's own URL of the stored logo; a plain img keeps it out of the image optimiser. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={saved.logo.src} alt={t("currentLogo")} className="h-10 w-auto max-w-48 rounded border border-slate-200 bg-white object-contain p-1" />
            </div>
          ) : (
            <p className="text-sm text-slate-700">{remove ? t("keepRemoval") : t("noLogo")}</p>
          )}
          <input
            id="logo-file"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml"
            disabled={readOnly || busy}
            aria-invalid={errors.logo ? true : undefined}
            aria-describedby={errors.logo ? "logo-file-error" : "logo-file-hint"}
            className="block text-sm"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {saved.logo && !readOnly ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={remove} disabled={busy || file !== null} onChange={(event) => setRemove(event.target.checked)} />
              {t("removeLogo")}
            </label>
          ) : null}
        </div>
      </FormField>
      {readOnly ? null : (
        <Button onClick={() => void save()} disabled={busy}>
          {t("save")}
        </Button>
      )}
    </Card>
  );
}
