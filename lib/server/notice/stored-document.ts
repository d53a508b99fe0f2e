import "server-only";
import { NOTICE_DOCUMENT_FORMAT, type NoticeDocument } from "@/lib/notice/document";

/**
 * A notice document read back from `notice_versions` (documentEn/documentNb, JSON).
 * It was written by the compiler at publication and is never changed (ADR 008), so
 * its shape is the compiler's; what can differ is the format it was stored in. A
 * document of another format is refused here rather than rendered wrongly: when
 * the format changes, stored documents need an upgrade like stored snapshots have
 * (lib/register/snapshot-upgrade.ts).
 */
export function isStoredNoticeDocument(value: unknown): value is NoticeDocument {
  return (
    typeof value === "object" &&
    value !== null &&
    "format" in value &&
    value.format === NOTICE_DOCUMENT_FORMAT &&
    "language" in value &&
    (value.language === "en" || value.language === "nb") &&
    "title" in value &&
    typeof value.title === "string" &&
    "sections" in value &&
    Array.isArray(value.sections)
  );
}

/** The stored document, or an error naming what was found instead. */
export function storedNoticeDocument(value: unknown): NoticeDocument {
  if (isStoredNoticeDocument(value)) return value;
  const format = typeof value === "object" && value !== null && "format" in value ? String(value.format) : typeof value;
  throw new Error(`A stored notice document has format ${format}; this version reads format ${NOTICE_DOCUMENT_FORMAT}.`);
}
