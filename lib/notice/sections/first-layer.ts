/**
 * The notice's first layer (WP260 §35–38, the ICO's layered approach): who we are, one table row
 * per purpose, the rights in one line each, the right to object and how to complain.
 */
import { type ActivitySnapshot } from "@/lib/register/snapshot";
import { type Inline, type NoticeBlock, type NoticeElement, type NoticeSection, type Sentence } from "../document";
import { emailLink, webLink, type Piece } from "../inline";
import { lowerFirst } from "../lang/en";
import { retentionNoticeText, retentionWordsIn, underLaw } from "@/lib/register/retention-text";
import { type Ctx, basesUsed, categoriesOf, categoryLabel, law, nonEmpty, paragraph, postalAddress, purposeRows, section, sentence, tr, visitingAddress } from "./kit";
import type { LocalizedText } from "@/lib/register/localized-text";

export function summarySection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection {
  const { s } = ctx;
  const c = ctx.snapshot.company;
  const visiting = visitingAddress(ctx);
  const who: Sentence[] = [
    sentence(s.controllerIdentity(c.legalName, c.orgNumber, postalAddress(ctx)), ["company.legalName", "company.orgNumber", "company.postalAddress"]),
  ];
  const channels: Piece[] = [];
  if (nonEmpty(c.email)) channels.push(s.byEmail(emailLink(c.email)));
  if (nonEmpty(c.phone)) channels.push(s.byPhone(c.phone.trim()));
  if (visiting) channels.push(s.visiting(visiting));
  if (channels.length) who.push(sentence(s.controllerContact(channels), ["company.email", "company.phone", "company.visitingAddress"]));
  if (nonEmpty(c.website)) who.push(sentence(s.website(webLink(c.website)), ["company.website"]));
  if (nonEmpty(c.privacyContactName)) who.push(sentence(s.privacyContact(c.privacyContactName.trim(), tr(ctx, c.privacyContactRole)), ["company.privacyContactName", "company.privacyContactRole"]));

  type Row = { activity: ActivitySnapshot; labels: string[]; sources: string[]; data: Inline[]; basis: Inline[]; basisSources: string[]; retention: string; key: string; hasBasis: boolean; hasData: boolean; hasRetention: boolean };
  const rows: Row[] = [];
  for (const { activity, purpose, label, source } of purposeRows(ctx, activities)) {
    const pp = `activity:${activity.id}.purposes.${purpose.id}`;
    const labels = categoriesOf(ctx, activity).map((x) => categoryLabel(ctx, x)).filter(nonEmpty);
    const data = labels.length ? s.list(labels.map((l, i) => (i === 0 ? l : lowerFirst(l)))) : [{ text: s.noRetention }];
    const basis = purpose.lawfulBasis ? s.basisShort(purpose.lawfulBasis, law(ctx, purpose.legalReference)) : [{ text: s.noRetention }];
    const retention = [...activity.retentionRules]
      .sort((x, y) => x.sortOrder - y.sortOrder || (x.id < y.id ? -1 : 1))
      .map((rule) => {
        // A row with one kind of data already names it in its data cell.
        const category = rule.dataCategoryId && labels.length > 1 ? ctx.index.dataCategories.get(rule.dataCategoryId) : undefined;
        return retentionNoticeText(retentionWordsIn(rule, ctx.language), ctx.language, category ? categoryLabel(ctx, category) : null);
      })
      .filter(nonEmpty);
    // The basis cell of a legal obligation names its law; the period beside it need not name it again.
    const basisLaw = purpose.lawfulBasis === "LEGAL_OBLIGATION" || purpose.lawfulBasis === "PUBLIC_TASK" ? law(ctx, purpose.legalReference) : null;
    const retentionText = retention.length ? retention.map((text) => (basisLaw ? text.replace(`, ${underLaw(basisLaw, ctx.language)}`, "") : text)).join(" ") : s.noRetention;
    const key = [data, basis].map((cell) => cell.map((x) => x.text).join("")).concat(retentionText).join("\u0000");
    // Purposes of one activity with the same data, basis and period are one row: a reader
    // compares rows, and a row that only says "as above" makes them look up.
    const last = rows.at(-1);
    if (last && last.activity === activity && last.key === key) {
      last.labels.push(label);
      last.sources.push(source);
      last.basisSources.push(`${pp}.lawfulBasis`, `${pp}.legalReference`);
      continue;
    }
    rows.push({
      activity,
      labels: [label],
      sources: [source],
      data,
      basis,
      basisSources: [`${pp}.lawfulBasis`, `${pp}.legalReference`],
      retention: retentionText,
      key,
      hasBasis: purpose.lawfulBasis !== null,
      hasData: labels.length > 0,
      hasRetention: retention.length > 0,
    });
  }
  const cells = rows.map((r) => [
    sentence([{ text: r.labels.map((l, i) => (i === 0 ? l : lowerFirst(l))).join("; ") }], r.sources),
    sentence(r.data, [`activity:${r.activity.id}.dataCategoryIds`]),
    sentence(r.basis, r.basisSources),
    sentence([{ text: r.retention }], [`activity:${r.activity.id}.retentionRules`]),
  ]);
  const tableElements: NoticeElement[] = rows.length
    ? (["N04", rows.some((r) => r.hasBasis) && "N05", rows.some((r) => r.hasData) && "N07", rows.some((r) => r.hasRetention) && "N10"].filter(Boolean) as NoticeElement[])
    : [];
  // The company's own introduction and what the notice covers come first, in the reader's language.
  const blocks: NoticeBlock[] = [...ownWords(ctx, c.noticeIntroduction, "company.noticeIntroduction"), ...ownWords(ctx, c.noticeScope, "company.noticeScope"), paragraph(["N01"], who)];
  if (rows.length) blocks.push({ kind: "table", elements: tableElements, caption: s.overviewCaption, columns: [...s.overviewColumns], rows: cells });
  const sections = [rightsSection(ctx, activities), objectionSection(ctx, activities), complaintSection(ctx)].filter((x): x is NoticeSection => x !== null);
  return section("summary", s.heading.summary, ["N01", ...tableElements], blocks, sections);
}

/** The DPO's own text in the notice's language, a paragraph per blank-line-separated part; nothing when it is not written in it. */
function ownWords(ctx: Ctx, text: LocalizedText, source: string): NoticeBlock[] {
  const written = tr(ctx, text);
  if (written === null) return [];
  return written
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(nonEmpty)
    .map((part) => paragraph([], [sentence([{ text: part.replace(/\s+/g, " ") }], [source])]));
}

function rightsSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection {
  const { s } = ctx;
  const bases = basesUsed(activities);
  const src = ["activities.purposes.lawfulBasis"];
  const items: Sentence[][] = [[sentence(s.rightAccess(), src)], [sentence(s.rightRectification(), src)]];
  // Art. 17(3)(b): no erasure right against processing required by law or for a public task.
  if (bases.size === 0 || [...bases].some((b) => b === "CONSENT" || b === "CONTRACT" || b === "VITAL_INTERESTS" || b === "LEGITIMATE_INTERESTS"))
    items.push([sentence(s.rightErasure(bases.has("LEGAL_OBLIGATION")), src)]);
  items.push([sentence(s.rightRestriction(), src)]);
  // Art. 20(1): portability only for consent or contract.
  if (bases.has("CONSENT") || bases.has("CONTRACT")) items.push([sentence(s.rightPortability(), src)]);
  // Art. 13(2)(c), 7(3): withdrawal, with the prior-lawfulness clause, wherever consent is a basis.
  const consent = bases.has("CONSENT") || activities.some((a) => a.art9Condition === "EXPLICIT_CONSENT");
  if (consent) items.push([sentence(s.rightWithdraw(), ["activities.purposes.lawfulBasis", "activities.art9Condition"])]);
  const email = nonEmpty(ctx.snapshot.company.email) ? emailLink(ctx.snapshot.company.email) : null;
  const elements: NoticeElement[] = consent ? ["N11", "N12"] : ["N11"];
  return section("rights", s.heading.rights, elements, [
    { kind: "list", elements, intro: sentence(s.rightsIntro(), []), items },
    paragraph(["N11"], [sentence(s.rightsHow(email), ["company.email"])]),
  ]);
}

/** Art. 21(4): the right to object, explicitly and separately from other information, in the first layer. */
function objectionSection(ctx: Ctx, activities: ActivitySnapshot[]): NoticeSection | null {
  const bases = basesUsed(activities);
  const legitimate = bases.has("LEGITIMATE_INTERESTS");
  const publicTask = bases.has("PUBLIC_TASK");
  const marketing = activities.filter((a) => a.marketingAudiences.some((audience) => audience.channels.length > 0));
  // mfl. § 15 third paragraph: the existing-customer route is stated with its opt-out, here beside
  // the right to object to marketing rather than in a section of its own (the table names the purpose);
  // it is said to customers only, never to an audience of others.
  const existingCustomer = [
    ...new Set(marketing.flatMap((a) => a.marketingAudiences.filter((audience) => audience.route === "EXISTING_CUSTOMER" && audience.who !== "OTHERS").flatMap((audience) => audience.channels))),
  ];
  const sentences: Sentence[] = [];
  if (legitimate || publicTask) sentences.push(sentence(ctx.s.objectGeneral(publicTask, legitimate), ["activities.purposes.lawfulBasis"]));
  if (marketing.length) sentences.push(sentence(ctx.s.objectMarketing(existingCustomer.length ? ctx.s.marketingChannels(existingCustomer) : null), ["activities.marketing"]));
  if (sentences.length === 0) return null;
  return section("objection", ctx.s.heading.objection, ["N18"], [paragraph(["N18"], sentences)]);
}

function complaintSection(ctx: Ctx): NoticeSection {
  const { s } = ctx;
  const sa = ctx.snapshot.company.supervisoryAuthority;
  const src = ["company.supervisoryAuthority"];
  if (!sa) return section("complaint", s.heading.complaint, ["N13"], [paragraph(["N13"], [sentence(s.complaint(null, null, null), src)])]);
  const name = ctx.language === "nb" ? sa.nameLocal : sa.nameEn === sa.nameLocal ? sa.nameEn : `${sa.nameLocal} (${sa.nameEn})`;
  // The complaint form is how a reader complains, and it sits on the authority's website; its e-mail
  // and phone are one click away there (issue 11: the first layer stays short). A reader of the
  // notice in the authority's own language gets its complaint page in that language.
  const complaintUrl = ctx.language !== "en" && nonEmpty(sa.complaintUrlLocal) ? sa.complaintUrlLocal : sa.complaintUrl;
  const form = nonEmpty(complaintUrl) ? webLink(complaintUrl) : null;
  const sentences = [sentence(s.complaint(name, nonEmpty(sa.website) ? webLink(sa.website) : null, form && "href" in form ? form : null), src)];
  return section("complaint", s.heading.complaint, ["N13"], [paragraph(["N13"], sentences)]);
}
