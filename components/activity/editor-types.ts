import { z } from "zod";
import type { ActivityFormValues } from "@/lib/register/activity-schema";
import { ACTIVITY_STATUSES } from "@/lib/register/enums";
import type * as E from "@/lib/register/enums";

/**
 * The company's catalog entries the editor links to, as the page loads them and as the catalogs
 * API answers an entry created inline (parsed with these: the answer crosses the network).
 */
export const EDITOR_CATALOG_ENTRY = {
  dataSubjectCategories: z.object({ id: z.string(), labelEn: z.string(), labelNb: z.string() }),
  /** With the descriptions the notice publishes and the version an edit from the editor sends back (issue 11). */
  dataCategories: z.object({
    id: z.string(),
    labelEn: z.string(),
    labelNb: z.string(),
    descriptionEn: z.string().nullable(),
    descriptionNb: z.string().nullable(),
    specialCategory: z.string().nullable(),
    isCriminalOffence: z.boolean(),
    isNationalId: z.boolean(),
    version: z.number(),
  }),
  recipients: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    countryCode: z.string().nullable(),
    dpfCertified: z.boolean(),
    subProcessors: z.array(z.object({ id: z.string(), name: z.string(), countryCode: z.string().nullable(), dpfCertified: z.boolean() })),
  }),
  systems: z.object({ id: z.string(), name: z.string() }),
  securityMeasures: z.object({ id: z.string(), kind: z.string(), descriptionEn: z.string(), descriptionNb: z.string() }),
  cookies: z.object({ id: z.string(), name: z.string(), provider: z.string(), category: z.string(), consent: z.string() }),
};

export type EditorCatalogs = { [K in keyof typeof EDITOR_CATALOG_ENTRY]: z.output<(typeof EDITOR_CATALOG_ENTRY)[K]>[] };

export type EditorCatalogKind = keyof EditorCatalogs;

/** An entry created inline, with the catalog it belongs to. */
export type CatalogAddition = { [K in EditorCatalogKind]: { kind: K; entry: EditorCatalogs[K][number] } }[EditorCatalogKind];

/** A saved activity as the API returns it (the input shape plus what the server owns). */
export type SavedActivityJson = Omit<ActivityFormValues, "status"> & { id: string; status: E.ActivityStatus; version: number; updatedAt: string };

const savedActivityHead = z.object({ id: z.string(), status: z.enum(ACTIVITY_STATUSES), version: z.number().int().positive(), updatedAt: z.string() });

/**
 * A saved activity from the API: a save's answer, or the newer version a conflict's details
 * carry. The fields the server owns and the editor acts on (id, status, version) are checked;
 * the form's fields are the same build's output of lib/register/activity-schema.ts, and the
 * form's resolver checks them again before the next save.
 */
export const savedActivityJsonSchema = z.custom<SavedActivityJson>((value) => savedActivityHead.safeParse(value).success);
