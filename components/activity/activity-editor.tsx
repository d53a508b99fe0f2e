"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useFieldArray, useFormState, useWatch, type Control } from "react-hook-form";
import { z } from "zod";
import { ErrorSummary, SaveStatus, useSummaryItems, type SummaryItem } from "@/components/forms/error-summary";
import { useFocusFieldFromHash } from "@/components/forms/focus-field";
import { showFieldErrors, submitJson } from "@/components/forms/submit-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import { findingSchema } from "@/lib/register/checks/finding-schema";
import type { Finding } from "@/lib/register/checks/types";
import type { Language } from "@/lib/register/languages";
import { ActivitySections, editorSectionIds } from "./activity-sections";
import { ConflictView } from "./conflict-view";
import { errorPaths, formValuesOf, mergeMyChanges, sameFormValues } from "./editor-state";
import { savedActivityJsonSchema, type EditorCatalogs, type SavedActivityJson } from "./editor-types";
import { EditorContext } from "./fields";
import { FindingsPanel } from "./findings-panel";
import { useUnsavedChangesGuard } from "./unsaved-guard";
import { useEditorSetup } from "./use-editor-setup";


/** The findings API's answer (app/api/companies/[companyId]/findings), as far as the editor reads it. */
const findingsAnswer = z.object({ data: z.object({ findings: z.array(findingSchema) }) });

/** This activity's findings from the findings API, or null when they could not be loaded or read. */
async function fetchFindings(companyId: string, activityId: string): Promise<Finding[] | null> {
  try {
    const response = await fetch(`/api/companies/${companyId}/findings?activityId=${encodeURIComponent(activityId)}`, { headers: { Accept: "application/json" } });
    if (!response.ok) return null;
    const parsed = findingsAnswer.safeParse(await response.json());
    return parsed.success ? parsed.data.data.findings : null;
  } catch {
    return null;
  }
}

/**
 * WCAG 2.4.11: a control focused by Tab must not sit under the sticky Save bar. The page's
 * scroll-padding-bottom (app/globals.css) covers most cases; this covers the browsers and
 * the moves (a focus() from script) that ignore it, by scrolling just far enough.
 */
function useKeepFocusClearOf(bar: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const element = event.target;
      const barElement = bar.current;
      if (!(element instanceof HTMLElement) || !barElement || barElement.contains(element)) return;
      const box = element.getBoundingClientRect();
      const barBox = barElement.getBoundingClientRect();
      const sideBySide = box.right <= barBox.left || box.left >= barBox.right;
      const overlap = box.bottom - barBox.top;
      if (!sideBySide && overlap > 0 && box.top < barBox.bottom) window.scrollBy({ top: overlap + 16 });
    };
    document.addEventListener("focusin", onFocusIn);
    return () => document.removeEventListener("focusin", onFocusIn);
  }, [bar]);
}

/**
 * "Unsaved changes" and the question before leaving, from what the form says compared with
 * what was saved (editor-state.ts sameFormValues), beside the save status. Its own component
 * so that watching every value re-renders only this, not the whole editor.
 */
function UnsavedState({
  control,
  loaded,
  notice,
}: {
  control: Control<ActivityFormValues>;
  loaded: ActivityFormValues;
  notice: { tone: "error" | "success" | "info"; text: string } | null;
}) {
  const t = useTranslations("activities");
  const { isDirty } = useFormState({ control });
  const values = useWatch({ control });
  const changed = isDirty && !sameFormValues(values, loaded);
  useUnsavedChangesGuard(changed, t("unsaved"));
  // "Saved." beside "Unsaved changes" would contradict it: a success speaks until the next edit.
  const status = notice && notice.tone !== "info" && !(notice.tone === "success" && changed) ? notice : { tone: null, text: null };
  return (
    <>
      {changed ? <span className="text-sm text-amber-800">{t("unsavedBadge")}</span> : null}
      <SaveStatus {...status} />
    </>
  );
}

/**
 * The activity editor: one form over the legal sections (each its own component under
 * ./sections), saving with optimistic concurrency, showing a conflict side by side, and the
 * saved activity's findings beside it.
 */
export function ActivityEditor({
  companyId,
  initial,
  catalogs: initialCatalogs,
  readOnly,
  locale,
  languages,
  created = false,
}: {
  companyId: string;
  /** Just created (the page was opened with ?created=1): say so beside the Save button. */
  created?: boolean;
  /** The saved activity, or the empty one for "New activity" (no id). */
  initial: SavedActivityJson | Omit<ActivityFormValues, "status">;
  catalogs: EditorCatalogs;
  readOnly: boolean;
  locale: "en" | "nb";
  /** The company's notice languages, primary first (lib/server/companies.ts editorLanguages). */
  languages?: readonly Language[];
}) {
  const t = useTranslations("activities");
  const tAll = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState<SavedActivityJson | null>("id" in initial ? initial : null);
  const tStatus = useTranslations("formStatus");
  const [notice, setNotice] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(() => (created ? { tone: "success", text: tStatus("created") } : null));
  // The fields with errors, by the labels the user sees (never their paths).
  const [summary, setSummary] = useState<SummaryItem[] | null>(null);
  const summaryItems = useSummaryItems();
  useFocusFieldFromHash();
  const saveBar = useRef<HTMLDivElement>(null);
  useKeepFocusClearOf(saveBar);
  // The confirmation has been shown: a reload or a shared link should not say "created" again.
  useEffect(() => {
    if (!created) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("created");
    window.history.replaceState(window.history.state, "", url);
  }, [created]);
  const [conflict, setConflict] = useState<{ mine: ActivityFormValues; theirs: SavedActivityJson } | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [findingsFailed, setFindingsFailed] = useState(false);
  // Bumped when a warning is accepted beside the form: the findings are read again.
  const [findingsRevision, setFindingsRevision] = useState(0);
  // The values the form was loaded with: the base for "my changes" when a save conflicts.
  const [loaded, setLoaded] = useState(() => formValuesOf(initial));

  const editor = useEditorSetup({ companyId, initialValues: loaded, initialCatalogs, readOnly, locale, findings, ...(languages ? { languages } : {}) });
  const { form } = editor;
  const { isSubmitting } = form.formState;
  const purposes = useFieldArray({ control: form.control, name: "purposes", keyName: "key" });
  const role = useWatch({ control: form.control, name: "role" });

  // Findings come from the server's checks over the saved register: reload after every save.
  const savedId = saved?.id;
  const savedVersion = saved?.version;
  useEffect(() => {
    if (!savedId) return;
    let cancelled = false;
    void fetchFindings(companyId, savedId).then((result) => {
      if (cancelled) return;
      setFindings(result);
      setFindingsFailed(result === null);
    });
    return () => {
      cancelled = true;
    };
  }, [companyId, savedId, savedVersion, findingsRevision]);

  const applySaved = (activity: SavedActivityJson) => {
    const values = formValuesOf(activity);
    setSaved(activity);
    setLoaded(values);
    form.reset(values);
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setNotice(null);
      setSummary(null);
      const url = saved ? `/api/companies/${companyId}/activities/${saved.id}` : `/api/companies/${companyId}/activities`;
      const result = await submitJson(url, saved ? "PUT" : "POST", values, savedActivityJsonSchema);
      if (!result.ok) {
        const theirs = savedActivityJsonSchema.safeParse(result.details.current);
        if (result.status === 409 && theirs.success) {
          setConflict({ mine: form.getValues(), theirs: theirs.data });
          setNotice({ tone: "error", text: result.message });
          return;
        }
        showFieldErrors(form.setError, result.fieldErrors);
        const fields = Object.keys(result.fieldErrors).filter((path) => path !== "_form");
        setSummary(fields.length > 0 ? summaryItems(fields) : null);
        // What the user typed stays in the form; only the message changes.
        setNotice({ tone: "error", text: result.message || tAll("common.unexpectedError") });
        return;
      }
      if (!saved) {
        form.reset(formValuesOf(result.data));
        router.push(`/companies/${companyId}/activities/${result.data.id}?created=1`);
        return;
      }
      applySaved(result.data);
      setNotice({ tone: "success", text: t("saved") });
      router.refresh();
    },
    (errors) => {
      const items = summaryItems(errorPaths(errors));
      setSummary(items);
      setNotice({ tone: "error", text: tStatus("notSaved", { count: items.length }) });
    },
  );

  const statusAction = async (action: "retire" | "restore" | "duplicate") => {
    if (!saved) return;
    const body = action === "duplicate" ? {} : { version: saved.version };
    const result = await submitJson(`/api/companies/${companyId}/activities/${saved.id}/${action}`, "POST", body, savedActivityJsonSchema);
    if (!result.ok) {
      setNotice({ tone: "error", text: result.message || tAll("common.unexpectedError") });
      return;
    }
    if (action === "duplicate") {
      router.push(`/companies/${companyId}/activities/${result.data.id}`);
      return;
    }
    applySaved(result.data);
    router.refresh();
  };

  return (
    <EditorContext.Provider value={editor}>
      <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)_18rem]">
        <nav aria-label={t("sections")} className="text-sm lg:sticky lg:top-4 lg:self-start">
          <ul className="space-y-1">
            {editorSectionIds(role).map((id) => (
              <li key={id}>
                <a href={`#section-${id}`} className="text-brand-700 hover:underline">
                  {t(`section.${id}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-6" aria-label={saved?.name ?? t("newTitle")}>
          {readOnly ? <Alert tone="info">{t("readOnly")}</Alert> : null}
          {saved?.status === "RETIRED" ? <Alert tone="info">{t("retired")}</Alert> : null}
          {summary && summary.length > 0 ? <ErrorSummary items={summary} /> : null}
          {notice && (readOnly || notice.tone === "info") ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
          {conflict ? (
            <ConflictView
              mine={conflict.mine}
              theirs={conflict.theirs}
              onKeepMine={() => {
                const theirs = formValuesOf(conflict.theirs);
                const merged = mergeMyChanges(loaded, conflict.mine, theirs);
                setSaved(conflict.theirs);
                setLoaded(theirs);
                // The newer version becomes the baseline; the user's own changes sit on top, unsaved, to review and save.
                form.reset(theirs);
                form.reset({ ...merged, version: conflict.theirs.version }, { keepDefaultValues: true });
                setConflict(null);
                setNotice({ tone: "info", text: t("conflictReapplied") });
              }}
              onDiscard={() => {
                applySaved(conflict.theirs);
                setConflict(null);
                setNotice(null);
              }}
            />
          ) : null}

          <fieldset disabled={readOnly} className="space-y-6">
            <ActivitySections purposes={purposes} role={role} />
          </fieldset>

          {readOnly ? null : (
            <div ref={saveBar} data-testid="save-bar" className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-3">
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting ? t("saving") : t("save")}
              </Button>
              <UnsavedState control={form.control} loaded={loaded} notice={notice} />
              {saved ? (
                <>
                  <Button variant="secondary" onClick={() => void statusAction("duplicate")}>
                    {t("duplicate")}
                  </Button>
                  {saved.status === "RETIRED" ? (
                    <Button variant="secondary" onClick={() => void statusAction("restore")}>
                      {t("restore")}
                    </Button>
                  ) : (
                    <Button variant="danger" onClick={() => void statusAction("retire")}>
                      {t("retire")}
                    </Button>
                  )}
                </>
              ) : null}
            </div>
          )}
        </form>

        <FindingsPanel
          companyId={companyId}
          activityId={saved?.id}
          findings={findings}
          failed={findingsFailed}
          locale={locale}
          onAccepted={readOnly ? undefined : () => setFindingsRevision((revision) => revision + 1)}
        />
      </div>
    </EditorContext.Provider>
  );
}
