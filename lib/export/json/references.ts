import type { ImportIssue, RegisterDocument } from "./format";

// The second step of reading a register file: after the schema (format.ts), what needs the whole
// document or the database's reference data.

/**
 * Checks what zod cannot: that every key is unique within its list and every
 * reference points at an entry that exists, and that country, adequacy
 * decision and supervisory authority ids exist in the reference data.
 */
export function checkDocumentReferences(
  doc: RegisterDocument,
  reference: { countryCodes: ReadonlySet<string>; adequacyDecisionIds: ReadonlySet<string>; supervisoryAuthorityIds: ReadonlySet<string> },
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const issue = (path: string, code: string, values?: Record<string, string | number>) => issues.push({ path, line: null, column: null, code, values });
  const keysOf = <T extends { key: string }>(items: T[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.key)) issue(`${path}[${i}].key`, "duplicateKey", { key: item.key });
      seen.add(item.key);
    });
    return seen;
  };
  const checkCountry = (code: string | null, path: string) => {
    if (code !== null && !reference.countryCodes.has(code)) issue(path, "unknownCountry", { value: code });
  };
  const c = doc.catalogs;
  checkCountry(doc.controller.countryCode, "controller.countryCode");
  if (doc.controller.supervisoryAuthorityId !== null && !reference.supervisoryAuthorityIds.has(doc.controller.supervisoryAuthorityId)) {
    issue("controller.supervisoryAuthorityId", "unknownReference", { value: doc.controller.supervisoryAuthorityId });
  }
  const subjects = keysOf(c.dataSubjectCategories, "catalogs.dataSubjectCategories");
  const categories = keysOf(c.dataCategories, "catalogs.dataCategories");
  const recipients = keysOf(c.recipients, "catalogs.recipients");
  const subProcessorsOf = new Map<string, Set<string>>();
  c.recipients.forEach((r, i) => {
    checkCountry(r.countryCode, `catalogs.recipients[${i}].countryCode`);
    subProcessorsOf.set(r.key, keysOf(r.subProcessors, `catalogs.recipients[${i}].subProcessors`));
    r.subProcessors.forEach((s, j) => checkCountry(s.countryCode, `catalogs.recipients[${i}].subProcessors[${j}].countryCode`));
  });
  const systems = keysOf(c.systems, "catalogs.systems");
  c.systems.forEach((s, i) => {
    checkCountry(s.hostingCountryCode, `catalogs.systems[${i}].hostingCountryCode`);
    if (s.vendor !== null && !recipients.has(s.vendor)) issue(`catalogs.systems[${i}].vendor`, "unknownReference", { value: s.vendor });
  });
  const measures = keysOf(c.securityMeasures, "catalogs.securityMeasures");
  const cookies = keysOf(c.cookies, "catalogs.cookies");
  c.cookies.forEach((k, i) => {
    if (k.recipient !== null && !recipients.has(k.recipient)) issue(`catalogs.cookies[${i}].recipient`, "unknownReference", { value: k.recipient });
  });
  keysOf(doc.activities, "activities");
  doc.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    const refs = (list: string[], known: Set<string>, name: string) => {
      const seen = new Set<string>();
      list.forEach((k, j) => {
        if (!known.has(k)) issue(`${at}.${name}[${j}]`, "unknownReference", { value: k });
        if (seen.has(k)) issue(`${at}.${name}[${j}]`, "duplicateKey", { key: k });
        seen.add(k);
      });
    };
    refs(a.dataSubjectCategories, subjects, "dataSubjectCategories");
    refs(a.dataCategories, categories, "dataCategories");
    refs(
      a.recipients.map((r) => r.recipient),
      recipients,
      "recipients",
    );
    refs(a.systems, systems, "systems");
    refs(a.securityMeasures, measures, "securityMeasures");
    refs(a.cookies, cookies, "cookies");
    const purposeKeys = keysOf(a.purposes, `${at}.purposes`);
    const linked = new Set(a.recipients.map((r) => r.recipient));
    const linkedCategories = new Set(a.dataCategories);
    a.transfers.forEach((t, j) => {
      const tp = `${at}.transfers[${j}]`;
      // A transfer belongs to a recipient the activity discloses to (schema: ActivityRecipient FK).
      if (!linked.has(t.recipient)) issue(`${tp}.recipient`, "transferRecipientNotLinked", { value: t.recipient });
      if (t.subProcessor !== null && !subProcessorsOf.get(t.recipient)?.has(t.subProcessor)) issue(`${tp}.subProcessor`, "unknownReference", { value: t.subProcessor });
      checkCountry(t.countryCode, `${tp}.countryCode`);
      if (t.adequacyDecisionId !== null && !reference.adequacyDecisionIds.has(t.adequacyDecisionId)) {
        issue(`${tp}.adequacyDecisionId`, "unknownReference", { value: t.adequacyDecisionId });
      }
    });
    a.retentionRules.forEach((r, j) => {
      // A retention rule is per data category the activity processes (schema: ActivityDataCategory FK).
      if (r.dataCategory !== null && !linkedCategories.has(r.dataCategory)) issue(`${at}.retentionRules[${j}].dataCategory`, "retentionCategoryNotLinked", { value: r.dataCategory });
    });
    const noticeKeys = new Set<string>();
    a.noticeTexts.forEach((n, j) => {
      if (n.purpose !== null && !purposeKeys.has(n.purpose)) issue(`${at}.noticeTexts[${j}].purpose`, "unknownReference", { value: n.purpose });
      const unique = `${n.purpose ?? ""}/${n.language}`;
      if (noticeKeys.has(unique)) issue(`${at}.noticeTexts[${j}]`, "duplicateKey", { key: unique });
      noticeKeys.add(unique);
    });
  });
  return issues;
}
