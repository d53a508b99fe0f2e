"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { localizedErrorMap, type MessageRef } from "@/lib/validation/messages";

/** Translates validation message keys, and the zod error map that uses them, for client forms. */
export function useValidation() {
  const t = useTranslations();
  return useMemo(() => {
    const translate = (ref: MessageRef) => (t.has(ref.key) ? t(ref.key, ref.values) : t("validation.invalid"));
    return { translate, errorMap: localizedErrorMap(translate) };
  }, [t]);
}
