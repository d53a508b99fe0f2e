"use client";
import { useEffect } from "react";

/**
 * Brings a field into view with its label and focuses it: for a finding's link
 * ("#purposes.0.legalReference") and for an error summary's. The anchor may be the control
 * itself or a fieldset around several (a text per language); the first control is focused.
 * Centred, so neither the label nor the control sits under a sticky bar (WCAG 2.4.11).
 */
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches("input, select, textarea")
    ? target
    : target.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea");
  target.scrollIntoView({ block: "center" });
  control?.focus({ preventScroll: true });
  return true;
}

/** Focuses the field named by the address's #fragment on arrival and whenever it changes. */
export function useFocusFieldFromHash(): void {
  useEffect(() => {
    const focusFromHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id) focusField(id);
    };
    focusFromHash();
    window.addEventListener("hashchange", focusFromHash);
    return () => window.removeEventListener("hashchange", focusFromHash);
  }, []);
}
