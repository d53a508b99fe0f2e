import type { ActivityInput } from "./activity-schema";
import type { ActivitySnapshot } from "./snapshot";
import type { ActivityStatus } from "./enums";

/** A saved activity: the editor's values plus what the server owns. */
export type SavedActivity = Omit<ActivityInput, "status" | "version"> & {
  id: string;
  status: ActivityStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/**
 * The snapshot's activity as the input schema's shape, so that the form, the audit log and
 * the conflict view compare like with like: without the ids of child rows (a save replaces
 * them), with the notice texts as fields.
 */
export function savedActivityOf(activity: ActivitySnapshot): SavedActivity {
  const text = (purposeId: string | null, language: "EN" | "NB") =>
    activity.noticeTexts.find((t) => t.purposeId === purposeId && t.language === language)?.text ?? null;
  const { noticeTexts: _noticeTexts, purposes, jointControllers, controllersServed, transfers, retentionRules, ...fields } = activity;
  return {
    ...fields,
    purposes: purposes.map(({ sortOrder: _sortOrder, ...purpose }) => ({
      ...purpose,
      noticeTextEn: text(purpose.id, "EN"),
      noticeTextNb: text(purpose.id, "NB"),
    })),
    jointControllers: jointControllers.map(({ id: _id, ...controller }) => controller),
    controllersServed: controllersServed.map(({ id: _id, ...controller }) => controller),
    transfers: transfers.map(({ id: _id, ...transfer }) => transfer),
    retentionRules: retentionRules.map(({ id: _id, sortOrder: _sortOrder, ...rule }) => rule),
    noticeTextEn: text(null, "EN"),
    noticeTextNb: text(null, "NB"),
  };
}
