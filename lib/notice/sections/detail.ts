/**
 * The notice's second layer: each statement once, however many purposes it holds for —
 * representative, DPO, interests, consent, data, sources, activities, recipients, transfers,
 * cookies, processing for others, automated decisions and changes.
 */
import type { ActivitySnapshot, ActivitySourceSnapshot } from "@/lib/register/snapshot";
import { isArt14Source } from "@/lib/register/activity-schema";
import { suppliedCategoryIds } from "@/lib/register/sources";
import type * as E from "@/lib/register/enums";
import { sentenceText, type NoticeBlock, type NoticeElement, type NoticeSection, type Sentence } from "../document";
import { addressOrText, asSentence, emailLink, isWebAddress, webLink, type Piece } from "../inline";
import { lowerFirstUnlessNamed } from "../lang/en";
import { cookieDurationIn } from "@/lib/register/cookie-duration";
import { needsConsent } from "@/lib/register/cookie-consent";
import { type CompileOptions, type Ctx, NON_EEA_MECHANISMS_NEEDING_COPY, type PurposeRow, activityTitle, categoriesOf, categoryLabel, countryName, law, nonEmpty, paragraph, pick, purposeName, purposeRows, section, sentence, tr } from "./kit";

// ── N02: only a non-EEA controller caught by Art. 3(2) needs a representative (Art. 27) ──
export function representativeSection(ctx: Ctx): NoticeSection | null {
  const c = ctx.snapshot.company;
  if (c.country.isEea || !c.targetsEeaFromOutside || !nonEmpty(c.representative.name)) return null;
  const contact: Piece[] = [];
  if (nonEmpty(c.representative.email)) contact.push(ctx.s.byEmail(emailLink(c.representative.email)));
  if (nonEmpty(c.representative.address)) contact.push(ctx.s.byPost(c.representative.address.trim()));
  return section("representative", ctx.s.heading.representative, ["N02"], [
    paragraph(["N02"], [sentence(ctx.s.representative(c.representative.name.trim(), contact), ["company.representative"])]),
  ]);
}

// ── N03 ───────────────────────────────────────────────────────────────────────
export function dpoSection(ctx: Ctx): NoticeSection | null {
  const dpo = ctx.snapshot.company.dpo;
  if (!dpo.designated) return null;
  const contact: Piece[] = [];
  if (nonEmpty(dpo.email)) contact.push(ctx.s.byEmail(emailLink(dpo.email)));
  if (nonEmpty(dpo.phone)) contact.push(ctx.s.byPhone(dpo.phone.trim()));
  if (nonEmpty(dpo.address)) contact.push(ctx.s.byPost(dpo.address.trim()));
  if (contact.length === 0) return null; // DPO-001 reports it; never a placeholder
  return section("dpo", ctx.s.heading.dpo, ["N03"], [
    paragraph(["N03"], [sentence(ctx.s.dpo(nonEmpty(dpo.name) ? dpo.name.trim() : null, contact), ["company.dpo"])]),
  ]);
}

// ── N06: each interest once; the offer of the balancing test once ────────────
export function legitimateInterestsSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const { s } = ctx;
  const rows = purposeRows(ctx, activities).filter((r) => r.purpose.lawfulBasis === "LEGITIMATE_INTERESTS" && tr(ctx, r.purpose.legitimateInterest));
  if (rows.length === 0) return null;
  const src = (r: PurposeRow) => `activity:${r.activity.id}.purposes.${r.purpose.id}`;
  const items = rows.map((r) => [sentence(s.interest(purposeName(ctx, r), tr(ctx, r.purpose.legitimateInterest) ?? ""), [`${src(r)}.legitimateInterest`])]);
  const assessed = rows.filter((r) => nonEmpty(r.purpose.liaRef));
  const blocks: NoticeBlock[] = [{ kind: "list", elements: ["N06"], items }];
  if (assessed.length)
    blocks.push(paragraph(["N06"], [sentence(s.balancingTest(assessed.length === rows.length ? null : assessed.map((r) => purposeName(ctx, r))), assessed.map((r) => `${src(r)}.liaRef`))]));
  return section("legitimate-interests", s.heading.legitimateInterests, ["N06"], blocks);
}

// ── N12: how to withdraw, where the DPO said how (the right itself is in the first layer) ──
export function consentSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const { s } = ctx;
  const rows = purposeRows(ctx, activities).filter((r) => r.purpose.lawfulBasis === "CONSENT" && tr(ctx, r.purpose.consentWithdrawal));
  if (rows.length === 0) return null;
  // Purposes withdrawn the same way ("the cookie settings") share one item.
  const byHow = new Map<string, { rows: PurposeRow[]; sources: string[] }>();
  for (const r of rows) {
    const how = tr(ctx, r.purpose.consentWithdrawal) ?? "";
    const entry = byHow.get(how) ?? { rows: [], sources: [] };
    entry.rows.push(r);
    entry.sources.push(`activity:${r.activity.id}.purposes.${r.purpose.id}.consentWithdrawal`);
    byHow.set(how, entry);
  }
  // Every purpose of an activity withdrawn the same way: the activity's title names them all.
  const names = (group: PurposeRow[]) => {
    const out: string[] = [];
    for (const r of group) {
      const all = r.activity.purposes.every((p) => group.some((g) => g.purpose.id === p.id));
      const name = all ? activityTitle(ctx, r.activity) : r.label;
      if (!out.includes(name)) out.push(name);
    }
    return out;
  };
  const items = [...byHow].map(([how, { rows: group, sources }]) => [sentence(s.withdrawHow(names(group), how), sources)]);
  return section("consent", s.heading.consent, ["N12"], [{ kind: "list", elements: ["N12"], items }]);
}

// ── N07 in detail: each category's description once ──────────────────────────
export function dataSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const seen = new Set<string>();
  const items: Sentence[][] = [];
  for (const activity of activities)
    for (const c of categoriesOf(ctx, activity)) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const label = categoryLabel(ctx, c);
      const description = pick(ctx, c.descriptionEn, c.descriptionNb);
      if (label && description) items.push([sentence(ctx.s.dataCategory(label, description), [`dataCategory:${c.id}`])]);
    }
  if (items.length === 0) return null;
  return section("data", ctx.s.heading.data, ["N07"], [{ kind: "list", elements: ["N07"], items }]);
}

// ── N14, N15: each source once with the data it gives; each requirement once ─
export function sourcesSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const { s } = ctx;
  type Group = { source: ActivitySourceSnapshot; labels: string[]; sources: string[] };
  const groups = new Map<string, Group>();
  for (const activity of activities)
    activity.sources.forEach((source, i) => {
      // The person's own data and what we observe need no source name: one statement each.
      const named = isArt14Source(source.kind);
      const key = named ? [source.kind, tr(ctx, source.name) ?? "", String(source.isPublic)].join("\u0000") : source.kind;
      const group = groups.get(key) ?? { source, labels: [], sources: [] };
      // Each source with the data it supplies (14(1)(d), 14(2)(f)): "you give us these
      // yourself" only of what the person gives.
      for (const id of suppliedCategoryIds(activity, source)) {
        const c = ctx.index.dataCategories.get(id);
        const label = c ? categoryLabel(ctx, c) : null;
        if (label && !group.labels.includes(label)) group.labels.push(label);
      }
      group.sources.push(`activity:${activity.id}.sources.${i}.kind`, `activity:${activity.id}.sources.${i}.name`);
      groups.set(key, group);
    });
  const allLabels = new Set([...groups.values()].flatMap((g) => g.labels));
  const othersSupplyTheSame = (group: Group) => [...groups.values()].some((other) => other !== group && other.labels.some((l) => group.labels.includes(l)));
  const sentences: Sentence[] = [];
  let art14 = false;
  // The person gives us everything and we observe part of it as well: "all from you", then what we
  // "also" collect, rather than every kind of data named in the first sentence once more.
  const observedToo = [...groups.values()].every((g) => g.labels.length === 0 || (isArt14Source(g.source.kind) ? false : g.source.kind === "DATA_SUBJECT_OBSERVED" || g.labels.length === allLabels.size));
  const directGivesAll = observedToo && [...groups.values()].some((g) => g.source.kind !== "DATA_SUBJECT_OBSERVED" && g.labels.length === allLabels.size);
  const observedLast = (g: Group) => (directGivesAll && g.source.kind === "DATA_SUBJECT_OBSERVED" ? 1 : 0);
  for (const group of [...groups.values()].sort((x, y) => observedLast(x) - observedLast(y))) {
    const { source, labels, sources } = group;
    if (labels.length === 0) continue;
    if (isArt14Source(source.kind)) art14 = true;
    const everything = groups.size === 1 || (labels.length === allLabels.size && (directGivesAll || !othersSupplyTheSame(group)));
    const words =
      source.kind === "THIRD_PARTY"
        ? s.sourceThirdParty(labels, tr(ctx, source.name), source.isPublic)
        : source.kind === "PUBLIC_SOURCE"
          ? s.sourcePublic(labels, tr(ctx, source.name))
          : source.kind === "DATA_SUBJECT_OBSERVED"
            ? (directGivesAll ? s.sourceObservedToo : s.sourceObserved)(labels)
            : s.sourceDirect(everything ? null : labels);
    sentences.push(sentence(words, sources));
  }

  // N14 (Art. 13(2)(e)): activities saying the same thing share one item.
  // The requirement is said once for all activities it holds for; each activity's own
  // consequence follows it (most say the same thing in other words for another activity).
  const provisions = new Map<string, { titles: string[]; requirement: E.ProvisionRequirement; party: E.ContractParty; consequences: string[]; sources: string[] }>();
  for (const activity of activities) {
    // 13(2)(e) concerns what comes from the person, whatever else comes from elsewhere.
    if (!activity.sources.some((source) => !isArt14Source(source.kind)) || !activity.provisionRequirement) continue;
    const consequence = tr(ctx, activity.provisionConsequence);
    const key = `${activity.provisionRequirement}\u0000${activity.contractParty}`;
    const entry = provisions.get(key) ?? { titles: [], requirement: activity.provisionRequirement, party: activity.contractParty, consequences: [], sources: [] };
    entry.titles.push(activityTitle(ctx, activity));
    if (consequence && !entry.consequences.includes(consequence)) entry.consequences.push(consequence);
    entry.sources.push(`activity:${activity.id}.provisionRequirement`, `activity:${activity.id}.contractParty`, `activity:${activity.id}.provisionConsequence`);
    provisions.set(key, entry);
  }
  // Where every activity is in one of the groups, the voluntary group is named last as "the other
  // purposes": the table has just listed them, and naming them again only lengthens the sentence.
  const entries = [...provisions.values()];
  const complete = entries.length > 1 && entries.reduce((n, e) => n + e.titles.length, 0) === activities.length;
  const others = complete ? entries.filter((e) => e.requirement === "VOLUNTARY") : [];
  const items = [...entries.filter((e) => !others.includes(e)), ...others].map(({ titles, requirement, party, consequences, sources }) => {
    const consequence = consequences.length ? consequences.map(asSentence).join(" ") : null;
    if (complete && requirement === "VOLUNTARY") return [sentence(s.provisionOthers(consequence), sources)];
    // The DPO's own consequence text that already says "voluntary" replaces our sentence saying it.
    const generated = consequences.some((c) => s.restatesProvision(requirement, c)) ? null : s.provision(requirement, party);
    return [sentence(s.provisionItem(titles, generated, consequence), sources)];
  });

  const blocks: NoticeBlock[] = [];
  if (sentences.length) blocks.push(paragraph(art14 ? ["N15"] : [], sentences));
  if (items.length) blocks.push({ kind: "list", elements: ["N14"], intro: sentence(s.provisionIntro(), []), items });
  if (blocks.length === 0) return null;
  return section("sources", s.heading.sources, [...new Set(blocks.flatMap((b) => b.elements))].sort(), blocks);
}

// ── What holds for one activity only: N05 companions, N16, N19, marketing ────
export function activitiesSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const subsections = activities.map((activity) => activitySection(ctx, activity));
  return section("activities", ctx.s.heading.activities, [], [], subsections);
}

function activitySection(ctx: Ctx, activity: ActivitySnapshot): NoticeSection {
  const { s } = ctx;
  const a = `activity:${activity.id}`;
  const langCode: E.Locale = ctx.language === "nb" ? "NB" : "EN";
  const blocks: NoticeBlock[] = [];

  // The DPO's own wording that the table does not already show in the purpose column.
  const shown = new Set(purposeRows(ctx, [activity]).map((r) => r.source));
  const own = activity.noticeTexts
    .filter((t) => t.language === langCode && nonEmpty(t.text) && !shown.has(`${a}.noticeTexts.${t.id}`))
    .sort((x, y) => (x.purposeId === null ? -1 : y.purposeId === null ? 1 : 0));
  if (own.length) blocks.push(paragraph(["N04"], own.map((t) => sentence([{ text: asSentence(t.text) }], [`${a}.noticeTexts.${t.id}`]))));

  // mfl. § 15 first paragraph: consent is said per audience only beside another audience (alone, the
  // purpose on consent and how to withdraw it, N12, already tell the reader); the existing-customer
  // route with its opt-out is said to customers beside the right to object (first-layer.ts).
  const audiences = activity.marketingAudiences.filter((audience) => audience.channels.length > 0);
  const marketing = activity.marketingAudiences.flatMap((audience, i) =>
    audience.channels.length > 0 && audience.route === "CONSENT" && audiences.length > 1
      ? [sentence(s.marketingConsent(audience.who, s.marketingChannels(audience.channels)), [`${a}.marketingAudiences.${i}`])]
      : [],
  );
  if (marketing.length) blocks.push(paragraph(["N04"], marketing));

  // N05 companions: Art. 9(2) condition, Art. 10 authority, pol. § 12 justification.
  const categories = categoriesOf(ctx, activity);
  const special = [...new Set(categories.map((c) => c.specialCategory).filter((x): x is E.SpecialCategory => x !== null))];
  const legal: Sentence[] = [];
  if (special.length && activity.art9Condition)
    legal.push(sentence(s.specialCategories(special, activity.art9Condition, law(ctx, activity.art9LegalReference)), [`${a}.art9Condition`, `${a}.art9LegalReference`]));
  const art10 = tr(ctx, activity.art10Authority);
  if (categories.some((c) => c.isCriminalOffence) && art10) legal.push(sentence(s.criminalData(art10), [`${a}.art10Authority`]));
  const nationalId = tr(ctx, activity.nationalIdJustification);
  if (categories.some((c) => c.isNationalId) && nationalId) legal.push(sentence(s.nationalId(nationalId), [`${a}.nationalIdJustification`]));
  if (activity.volunteeredSpecialCategories && activity.volunteeredHandling) {
    const words = s.volunteered(activity.volunteeredHandling, activity.art9Condition);
    if (words.length) legal.push(sentence(words, [`${a}.volunteeredSpecialCategories`, `${a}.volunteeredHandling`]));
  }
  if (legal.length) blocks.push(paragraph(["N05"], legal));

  // N16 when this activity makes solely automated decisions (Art. 22).
  const [logic, significance, consequences] = [tr(ctx, activity.adm.logic), tr(ctx, activity.adm.significance), tr(ctx, activity.adm.consequences)];
  if (activity.adm.exists && logic && significance && consequences)
    blocks.push(paragraph(["N16"], [sentence(s.admExists(logic, significance, consequences), [`${a}.adm`])]));

  // N19: the essence of the joint-controller arrangement (Art. 26(2)), here only for a party the
  // recipients list does not name (there, the arrangement follows the party's own line).
  if (activity.role === "JOINT_CONTROLLER") {
    const joint = activity.jointControllers.filter((j) => nonEmpty(j.name) && !jointRecipient(ctx, activity, j));
    if (joint.length)
      blocks.push(
        paragraph(
          ["N19"],
          joint.map((j) => sentence(s.jointController(j.name.trim(), ...arrangementOf(ctx, j)), [`${a}.jointControllers.${j.id}`])),
        ),
      );
  }

  const elements = [...new Set(blocks.flatMap((b) => b.elements))].sort();
  return section(`activity-${activity.id}`, activityTitle(ctx, activity), elements, blocks);
}

// ── N08, N09, N19: one table of who receives the data, in what role, where, and on what safeguard ──
export function recipientsSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const { s } = ctx;
  const ids = new Set(activities.flatMap((a) => a.recipients.map((r) => r.recipientId)));
  const recipients = ctx.snapshot.catalogs.recipients
    .filter((r) => ids.has(r.id) && nonEmpty(r.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  if (recipients.length === 0) return null;
  // A transfer to the recipient itself goes in its row; an onward transfer to a sub-processor or one on
  // compelling interests (Art. 49(1) second subparagraph) keeps its sentence in transfersSection.
  const listed = new Set(recipients.map((r) => r.id));
  const direct = transferEntries(ctx, activities).filter((t) => t.inRow && listed.has(t.recipientId));
  const copies = [...new Set(direct.flatMap((t) => (t.copy ? [sentenceText(t.copy)] : [])))];
  // The same way to a copy for every transfer is said once, under the table.
  const copyOnce = copies.length === 1 ? direct.find((t) => t.copy)!.copy : null;
  const withTransfer = direct.length > 0;
  const rows = recipients.map((r) => {
    const description = pick(ctx, r.descriptionEn, r.descriptionNb);
    const src = [`recipient:${r.id}`];
    const country = countryName(ctx, r.countryCode);
    const own = direct.filter((t) => t.recipientId === r.id);
    const transfers = own.map((t) => joinSentences([t.safeguard, ...(t.copy && !copyOnce ? [t.copy] : [])]));
    // The recipient's own country, then where its transfers go and on what safeguard ("USA, etter EUs standardavtaler …").
    const home = country && !own.some((t) => t.countryCode === r.countryCode) ? [sentence([{ text: transfers.length ? `${country}.` : country }], [`recipient:${r.id}.countryCode`])] : [];
    return [
      sentence([{ text: r.name.trim() }], src),
      sentence(s.recipientRole(r.kind, description ? lowerFirstUnlessNamed(description, r.name.trim()) : null), src),
      home.length || transfers.length ? joinSentences([...home, ...transfers]) : sentence([{ text: "–" }], [`recipient:${r.id}.countryCode`]),
    ];
  });
  const after: Sentence[] = [];
  // Art. 28(3)(a): said once for every processor rather than on each row.
  const processors = recipients.filter((r) => r.kind === "PROCESSOR").length;
  if (processors) after.push(sentence(s.processorsInstructed(processors > 1), recipients.filter((r) => r.kind === "PROCESSOR").map((r) => `recipient:${r.id}.kind`)));
  if (copyOnce) after.push(copyOnce);
  // N19: a joint controller's arrangement follows the table, naming the party once more.
  const joint: Sentence[] = [];
  for (const r of recipients)
    for (const activity of activities)
      for (const j of activity.jointControllers)
        if (jointRecipient(ctx, activity, j)?.id === r.id) joint.push(sentence(s.jointArrangement(j.name.trim(), ...arrangementOf(ctx, j)), [`activity:${activity.id}.jointControllers.${j.id}`]));
  const tableElements: NoticeElement[] = withTransfer ? ["N08", "N09"] : ["N08"];
  const columns = [...s.recipientColumns.slice(0, 2), withTransfer ? s.recipientTransferColumn : s.recipientCountryColumn];
  const blocks: NoticeBlock[] = [{ kind: "table", elements: tableElements, caption: s.recipientCaption, columns, rows }];
  if (after.length) blocks.push(paragraph(copyOnce ? ["N08", "N09"] : ["N08"], after));
  if (joint.length) blocks.push(paragraph(["N19"], joint));
  return section("recipients", s.heading.recipients, [...new Set(blocks.flatMap((b) => b.elements))].sort(), blocks);
}

/** Sentences read one after another in one table cell. */
function joinSentences(sentences: Sentence[]): Sentence {
  return sentence(
    sentences.flatMap((x, i) => (i === 0 ? x.parts : [{ text: " " }, ...x.parts])),
    [...new Set(sentences.flatMap((x) => x.sources))],
  );
}

type JointController = ActivitySnapshot["jointControllers"][number];

/** The recipient of kind joint controller, linked to the activity, that is this joint controller (by name). */
function jointRecipient(ctx: Ctx, activity: ActivitySnapshot, j: JointController) {
  if (activity.role !== "JOINT_CONTROLLER" || !nonEmpty(j.name)) return undefined;
  const name = j.name.trim().toLowerCase();
  return activity.recipients
    .map((link) => ctx.index.recipients.get(link.recipientId))
    .find((r) => r !== undefined && r.kind === "JOINT_CONTROLLER" && r.name.trim().toLowerCase() === name);
}

/**
 * The essence, summary link and contact of a joint-controller arrangement. The summary is
 * published only as a link the reader can follow: a document's title or internal reference is
 * for the Art. 30 record, in one language.
 */
function arrangementOf(ctx: Ctx, j: JointController) {
  return [tr(ctx, j.essenceText), nonEmpty(j.arrangementLink) && isWebAddress(j.arrangementLink) ? webLink(j.arrangementLink) : null, nonEmpty(j.contact) ? addressOrText(j.contact) : null] as const;
}

// ── N09, N20 ──────────────────────────────────────────────────────────────────
type TransferEntry = {
  recipientId: string;
  countryCode: string;
  /** Said in the recipient's row: a transfer to the recipient itself, on a named mechanism. */
  inRow: boolean;
  compelling: boolean;
  /** The whole statement as a sentence of its own: "X receives data in Y under Z." */
  item: Sentence[];
  /** The country and safeguard alone, for the recipient's row. */
  safeguard: Sentence;
  /** Art. 13(1)(f): the means to obtain a copy, where the mechanism has one. */
  copy: Sentence | null;
};

/** Each transfer outside the EEA once, however many activities make it. */
function transferEntries(ctx: Ctx, activities: ActivitySnapshot[]): TransferEntry[] {
  const { s } = ctx;
  const seen = new Set<string>();
  const entries: TransferEntry[] = [];
  const contactEmail = nonEmpty(ctx.snapshot.company.email) ? emailLink(ctx.snapshot.company.email) : null;
  for (const activity of activities) {
    for (const t of activity.transfers) {
      const country = ctx.index.countries.get(t.countryCode);
      if (t.mechanism === "EEA" || country?.isEea) continue; // not a Chapter V transfer
      const recipient = ctx.index.recipients.get(t.recipientId);
      if (!recipient) continue;
      const sub = t.subProcessorId ? recipient.subProcessors.find((x) => x.id === t.subProcessorId) : undefined;
      // Name the entity the data reach: for an onward transfer, the sub-processor and whose it is.
      const name = sub ? s.subProcessorOf(sub.name.trim(), recipient.name.trim()) : recipient.name.trim();
      const copyAccess = tr(ctx, t.copyAccess);
      const key = [name, t.countryCode, t.mechanism, t.sccModule, t.adequacyDecisionId, copyAccess].join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      const countryText = countryName(ctx, t.countryCode) ?? t.countryCode;
      const src = [`activity:${activity.id}.transfers.${t.id}`];
      if (t.mechanism === "COMPELLING_LEGITIMATE_INTEREST") {
        const said = sentence(s.compellingInterest(name, countryText, tr(ctx, t.art49Assessment)), src);
        entries.push({ recipientId: recipient.id, countryCode: t.countryCode, inRow: false, compelling: true, item: [said], safeguard: said, copy: null });
        continue;
      }
      const decision = t.adequacyDecisionId ? ctx.index.adequacyDecisions.get(t.adequacyDecisionId) : undefined;
      const detail = {
        module: t.sccModule,
        adequacyReference: decision?.reference ?? null,
        adequacySubject: decision ? (ctx.language === "nb" ? decision.subjectNb : decision.subjectEn) : null,
      };
      const extra: Sentence[] = [];
      // Decision (EU) 2023/1795 covers the certified organisation only: say so of the entity the
      // data reach (the US parent), never of its EEA subsidiary.
      const certified = sub ? sub.dpfCertified : recipient.dpfCertified;
      if (t.mechanism === "ADEQUACY" && decision?.requiresCertification && certified) {
        extra.push(sentence(s.dpfCertified((sub ?? recipient).name.trim()), [sub ? `recipient:${recipient.id}.subProcessors.${sub.id}.dpfCertified` : `recipient:${recipient.id}.dpfCertified`]));
      }
      let copy: Sentence | null = null;
      if (t.mechanism && NON_EEA_MECHANISMS_NEEDING_COPY.has(t.mechanism)) {
        if (copyAccess) {
          const where = addressOrText(copyAccess);
          copy = sentence("href" in where ? s.copyFrom(where) : s.copyHow(copyAccess), [`${src[0]}.copyAccess`]);
        } else copy = sentence(s.copyAsk(contactEmail), ["company.email"]);
      }
      const item = [sentence(s.transfer(name, countryText, t.mechanism, detail), src), ...extra, ...(copy ? [copy] : [])];
      const safeguard = t.mechanism ? joinSentences([sentence(s.transferSafeguard(countryText, t.mechanism, detail), src), ...extra]) : item[0]!;
      entries.push({ recipientId: recipient.id, countryCode: t.countryCode, inRow: !sub && t.mechanism !== null, compelling: false, item, safeguard, copy });
    }
  }
  return entries;
}

export function transfersSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const { s } = ctx;
  // What the recipients' table does not already say in a recipient's row.
  const inTable = new Set(activities.flatMap((a) => a.recipients.map((r) => r.recipientId)));
  const rest = transferEntries(ctx, activities).filter((t) => !(t.inRow && inTable.has(t.recipientId) && nonEmpty(ctx.index.recipients.get(t.recipientId)?.name)));
  const items = rest.filter((t) => !t.compelling).map((t) => t.item);
  const compelling = rest.filter((t) => t.compelling).flatMap((t) => t.item);
  if (items.length === 0 && compelling.length === 0) return null;
  const blocks: NoticeBlock[] = [];
  if (items.length) blocks.push({ kind: "list", elements: ["N09"], items });
  if (compelling.length) blocks.push(paragraph(["N20"], compelling));
  return section("transfers", s.heading.transfers, items.length ? ["N09"] : ["N20"], blocks);
}

// ── N21 ───────────────────────────────────────────────────────────────────────
export function cookiesSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const { s } = ctx;
  const ids = new Set(activities.flatMap((a) => a.cookieIds));
  const order: E.CookieCategory[] = ["STRICTLY_NECESSARY", "PREFERENCES", "STATISTICS", "MARKETING"];
  const cookies = ctx.snapshot.catalogs.cookies
    .filter((c) => ids.has(c.id) && nonEmpty(c.name))
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  if (cookies.length === 0) return null;
  const anyNonEssential = cookies.some((c) => c.category !== "STRICTLY_NECESSARY");
  const anyConsent = cookies.some(needsConsent);
  const elements: NoticeElement[] = anyNonEssential ? ["N21"] : [];
  const cell = (text: string, src: string): Sentence => sentence([{ text: text.trim() || "–" }], [src]);
  // "Needs your consent" says again what the category says (ekomloven § 3-15 exempts only the strictly
  // necessary) unless the DPO marked a cookie otherwise; only then does the column earn its place.
  const consentColumn = cookies.some((c) => c.consent !== "BY_CATEGORY");
  // Cookies alike in everything but their name (a provider's pair, "_fbp, fr") share a row; so do
  // cookies that differ only in how long they last, each duration named ("2 years (_ga), 24 hours (_gid)").
  type Group = { cookies: typeof cookies; rest: Sentence[] };
  const groups = new Map<string, Group>();
  for (const c of cookies) {
    const rest = [
      cell(c.provider, `cookie:${c.id}.provider`),
      cell(pick(ctx, c.purposeEn, c.purposeNb) ?? "–", `cookie:${c.id}.purpose`),
      cell(s.cookieCategory(c.category), `cookie:${c.id}.category`),
      // An override of the category says why, in the reader's language (CK-005, CK-006 ask for it).
      ...(consentColumn ? [cell(s.cookieConsentCell(needsConsent(c), c.consent === "BY_CATEGORY" ? null : tr(ctx, c.consentReason)), `cookie:${c.id}.consent`)] : []),
    ];
    const key = rest.map(sentenceText).join("\u0000");
    const group = groups.get(key) ?? { cookies: [], rest };
    group.cookies.push(c);
    groups.set(key, group);
  }
  const rows = [...groups.values()].map(({ cookies: alike, rest }) => {
    const duration = (c: (typeof cookies)[number]) => cookieDurationIn(c.duration, ctx.language) ?? "–";
    const durations = new Set(alike.map(duration));
    const durationText = durations.size === 1 ? [...durations][0]! : alike.map((c) => `${duration(c)} (${c.name.trim()})`).join(", ");
    const names = sentence([{ text: alike.map((c) => c.name.trim()).join(", ") }], alike.map((c) => `cookie:${c.id}.name`));
    const [provider, purpose, category, ...consent] = rest;
    return [names, provider!, purpose!, category!, sentence([{ text: durationText }], alike.map((c) => `cookie:${c.id}.duration`)), ...consent];
  });
  // Of the banner the notice says only what the company profile records (CK-007 asks for the rest).
  const company = ctx.snapshot.company;
  const intro: Sentence[] = [sentence(s.cookiesIntro(anyConsent, consentColumn), [])];
  if (anyConsent) {
    if (company.cookieBannerBeforeSetting === true) intro.push(sentence(s.cookieBannerFirst(), ["company.cookieBannerBeforeSetting"]));
    if (company.cookieRefuseAsEasy === true) intro.push(sentence(s.cookieRefuseAsEasy(), ["company.cookieRefuseAsEasy"]));
    const how = tr(ctx, company.cookieWithdrawal);
    const settings = nonEmpty(company.cookieSettingsUrl) ? webLink(company.cookieSettingsUrl) : null;
    if (how !== null || settings !== null) intro.push(sentence(s.cookieWithdraw(how, settings), ["company.cookieWithdrawal", "company.cookieSettingsUrl"]));
  }
  return section("cookies", s.heading.cookies, elements, [
    paragraph(elements, intro),
    { kind: "table", elements, caption: s.cookieCaption, columns: consentColumn ? [...s.cookieColumns] : s.cookieColumns.slice(0, -1), rows },
  ]);
}

// ── Processor role (Art. 28; WGT §4) ──────────────────────────────────────────
export function processorSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  if (activities.length === 0) return null;
  const { s } = ctx;
  const subsections = activities.map((activity) => {
    const what = tr(ctx, activity.processingCategories) ?? tr(ctx, activity.description);
    return section(`processor-${activity.id}`, activityTitle(ctx, activity), [], [
      paragraph([], nonEmpty(what) ? [sentence(s.processorWhat(what), [`activity:${activity.id}.processingCategories`])] : []),
    ]);
  });
  // A processor activity with nothing to say still counts: the intro states the role.
  return section("processor", s.heading.processor, [], [paragraph([], [sentence(s.processorIntro(), []), sentence(s.processorRights(), [])])], subsections);
}

export function admSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection {
  const any = activities.some((a) => a.adm.exists);
  return section("adm", ctx.s.heading.adm, ["N16"], [paragraph(["N16"], [sentence(any ? ctx.s.admPointer() : ctx.s.noAdm(), ["activities.adm"])])]);
}

export function changesSection(ctx: Ctx, activities: ActivitySnapshot[], options: CompileOptions): NoticeSection {
  const { s } = ctx;
  const blocks: NoticeBlock[] = [];
  if (options.previous) {
    const before = new Set(options.previous.snapshot.activities.flatMap((a) => (a.status === "ACTIVE" && a.showInNotice ? a.purposes.map((p) => p.id) : [])));
    const added = activities.flatMap((a) => a.purposes.flatMap((p) => {
      const description = tr(ctx, p.description);
      return !before.has(p.id) && description ? [{ a, p, description }] : [];
    }));
    if (added.length)
      blocks.push({
        kind: "list",
        elements: ["N17"],
        intro: sentence(s.newPurposesIntro(options.previous.version), ["metadata.previous"]),
        items: added.map(({ a, p, description }) => [sentence(s.newPurpose(activityTitle(ctx, a), description), [`activity:${a.id}.purposes.${p.id}.description`])]),
      });
  }
  // N22: the version and date are the notice's version line; this says how changes are made.
  blocks.push(paragraph(["N22"], [sentence(s.changesHow(options.version !== null && options.publishedOn !== null), ["metadata.version", "metadata.publishedOn"])]));
  const elements: NoticeElement[] = blocks.some((b) => b.elements.includes("N17")) ? ["N17", "N22"] : ["N22"];
  return section("changes", s.heading.changes, elements, blocks);
}
