"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { focusField } from "./focus-field";
import { sectionTitle, visibleFieldLabel } from "./field-label";

export type SummaryItem = { id: string; label: string };

/**
 * The fields with errors as the user knows them — "Retention rule 1: Duration" — each a
 * link that brings the field into view and focuses it. Never a path: a field the page
 * cannot name is described by its section, or as "a field further down the form".
 */
export function useSummaryItems() {
  const t = useTranslations("formStatus");
  return (ids: readonly string[], idOf: (path: string) => string = (path) => path): SummaryItem[] => {
    const seen = new Set<string>();
    return ids.flatMap((path) => {
      const id = idOf(path);
      const section = sectionTitle(id);
      const label = visibleFieldLabel(id) ?? (section ? t("otherField", { section }) : t("unknownField"));
      if (seen.has(label)) return [];
      seen.add(label);
      return [{ id, label }];
    });
  };
}

export function ErrorSummary({ items }: { items: readonly SummaryItem[] }) {
  const t = useTranslations("formStatus");
  return (
    <Alert tone="error" data-testid="error-summary">
      <p>{t("fixErrors", { count: items.length })}</p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              className="underline"
              onClick={(event) => {
                if (focusField(item.id)) event.preventDefault();
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/**
 * A confirmation or a short error beside the Save button, where the eye is after saving;
 * the region exists before it speaks so that screen readers announce each new message.
 */
export function SaveStatus({ tone, text }: { tone: "error" | "success" | "info" | null; text: string | null }) {
  const colour = tone === "error" ? "text-red-800" : tone === "success" ? "text-emerald-800" : "text-slate-700";
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm font-medium ${colour}`}>
      {text}
    </p>
  );
}
