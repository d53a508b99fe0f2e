import { emptyActivity, type ActivityInput } from "./activity-schema";

/**
 * The fields an activity has in the same shape wherever it is held — the editor's input, the
 * register snapshot and the JSON register file — from the Art. 14 timing to the processor
 * record (the sources differ: ids in the snapshot, file keys for their data categories). The rest differ by form (catalog links by id or by file key, purposes and notice texts
 * with or without ids) or are set by whoever starts the activity (name, role, status).
 */
type SharedActivityFields = Omit<
  ActivityInput,
  | "name"
  | "noticeTitleEn"
  | "noticeTitleNb"
  | "description"
  | "role"
  | "status"
  | "showInNotice"
  | "sources"
  | "purposes"
  | "jointControllers"
  | "controllersServed"
  | "dataSubjectCategoryIds"
  | "dataCategoryIds"
  | "recipients"
  | "systemIds"
  | "securityMeasureIds"
  | "cookieIds"
  | "transfers"
  | "retentionRules"
  | "noticeTextEn"
  | "noticeTextNb"
  | "version"
>;

/**
 * What a new activity records before anyone writes in it, for every form that starts one: the
 * editor's defaults (`emptyActivity`, from the schema's own defaults), so a spreadsheet row and the
 * checks' outline of an activity start where the "New activity" form starts.
 */
export function blankActivityFields(): SharedActivityFields {
  // Parsed once (the checks start one per activity of the register); each caller gets its own copy to fill in.
  defaults ??= sharedFields();
  return structuredClone(defaults);
}

let defaults: SharedActivityFields | undefined;

function sharedFields(): SharedActivityFields {
  const {
    name: _name,
    noticeTitleEn: _noticeTitleEn,
    noticeTitleNb: _noticeTitleNb,
    description: _description,
    role: _role,
    status: _status,
    showInNotice: _showInNotice,
    sources: _sources,
    purposes: _purposes,
    jointControllers: _jointControllers,
    controllersServed: _controllersServed,
    dataSubjectCategoryIds: _dataSubjectCategoryIds,
    dataCategoryIds: _dataCategoryIds,
    recipients: _recipients,
    systemIds: _systemIds,
    securityMeasureIds: _securityMeasureIds,
    cookieIds: _cookieIds,
    transfers: _transfers,
    retentionRules: _retentionRules,
    noticeTextEn: _noticeTextEn,
    noticeTextNb: _noticeTextNb,
    version: _version,
    ...shared
  } = emptyActivity();
  return shared;
}
