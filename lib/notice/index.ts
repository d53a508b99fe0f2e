export { compileNotice, noticeActivities, type CompileOptions } from "./compile";
export * from "./document";
export { diffNoticeDocuments, type SectionDiff } from "./diff";
export { noticeLinks, isPublicNoticePath, isPossibleSlug, noticeBasePath } from "./public-paths";
