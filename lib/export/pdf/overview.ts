import { rulesById, type Finding } from "@/lib/register/checks";
import { isOutsideEea } from "@/lib/register/checks/kit";
import { countryName } from "@/lib/register/countries";
import type { ActivityRole } from "@/lib/register/enums";
import type { ActivitySnapshot, RegisterSnapshot, SnapshotIndex } from "@/lib/register/snapshot";
import { legalReferenceForExport, textForExport, type ExportLanguage } from "../labels";
import { enumLabel as label, notRecorded } from "@/lib/register/vocabulary";
import type { FieldRow } from "./fields";

/**
 * The page a case officer reads first, after the cover: the shape of the register
 * before its details — activities per role, special categories and Art. 10 data,
 * transfers outside the EEA by country and tool, and the open errors and warnings.
 */
type Pair = { en: string; nb: string };
type Forms = { en: [string, string]; nb: [string, string] };

/** "1 activity", "2 activities", «1 behandlingsaktivitet», «2 behandlingsaktiviteter». */
function counted(count: number, forms: Forms, lang: ExportLanguage): string {
  const [one, other] = forms[lang];
  return `${count} ${count === 1 ? one : other}`;
}

const N = {
  activities: { en: ["activity", "activities"], nb: ["behandlingsaktivitet", "behandlingsaktiviteter"] },
  errors: { en: ["error", "errors"], nb: ["feil", "feil"] },
  warnings: { en: ["warning", "warnings"], nb: ["advarsel", "advarsler"] },
  findings: { en: ["finding", "findings"], nb: ["funn", "funn"] },
} satisfies Record<string, Forms>;

const T = {
  title: { en: "Overview", nb: "Oversikt" },
  roles: { en: "Activities by role", nb: "Behandlingsaktiviteter etter rolle" },
  special: { en: "Special categories of personal data (Art. 9)", nb: "Særlige kategorier av personopplysninger (art. 9)" },
  criminal: { en: "Personal data relating to criminal convictions and offences (Art. 10)", nb: "Opplysninger om straffedommer og lovovertredelser (art. 10)" },
  transfers: { en: "Transfers to countries outside the EEA, by country and transfer tool", nb: "Overføringer til land utenfor EØS, etter land og overføringsgrunnlag" },
  findings: { en: "Open errors and warnings", nb: "Åpne feil og advarsler" },
  noSpecial: { en: "No activity in force processes special categories of personal data.", nb: "Ingen behandlingsaktivitet i bruk omfatter særlige kategorier av personopplysninger." },
  noCriminal: { en: "No activity in force processes personal data relating to criminal convictions and offences.", nb: "Ingen behandlingsaktivitet i bruk omfatter opplysninger om straffedommer og lovovertredelser." },
  noTransfers: { en: "The register holds no transfers to countries outside the EEA.", nb: "Protokollen har ingen overføringer til land utenfor EØS." },
  noFindings: { en: "None: the checks find no errors or warnings in the activities in force.", nb: "Ingen: kontrollene finner ingen feil eller advarsler i behandlingsaktivitetene i bruk." },
  condition: { en: "condition", nb: "unntak" },
  authority: { en: "authority", nb: "rettslig grunnlag" },
  tool: { en: "transfer tool", nb: "overføringsgrunnlag" },
  error: { en: "error", nb: "feil" },
  warning: { en: "warning", nb: "advarsel" },
} satisfies Record<string, Pair>;

export const OVERVIEW_TITLE = T.title;

const ROLES: ActivityRole[] = ["CONTROLLER", "JOINT_CONTROLLER", "PROCESSOR"];

/**
 * The overview's rows. `numbers` gives each activity in force its heading number
 * in the record ("A3", "B1"), so the overview points into the parts; `findings` are
 * the open findings (accepted risks already taken out by the caller).
 */
export function overviewRows(
  snapshot: RegisterSnapshot,
  index: SnapshotIndex,
  activities: readonly ActivitySnapshot[],
  numbers: ReadonlyMap<string, string>,
  findings: readonly Finding[],
  lang: ExportLanguage,
): FieldRow[] {
  const t = (pair: Pair) => pair[lang];
  const ref = (a: ActivitySnapshot) => `${numbers.get(a.id) ?? ""}. ${a.name}`;
  const sentence = (text: string) => `${text}.`;

  const roles = ROLES.flatMap((role) => {
    const of = activities.filter((a) => a.role === role);
    if (of.length === 0) return [];
    return [`${label("ActivityRole", role, lang)}: ${counted(of.length, N.activities, lang)} — ${of.map((a) => numbers.get(a.id)).join(", ")}`];
  });

  const special = activities.flatMap((a) => {
    const kinds = [...new Set(a.dataCategoryIds.flatMap((id) => index.dataCategories.get(id)?.specialCategory ?? []))];
    if (kinds.length === 0) return [];
    const condition = a.art9Condition ? [label("Art9Condition", a.art9Condition, lang), legalReferenceForExport(a.art9LegalReference, lang)].filter(Boolean).join(", ") : notRecorded(lang);
    return [`${ref(a)}: ${kinds.map((k) => label("SpecialCategory", k, lang)).join(", ")} — ${t(T.condition)}: ${condition}`];
  });

  const criminal = activities.flatMap((a) => {
    if (!a.dataCategoryIds.some((id) => index.dataCategories.get(id)?.isCriminalOffence)) return [];
    return [`${ref(a)} — ${t(T.authority)}: ${textForExport(a.art10Authority, lang) ?? notRecorded(lang)}`];
  });

  return [
    { label: t(T.roles), value: roles.length > 0 ? roles.join("\n") : sentence(lang === "nb" ? "Ingen behandlingsaktiviteter i bruk" : "No activities in force") },
    { label: t(T.special), value: special.length > 0 ? special.join("\n") : t(T.noSpecial) },
    { label: t(T.criminal), value: criminal.length > 0 ? criminal.join("\n") : t(T.noCriminal) },
    { label: t(T.transfers), value: transferLines(index, activities, numbers, lang).join("\n") || t(T.noTransfers) },
    { label: t(T.findings), value: findingLines(findings, lang).join("\n") || t(T.noFindings) },
  ];
}

/** One line per country and transfer tool: who receives data there, from which activities. */
function transferLines(index: SnapshotIndex, activities: readonly ActivitySnapshot[], numbers: ReadonlyMap<string, string>, lang: ExportLanguage): string[] {
  const groups = new Map<string, { country: string; mechanism: string; recipients: Map<string, Set<string>> }>();
  for (const a of activities) {
    for (const tr of a.transfers) {
      if (!isOutsideEea(index, tr.countryCode)) continue;
      const mechanism = tr.mechanism ? label("TransferMechanism", tr.mechanism, lang) : `${T.tool[lang]} ${notRecorded(lang)}`;
      const country = `${countryName(tr.countryCode, lang)} (${tr.countryCode})`;
      const key = `${country}\u0000${mechanism}`;
      const group = groups.get(key) ?? { country, mechanism, recipients: new Map() };
      const recipient = index.recipients.get(tr.recipientId);
      const sub = tr.subProcessorId ? recipient?.subProcessors.find((s) => s.id === tr.subProcessorId) : undefined;
      const who = sub ? `${sub.name} (${recipient?.name ?? ""})` : (recipient?.name ?? tr.recipientId);
      const refs = group.recipients.get(who) ?? new Set<string>();
      refs.add(numbers.get(a.id) ?? "");
      group.recipients.set(who, refs);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .sort((x, y) => x.country.localeCompare(y.country, lang === "nb" ? "nb" : "en") || x.mechanism.localeCompare(y.mechanism))
    .map((g) => `${g.country} — ${g.mechanism}: ${[...g.recipients].map(([who, refs]) => `${who} (${[...refs].join(", ")})`).join("; ")}`);
}

/** Totals, then one line per rule: its id, severity, title and how many findings. */
function findingLines(findings: readonly Finding[], lang: ExportLanguage): string[] {
  if (findings.length === 0) return [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  // A rule may report errors and warnings (LB-004, LB-010): one line for each.
  const groups = new Map<string, { ruleId: string; severity: Finding["severity"]; count: number }>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    const group = groups.get(key) ?? { ruleId: f.ruleId, severity: f.severity, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const rules = rulesById();
  const lines = [...groups.values()]
    .sort((a, b) => (a.severity === b.severity ? a.ruleId.localeCompare(b.ruleId) : a.severity === "error" ? -1 : 1))
    .map((g) => `${g.ruleId} (${T[g.severity][lang]}) ${rules.get(g.ruleId)?.title[lang] ?? ""}: ${counted(g.count, N.findings, lang)}`);
  return [`${counted(errors, N.errors, lang)}, ${counted(warnings, N.warnings, lang)}`, ...lines];
}

/** Findings about what the PDF prints: the company, catalog entries, and activities in force. */
export function findingsInForce(findings: readonly Finding[], activities: readonly ActivitySnapshot[]): Finding[] {
  const inForce = new Set(activities.map((a) => a.id));
  return findings.filter((f) => f.subject.kind !== "activity" || inForce.has(f.subject.activityId));
}
