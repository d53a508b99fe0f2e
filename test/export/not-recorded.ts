/**
 * Where the Art. 30 PDF may say "not recorded": only where the law requires the
 * field for that activity and it is empty. Written from the law (legal-spec §1),
 * independently of lib/export/pdf/fields.ts, so a test can count the markers in
 * each activity's block of the pdftotext output and compare.
 */
import { activityInLanguage } from "@/lib/export/in-language";
import { isArt14Source } from "@/lib/register/activity-schema";
import { hasArt14Source, hasDirectSource, suppliedCategoryIds } from "@/lib/register/sources";
import type { TransferMechanism } from "@/lib/register/enums";
import { retentionRegisterText } from "@/lib/register/retention-text";
import { activeActivities, indexSnapshot, type ActivitySnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { recordActivities } from "@/lib/export/pdf/register-pdf";
import type { ExportLanguage } from "@/lib/export/labels";
import { notRecorded } from "@/lib/register/vocabulary";
import { squeeze } from "./poppler";

const ART_46: TransferMechanism[] = ["SCC_2021_914", "SA_SCC", "BCR", "CODE_OF_CONDUCT", "CERTIFICATION", "PUBLIC_BODIES_INSTRUMENT", "AUTHORISED_CLAUSES", "ADMIN_ARRANGEMENT"];
const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === "";
const count = (...missing: boolean[]) => missing.filter(Boolean).length;

/** How many required-but-empty fields the activity's block must show as "not recorded". */
function requiredButMissing(snapshot: RegisterSnapshot, activity: ActivitySnapshot, lang: ExportLanguage): number {
  // The texts in the PDF's language, as the PDF prints them.
  const a = activityInLanguage(activity, lang);
  const index = indexSnapshot(snapshot);
  const categories = a.dataCategoryIds.flatMap((id) => index.dataCategories.get(id) ?? []);
  const outside = (code: string | null) => code !== null && !(index.countries.get(code)?.isEea ?? false);
  const reachesOutside =
    a.recipients.some((link) => {
      const r = index.recipients.get(link.recipientId);
      return r !== undefined && (outside(r.countryCode) || r.subProcessors.some((s) => outside(s.countryCode)));
    }) || a.systemIds.some((id) => outside(index.systems.get(id)?.hostingCountryCode ?? null));
  const transfers =
    (a.transfers.length === 0 && reachesOutside ? 1 : 0) +
    a.transfers.reduce(
      (n, t) =>
        n +
        count(t.mechanism === null, t.mechanism !== null && ART_46.includes(t.mechanism) && blank(t.tiaRef), t.mechanism !== null && ART_46.includes(t.mechanism) && blank(t.copyAccess), t.mechanism === "COMPELLING_LEGITIMATE_INTEREST" && blank(t.art49Assessment)),
      0,
    );
  const security = a.securityMeasureIds.length === 0 && blank(a.securityMeasuresText) ? 1 : 0;
  const retentionRules = a.retentionRules.filter((r) => retentionRegisterText(r, lang) === null).length;

  if (a.role === "PROCESSOR") {
    const everyCategorised = a.controllersServed.length > 0 && a.controllersServed.every((c) => !blank(c.processingCategories));
    const noActivityDpa = blank(a.controllerDpaRef) && blank(a.controllerDpaDate);
    return (
      count(a.controllersServed.length === 0, blank(a.processingCategories) && !everyCategorised, noActivityDpa && a.controllersServed.length === 0) +
      a.controllersServed.reduce((n, c) => n + count(!c.ourCustomers && blank(c.contact), noActivityDpa && blank(c.dpaRef) && blank(c.dpaDate)), 0) +
      a.recipients.filter((link) => index.recipients.has(link.recipientId) && link.subProcessorAuthorisation === null).length +
      transfers +
      retentionRules +
      security
    );
  }

  const art14 = hasArt14Source(a);
  const several = a.sources.length > 1;
  const consent = a.purposes.some((p) => p.lawfulBasis === "CONSENT");
  const purposes = a.purposes.reduce(
    (n, p) =>
      n +
      count(
        p.lawfulBasis === null,
        (p.lawfulBasis === "LEGAL_OBLIGATION" || p.lawfulBasis === "PUBLIC_TASK") && blank(p.legalReference),
        p.lawfulBasis === "LEGITIMATE_INTERESTS" && blank(p.legitimateInterest),
        p.lawfulBasis === "LEGITIMATE_INTERESTS" && blank(p.liaRef) && blank(p.liaDate),
        p.lawfulBasis === "CONSENT" && blank(p.consentWithdrawal),
      ),
    0,
  );
  return (
    purposes +
    count(
      a.purposes.length === 0,
      a.dataSubjectCategoryIds.length === 0,
      a.dataCategoryIds.length === 0,
      a.role === "JOINT_CONTROLLER" && a.jointControllers.length === 0,
      categories.some((c) => c.specialCategory !== null) && a.art9Condition === null && blank(a.art9LegalReference),
      categories.some((c) => c.isCriminalOffence) && blank(a.art10Authority),
      categories.some((c) => c.isNationalId) && blank(a.nationalIdJustification),
      a.retentionRules.length === 0,
      ...a.sources.map((s) => isArt14Source(s.kind) && blank(s.name)),
      ...a.sources.map((s) => several && suppliedCategoryIds(a, s).length === 0),
      a.volunteeredSpecialCategories && a.volunteeredHandling === null,
      art14 && a.art14Timing === null && a.art14Exemption === null,
      (!art14 || hasDirectSource(a)) && a.provisionRequirement === null,
      a.adm.exists && blank(a.adm.logic),
      a.adm.exists && blank(a.adm.significance),
      a.adm.exists && blank(a.adm.consequences),
      a.adm.exists && a.adm.art22Exception === null,
      consent && blank(a.consentRecordRef),
    ) +
    a.marketingAudiences.reduce(
      (n, m) => n + count(m.who === null, m.route === null, m.route === "EXISTING_CUSTOMER" && m.optOutOffered === null, m.route === "EXISTING_CUSTOMER" && m.similarProducts === null),
      0,
    ) +
    a.jointControllers.reduce((n, j) => n + count(blank(j.contact), blank(j.arrangementLink) && blank(j.essenceText)), 0) +
    transfers +
    retentionRules +
    security
  );
}

/**
 * Each activity's block of the PDF's text (squeezed), from its heading in the part to
 * the next heading: the contents list the headings first, so blocks are found after
 * the last occurrence of the part titles.
 */
function activityBlocks(snapshot: RegisterSnapshot, squeezedText: string, partTitles: [string, string]): Map<ActivitySnapshot, string> {
  const records = recordActivities(snapshot);
  const headings = [
    ...records.controller.map((a, i) => ({ a, heading: squeeze(`A${i + 1}. ${a.name}`), part: 0 })),
    ...records.processor.map((a, i) => ({ a, heading: squeeze(`B${i + 1}. ${a.name}`), part: 1 })),
  ];
  const partStarts = partTitles.map((title) => squeezedText.lastIndexOf(squeeze(title)));
  const starts = headings.map(({ heading, part }, i) => {
    const from = Math.max(partStarts[part] ?? 0, 0);
    const at = squeezedText.indexOf(heading, from);
    if (at < 0) throw new Error(`heading ${heading} (${i}) not found in the PDF`);
    return at;
  });
  const blocks = new Map<ActivitySnapshot, string>();
  headings.forEach(({ a }, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : i + 1 === records.controller.length ? partStarts[1]! : squeezedText.length;
    blocks.set(a, squeezedText.slice(starts[i], end > starts[i]! ? end : squeezedText.length));
  });
  return blocks;
}

/** Occurrences of "not recorded" in a squeezed text. */
function notRecordedCount(squeezedText: string, lang: ExportLanguage): number {
  return squeezedText.split(squeeze(notRecorded(lang))).length - 1;
}

/** Per activity in force: [name, markers in the PDF, markers the law allows]; a test expects the two counts equal. */
export function notRecordedByActivity(snapshot: RegisterSnapshot, squeezedText: string, lang: ExportLanguage, partTitles: [string, string]): [string, number, number][] {
  const blocks = activityBlocks(snapshot, squeezedText, partTitles);
  return activeActivities(snapshot).map((a) => [a.name, notRecordedCount(blocks.get(a) ?? "", lang), requiredButMissing(snapshot, a, lang)]);
}
