import { createHash } from "node:crypto";
import type { ActivitySnapshot, RegisterSnapshot } from "./snapshot";

/**
 * JSON with object keys sorted at every level, so that the same register
 * always serialises to the same bytes whatever order the database returned.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item && typeof item === "object" && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return item;
  });
}

/** SHA-256 of the canonical JSON. */
export function sha256Hex(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/**
 * What an activity says, without the bookkeeping of how it was saved: its
 * version counter and timestamps, and the row ids of its parts, which a save
 * replaces — a save that changes nothing keeps
 * the fingerprint.
 */
function activityContent(activity: ActivitySnapshot) {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, jointControllers, controllersServed, transfers, retentionRules, noticeTexts, sources, ...content } = activity;
  const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  return {
    ...content,
    jointControllers: jointControllers.map(withoutId),
    controllersServed: controllersServed.map(withoutId),
    transfers: transfers.map(withoutId),
    retentionRules: retentionRules.map(withoutId),
    sources: sources.map(withoutId),
    noticeTexts: noticeTexts.map(withoutId),
  };
}

/**
 * THE fingerprint of a register's content (docs/decisions/005-register-fingerprint.md):
 * SHA-256 over the canonical JSON of the snapshot without the moment it was
 * read and without save bookkeeping. Printed on the Art. 30 PDF's cover,
 * recorded with every export and stored with every published notice version,
 * so that two exports of an unchanged register show the same value, and the
 * same value as the notice version published from it.
 */
export function registerFingerprint(snapshot: RegisterSnapshot): string {
  const { takenAt: _takenAt, company, activities, ...rest } = snapshot;
  const { version: _version, updatedAt: _updatedAt, ...companyContent } = company;
  return sha256Hex({ ...rest, company: companyContent, activities: activities.map(activityContent) });
}
