import type { RegisterSnapshot } from "../snapshot";

/**
 * A legal check's result. Rules are pure functions of a register snapshot
 * (legal-spec §3); each finding says where it is and which field fixes it.
 */
export type Severity = "error" | "warning";

/** What a finding is about: the company profile, one activity, or a catalog entry. */
export type FindingSubject =
  | { kind: "company" }
  | { kind: "activity"; activityId: string }
  | { kind: "recipient"; recipientId: string }
  | { kind: "cookie"; cookieId: string }
  /** An entry of the other catalogs with texts in the notice (LANG-001): data categories, categories of people, security measures. */
  | { kind: "catalog"; catalog: "data-categories" | "data-subject-categories" | "security-measures" | "systems"; entryId: string }
  | { kind: "notice" };

export type Finding = {
  /** Rule id from legal-spec §3, e.g. "LB-003". */
  ruleId: string;
  severity: Severity;
  /** The legal source, e.g. "GDPR Art. 6(3)". */
  article: string;
  subject: FindingSubject;
  /**
   * The field that fixes it, as a path inside the subject's form, e.g.
   * "purposes.0.legalReference" or "dpoEmail". The dashboard turns it into a link.
   */
  field: string;
  message: { en: string; nb: string };
};

export type RuleMeta = {
  id: string;
  severity: Severity;
  article: string;
  title: { en: string; nb: string };
};

/** Options every rule receives. */
export type CheckOptions = {
  /** "Today", for date-dependent rules (CK-002, adequacy decisions that expire). */
  now: Date;
};

/** A rule of legal-spec §3: its metadata and a pure check over one register snapshot. */
export type Rule = RuleMeta & {
  check: (snapshot: RegisterSnapshot, options: CheckOptions) => Finding[];
};
