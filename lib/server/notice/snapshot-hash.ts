import "server-only";
import { sha256Hex } from "@/lib/register/snapshot-hash";
import type { RegisterSnapshot } from "@/lib/register/snapshot";

/**
 * The register's fingerprint without the moment it was read: two snapshots of an
 * unchanged register hash the same, so "unpublished changes" compares content only.
 */
export function registerHash(snapshot: RegisterSnapshot): string {
  const content: Partial<RegisterSnapshot> = { ...snapshot };
  delete content.takenAt;
  return sha256Hex(content);
}
