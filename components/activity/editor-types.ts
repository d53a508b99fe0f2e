import type { ActivityFormValues } from "@/lib/register/activity-schema";
import type * as E from "@/lib/register/enums";

/** The company's catalog entries the editor links to, as the page loads them. */
export type EditorCatalogs = {
  dataSubjectCategories: { id: string; labelEn: string; labelNb: string }[];
  /** With the descriptions the notice publishes and the version an edit from the editor sends back (issue 11). */
  dataCategories: {
    id: string;
    labelEn: string;
    labelNb: string;
    descriptionEn: string | null;
    descriptionNb: string | null;
    specialCategory: string | null;
    isCriminalOffence: boolean;
    isNationalId: boolean;
    version: number;
  }[];
  recipients: { id: string; name: string; kind: string; countryCode: string | null; dpfCertified: boolean; subProcessors: { id: string; name: string; countryCode: string | null; dpfCertified: boolean }[] }[];
  systems: { id: string; name: string }[];
  securityMeasures: { id: string; kind: string; descriptionEn: string; descriptionNb: string }[];
  cookies: { id: string; name: string; provider: string; category: string; consent: string }[];
};

export type EditorCatalogKind = keyof EditorCatalogs;

/** An entry created inline, with the catalog it belongs to. */
export type CatalogAddition = { [K in EditorCatalogKind]: { kind: K; entry: EditorCatalogs[K][number] } }[EditorCatalogKind];

/** A saved activity as the API returns it (the input shape plus what the server owns). */
export type SavedActivityJson = Omit<ActivityFormValues, "status"> & { id: string; status: E.ActivityStatus; version: number; updatedAt: string };
