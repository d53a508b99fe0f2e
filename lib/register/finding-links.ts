import type { Finding } from "./checks/types";

/**
 * Where the DPO fixes a finding: the field of the activity editor or of the
 * company profile (anchors are the fields' form paths), or the catalog row.
 */
export function findingHref(companyId: string, finding: Pick<Finding, "subject" | "field">): string {
  const base = `/companies/${companyId}`;
  const anchor = finding.field ? `#${encodeURIComponent(finding.field).replace(/%2E/gi, ".")}` : "";
  switch (finding.subject.kind) {
    case "activity":
      return `${base}/activities/${finding.subject.activityId}${anchor}`;
    case "company":
      return `${base}/profile${anchor}`;
    case "recipient":
      return `${base}/catalogs#recipients-${finding.subject.recipientId}`;
    case "cookie":
      return `${base}/catalogs#cookies-${finding.subject.cookieId}`;
    case "catalog":
      return `${base}/catalogs#${finding.subject.catalog}-${finding.subject.entryId}`;
    case "notice":
      return `${base}/notice${anchor}`;
  }
}

/** A stable key to group findings by what they are about. */
export function subjectKey(finding: Pick<Finding, "subject">): string {
  const s = finding.subject;
  switch (s.kind) {
    case "activity":
      return `activity:${s.activityId}`;
    case "recipient":
      return `recipient:${s.recipientId}`;
    case "cookie":
      return `cookie:${s.cookieId}`;
    case "catalog":
      return `${s.catalog}:${s.entryId}`;
    default:
      return s.kind;
  }
}
