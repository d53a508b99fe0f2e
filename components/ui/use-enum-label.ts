"use client";
import { useLocale } from "next-intl";
import { useCallback } from "react";
import { enumLabelForInterface, type EnumName } from "@/lib/register/vocabulary";

/** Labels of register enumerations in the interface language, from the one vocabulary (lib/register/vocabulary). */
export function useEnumLabel(): (enumName: EnumName, value: string) => string {
  const locale = useLocale();
  return useCallback((enumName: EnumName, value: string) => enumLabelForInterface(enumName, value, locale), [locale]);
}
