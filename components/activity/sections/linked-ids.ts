"use client";
import { useWatch } from "react-hook-form";
import { useEditor } from "../fields";

/** The activity's lists of linked catalog entries, by their ids. */
export type LinkedIdsPath = "dataSubjectCategoryIds" | "dataCategoryIds" | "systemIds" | "securityMeasureIds" | "cookieIds";

/** The ids an activity links in one catalog, and a toggle that keeps the list free of duplicates. */
export function useLinkedIds(path: LinkedIdsPath): { selected: string[]; toggle: (id: string, checked: boolean) => void } {
  const { form } = useEditor();
  const watched = useWatch({ control: form.control, name: path });
  const selected = (watched ?? []).filter((x): x is string => typeof x === "string");
  const toggle = (id: string, checked: boolean) => {
    const current = form.getValues(path) ?? [];
    const next = checked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
    form.setValue(path, next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  return { selected, toggle };
}
