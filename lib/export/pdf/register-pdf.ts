import PDFDocument from "pdfkit";
import { countryName } from "@/lib/register/countries";
import { activeActivities, indexSnapshot, type ActivitySnapshot, type RegisterSnapshot } from "@/lib/register/snapshot";
import { registerFingerprint } from "@/lib/register/snapshot-hash";
import type { ExportLanguage } from "../labels";
import { enumLabel as label, notRecorded, yesNo } from "@/lib/register/vocabulary";
import { runChecks, type Finding } from "@/lib/register/checks";
import { controllerFields, processorFields, type FieldRow } from "./fields";
import { findingsInForce, OVERVIEW_TITLE, overviewRows } from "./overview";
import { governanceRows, type ActivityGovernance } from "./governance-rows";
import { FONT, dejaVuFonts } from "./fonts";
import { selectFontsOnce, writeFinishedPages } from "./pdfkit-internals";

export type RegisterPdfOptions = {
  snapshot: RegisterSnapshot;
  language: ExportLanguage;
  generatedAt: Date;
  /**
   * The register revision printed on the cover. The server passes the number of
   * audit events that changed the register (every create, update, delete,
   * import — exports excluded), which grows with every change. Without it the
   * sum of the company's and the activities' versions is printed.
   */
  revision?: number;
  /** Owner, reviews and accepted risks per activity id (lib/export/pdf/governance-rows.ts); left out when absent. */
  governance?: ReadonlyMap<string, ActivityGovernance>;
  /**
   * The open findings for the overview (accepted risks already taken out). Without it
   * the checks run over the snapshot as of `generatedAt`.
   */
  findings?: readonly Finding[];
  /**
   * The register's fingerprint (registerFingerprint) for the cover, when the caller has it
   * already: the server computes it for the audit log, and the worker need not again.
   */
  fingerprint?: string;
  /** Called after each activity is laid out, for progress reporting. */
  onProgress?: (done: number, total: number) => void;
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 165;
const GAP = 10;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - GAP;
const TOC_LINE = 15;
const TOC_LINES_PER_PAGE = Math.floor((A4.height - MARGIN.top - MARGIN.bottom - 40) / TOC_LINE);
/** Activities laid out between two yields to the event loop, so other requests keep being served (scripts/bench/pdf.ts: about 10–20 ms each). */
const ACTIVITIES_PER_SLICE = 1;

const T = {
  title: { en: "Record of processing activities", nb: "Protokoll over behandlingsaktiviteter" },
  subtitle: { en: "GDPR Article 30", nb: "Personvernforordningen artikkel 30" },
  controller: { en: "Controller", nb: "Behandlingsansvarlig" },
  orgNumber: { en: "Organisation number", nb: "Organisasjonsnummer" },
  address: { en: "Address", nb: "Adresse" },
  visiting: { en: "Visiting address", nb: "Besøksadresse" },
  email: { en: "E-mail", nb: "E-post" },
  phone: { en: "Phone", nb: "Telefon" },
  website: { en: "Website", nb: "Nettsted" },
  country: { en: "Country", nb: "Land" },
  employees: { en: "Size (Art. 30(5))", nb: "Størrelse (art. 30 nr. 5)" },
  publicAuthority: { en: "Public authority", nb: "Offentlig myndighet" },
  dpo: { en: "Data protection officer (Art. 37–39)", nb: "Personvernombud (art. 37–39)" },
  dpoDesignated: { en: "Designated", nb: "Utpekt" },
  dpoBasis: { en: "Basis", nb: "Grunnlag" },
  name: { en: "Name", nb: "Navn" },
  representative: { en: "Representative in the EEA (Art. 27)", nb: "Representant i EØS (art. 27)" },
  authority: { en: "Lead supervisory authority", nb: "Ledende tilsynsmyndighet" },
  document: { en: "This document", nb: "Dette dokumentet" },
  generated: { en: "Generated", nb: "Utarbeidet" },
  snapshotTaken: { en: "Register snapshot taken", nb: "Tidspunkt for utdraget av protokollen" },
  revision: { en: "Register revision", nb: "Protokollens revisjon" },
  sha: { en: "Register fingerprint (SHA-256)", nb: "Protokollens fingeravtrykk (SHA-256)" },
  counts: { en: "Activities in force", nb: "Behandlingsaktiviteter i bruk" },
  countsText: {
    en: (c: number, p: number) => `${c} in the controller record, ${p} in the processor record (drafts and retired activities are not included)`,
    nb: (c: number, p: number) => `${c} i protokollen som behandlingsansvarlig, ${p} i protokollen som databehandler (utkast og avsluttede behandlingsaktiviteter er ikke med)`,
  },
  toc: { en: "Contents", nb: "Innhold" },
  partA: { en: "Part A — Controller record (Art. 30(1))", nb: "Del A — Protokoll som behandlingsansvarlig (art. 30 nr. 1)" },
  partB: { en: "Part B — Processor record (Art. 30(2))", nb: "Del B — Protokoll som databehandler (art. 30 nr. 2)" },
  partBIntro: {
    en: "Processor name and contact details, representative and DPO (Art. 30(2)(a)): as for the controller on the cover page.",
    nb: "Databehandlerens navn og kontaktopplysninger, representant og personvernombud (art. 30 nr. 2 bokstav a): som for den behandlingsansvarlige på forsiden.",
  },
  noActivities: { en: "No activities in force in this record.", nb: "Ingen behandlingsaktiviteter i bruk i denne protokollen." },
  noDpo: { en: "No data protection officer is designated.", nb: "Det er ikke utpekt personvernombud." },
  inEea: { en: "Not applicable: the controller is established in the EEA.", nb: "Ikke aktuelt: den behandlingsansvarlige er etablert i EØS." },
  page: { en: (x: number, y: number) => `Page ${x} of ${y}`, nb: (x: number, y: number) => `Side ${x} av ${y}` },
} as const;

/** The titles of Part A and Part B, for readers of the PDF's text (tests). */
export const PART_TITLES = { controller: T.partA, processor: T.partB } as const;

type Doc = PDFKit.PDFDocument;
type TocEntry = { text: string; level: 0 | 1; page: number };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function dateTime(date: Date, lang: ExportLanguage): string {
  return new Intl.DateTimeFormat(lang === "nb" ? "nb-NO" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

/** Sum of the company's and all activities' versions: the revision when the caller passes none. */
function snapshotRevision(snapshot: RegisterSnapshot): number {
  return snapshot.activities.reduce((sum, a) => sum + a.version, snapshot.company.version);
}

/** The activities of each record, as printed: in force only, by name. */
export function recordActivities(snapshot: RegisterSnapshot): { controller: ActivitySnapshot[]; processor: ActivitySnapshot[] } {
  const active = [...activeActivities(snapshot)].sort((a, b) => a.name.localeCompare(b.name, "nb") || (a.id < b.id ? -1 : 1));
  return { controller: active.filter((a) => a.role !== "PROCESSOR"), processor: active.filter((a) => a.role === "PROCESSOR") };
}

/**
 * Lays out the Art. 30 register as an A4 PDF: cover (controller, DPO, date,
 * revision, snapshot SHA-256), an overview (activities per role, Art. 9 and
 * Art. 10 data, transfers by country and tool, open findings), contents,
 * Part A (Art. 30(1)) and Part B (Art. 30(2)), one block per activity with
 * every field that applies to it, "page x of y".
 * Returns the pdfkit document as a readable stream at once; layout continues
 * in slices that yield to the event loop, and `done` settles when the last
 * byte has been written.
 */
export function createRegisterPdf(options: RegisterPdfOptions): { stream: NodeJS.ReadableStream; done: Promise<void> } {
  const fonts = dejaVuFonts();
  const { snapshot, language: lang, generatedAt } = options;
  const doc: Doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    // Selected below, once the fonts parsed by an earlier document are known to this one.
    font: null as unknown as string,
    lang: lang === "nb" ? "nb-NO" : "en-GB",
    displayTitle: true,
    info: {
      Title: `${T.title[lang]} — ${snapshot.company.legalName}`,
      Author: snapshot.company.legalName,
      Creator: "Protokoll",
      Producer: "Protokoll (pdfkit)",
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });

  selectFontsOnce(doc, [fonts.regular, fonts.bold, fonts.oblique]);
  doc.font(fonts.regular);
  writeFinishedPages(doc);
  const done = (async () => {
    try {
      await layout(doc, options);
    } catch (error) {
      doc.emit("error", error);
      throw error;
    }
  })();
  return { stream: doc, done };
}

/** The whole PDF in memory (tests, the benchmark). */
export async function renderRegisterPdf(options: RegisterPdfOptions): Promise<Buffer> {
  const { stream, done } = createRegisterPdf(options);
  const chunks: Buffer[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve());
    stream.on("error", reject);
  });
  await Promise.all([done, finished]);
  return Buffer.concat(chunks);
}

async function layout(doc: Doc, options: RegisterPdfOptions): Promise<void> {
  const { snapshot, language: lang } = options;
  const index = indexSnapshot(snapshot);
  const records = recordActivities(snapshot);
  const total = records.controller.length + records.processor.length;

  cover(doc, options, records);

  // The overview a case officer reads first, then the contents.
  const numbers = new Map<string, string>([...records.controller.map((a, i) => [a.id, `A${i + 1}`] as const), ...records.processor.map((a, i) => [a.id, `B${i + 1}`] as const)]);
  const inForce = [...records.controller, ...records.processor];
  const findings = findingsInForce(options.findings ?? runChecks(snapshot, { now: options.generatedAt }), inForce);
  doc.addPage();
  const overviewPage = currentPage(doc);
  doc.font(FONT.bold).fontSize(16).fillColor("#111").text(OVERVIEW_TITLE[lang], MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH });
  doc.moveDown(0.6);
  for (const row of overviewRows(snapshot, index, inForce, numbers, findings, lang)) fieldRow(doc, row, lang);

  // Contents pages are reserved now and filled in at the end, when page numbers are known.
  const tocLines = 2 + total;
  const tocPages = Math.max(1, Math.ceil((tocLines + 1) / TOC_LINES_PER_PAGE));
  const tocStart = doc.bufferedPageRange().count;
  for (let i = 0; i < tocPages; i++) doc.addPage();

  const toc: TocEntry[] = [{ text: OVERVIEW_TITLE[lang], level: 0, page: overviewPage }];
  let done = 0;
  const part = async (title: string, activities: ActivitySnapshot[], intro: string | null, fields: typeof controllerFields, numberPrefix: string) => {
    doc.addPage();
    toc.push({ text: title, level: 0, page: currentPage(doc) });
    doc.font(FONT.bold).fontSize(16).fillColor("#111").text(title, MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH });
    doc.moveDown(0.5);
    if (intro) doc.font(FONT.body).fontSize(9).fillColor("#333").text(intro, { width: CONTENT_WIDTH }).moveDown(0.5);
    if (activities.length === 0) doc.font(FONT.oblique).fontSize(10).fillColor("#444").text(T.noActivities[lang], { width: CONTENT_WIDTH });
    for (const [i, activity] of activities.entries()) {
      const heading = `${numberPrefix}${i + 1}. ${activity.name}`;
      const governance = options.governance?.get(activity.id);
      const rows = [...fields(snapshot, index, activity, lang), ...(governance ? governanceRows(governance, lang) : [])];
      activityBlock(doc, heading, rows, lang, (page) => toc.push({ text: heading, level: 1, page }));
      done++;
      options.onProgress?.(done, total);
      if (done % ACTIVITIES_PER_SLICE === 0) await yieldToEventLoop();
    }
  };
  await part(T.partA[lang], records.controller, null, controllerFields, "A");
  await part(T.partB[lang], records.processor, T.partBIntro[lang], processorFields, "B");

  contents(doc, toc, tocStart, tocPages, lang);
  footers(doc, snapshot.company.legalName, lang);
  doc.end();
}

function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count;
}

function cover(doc: Doc, options: RegisterPdfOptions, records: ReturnType<typeof recordActivities>) {
  const { snapshot, language: lang, generatedAt } = options;
  const c = snapshot.company;
  doc.addPage();
  doc.font(FONT.bold).fontSize(22).fillColor("#111").text(T.title[lang], { width: CONTENT_WIDTH });
  doc.font(FONT.body).fontSize(12).fillColor("#333").text(T.subtitle[lang], { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(16).fillColor("#111").text(c.legalName, { width: CONTENT_WIDTH });
  doc.moveDown(1);

  const address = (street: string | null, code: string | null, city: string | null) => [street, [code, city].filter(Boolean).join(" ")].filter((s) => s && s.trim()).join(", ") || null;
  // A row is [label, value, required]: an empty required value reads "not recorded" (CTL-001, DPO-001); an empty optional one is left out.
  const section = (title: string, rows: [string, string | null, boolean][]) => {
    doc.font(FONT.bold).fontSize(11).fillColor("#111").text(title, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.moveDown(0.2);
    for (const [name, value, required] of rows) if (value || required) fieldRow(doc, { label: name, value }, lang, 9);
    doc.moveDown(0.6);
  };
  const norwegian = c.country.code === "NO";
  section(T.controller[lang], [
    [T.name[lang], c.legalName, true],
    [T.orgNumber[lang], c.orgNumber, norwegian],
    [T.address[lang], address(c.postalStreet, c.postalCode, c.postalCity), true],
    [T.visiting[lang], address(c.visitingStreet, c.visitingPostalCode, c.visitingCity), false],
    [T.country[lang], `${countryName(c.country.code, lang)} (${c.country.code})`, true],
    [T.email[lang], c.email, true],
    [T.phone[lang], c.phone, false],
    [T.website[lang], c.website, false],
    [T.employees[lang], label("EmployeeBand", c.employeeBand, lang), true],
    [T.publicAuthority[lang], yesNo(c.isPublicAuthority, lang), true],
  ]);
  // Art. 37(7), 13(1)(b): the DPO's contact details are required once one is designated.
  section(
    T.dpo[lang],
    c.dpo.designated
      ? [
          [T.dpoDesignated[lang], yesNo(true, lang), true],
          [T.dpoBasis[lang], c.dpo.basis ? label("DpoBasis", c.dpo.basis, lang) : null, false],
          [T.name[lang], c.dpo.name, false],
          [T.email[lang], c.dpo.email, true],
          [T.phone[lang], c.dpo.phone, false],
          [T.address[lang], c.dpo.address, false],
        ]
      : [[T.dpoDesignated[lang], T.noDpo[lang], true]],
  );
  // Art. 27: a representative only for a controller established outside the EEA.
  const outsideEea = !c.country.isEea;
  section(
    T.representative[lang],
    outsideEea || c.representative.name
      ? [
          [T.name[lang], c.representative.name, outsideEea && c.targetsEeaFromOutside],
          [T.address[lang], c.representative.address, false],
          [T.email[lang], c.representative.email, false],
        ]
      : [[T.name[lang], T.inEea[lang], true]],
  );
  const sa = c.supervisoryAuthority;
  section(T.authority[lang], [[T.name[lang], sa ? `${lang === "nb" ? sa.nameLocal : sa.nameEn} (${sa.website})` : null, true]]);
  section(T.document[lang], [
    [T.generated[lang], dateTime(generatedAt, lang), true],
    [T.snapshotTaken[lang], dateTime(new Date(snapshot.takenAt), lang), true],
    [T.revision[lang], String(options.revision ?? snapshotRevision(snapshot)), true],
    [T.sha[lang], options.fingerprint ?? registerFingerprint(snapshot), true],
    [T.counts[lang], T.countsText[lang](records.controller.length, records.processor.length), true],
  ]);
}

const heights = new WeakMap<Doc, Map<string, number>>();

/**
 * The height of a wrapped text, measured once per document: labels, "not recorded"
 * and vocabulary values repeat on every activity, and measuring wraps the text as
 * drawing it does (about a third of the layout time before).
 */
function heightOf(doc: Doc, text: string, font: string, size: number, width: number): number {
  let known = heights.get(doc);
  if (!known) heights.set(doc, (known = new Map()));
  const key = `${font}\u0000${size}\u0000${width}\u0000${text}`;
  let height = known.get(key);
  if (height === undefined) {
    height = doc.font(font).fontSize(size).heightOfString(text, { width });
    known.set(key, height);
  }
  return height;
}

/** One label/value row; a page break comes before the row when it would not fit. */
function fieldRow(doc: Doc, row: FieldRow, lang: ExportLanguage, size = 9) {
  const value = row.value === null || row.value.trim() === "" ? null : row.value;
  const shown = value ?? notRecorded(lang);
  const labelHeight = heightOf(doc, row.label, FONT.bold, size, LABEL_WIDTH);
  const valueHeight = heightOf(doc, shown, value ? FONT.body : FONT.oblique, size, VALUE_WIDTH);
  const height = Math.max(labelHeight, valueHeight);
  const bottom = A4.height - MARGIN.bottom;
  // A row taller than a page flows over pages by itself; others move whole to the next page.
  if (doc.y + height > bottom && height < bottom - MARGIN.top) doc.addPage();
  const y = doc.y;
  doc.font(FONT.bold).fontSize(size).fillColor("#222").text(row.label, MARGIN.left, y, { width: LABEL_WIDTH });
  const afterLabel = doc.y;
  const labelPage = currentPage(doc);
  doc.font(value ? FONT.body : FONT.oblique).fillColor(value ? "#111" : "#666").text(shown, MARGIN.left + LABEL_WIDTH + GAP, y, { width: VALUE_WIDTH });
  if (currentPage(doc) === labelPage) doc.y = Math.max(doc.y, afterLabel);
  doc.x = MARGIN.left;
  doc.y += 4;
}

function activityBlock(doc: Doc, heading: string, rows: FieldRow[], lang: ExportLanguage, onPage: (page: number) => void) {
  const bottom = A4.height - MARGIN.bottom;
  doc.font(FONT.bold).fontSize(12);
  const headingHeight = doc.heightOfString(heading, { width: CONTENT_WIDTH });
  // Keep the heading with at least a few rows.
  if (doc.y + headingHeight + 60 > bottom) doc.addPage();
  else doc.moveDown(0.8);
  onPage(currentPage(doc));
  const top = doc.y;
  doc.font(FONT.bold).fontSize(12).fillColor("#0b3d6b").text(heading, MARGIN.left, top, { width: CONTENT_WIDTH });
  doc
    .moveTo(MARGIN.left, doc.y + 2)
    .lineTo(MARGIN.left + CONTENT_WIDTH, doc.y + 2)
    .lineWidth(0.5)
    .strokeColor("#9aa9b8")
    .stroke();
  doc.y += 6;
  for (const row of rows) fieldRow(doc, row, lang);
}

function contents(doc: Doc, toc: TocEntry[], start: number, pages: number, lang: ExportLanguage) {
  let page = start;
  let line = 0;
  const begin = (first: boolean) => {
    doc.switchToPage(page);
    doc.y = MARGIN.top;
    if (first) {
      doc.font(FONT.bold).fontSize(16).fillColor("#111").text(T.toc[lang], MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH });
      doc.y += 10;
    }
  };
  begin(true);
  for (const entry of toc) {
    if (line >= TOC_LINES_PER_PAGE - 2 && page < start + pages - 1) {
      page++;
      line = 0;
      begin(false);
    }
    const indent = entry.level === 0 ? 0 : 14;
    const number = String(entry.page);
    const font = entry.level === 0 ? FONT.bold : FONT.body;
    doc.font(font).fontSize(9.5);
    const numberWidth = doc.widthOfString(number);
    const available = CONTENT_WIDTH - indent - numberWidth - 16;
    let text = entry.text;
    // One line per entry: long activity names are shortened with an ellipsis.
    if (doc.widthOfString(text) > available) {
      while (text.length > 1 && doc.widthOfString(`${text}…`) > available) text = text.slice(0, -1);
      text = `${text}…`;
    }
    const y = doc.y;
    doc.fillColor("#111").text(text, MARGIN.left + indent, y, { width: available, lineBreak: false });
    doc.text(number, MARGIN.left + CONTENT_WIDTH - numberWidth, y, { lineBreak: false });
    doc.y = y + TOC_LINE;
    line++;
  }
}

function footers(doc: Doc, companyName: string, lang: ExportLanguage) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit add a page; lift the margin while we do.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4.height - MARGIN.bottom + 24;
    doc.font(FONT.body).fontSize(8).fillColor("#555");
    doc.text(`${companyName} — ${T.title[lang]}`, MARGIN.left, y, { width: CONTENT_WIDTH * 0.7, lineBreak: false });
    const pageText = T.page[lang](i + 1, range.count);
    doc.text(pageText, MARGIN.left + CONTENT_WIDTH - doc.widthOfString(pageText), y, { lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
