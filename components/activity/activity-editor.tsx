"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { submitJson } from "@/components/forms/submit-json";
import { useValidation } from "@/components/forms/use-validation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ADEQUACY_DECISIONS } from "@/lib/register/adequacy";
import {
  activityInputSchemaFor,
  isArt14Source,
  nullsToEmpty,
  proposedTransfer,
  type ActivityCatalogContext,
  type ActivityFormValues,
} from "@/lib/register/activity-schema";
import type { Finding } from "@/lib/register/checks/types";
import { countryName, isEeaCountry } from "@/lib/register/countries";
import * as E from "@/lib/register/enums";
import { CatalogChecklist, CountryOptions, InlineCreate } from "./catalog-picker";
import { ConflictView } from "./conflict-view";
import {
  CheckboxField,
  EditorContext,
  EditorSection,
  SelectField,
  TextField,
  NumberField,
  TriStateField,
  type ActivityPath,
  type EditorContextValue,
} from "./fields";
import { useUnsavedChangesGuard } from "./unsaved-guard";

export type EditorCatalogs = {
  dataSubjectCategories: { id: string; labelEn: string; labelNb: string }[];
  dataCategories: { id: string; labelEn: string; labelNb: string; specialCategory: string | null; isCriminalOffence: boolean; isNationalId: boolean }[];
  recipients: { id: string; name: string; kind: string; countryCode: string | null; dpfCertified: boolean; subProcessors: { id: string; name: string; countryCode: string | null }[] }[];
  systems: { id: string; name: string }[];
  securityMeasures: { id: string; kind: string; descriptionEn: string; descriptionNb: string }[];
  cookies: { id: string; name: string; provider: string; category: string; consentRequired: boolean }[];
};

/** A saved activity as the API returns it (the input shape plus what the server owns). */
export type SavedActivityJson = Omit<ActivityFormValues, "status"> & { id: string; status: E.ActivityStatus; version: number; updatedAt: string };

function formValuesOf(activity: SavedActivityJson | Omit<ActivityFormValues, "status">): ActivityFormValues {
  const { id: _id, status, version, updatedAt: _u, createdAt: _c, ...rest } = activity as Record<string, unknown>;
  return { ...(nullsToEmpty(rest) as ActivityFormValues), status: status === "ACTIVE" ? "ACTIVE" : "DRAFT", version: typeof version === "number" ? version : undefined };
}

/** This activity's findings from the findings API, or null when they could not be loaded. */
async function fetchFindings(companyId: string, activityId: string): Promise<Finding[] | null> {
  try {
    const response = await fetch(`/api/companies/${companyId}/findings?activityId=${encodeURIComponent(activityId)}`, { headers: { Accept: "application/json" } });
    if (!response.ok) return null;
    const data = ((await response.json()) as { data: Finding[] | { findings: Finding[] } }).data;
    return Array.isArray(data) ? data : data.findings;
  } catch {
    return null;
  }
}

/**
 * The user's changes on top of a newer saved version: every top-level field the
 * user changed since loading comes from "mine", everything else from "theirs"
 * (so a colleague's edit of another field is kept).
 */
function mergeMyChanges(base: ActivityFormValues, mine: ActivityFormValues, theirs: ActivityFormValues): ActivityFormValues {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? "") === JSON.stringify(b ?? "");
  const merged: Record<string, unknown> = { ...theirs };
  for (const [key, value] of Object.entries(mine)) {
    if (!same(value, (base as Record<string, unknown>)[key])) merged[key] = value;
  }
  return merged as ActivityFormValues;
}

/** The paths of the fields with errors, for the summary above the form (some may sit in a closed section). */
function errorPaths(errors: unknown, prefix = ""): string[] {
  if (!errors || typeof errors !== "object") return [];
  if ("message" in errors && typeof (errors as { message?: unknown }).message === "string") return [prefix];
  return Object.entries(errors as Record<string, unknown>).flatMap(([key, value]) => (key === "ref" ? [] : errorPaths(value, prefix ? `${prefix}.${key}` : key)));
}

const enumOptions = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));

export function ActivityEditor({
  companyId,
  initial,
  catalogs: initialCatalogs,
  readOnly,
  locale,
}: {
  companyId: string;
  /** The saved activity, or the empty one for "New activity" (no id). */
  initial: SavedActivityJson | Omit<ActivityFormValues, "status">;
  catalogs: EditorCatalogs;
  readOnly: boolean;
  locale: "en" | "nb";
}) {
  const t = useTranslations("activities");
  const tAll = useTranslations();
  const router = useRouter();
  const { errorMap } = useValidation();
  const [catalogs, setCatalogs] = useState(initialCatalogs);
  const [saved, setSaved] = useState<SavedActivityJson | null>("id" in initial ? initial : null);
  const [notice, setNotice] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);
  const [conflict, setConflict] = useState<{ mine: ActivityFormValues; theirs: SavedActivityJson } | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [findingsFailed, setFindingsFailed] = useState(false);

  // The catalog-dependent rules read these maps when the form validates; entries created inline
  // are added to them, so the resolver (built once) always sees the current catalogs.
  const [context] = useState(() => ({
    dataCategories: new Map(initialCatalogs.dataCategories.map((c) => [c.id, c])),
    recipients: new Map(initialCatalogs.recipients.map((r) => [r.id, r])),
  }));
  const resolver = useMemo(() => zodResolver(activityInputSchemaFor(context satisfies ActivityCatalogContext), { error: errorMap }), [context, errorMap]);
  // The values the form was loaded with: the base for "my changes" when a save conflicts.
  const [loaded, setLoaded] = useState(() => formValuesOf(initial));
  const form = useForm<ActivityFormValues>({ resolver, defaultValues: loaded, mode: "onSubmit", reValidateMode: "onChange" });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty && !readOnly, t("unsaved"));

  const name = (entry: { labelEn: string; labelNb: string }) => (locale === "nb" ? entry.labelNb : entry.labelEn);
  const enumLabel = useCallback((enumName: string, value: string) => tAll(`activities.enum.${enumName}.${value}`), [tAll]);
  const message = useCallback(
    (value: string | undefined) => {
      if (!value) return undefined;
      return /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(value) && tAll.has(value) ? tAll(value) : value;
    },
    [tAll],
  );

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
  }, [companyId, savedId, savedVersion]);

  const findingsByField = useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const finding of findings ?? []) map.set(finding.field, [...(map.get(finding.field) ?? []), finding]);
    return map;
  }, [findings]);

  const editor: EditorContextValue = { form, readOnly, message, findingsByField, locale };

  const purposes = useFieldArray({ control: form.control, name: "purposes", keyName: "key" });
  const transfers = useFieldArray({ control: form.control, name: "transfers", keyName: "key" });
  const retention = useFieldArray({ control: form.control, name: "retentionRules", keyName: "key" });
  const jointControllers = useFieldArray({ control: form.control, name: "jointControllers", keyName: "key" });
  const controllersServed = useFieldArray({ control: form.control, name: "controllersServed", keyName: "key" });

  const watched = useWatch({ control: form.control });
  const role = watched.role;
  const linkedRecipients = watched.recipients ?? [];
  const linkedCategories = watched.dataCategoryIds ?? [];

  const toggleIds = (path: "dataSubjectCategoryIds" | "dataCategoryIds" | "systemIds" | "securityMeasureIds" | "cookieIds", id: string, checked: boolean) => {
    const current = form.getValues(path) ?? [];
    const next = checked ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
    form.setValue(path, next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };

  const toggleRecipient = (id: string, checked: boolean) => {
    const current = form.getValues("recipients") ?? [];
    if (checked) {
      form.setValue("recipients", [...current, { recipientId: id, subProcessorAuthorisation: "", flowDownContract: null }], { shouldDirty: true });
      const recipient = catalogs.recipients.find((r) => r.id === id);
      // Art. 44: data leaving the EEA need a transfer; propose one, pre-filled with adequacy where it applies.
      if (recipient?.countryCode && !isEeaCountry(recipient.countryCode) && !(form.getValues("transfers") ?? []).some((tr) => tr.recipientId === id)) {
        transfers.append(nullsToEmpty(proposedTransfer({ id, countryCode: recipient.countryCode, dpfCertified: recipient.dpfCertified })) as never);
      }
    } else {
      form.setValue("recipients", current.filter((r) => r.recipientId !== id), { shouldDirty: true });
      const list = form.getValues("transfers") ?? [];
      const indexes = list.map((tr, index) => (tr.recipientId === id ? index : -1)).filter((index) => index >= 0);
      if (indexes.length) transfers.remove(indexes);
    }
    if (form.formState.isSubmitted) void form.trigger();
  };

  const applySaved = (activity: SavedActivityJson) => {
    const values = formValuesOf(activity);
    setSaved(activity);
    setLoaded(values);
    form.reset(values);
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setNotice(null);
      const url = saved ? `/api/companies/${companyId}/activities/${saved.id}` : `/api/companies/${companyId}/activities`;
      const result = await submitJson<SavedActivityJson>(url, saved ? "PUT" : "POST", values);
      if (!result.ok) {
        if (result.status === 409 && result.details.current) {
          setConflict({ mine: form.getValues(), theirs: result.details.current as SavedActivityJson });
          setNotice({ tone: "error", text: result.message });
          return;
        }
        for (const [path, messages] of Object.entries(result.fieldErrors)) form.setError(path as FieldPath<ActivityFormValues>, { message: messages[0] });
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
    (errors) => setNotice({ tone: "error", text: `${t("fixErrors")} (${errorPaths(errors).join(", ")})` }),
  );

  const statusAction = async (action: "retire" | "restore" | "duplicate") => {
    if (!saved) return;
    const body = action === "duplicate" ? {} : { version: saved.version };
    const result = await submitJson<SavedActivityJson>(`/api/companies/${companyId}/activities/${saved.id}/${action}`, "POST", body);
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

  const recipientName = (id: string | undefined) => catalogs.recipients.find((r) => r.id === id)?.name ?? id ?? "";
  const sectionIds = [
    "general",
    "purposes",
    "people",
    "source",
    "recipients",
    "retention",
    "security",
    "cookies",
    "adm",
    "marketing",
    ...(role === "PROCESSOR" ? ["processor"] : []),
    ...(role === "JOINT_CONTROLLER" ? ["jointControllers"] : []),
    "noticeTexts",
  ];
  const empty = t("notChosen");

  return (
    <EditorContext.Provider value={editor}>
      <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)_18rem]">
        <nav aria-label={t("sections")} className="text-sm lg:sticky lg:top-4 lg:self-start">
          <ul className="space-y-1">
            {sectionIds.map((id) => (
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
          {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
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
            <EditorSection id="general" title={t("section.general")}>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField path="name" label={t("field.name")} className="sm:col-span-2" />
                <SelectField path="role" label={t("field.role")} options={enumOptions(E.ACTIVITY_ROLES, (v) => enumLabel("ActivityRole", v))} />
                <SelectField path="status" label={t("field.status")} options={enumOptions(["DRAFT", "ACTIVE"], (v) => enumLabel("ActivityStatus", v))} />
                <TextField path="description" label={t("field.description")} multiline className="sm:col-span-2" />
                <TextField path="noticeTitleEn" label={t("field.noticeTitleEn")} />
                <TextField path="noticeTitleNb" label={t("field.noticeTitleNb")} />
                <CheckboxField path="showInNotice" label={t("field.showInNotice")} />
              </div>
            </EditorSection>

            <EditorSection id="purposes" title={t("section.purposes")}>
              {purposes.fields.map((field, index) => {
                const basis = watched.purposes?.[index]?.lawfulBasis;
                const p = (key: string) => `purposes.${index}.${key}` as ActivityPath;
                return (
                  <div key={field.key} role="group" aria-label={t("purposeN", { n: index + 1 })} className="space-y-3 rounded-md border border-slate-200 p-3">
                    <div className="flex items-center justify-between">
                      <h3 className="font-medium">{t("purposeN", { n: index + 1 })}</h3>
                      {readOnly ? null : (
                        <Button variant="ghost" size="sm" onClick={() => purposes.remove(index)}>
                          {t("removeItem", { item: t("purposeN", { n: index + 1 }) })}
                        </Button>
                      )}
                    </div>
                    <TextField path={p("description")} label={t("field.purposeDescription")} multiline />
                    <SelectField path={p("lawfulBasis")} label={t("field.lawfulBasis")} empty={empty} options={enumOptions(E.LAWFUL_BASES, (v) => enumLabel("LawfulBasis", v))} />
                    {basis === "LEGAL_OBLIGATION" || basis === "PUBLIC_TASK" ? <TextField path={p("legalReference")} label={t("field.legalReference")} /> : null}
                    {basis === "LEGITIMATE_INTERESTS" ? (
                      <div className="grid gap-3 sm:grid-cols-2">
                        <TextField path={p("legitimateInterest")} label={t("field.legitimateInterest")} multiline className="sm:col-span-2" />
                        <TextField path={p("liaRef")} label={t("field.liaRef")} hint={watched.purposes?.[index]?.liaRef ? undefined : t("liaHint")} />
                        <TextField path={p("liaDate")} label={t("field.liaDate")} type="date" />
                      </div>
                    ) : null}
                    {basis === "CONSENT" ? <TextField path={p("consentWithdrawal")} label={t("field.consentWithdrawal")} /> : null}
                  </div>
                );
              })}
              {readOnly ? null : (
                <Button
                  variant="secondary"
                  onClick={() =>
                    purposes.append({ id: "", description: "", lawfulBasis: "", legalReference: "", legitimateInterest: "", liaRef: "", liaDate: "", consentWithdrawal: "", noticeTextEn: "", noticeTextNb: "" })
                  }
                >
                  {t("field.addPurpose")}
                </Button>
              )}
              {(watched.purposes ?? []).some((p) => p?.lawfulBasis === "CONSENT") ? <TextField path="consentRecordRef" label={t("field.consentRecordRef")} /> : null}
            </EditorSection>

            <EditorSection id="people" title={t("section.people")}>
              <CatalogChecklist
                legend={t("field.dataSubjectCategories")}
                name="dataSubjectCategoryIds"
                options={catalogs.dataSubjectCategories.map((c) => ({ id: c.id, label: name(c) }))}
                selected={watched.dataSubjectCategoryIds?.filter((x): x is string => typeof x === "string") ?? []}
                onToggle={(id, checked) => toggleIds("dataSubjectCategoryIds", id, checked)}
                readOnly={readOnly}
              >
                {readOnly ? null : (
                  <InlineCreate<EditorCatalogs["dataSubjectCategories"][number]>
                    companyId={companyId}
                    kind="data-subject-categories"
                    title={t("catalog.dataSubjectCategory")}
                    locale={locale}
                    fields={[
                      { name: "labelEn", label: t("catalog.labelEn"), type: "text" },
                      { name: "labelNb", label: t("catalog.labelNb"), type: "text" },
                      { name: "includesChildren", label: t("catalog.includesChildren"), type: "checkbox" },
                    ]}
                    onCreated={(entry) => {
                      setCatalogs((c) => ({ ...c, dataSubjectCategories: [...c.dataSubjectCategories, entry] }));
                      toggleIds("dataSubjectCategoryIds", entry.id, true);
                    }}
                  />
                )}
              </CatalogChecklist>
              <CatalogChecklist
                legend={t("field.dataCategories")}
                name="dataCategoryIds"
                options={catalogs.dataCategories.map((c) => ({
                  id: c.id,
                  label: name(c),
                  detail: c.specialCategory ? enumLabel("SpecialCategory", c.specialCategory) : c.isCriminalOffence ? "Art. 10" : c.isNationalId ? "pol. § 12" : undefined,
                }))}
                selected={linkedCategories.filter((x): x is string => typeof x === "string")}
                onToggle={(id, checked) => toggleIds("dataCategoryIds", id, checked)}
                readOnly={readOnly}
                error={message(form.formState.errors.dataCategoryIds?.message)}
              >
                {readOnly ? null : (
                  <InlineCreate<EditorCatalogs["dataCategories"][number]>
                    companyId={companyId}
                    kind="data-categories"
                    title={t("catalog.dataCategory")}
                    locale={locale}
                    fields={[
                      { name: "labelEn", label: t("catalog.labelEn"), type: "text" },
                      { name: "labelNb", label: t("catalog.labelNb"), type: "text" },
                      { name: "specialCategory", label: t("catalog.specialCategory"), type: "select", options: [{ value: "", label: t("catalog.notSpecial") }, ...enumOptions(E.SPECIAL_CATEGORIES, (v) => enumLabel("SpecialCategory", v))] },
                      { name: "isCriminalOffence", label: t("catalog.isCriminalOffence"), type: "checkbox" },
                      { name: "isNationalId", label: t("catalog.isNationalId"), type: "checkbox" },
                    ]}
                    onCreated={(entry) => {
                      context.dataCategories.set(entry.id, entry);
                      setCatalogs((c) => ({ ...c, dataCategories: [...c.dataCategories, entry] }));
                      toggleIds("dataCategoryIds", entry.id, true);
                    }}
                  />
                )}
              </CatalogChecklist>
              {linkedCategories.some((id) => catalogs.dataCategories.find((c) => c.id === id)?.specialCategory) ? (
                <div className="grid gap-3 sm:grid-cols-2">
                  <SelectField path="art9Condition" label={t("field.art9Condition")} empty={empty} options={enumOptions(E.ART9_CONDITIONS, (v) => enumLabel("Art9Condition", v))} />
                  <TextField path="art9LegalReference" label={t("field.art9LegalReference")} />
                </div>
              ) : null}
              {linkedCategories.some((id) => catalogs.dataCategories.find((c) => c.id === id)?.isCriminalOffence) ? (
                <TextField path="art10Authority" label={t("field.art10Authority")} multiline />
              ) : null}
              {linkedCategories.some((id) => catalogs.dataCategories.find((c) => c.id === id)?.isNationalId) ? (
                <TextField path="nationalIdJustification" label={t("field.nationalIdJustification")} multiline />
              ) : null}
            </EditorSection>

            <EditorSection id="source" title={t("section.source")}>
              <div className="grid gap-4 sm:grid-cols-2">
                <SelectField path="collectionSource" label={t("field.collectionSource")} options={enumOptions(E.COLLECTION_SOURCES, (v) => enumLabel("CollectionSource", v))} className="sm:col-span-2" />
                {watched.collectionSource && isArt14Source(watched.collectionSource) ? (
                  <>
                    <TextField path="sourceName" label={t("field.sourceName")} />
                    <TriStateField path="sourceIsPublic" label={t("field.sourceIsPublic")} />
                    <SelectField path="art14Timing" label={t("field.art14Timing")} empty={empty} options={enumOptions(E.ART14_TIMINGS, (v) => enumLabel("Art14Timing", v))} />
                    <SelectField path="art14Exemption" label={t("field.art14Exemption")} empty={empty} options={enumOptions(E.ART14_EXEMPTIONS, (v) => enumLabel("Art14Exemption", v))} />
                    {watched.art14Exemption ? <TextField path="art14ExemptionJustification" label={t("field.art14ExemptionJustification")} multiline className="sm:col-span-2" /> : null}
                  </>
                ) : (
                  <>
                    <SelectField path="provisionRequirement" label={t("field.provisionRequirement")} empty={empty} options={enumOptions(E.PROVISION_REQUIREMENTS, (v) => enumLabel("ProvisionRequirement", v))} />
                    <TextField path="provisionConsequence" label={t("field.provisionConsequence")} />
                  </>
                )}
              </div>
            </EditorSection>

            <EditorSection id="recipients" title={t("section.recipients")}>
              <CatalogChecklist
                legend={t("field.recipients")}
                name="recipients"
                options={catalogs.recipients.map((r) => ({
                  id: r.id,
                  label: r.name,
                  detail: [enumLabel("RecipientKind", r.kind), r.countryCode ? countryName(r.countryCode, locale) : null].filter(Boolean).join(", "),
                }))}
                selected={linkedRecipients.map((r) => r?.recipientId).filter((x): x is string => typeof x === "string")}
                onToggle={toggleRecipient}
                readOnly={readOnly}
              >
                {readOnly ? null : (
                  <InlineCreate<EditorCatalogs["recipients"][number]>
                    companyId={companyId}
                    kind="recipients"
                    title={t("catalog.recipient")}
                    locale={locale}
                    fields={[
                      { name: "name", label: t("catalog.name"), type: "text" },
                      { name: "kind", label: t("catalog.kind"), type: "select", options: enumOptions(E.RECIPIENT_KINDS, (v) => enumLabel("RecipientKind", v)) },
                      { name: "countryCode", label: t("catalog.country"), type: "country", empty: t("catalog.noCountry") },
                      { name: "dpaStatus", label: t("catalog.dpaStatus"), type: "select", options: enumOptions(E.DPA_STATUSES, (v) => enumLabel("DpaStatus", v)) },
                      { name: "dpfCertified", label: t("catalog.dpfCertified"), type: "checkbox" },
                    ]}
                    onCreated={(entry) => {
                      const recipient = { ...entry, subProcessors: entry.subProcessors ?? [] };
                      context.recipients.set(entry.id, recipient);
                      setCatalogs((c) => ({ ...c, recipients: [...c.recipients, recipient] }));
                      // The new entry is not in `catalogs` yet during this call; link it directly.
                      const current = form.getValues("recipients") ?? [];
                      form.setValue("recipients", [...current, { recipientId: entry.id, subProcessorAuthorisation: "", flowDownContract: null }], { shouldDirty: true });
                      if (entry.countryCode && !isEeaCountry(entry.countryCode)) {
                        transfers.append(nullsToEmpty(proposedTransfer({ id: entry.id, countryCode: entry.countryCode, dpfCertified: entry.dpfCertified })) as never);
                      }
                    }}
                  />
                )}
              </CatalogChecklist>
              {linkedRecipients.map((link, index) => {
                const recipientId = link?.recipientId;
                const error = message((form.formState.errors.recipients?.[index]?.recipientId as { message?: string } | undefined)?.message);
                return (
                  <div key={recipientId ?? index} className="space-y-2">
                    {error ? (
                      <p id={`recipients.${index}.recipientId`} className="text-sm text-red-700">
                        {recipientName(recipientId)}: {error}
                      </p>
                    ) : null}
                    {role === "PROCESSOR" ? (
                      <div role="group" aria-label={recipientName(recipientId)} className="grid gap-3 sm:grid-cols-2">
                        <SelectField
                          path={`recipients.${index}.subProcessorAuthorisation`}
                          label={`${t("field.subProcessorAuthorisation")}: ${recipientName(recipientId)}`}
                          empty={empty}
                          options={enumOptions(E.SUB_PROCESSOR_AUTHORISATIONS, (v) => enumLabel("SubProcessorAuthorisation", v))}
                        />
                        <TriStateField path={`recipients.${index}.flowDownContract`} label={`${t("field.flowDownContract")}: ${recipientName(recipientId)}`} />
                      </div>
                    ) : null}
                  </div>
                );
              })}

              <h3 className="font-medium">{t("field.transfers")}</h3>
              {transfers.fields.map((field, index) => {
                const tr = watched.transfers?.[index];
                const p = (key: string) => `transfers.${index}.${key}` as ActivityPath;
                const recipient = catalogs.recipients.find((r) => r.id === tr?.recipientId);
                const mechanism = tr?.mechanism;
                return (
                  <div key={field.key} role="group" aria-label={`${t("transferN", { n: index + 1 })}: ${recipient?.name ?? ""}`} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
                    <SelectField
                      path={p("recipientId")}
                      label={t("field.transferRecipient")}
                      options={linkedRecipients.map((r) => ({ value: r?.recipientId ?? "", label: recipientName(r?.recipientId) }))}
                    />
                    <div className="space-y-1">
                      <label htmlFor={p("countryCode")} className="block text-sm font-medium text-slate-800">
                        {t("field.countryCode")}
                      </label>
                      <select id={p("countryCode")} className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm" {...form.register(p("countryCode"))}>
                        <CountryOptions locale={locale} />
                      </select>
                    </div>
                    <SelectField
                      path={p("mechanism")}
                      label={t("field.mechanism")}
                      empty={empty}
                      hint={mechanism ? (mechanism === "ADEQUACY" && tr?.adequacyDecisionId ? t("adequacyPrefilled", { country: countryName(tr.countryCode ?? "", locale) }) : undefined) : t("mechanismHint")}
                      options={enumOptions(E.TRANSFER_MECHANISMS, (v) => enumLabel("TransferMechanism", v))}
                    />
                    {mechanism === "ADEQUACY" ? (
                      <SelectField
                        path={p("adequacyDecisionId")}
                        label={t("field.adequacyDecisionId")}
                        empty={empty}
                        options={ADEQUACY_DECISIONS.map((d) => ({ value: d.id, label: `${locale === "nb" ? d.subjectNb : d.subjectEn} — ${d.reference}` }))}
                      />
                    ) : null}
                    {mechanism === "SCC_2021_914" ? (
                      <SelectField path={p("sccModule")} label={t("field.sccModule")} empty={empty} options={enumOptions(E.SCC_MODULES, (v) => enumLabel("SccModule", v))} />
                    ) : null}
                    {mechanism && mechanism !== "EEA" && mechanism !== "ADEQUACY" && !mechanism.startsWith("DEROGATION") && mechanism !== "COMPELLING_LEGITIMATE_INTEREST" ? (
                      <>
                        <TextField path={p("tiaRef")} label={t("field.tiaRef")} />
                        <TextField path={p("copyAccess")} label={t("field.copyAccess")} />
                      </>
                    ) : null}
                    {mechanism?.startsWith("DEROGATION") || mechanism === "COMPELLING_LEGITIMATE_INTEREST" ? (
                      <TextField path={p("art49Assessment")} label={t("field.art49Assessment")} multiline className="sm:col-span-2" />
                    ) : null}
                    <CheckboxField path={p("isRegular")} label={t("field.isRegular")} />
                    {readOnly ? null : (
                      <Button variant="ghost" size="sm" onClick={() => transfers.remove(index)}>
                        {t("removeItem", { item: t("transferN", { n: index + 1 }) })}
                      </Button>
                    )}
                  </div>
                );
              })}
              {readOnly || linkedRecipients.length === 0 ? null : (
                <Button
                  variant="secondary"
                  onClick={() => {
                    const first = catalogs.recipients.find((r) => r.id === linkedRecipients[0]?.recipientId);
                    transfers.append(nullsToEmpty(proposedTransfer({ id: first?.id ?? "", countryCode: first?.countryCode ?? "US", dpfCertified: first?.dpfCertified })) as never);
                  }}
                >
                  {t("field.addTransfer")}
                </Button>
              )}
            </EditorSection>

            <EditorSection id="retention" title={t("section.retention")}>
              {retention.fields.map((field, index) => {
                const p = (key: string) => `retentionRules.${index}.${key}` as ActivityPath;
                return (
                  <div key={field.key} role="group" aria-label={t("retentionN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
                    <SelectField
                      path={p("dataCategoryId")}
                      label={t("field.retentionCategory")}
                      empty={t("wholeActivity")}
                      options={linkedCategories.map((id) => {
                        const category = catalogs.dataCategories.find((c) => c.id === id);
                        return { value: id ?? "", label: category ? name(category) : (id ?? "") };
                      })}
                      className="sm:col-span-3"
                    />
                    <NumberField path={p("duration")} label={t("field.duration")} />
                    <SelectField path={p("unit")} label={t("field.unit")} empty={empty} options={enumOptions(E.RETENTION_UNITS, (v) => enumLabel("RetentionUnit", v))} />
                    <SelectField path={p("trigger")} label={t("field.trigger")} empty={empty} options={enumOptions(E.RETENTION_TRIGGERS, (v) => enumLabel("RetentionTrigger", v))} />
                    <TextField path={p("triggerText")} label={t("field.triggerText")} />
                    <TextField path={p("legalReference")} label={t("field.retentionLegalReference")} />
                    <TextField path={p("criteriaText")} label={t("field.criteriaText")} multiline className="sm:col-span-3" />
                    {readOnly ? null : (
                      <Button variant="ghost" size="sm" onClick={() => retention.remove(index)}>
                        {t("removeItem", { item: t("retentionN", { n: index + 1 }) })}
                      </Button>
                    )}
                  </div>
                );
              })}
              {readOnly ? null : (
                <Button
                  variant="secondary"
                  onClick={() => retention.append({ dataCategoryId: "", duration: null, unit: "", trigger: "", triggerText: "", criteriaText: "", legalReference: "" })}
                >
                  {t("field.addRetention")}
                </Button>
              )}
            </EditorSection>

            <EditorSection id="security" title={t("section.security")}>
              <CatalogChecklist
                legend={t("field.securityMeasures")}
                name="securityMeasureIds"
                options={catalogs.securityMeasures.map((m) => ({ id: m.id, label: locale === "nb" ? m.descriptionNb : m.descriptionEn, detail: enumLabel("SecurityMeasureKind", m.kind) }))}
                selected={watched.securityMeasureIds?.filter((x): x is string => typeof x === "string") ?? []}
                onToggle={(id, checked) => toggleIds("securityMeasureIds", id, checked)}
                readOnly={readOnly}
              >
                {readOnly ? null : (
                  <InlineCreate<EditorCatalogs["securityMeasures"][number]>
                    companyId={companyId}
                    kind="security-measures"
                    title={t("catalog.securityMeasure")}
                    locale={locale}
                    fields={[
                      { name: "kind", label: t("catalog.kind"), type: "select", options: enumOptions(E.SECURITY_MEASURE_KINDS, (v) => enumLabel("SecurityMeasureKind", v)) },
                      { name: "descriptionEn", label: t("catalog.descriptionEn"), type: "text" },
                      { name: "descriptionNb", label: t("catalog.descriptionNb"), type: "text" },
                    ]}
                    onCreated={(entry) => {
                      setCatalogs((c) => ({ ...c, securityMeasures: [...c.securityMeasures, entry] }));
                      toggleIds("securityMeasureIds", entry.id, true);
                    }}
                  />
                )}
              </CatalogChecklist>
              <TextField path="securityMeasuresText" label={t("field.securityMeasuresText")} multiline />
              <CatalogChecklist
                legend={t("field.systems")}
                name="systemIds"
                options={catalogs.systems.map((s) => ({ id: s.id, label: s.name }))}
                selected={watched.systemIds?.filter((x): x is string => typeof x === "string") ?? []}
                onToggle={(id, checked) => toggleIds("systemIds", id, checked)}
                readOnly={readOnly}
              >
                {readOnly ? null : (
                  <InlineCreate<EditorCatalogs["systems"][number]>
                    companyId={companyId}
                    kind="systems"
                    title={t("catalog.system")}
                    locale={locale}
                    fields={[
                      { name: "name", label: t("catalog.name"), type: "text" },
                      { name: "hostingCountryCode", label: t("catalog.hostingCountry"), type: "country", empty: t("catalog.noCountry") },
                    ]}
                    onCreated={(entry) => {
                      setCatalogs((c) => ({ ...c, systems: [...c.systems, entry] }));
                      toggleIds("systemIds", entry.id, true);
                    }}
                  />
                )}
              </CatalogChecklist>
            </EditorSection>

            <EditorSection id="cookies" title={t("section.cookies")}>
              <CatalogChecklist
                legend={t("field.cookies")}
                name="cookieIds"
                options={catalogs.cookies.map((c) => ({ id: c.id, label: c.name, detail: `${c.provider}, ${enumLabel("CookieCategory", c.category)}` }))}
                selected={watched.cookieIds?.filter((x): x is string => typeof x === "string") ?? []}
                onToggle={(id, checked) => toggleIds("cookieIds", id, checked)}
                readOnly={readOnly}
              >
                {readOnly ? null : (
                  <InlineCreate<EditorCatalogs["cookies"][number]>
                    companyId={companyId}
                    kind="cookies"
                    title={t("catalog.cookie")}
                    locale={locale}
                    fields={[
                      { name: "name", label: t("catalog.name"), type: "text" },
                      { name: "provider", label: t("catalog.provider"), type: "text" },
                      { name: "purposeEn", label: t("catalog.purposeEn"), type: "text" },
                      { name: "purposeNb", label: t("catalog.purposeNb"), type: "text" },
                      { name: "category", label: t("catalog.category"), type: "select", options: enumOptions(E.COOKIE_CATEGORIES, (v) => enumLabel("CookieCategory", v)) },
                      { name: "durationText", label: t("catalog.durationText"), type: "text" },
                      { name: "consentRequired", label: t("catalog.consentRequired"), type: "checkbox", defaultChecked: true },
                      {
                        name: "recipientId",
                        label: t("catalog.recipientOfCookie"),
                        type: "select",
                        options: [{ value: "", label: t("catalog.noCountry") }, ...catalogs.recipients.map((r) => ({ value: r.id, label: r.name }))],
                      },
                    ]}
                    onCreated={(entry) => {
                      setCatalogs((c) => ({ ...c, cookies: [...c.cookies, entry] }));
                      toggleIds("cookieIds", entry.id, true);
                    }}
                  />
                )}
              </CatalogChecklist>
            </EditorSection>

            <EditorSection id="adm" title={t("section.adm")}>
              <div className="grid gap-4 sm:grid-cols-2">
                <CheckboxField path="adm.exists" label={t("field.admExists")} className="sm:col-span-2" />
                {watched.adm?.exists ? (
                  <>
                    <TextField path="adm.logic" label={t("field.admLogic")} multiline />
                    <TextField path="adm.significance" label={t("field.admSignificance")} multiline />
                    <TextField path="adm.consequences" label={t("field.admConsequences")} multiline />
                    <SelectField path="adm.art22Exception" label={t("field.admArt22Exception")} empty={empty} options={enumOptions(E.ART22_EXCEPTIONS, (v) => enumLabel("Art22Exception", v))} />
                  </>
                ) : null}
                <CheckboxField path="dpia.required" label={t("field.dpiaRequired")} />
                <SelectField path="dpia.status" label={t("field.dpiaStatus")} empty={empty} options={enumOptions(E.DPIA_STATUSES, (v) => enumLabel("DpiaStatus", v))} />
                <TextField path="dpia.link" label={t("field.dpiaLink")} />
                <CheckboxField path="isOccasional" label={t("field.isOccasional")} />
                <CheckboxField path="isLikelyRisk" label={t("field.isLikelyRisk")} />
              </div>
            </EditorSection>

            <EditorSection id="marketing" title={t("section.marketing")}>
              <fieldset id="marketing.channels" className="space-y-1">
                <legend className="text-sm font-medium text-slate-800">{t("field.marketingChannels")}</legend>
                {E.MARKETING_CHANNELS.map((channel) => (
                  <div key={channel} className="flex items-center gap-2">
                    <input id={`marketing.channels-${channel}`} type="checkbox" value={channel} className="size-4" {...form.register("marketing.channels")} />
                    <label htmlFor={`marketing.channels-${channel}`} className="text-sm">
                      {enumLabel("MarketingChannel", channel)}
                    </label>
                  </div>
                ))}
              </fieldset>
              {(watched.marketing?.channels ?? []).length > 0 ? (
                <div className="grid gap-4 sm:grid-cols-2">
                  <SelectField path="marketing.route" label={t("field.marketingRoute")} empty={empty} options={enumOptions(E.MARKETING_ROUTES, (v) => enumLabel("MarketingRoute", v))} />
                  {watched.marketing?.route === "EXISTING_CUSTOMER" ? (
                    <>
                      <TriStateField path="marketing.optOutOffered" label={t("field.marketingOptOutOffered")} />
                      <TriStateField path="marketing.similarProducts" label={t("field.marketingSimilarProducts")} />
                    </>
                  ) : null}
                </div>
              ) : null}
            </EditorSection>

            {role === "PROCESSOR" ? (
              <EditorSection id="processor" title={t("section.processor")}>
                <TextField path="processingCategories" label={t("field.processingCategories")} multiline />
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField path="controllerDpaRef" label={t("field.controllerDpaRef")} />
                  <TextField path="controllerDpaDate" label={t("field.controllerDpaDate")} type="date" />
                </div>
                <h3 className="font-medium">{t("field.controllersServed")}</h3>
                {controllersServed.fields.map((field, index) => {
                  const p = (key: string) => `controllersServed.${index}.${key}` as ActivityPath;
                  return (
                    <div key={field.key} role="group" aria-label={t("controllerServedN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
                      <TextField path={p("name")} label={t("field.controllerName")} />
                      <TextField path={p("contact")} label={t("field.contact")} />
                      <TextField path={p("representative")} label={t("field.representative")} />
                      <TextField path={p("dpoContact")} label={t("field.dpoContact")} />
                      <TextField path={p("processingCategories")} label={t("field.processingCategories")} />
                      <TextField path={p("dpaRef")} label={t("field.dpaRef")} />
                      <TextField path={p("dpaDate")} label={t("field.dpaDate")} type="date" />
                      {readOnly ? null : (
                        <Button variant="ghost" size="sm" onClick={() => controllersServed.remove(index)}>
                          {t("removeItem", { item: t("controllerServedN", { n: index + 1 }) })}
                        </Button>
                      )}
                    </div>
                  );
                })}
                {readOnly ? null : (
                  <Button
                    variant="secondary"
                    onClick={() => controllersServed.append({ name: "", contact: "", representative: "", dpoContact: "", processingCategories: "", dpaRef: "", dpaDate: "" })}
                  >
                    {t("field.addControllerServed")}
                  </Button>
                )}
              </EditorSection>
            ) : null}

            {role === "JOINT_CONTROLLER" ? (
              <EditorSection id="jointControllers" title={t("section.jointControllers")}>
                {jointControllers.fields.map((field, index) => {
                  const p = (key: string) => `jointControllers.${index}.${key}` as ActivityPath;
                  return (
                    <div key={field.key} role="group" aria-label={t("jointControllerN", { n: index + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
                      <TextField path={p("name")} label={t("field.jointControllerName")} />
                      <TextField path={p("contact")} label={t("field.contact")} />
                      <TextField path={p("arrangementLink")} label={t("field.arrangementLink")} />
                      <TextField path={p("essenceText")} label={t("field.essenceText")} multiline className="sm:col-span-2" />
                      {readOnly ? null : (
                        <Button variant="ghost" size="sm" onClick={() => jointControllers.remove(index)}>
                          {t("removeItem", { item: t("jointControllerN", { n: index + 1 }) })}
                        </Button>
                      )}
                    </div>
                  );
                })}
                {readOnly ? null : (
                  <Button variant="secondary" onClick={() => jointControllers.append({ name: "", contact: "", arrangementLink: "", essenceText: "" })}>
                    {t("field.addJointController")}
                  </Button>
                )}
              </EditorSection>
            ) : null}

            <EditorSection id="noticeTexts" title={t("section.noticeTexts")}>
              <p className="text-sm text-slate-600">{t("noticeTextHint")}</p>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField path="noticeTextEn" label={t("field.noticeTextEn")} multiline />
                <TextField path="noticeTextNb" label={t("field.noticeTextNb")} multiline />
                {purposes.fields.map((field, index) => (
                  <div key={field.key} className="space-y-2 sm:col-span-2">
                    <h3 className="font-medium">{t("purposeN", { n: index + 1 })}</h3>
                    <div className="grid gap-4 sm:grid-cols-2">
                      <TextField path={`purposes.${index}.noticeTextEn`} label={`${t("field.purposeNoticeTextEn")} (${index + 1})`} multiline />
                      <TextField path={`purposes.${index}.noticeTextNb`} label={`${t("field.purposeNoticeTextNb")} (${index + 1})`} multiline />
                    </div>
                  </div>
                ))}
              </div>
            </EditorSection>
          </fieldset>

          {readOnly ? null : (
            <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-3">
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting ? t("saving") : t("save")}
              </Button>
              {isDirty ? <span className="text-sm text-amber-800">{t("unsavedBadge")}</span> : null}
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

        <aside aria-labelledby="findings-title" className="space-y-2 text-sm lg:sticky lg:top-4 lg:self-start">
          <h2 id="findings-title" className="text-lg font-semibold">
            {t("findings")}
          </h2>
          {saved ? (
            <Link href={`/companies/${companyId}/activities/${saved.id}/history`} className="text-brand-700 hover:underline">
              {t("history")}
            </Link>
          ) : null}
          {!saved ? <p className="text-slate-600">{t("findingsAfterSave")}</p> : null}
          {findingsFailed ? <p className="text-slate-600">{t("findingsUnavailable")}</p> : null}
          {saved && findings && findings.length === 0 ? <p className="text-slate-600">{t("findingsNone")}</p> : null}
          <ul className="space-y-2" aria-label={t("findings")}>
            {(findings ?? []).map((finding, index) => (
              <li key={`${finding.ruleId}-${finding.field}-${index}`} className={finding.severity === "error" ? "border-l-4 border-red-600 pl-2" : "border-l-4 border-amber-500 pl-2"}>
                <a href={`#${finding.field}`} className="font-medium hover:underline">
                  {finding.ruleId} · {t(`severity.${finding.severity}`)}
                </a>
                <p>{locale === "nb" ? finding.message.nb : finding.message.en}</p>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </EditorContext.Provider>
  );
}
