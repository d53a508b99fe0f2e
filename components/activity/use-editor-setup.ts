"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useValidation } from "@/components/forms/use-validation";
import { useEnumLabel } from "@/components/ui/use-enum-label";
import { activityInputSchemaFor, type ActivityCatalogContext, type ActivityFormValues } from "@/lib/register/activity-schema";
import type { Finding } from "@/lib/register/checks/types";
import { LANGUAGES, type Language } from "@/lib/register/languages";
import { displayMessage } from "@/lib/validation/messages";
import type { CatalogAddition, EditorCatalogKind, EditorCatalogs } from "./editor-types";
import type { EditorContextValue } from "./fields";

/** The catalogs with an entry added, or replaced where it is already there (edited from the editor). */
function withEntry<K extends EditorCatalogKind>(catalogs: EditorCatalogs, kind: K, entry: EditorCatalogs[K][number]): EditorCatalogs {
  const current: EditorCatalogs[K][number][] = catalogs[kind];
  const list = current.some((e) => e.id === entry.id) ? current.map((e) => (e.id === entry.id ? entry : e)) : [...current, entry];
  return { ...catalogs, [kind]: list };
}

/**
 * The activity form and everything its sections read (catalogs, labels, findings),
 * built once for the editor; the sections' tests build theirs with the same hook.
 */
export function useEditorSetup({
  companyId,
  initialValues,
  initialCatalogs,
  readOnly,
  locale,
  findings,
  languages = LANGUAGES,
}: {
  companyId: string;
  initialValues: ActivityFormValues;
  initialCatalogs: EditorCatalogs;
  readOnly: boolean;
  locale: "en" | "nb";
  findings: readonly Finding[] | null;
  /** The company's notice languages, primary first; every language when not given. */
  languages?: readonly Language[];
}): EditorContextValue {
  const { errorMap, translate } = useValidation();
  const [catalogs, setCatalogs] = useState(initialCatalogs);
  // The catalog-dependent rules read these maps when the form validates; entries created inline
  // are added to them, so the resolver (built once) always sees the current catalogs.
  const [context] = useState(() => ({
    dataCategories: new Map(initialCatalogs.dataCategories.map((c) => [c.id, c])),
    recipients: new Map(initialCatalogs.recipients.map((r) => [r.id, r])),
  }));
  const resolver = useMemo(() => zodResolver(activityInputSchemaFor(context satisfies ActivityCatalogContext), { error: errorMap }), [context, errorMap]);
  // Checked when a field is left and on Save, never while typing or when a row is added: with
  // "onChange" revalidation react-hook-form checks a whole list after an append, and a new,
  // untouched row turned red after any failed save.
  const form = useForm<ActivityFormValues>({ resolver, defaultValues: initialValues, mode: "onBlur", reValidateMode: "onBlur" });

  const addCatalogEntry = useCallback(
    (addition: CatalogAddition) => {
      if (addition.kind === "dataCategories") context.dataCategories.set(addition.entry.id, addition.entry);
      if (addition.kind === "recipients") context.recipients.set(addition.entry.id, addition.entry);
      setCatalogs((current) => withEntry(current, addition.kind, addition.entry));
    },
    [context],
  );
  const enumLabel = useEnumLabel();
  // Keys such as "activityValidation.art9ConditionRequired" (digits included) are translated; a key
  // with no message becomes the generic sentence, never the key itself (lib/validation/messages.ts).
  const message = useCallback((value: string | undefined) => displayMessage(value, translate), [translate]);
  const findingsByField = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of findings ?? []) map.set(finding.field, [...(map.get(finding.field) ?? []), finding]);
    return map;
  }, [findings]);

  return { form, readOnly, message, findingsByField, locale, companyId, catalogs, addCatalogEntry, enumLabel, languages };
}
