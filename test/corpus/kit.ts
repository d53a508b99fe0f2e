/**
 * The regression corpus (issue 10 item 4): fictional registers of different kinds, each
 * written as a DPO would have entered it with the mistakes such a company typically makes,
 * and the findings a Norwegian privacy lawyer expects of it — written down from the law
 * (GDPR, personopplysningsloven, bokføringsloven, markedsføringsloven, ekomloven, the camera
 * regulation) before the checks were run, never copied from their output.
 *
 * A register is its lawful ("fixed") form plus a list of defects. Each defect changes the
 * fixed register and names the findings it must cause, with the legal reason. The broken
 * register is the fixed one with every defect applied. Texts are in English and bokmål,
 * each written in its own language.
 */
import type { LawId } from "@/lib/register/templates/laws";
import type { LegalReference, LocalizedText } from "@/lib/register/localized-text";
import type { ActivitySnapshot, RecipientSnapshot, RegisterSnapshot } from "@/lib/register/snapshot";
import type { Finding } from "@/lib/register/checks";
import { activity, buildSnapshot, company, type ActivityOverrides, type CompanyOverrides } from "@/test/register/snapshot-builder";

/** A text in both languages, each written in its own words. */
export const t = (en: string, nb: string): LocalizedText => ({ en, nb });

/** A law from the law list and its section: renders in every language from one value. */
export const law = (id: LawId, section: string): LegalReference => ({ law: id, section, text: {} });

/** A provision not in the law list, written out per language. */
export const provision = (en: string, nb: string): LegalReference => ({ law: null, section: null, text: { en, nb } });

/** Where a finding sits: "company", "notice", or the id of its activity, recipient or cookie. */
function subjectKey(finding: Finding): string {
  const { subject } = finding;
  if (subject.kind === "activity") return subject.activityId;
  if (subject.kind === "recipient") return subject.recipientId;
  if (subject.kind === "cookie") return subject.cookieId;
  return subject.kind;
}

/** A finding the law calls for, and why. */
export type Expected = { rule: string; severity: "error" | "warning"; at: string; field: string; why: string };

/** One mistake in a register: how it is made on the fixed register, and what it must cause. */
type Defect = { what: string; apply: (register: RegisterSnapshot) => void; expect: Expected[] };

export type CorpusRegister = {
  /** File name and test name: "webshop", "saas-processor", … */
  kind: string;
  /** One line on who the company is. */
  about: string;
  /** The register with every defect repaired: no error, publishes in both languages. */
  fixed: () => RegisterSnapshot;
  defects: Defect[];
  /** Warnings the lawful register still has on purpose, each with its reason (none so far). */
  remaining: Expected[];
};

/** The broken register: the fixed one with every defect made. */
export function brokenRegister(entry: CorpusRegister): RegisterSnapshot {
  const register = entry.fixed();
  for (const defect of entry.defects) defect.apply(register);
  return register;
}

/** Every finding the broken register must have. */
export function expectedFindings(entry: CorpusRegister): Expected[] {
  return entry.defects.flatMap((defect) => defect.expect);
}

/** A comparable line per finding: rule, severity, subject, field. */
export const line = (f: { rule: string; severity: string; at: string; field: string }) => `${f.rule} ${f.severity} ${f.at} ${f.field}`;
export const findingLine = (finding: Finding) => line({ rule: finding.ruleId, severity: finding.severity, at: subjectKey(finding), field: finding.field });

// ── Building registers ────────────────────────────────────────────────────────

type Catalogs = RegisterSnapshot["catalogs"];

/** A company's register: its profile, its own catalogs (nothing of the test baseline's) and activities. */
export function register(parts: { company: CompanyOverrides; catalogs: Partial<Catalogs>; activities: ActivitySnapshot[] }): RegisterSnapshot {
  const snapshot = buildSnapshot({ activities: parts.activities });
  snapshot.company = company({ primaryLanguage: "nb", noticeLanguages: ["en", "nb"], ...parts.company });
  snapshot.catalogs = {
    dataSubjectCategories: parts.catalogs.dataSubjectCategories ?? [],
    dataCategories: parts.catalogs.dataCategories ?? [],
    recipients: parts.catalogs.recipients ?? [],
    systems: parts.catalogs.systems ?? [],
    securityMeasures: parts.catalogs.securityMeasures ?? [],
    cookies: parts.catalogs.cookies ?? [],
  };
  return snapshot;
}

/**
 * An activity in force with nothing of the test baseline's (no default recipient, system,
 * retention or texts): what is not given here is not in the register.
 */
export function corpusActivity(overrides: ActivityOverrides & { id: string; name: string; noticeTitleEn: string; noticeTitleNb: string }): ActivitySnapshot {
  return activity({
    recipients: [],
    systemIds: [],
    cookieIds: [],
    transfers: [],
    retentionRules: [],
    securityMeasureIds: [],
    provisionConsequence: null,
    ...overrides,
  });
}

export function activityOf(register: RegisterSnapshot, id: string): ActivitySnapshot {
  const found = register.activities.find((a) => a.id === id);
  if (!found) throw new Error(`No activity ${id} in the corpus register`);
  return found;
}

export function recipientOf(register: RegisterSnapshot, id: string): RecipientSnapshot {
  const found = register.catalogs.recipients.find((r) => r.id === id);
  if (!found) throw new Error(`No recipient ${id} in the corpus register`);
  return found;
}

/** An activity's link to a recipient (no sub-processor authorisation: that is for processor activities). */
export const link = (recipientId: string) => ({ recipientId, subProcessorAuthorisation: null, flowDownContract: null });
