import type * as E from "@/lib/register/enums";
import { booleanFromLabel, enumFromLabel, label, yesNo, type EnumName, type ExportLanguage } from "../labels";
import type { DocumentActivity, DocumentCatalogs, ImportIssue, RegisterDocument } from "../json/format";
import type { ActivityOrigin } from "./issue-columns";
import { rightsFor } from "./rights";

/**
 * The spreadsheet layout (docs/spreadsheet-layout.md): one row per activity,
 * columns after the ICO controller and processor documentation templates
 * (legal-spec §4), a sheet per record. Several values in one cell go on
 * separate lines; the parts of one value are separated by " | ". Columns marked
 * `derived` are written for the reader and ignored on import.
 */
export type RecordSheet = "controller" | "processor";
export const RECORD_SHEETS: RecordSheet[] = ["controller", "processor"];

export const SHEET_NAMES: Record<RecordSheet, { en: string; nb: string }> = {
  controller: { en: "Controller record", nb: "Behandlingsansvarlig" },
  processor: { en: "Processor record", nb: "Databehandler" },
};

export const PART = " | ";
const ART10_TOKEN = { en: "Criminal offence data (Art. 10)", nb: "Straffedommer og lovovertredelser (art. 10)" };
const NATIONAL_ID_TOKEN = { en: "National identity number (pol. § 12)", nb: "Fødselsnummer/D-nummer (pol. § 12)" };

type Catalog = DocumentCatalogs;
type Draft = DocumentActivity;

/** Builds catalog entries by label while rows are read; existing ones are matched on the server. */
export class CatalogBuilder {
  readonly catalogs: Catalog = { dataSubjectCategories: [], dataCategories: [], recipients: [], systems: [], securityMeasures: [], cookies: [] };
  private readonly index = new Map<string, string>();

  private find(kind: string, name: string): string | undefined {
    return this.index.get(`${kind}:${normalise(name)}`);
  }
  private remember(kind: string, name: string, key: string) {
    this.index.set(`${kind}:${normalise(name)}`, key);
  }
  subject(labelText: string): string {
    const found = this.find("ds", labelText);
    if (found) return found;
    const key = `ds${this.catalogs.dataSubjectCategories.length + 1}`;
    this.catalogs.dataSubjectCategories.push({ key, labelEn: labelText, labelNb: labelText, includesChildren: false });
    this.remember("ds", labelText, key);
    return key;
  }
  dataCategory(labelText: string): { key: string; entry: Catalog["dataCategories"][number] } {
    const found = this.find("dc", labelText);
    const existing = found ? this.catalogs.dataCategories.find((c) => c.key === found) : undefined;
    if (existing) return { key: existing.key, entry: existing };
    const key = `dc${this.catalogs.dataCategories.length + 1}`;
    const entry = { key, labelEn: labelText, labelNb: labelText, descriptionEn: null, descriptionNb: null, specialCategory: null, isCriminalOffence: false, isNationalId: false };
    this.catalogs.dataCategories.push(entry);
    this.remember("dc", labelText, key);
    return { key, entry };
  }
  recipient(name: string, kind: E.RecipientKind, countryCode: string | null): { key: string; entry: Catalog["recipients"][number] } {
    const found = this.find("r", name);
    const existing = found ? this.catalogs.recipients.find((c) => c.key === found) : undefined;
    if (existing) return { key: existing.key, entry: existing };
    const key = `r${this.catalogs.recipients.length + 1}`;
    const entry = {
      key,
      name,
      kind,
      countryCode,
      dpaStatus: (kind === "PROCESSOR" ? "MISSING" : "NOT_REQUIRED") as E.DpaStatus,
      dpaDate: null,
      dpaRef: null,
      dpfCertified: false,
      descriptionEn: null,
      descriptionNb: null,
      subProcessors: [],
    };
    this.catalogs.recipients.push(entry);
    this.remember("r", name, key);
    return { key, entry };
  }
  findRecipient(name: string): string | undefined {
    return this.find("r", name);
  }
  system(name: string, hostingCountryCode: string | null): string {
    const found = this.find("sy", name);
    if (found) return found;
    const key = `sy${this.catalogs.systems.length + 1}`;
    this.catalogs.systems.push({ key, name, description: null, hostingCountryCode, vendor: null });
    this.remember("sy", name, key);
    return key;
  }
  securityMeasure(kind: E.SecurityMeasureKind, description: string): string {
    const id = `${kind}:${description}`;
    const found = this.find("sm", id);
    if (found) return found;
    const key = `sm${this.catalogs.securityMeasures.length + 1}`;
    this.catalogs.securityMeasures.push({ key, kind, descriptionEn: description, descriptionNb: description });
    this.remember("sm", id, key);
    return key;
  }
}

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");
}

/** One value's text in a cell: no line breaks and no part separator inside it. */
function flat(text: string | null | undefined): string {
  return (text ?? "").replace(/\r?\n/g, " ").replace(/\s\|\s/g, " / ").trim();
}
const parts = (...values: (string | null | undefined)[]) => {
  const list = values.map(flat);
  while (list.length > 1 && list[list.length - 1] === "") list.pop();
  return list.join(PART);
};
/** Lines aligned with another column: keeps inner empty lines, drops trailing ones. */
const aligned = (values: string[]) => values.join("\n").replace(/\n+$/, "");
const lines = (values: string[]) => values.filter((v) => v !== "").join("\n");

type WriteContext = { doc: RegisterDocument; lang: ExportLanguage };

type ReadContext = {
  catalogs: CatalogBuilder;
  issue: (code: string, values?: Record<string, string | number>) => void;
  countryCodes: ReadonlySet<string>;
};

export type Column = {
  id: string;
  header: { en: string; nb: string };
  sheets: RecordSheet[];
  /** Written for the reader, ignored on import (e.g. the rights, which follow from the bases). */
  derived?: boolean;
  write: (activity: Draft, ctx: WriteContext) => string;
  read?: (cell: string, draft: Draft, ctx: ReadContext) => void;
};

const byKey = <T extends { key: string }>(list: T[], key: string) => list.find((item) => item.key === key);
const tr = (pair: { en: string; nb: string }, lang: ExportLanguage) => pair[lang];
const splitLines = (cell: string) => (cell === "" ? [] : cell.split(/\r?\n/).map((line) => line.trim()));
const splitParts = (line: string) => line.split("|").map((part) => part.trim());
const orNull = (text: string | undefined) => (text === undefined || text === "" ? null : text);

function readEnum<K extends EnumName>(ctx: ReadContext, enumName: K, text: string | undefined) {
  if (text === undefined || text.trim() === "") return null;
  const value = enumFromLabel(enumName, text);
  if (value === null) ctx.issue("unknownValue", { value: text });
  return value;
}
function readBool(ctx: ReadContext, text: string | undefined): boolean | null {
  if (text === undefined || text.trim() === "") return null;
  const value = booleanFromLabel(text);
  if (value === null) ctx.issue("notYesNo", { value: text });
  return value;
}
function readCountry(ctx: ReadContext, text: string | undefined): string | null {
  if (text === undefined || text.trim() === "") return null;
  const code = text.trim().toUpperCase();
  if (!ctx.countryCodes.has(code)) {
    ctx.issue("unknownCountry", { value: text.trim() });
    return null;
  }
  return code;
}
function readDate(ctx: ReadContext, text: string | undefined): string | null {
  if (text === undefined || text.trim() === "") return null;
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    ctx.issue("badDate", { value });
    return null;
  }
  return value;
}

function recipientLine(r: DocumentCatalogs["recipients"][number], lang: ExportLanguage) {
  return parts(r.name, label("RecipientKind", r.kind, lang), r.countryCode);
}

function readRecipientLines(cell: string, draft: Draft, ctx: ReadContext, withAuthorisation: boolean) {
  for (const line of splitLines(cell).filter(Boolean)) {
    const [name = "", kindText, countryText, authorisationText, flowDownText] = splitParts(line);
    if (name === "") continue;
    const kind = readEnum(ctx, "RecipientKind", kindText) ?? (withAuthorisation ? "PROCESSOR" : "CONTROLLER");
    const { key } = ctx.catalogs.recipient(name, kind, readCountry(ctx, countryText));
    if (draft.recipients.some((r) => r.recipient === key)) continue;
    draft.recipients.push({
      recipient: key,
      subProcessorAuthorisation: withAuthorisation ? readEnum(ctx, "SubProcessorAuthorisation", authorisationText) : null,
      flowDownContract: withAuthorisation ? readBool(ctx, flowDownText) : null,
    });
  }
}

/** `recipient | country | sub-processor | sub-processor on the DPF List (Yes or empty)`. */
function transferLines(a: Draft, doc: RegisterDocument, lang: ExportLanguage): string[] {
  return a.transfers.map((t) => {
    const r = byKey(doc.catalogs.recipients, t.recipient);
    const sub = t.subProcessor && r ? byKey(r.subProcessors, t.subProcessor) : undefined;
    return parts(r?.name ?? "", t.countryCode, sub?.name ?? "", sub?.dpfCertified ? yesNo(true, lang) : "");
  });
}

const name: Column = {
  id: "name",
  header: { en: "Business function / processing activity", nb: "Behandlingsaktivitet" },
  sheets: ["controller", "processor"],
  write: (a) => flat(a.name),
  read: (cell, d, ctx) => {
    d.name = cell.trim();
    if (d.name === "") ctx.issue("required");
  },
};

const simpleText = (id: keyof Draft & string, header: { en: string; nb: string }, sheets: RecordSheet[]): Column => ({
  id,
  header,
  sheets,
  write: (a) => {
    const value = a[id];
    return typeof value === "string" ? value : "";
  },
  read: (cell, d) => {
    (d as Record<string, unknown>)[id] = orNull(cell.trim());
  },
});

const enumColumn = <K extends EnumName>(
  id: string,
  header: { en: string; nb: string },
  sheets: RecordSheet[],
  enumName: K,
  get: (a: Draft) => string | null,
  set: (d: Draft, value: string | null) => void,
): Column => ({
  id,
  header,
  sheets,
  write: (a, { lang }) => {
    const value = get(a);
    return value === null ? "" : label(enumName, value as never, lang);
  },
  read: (cell, d, ctx) => set(d, readEnum(ctx, enumName, cell) as string | null),
});

/** Purposes and their per-purpose columns: line n of each belongs to purpose n. */
const purposeColumn = (
  id: string,
  header: { en: string; nb: string },
  write: (p: Draft["purposes"][number], lang: ExportLanguage) => string,
  read: (text: string, p: Draft["purposes"][number], ctx: ReadContext) => void,
): Column => ({
  id,
  header,
  sheets: ["controller"],
  write: (a, { lang }) => aligned(a.purposes.map((p) => write(p, lang))),
  read: (cell, d, ctx) => {
    const values = splitLines(cell);
    values.forEach((text, i) => {
      const p = d.purposes[i];
      if (!p) {
        if (text !== "") ctx.issue("moreLinesThanPurposes");
        return;
      }
      read(text, p, ctx);
    });
  },
});

export const COLUMNS: Column[] = [
  name,
  enumColumn("role", { en: "Role", nb: "Rolle" }, ["controller"], "ActivityRole", (a) => a.role, (d, v) => {
    if (v !== null) d.role = v as E.ActivityRole;
  }),
  enumColumn("status", { en: "Status", nb: "Status" }, ["controller", "processor"], "ActivityStatus", (a) => a.status, (d, v) => {
    if (v !== null) d.status = v as E.ActivityStatus;
  }),
  simpleText("description", { en: "Description", nb: "Beskrivelse" }, ["controller", "processor"]),
  {
    id: "purposes",
    header: { en: "Purpose of processing (Art. 30(1)(b))", nb: "Formål med behandlingen (art. 30 nr. 1 bokstav b)" },
    sheets: ["controller"],
    write: (a) => aligned(a.purposes.map((p) => flat(p.description))),
    read: (cell, d) => {
      const values = splitLines(cell);
      while (values.length > 0 && values[values.length - 1] === "") values.pop();
      d.purposes = values.map((description, i) => ({
        key: `p${i + 1}`,
        description,
        lawfulBasis: null,
        legalReference: null,
        legitimateInterest: null,
        liaRef: null,
        liaDate: null,
        consentWithdrawal: null,
        sortOrder: i,
      }));
    },
  },
  purposeColumn(
    "lawfulBasis",
    { en: "Article 6 lawful basis for processing", nb: "Behandlingsgrunnlag (art. 6 nr. 1)" },
    (p, lang) => (p.lawfulBasis ? label("LawfulBasis", p.lawfulBasis, lang) : ""),
    (text, p, ctx) => {
      p.lawfulBasis = readEnum(ctx, "LawfulBasis", text);
    },
  ),
  purposeColumn(
    "legalReference",
    { en: "Legal reference (Art. 6(3))", nb: "Rettslig grunnlag i lov (art. 6 nr. 3)" },
    (p) => flat(p.legalReference),
    (text, p) => {
      p.legalReference = orNull(text);
    },
  ),
  purposeColumn(
    "legitimateInterest",
    { en: "Legitimate interests for the processing (if applicable)", nb: "Berettiget interesse (der det er grunnlaget)" },
    (p) => flat(p.legitimateInterest),
    (text, p) => {
      p.legitimateInterest = orNull(text);
    },
  ),
  purposeColumn(
    "lia",
    { en: "Link to record of legitimate interests assessment", nb: "Henvisning til interesseavveiningen" },
    (p) => parts(p.liaRef, p.liaDate),
    (text, p, ctx) => {
      const [ref, date] = splitParts(text);
      p.liaRef = orNull(ref);
      p.liaDate = readDate(ctx, date);
    },
  ),
  purposeColumn(
    "consentWithdrawal",
    { en: "How consent can be withdrawn (Art. 7(3))", nb: "Slik trekkes samtykket tilbake (art. 7 nr. 3)" },
    (p) => flat(p.consentWithdrawal),
    (text, p) => {
      p.consentWithdrawal = orNull(text);
    },
  ),
  {
    id: "jointControllers",
    header: { en: "Name and contact details of joint controller (Art. 26)", nb: "Felles behandlingsansvarlige, navn og kontakt (art. 26)" },
    sheets: ["controller"],
    write: (a) => lines(a.jointControllers.map((j) => parts(j.name, j.contact, j.arrangementLink, j.essenceText))),
    read: (cell, d) => {
      d.jointControllers = splitLines(cell)
        .filter(Boolean)
        .map((line) => {
          const [n = "", contact, link, essence] = splitParts(line);
          return { name: n, contact: orNull(contact), arrangementLink: orNull(link), essenceText: orNull(essence) };
        });
    },
  },
  {
    id: "controllersServed",
    header: { en: "Name and contact details of controller (Art. 30(2)(a))", nb: "Behandlingsansvarlige vi behandler for, navn og kontakt (art. 30 nr. 2 bokstav a)" },
    sheets: ["processor"],
    write: (a) => lines(a.controllersServed.map((c) => parts(c.name, c.contact, c.representative, c.dpoContact, c.processingCategories, c.dpaRef, c.dpaDate))),
    read: (cell, d, ctx) => {
      d.controllersServed = splitLines(cell)
        .filter(Boolean)
        .map((line) => {
          const [n = "", contact, representative, dpo, categories, dpaRef, dpaDate] = splitParts(line);
          return {
            name: n,
            contact: orNull(contact),
            representative: orNull(representative),
            dpoContact: orNull(dpo),
            processingCategories: orNull(categories),
            dpaRef: orNull(dpaRef),
            dpaDate: readDate(ctx, dpaDate),
          };
        });
    },
  },
  simpleText("processingCategories", { en: "Categories of processing (Art. 30(2)(b))", nb: "Kategorier av behandling (art. 30 nr. 2 bokstav b)" }, ["processor"]),
  {
    id: "controllerDpa",
    header: { en: "Link to contract with controller (Art. 28(3))", nb: "Databehandleravtale med den behandlingsansvarlige (art. 28 nr. 3)" },
    sheets: ["processor"],
    write: (a) => parts(a.controllerDpaRef, a.controllerDpaDate),
    read: (cell, d, ctx) => {
      const [ref, date] = splitParts(cell.trim());
      d.controllerDpaRef = orNull(ref);
      d.controllerDpaDate = readDate(ctx, date);
    },
  },
  {
    id: "dataSubjects",
    header: { en: "Categories of individuals (Art. 30(1)(c))", nb: "Kategorier av registrerte (art. 30 nr. 1 bokstav c)" },
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      lines(a.dataSubjectCategories.map((k) => byKey(doc.catalogs.dataSubjectCategories, k)).map((c) => flat(c ? (lang === "nb" ? c.labelNb : c.labelEn) : ""))),
    read: (cell, d, ctx) => {
      d.dataSubjectCategories = [...new Set(splitLines(cell).filter(Boolean).map((text) => ctx.catalogs.subject(text)))];
    },
  },
  {
    id: "dataCategories",
    header: { en: "Categories of personal data (Art. 30(1)(c))", nb: "Kategorier av personopplysninger (art. 30 nr. 1 bokstav c)" },
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      lines(a.dataCategories.map((k) => byKey(doc.catalogs.dataCategories, k)).map((c) => flat(c ? (lang === "nb" ? c.labelNb : c.labelEn) : ""))),
    read: (cell, d, ctx) => {
      d.dataCategories = [...new Set(splitLines(cell).filter(Boolean).map((text) => ctx.catalogs.dataCategory(text).key))];
    },
  },
  {
    id: "dataCategoryFlags",
    header: {
      en: "Special category, criminal offence or national ID data (Art. 9(1), 10; pol. § 12)",
      nb: "Særlige kategorier, straffeopplysninger eller fødselsnummer (art. 9 nr. 1, art. 10; pol. § 12)",
    },
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      aligned(
        a.dataCategories.map((k) => {
          const c = byKey(doc.catalogs.dataCategories, k);
          if (!c) return "";
          return [c.specialCategory ? label("SpecialCategory", c.specialCategory, lang) : "", c.isCriminalOffence ? tr(ART10_TOKEN, lang) : "", c.isNationalId ? tr(NATIONAL_ID_TOKEN, lang) : ""]
            .filter(Boolean)
            .join(PART);
        }),
      ),
    read: (cell, d, ctx) => {
      splitLines(cell).forEach((text, i) => {
        const key = d.dataCategories[i];
        const entry = key ? ctx.catalogs.catalogs.dataCategories.find((c) => c.key === key) : undefined;
        if (!entry) {
          if (text !== "") ctx.issue("moreLinesThanCategories");
          return;
        }
        for (const part of splitParts(text).filter(Boolean)) {
          const n = normalise(part);
          if (n === normalise(ART10_TOKEN.en) || n === normalise(ART10_TOKEN.nb)) entry.isCriminalOffence = true;
          else if (n === normalise(NATIONAL_ID_TOKEN.en) || n === normalise(NATIONAL_ID_TOKEN.nb)) entry.isNationalId = true;
          else entry.specialCategory = readEnum(ctx, "SpecialCategory", part) ?? entry.specialCategory;
        }
      });
    },
  },
  enumColumn("art9Condition", { en: "Article 9 condition for processing special category data", nb: "Unntak for særlige kategorier (art. 9 nr. 2)" }, ["controller"], "Art9Condition", (a) => a.art9Condition, (d, v) => {
    d.art9Condition = v as E.Art9Condition | null;
  }),
  simpleText("art9LegalReference", { en: "Art. 9(2) legal reference", nb: "Lovhjemmel for art. 9 nr. 2" }, ["controller"]),
  simpleText("art10Authority", { en: "Authority for criminal offence data (Art. 10)", nb: "Hjemmel for straffeopplysninger (art. 10)" }, ["controller"]),
  simpleText("nationalIdJustification", { en: "Need for national identity number (pol. § 12)", nb: "Behov for fødselsnummer (pol. § 12)" }, ["controller"]),
  {
    id: "recipients",
    header: { en: "Categories of recipients (Art. 30(1)(d))", nb: "Kategorier av mottakere (art. 30 nr. 1 bokstav d)" },
    sheets: ["controller"],
    write: (a, { doc, lang }) =>
      lines(
        a.recipients.map((link) => {
          const r = byKey(doc.catalogs.recipients, link.recipient);
          return r ? recipientLine(r, lang) : "";
        }),
      ),
    read: (cell, d, ctx) => readRecipientLines(cell, d, ctx, false),
  },
  {
    id: "subProcessors",
    header: { en: "Sub-processors engaged (Art. 28(2), 28(4))", nb: "Underleverandører (art. 28 nr. 2 og 4)" },
    sheets: ["processor"],
    write: (a, { doc, lang }) =>
      lines(
        a.recipients.map((link) => {
          const r = byKey(doc.catalogs.recipients, link.recipient);
          if (!r) return "";
          return parts(
            r.name,
            label("RecipientKind", r.kind, lang),
            r.countryCode,
            link.subProcessorAuthorisation ? label("SubProcessorAuthorisation", link.subProcessorAuthorisation, lang) : "",
            link.flowDownContract === null ? "" : yesNo(link.flowDownContract, lang),
          );
        }),
      ),
    read: (cell, d, ctx) => readRecipientLines(cell, d, ctx, true),
  },
  {
    id: "processorContracts",
    header: { en: "Link to contract with processor (Art. 28(3))", nb: "Databehandleravtaler (art. 28 nr. 3)" },
    sheets: ["controller"],
    write: (a, { doc }) =>
      lines(
        a.recipients
          .map((link) => byKey(doc.catalogs.recipients, link.recipient))
          .filter((r) => r !== undefined && r.kind === "PROCESSOR")
          .map((r) => (r ? parts(r.name, r.dpaRef, r.dpaDate) : "")),
      ),
    read: (cell, _d, ctx) => {
      for (const line of splitLines(cell).filter(Boolean)) {
        const [n = "", ref, date] = splitParts(line);
        const key = ctx.catalogs.findRecipient(n);
        const entry = key ? ctx.catalogs.catalogs.recipients.find((r) => r.key === key) : undefined;
        if (!entry) {
          ctx.issue("unknownRecipient", { value: n });
          continue;
        }
        entry.dpaRef = orNull(ref);
        entry.dpaDate = readDate(ctx, date);
        if (entry.dpaRef !== null) entry.dpaStatus = "SIGNED";
      }
    },
  },
  {
    id: "transfers",
    header: {
      en: "Names of third countries or international organisations that personal data are transferred to (Art. 30(1)(e), 30(2)(c))",
      nb: "Tredjeland eller internasjonale organisasjoner opplysningene overføres til (art. 30 nr. 1 bokstav e, nr. 2 bokstav c)",
    },
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) => lines(transferLines(a, doc, lang)),
    read: (cell, d, ctx) => {
      d.transfers = [];
      for (const line of splitLines(cell).filter(Boolean)) {
        const [recipientName = "", countryText, subName, subDpfText] = splitParts(line);
        const key = ctx.catalogs.findRecipient(recipientName);
        if (!key || !d.recipients.some((r) => r.recipient === key)) {
          ctx.issue("transferRecipientNotListed", { value: recipientName });
          continue;
        }
        const countryCode = readCountry(ctx, countryText);
        if (countryCode === null) {
          if (!countryText) ctx.issue("unknownCountry", { value: "" });
          continue;
        }
        let subProcessor: string | null = null;
        if (subName) {
          const r = ctx.catalogs.catalogs.recipients.find((x) => x.key === key);
          if (r) {
            const existing = r.subProcessors.find((s) => normalise(s.name) === normalise(subName));
            subProcessor = existing?.key ?? `sp${r.subProcessors.length + 1}`;
            const dpfCertified = readBool(ctx, subDpfText) === true;
            if (!existing) r.subProcessors.push({ key: subProcessor, name: subName, countryCode, authorisation: null, flowDownContract: false, dpfCertified, description: null });
            else if (dpfCertified) existing.dpfCertified = true;
          }
        }
        d.transfers.push({
          recipient: key,
          subProcessor,
          countryCode,
          mechanism: null,
          sccModule: null,
          adequacyDecisionId: null,
          tiaRef: null,
          copyAccess: null,
          art49Assessment: null,
          isRegular: false,
        });
      }
    },
  },
  {
    id: "safeguards",
    header: { en: "Safeguards for transfers (Art. 45–49)", nb: "Overføringsgrunnlag og garantier (art. 45–49)" },
    sheets: ["controller", "processor"],
    write: (a, { lang }) =>
      aligned(
        a.transfers.map((t) =>
          parts(t.mechanism ? label("TransferMechanism", t.mechanism, lang) : "", t.sccModule ? label("SccModule", t.sccModule, lang) : "", t.adequacyDecisionId, t.copyAccess, t.tiaRef, t.art49Assessment, t.isRegular ? yesNo(true, lang) : ""),
        ),
      ),
    read: (cell, d, ctx) => {
      splitLines(cell).forEach((line, i) => {
        const t = d.transfers[i];
        if (!t) {
          if (line !== "") ctx.issue("moreLinesThanTransfers");
          return;
        }
        const [mechanism, module, adequacy, copy, tia, art49, regular] = splitParts(line);
        t.mechanism = readEnum(ctx, "TransferMechanism", mechanism);
        t.sccModule = readEnum(ctx, "SccModule", module);
        t.adequacyDecisionId = orNull(adequacy);
        t.copyAccess = orNull(copy);
        t.tiaRef = orNull(tia);
        t.art49Assessment = orNull(art49);
        t.isRegular = readBool(ctx, regular) ?? false;
      });
    },
  },
  {
    id: "retention",
    header: { en: "Retention schedule (Art. 30(1)(f))", nb: "Lagringstid og slettefrister (art. 30 nr. 1 bokstav f)" },
    sheets: ["controller"],
    write: (a, { doc, lang }) =>
      lines(
        a.retentionRules.map((r) => {
          const c = r.dataCategory ? byKey(doc.catalogs.dataCategories, r.dataCategory) : undefined;
          return parts(
            c ? (lang === "nb" ? c.labelNb : c.labelEn) : "*",
            r.duration === null ? "" : String(r.duration),
            r.unit ? label("RetentionUnit", r.unit, lang) : "",
            r.trigger ? label("RetentionTrigger", r.trigger, lang) : "",
            r.triggerText,
            r.criteriaText,
            r.legalReference,
          );
        }),
      ),
    read: (cell, d, ctx) => {
      d.retentionRules = [];
      splitLines(cell)
        .filter(Boolean)
        .forEach((line, i) => {
          const [categoryText = "*", durationText, unit, trigger, triggerText, criteria, legalReference] = splitParts(line);
          let dataCategory: string | null = null;
          if (categoryText !== "*" && categoryText !== "") {
            const { key } = ctx.catalogs.dataCategory(categoryText);
            if (!d.dataCategories.includes(key)) {
              ctx.issue("retentionCategoryNotListed", { value: categoryText });
              return;
            }
            dataCategory = key;
          }
          let duration: number | null = null;
          if (durationText) {
            duration = /^\d{1,3}$/.test(durationText) ? Number(durationText) : null;
            if (duration === null) ctx.issue("badNumber", { value: durationText });
          }
          d.retentionRules.push({
            dataCategory,
            duration,
            unit: readEnum(ctx, "RetentionUnit", unit),
            trigger: readEnum(ctx, "RetentionTrigger", trigger),
            triggerText: orNull(triggerText),
            criteriaText: orNull(criteria),
            legalReference: orNull(legalReference),
            sortOrder: i,
          });
        });
    },
  },
  {
    id: "securityMeasures",
    header: {
      en: "General description of technical and organisational security measures (Art. 30(1)(g), 30(2)(d))",
      nb: "Tekniske og organisatoriske sikkerhetstiltak (art. 30 nr. 1 bokstav g, nr. 2 bokstav d)",
    },
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      lines(
        a.securityMeasures.map((k) => {
          const m = byKey(doc.catalogs.securityMeasures, k);
          return m ? parts(label("SecurityMeasureKind", m.kind, lang), lang === "nb" ? m.descriptionNb : m.descriptionEn) : "";
        }),
      ),
    read: (cell, d, ctx) => {
      const keys: string[] = [];
      for (const line of splitLines(cell).filter(Boolean)) {
        const [kindText, description = ""] = splitParts(line);
        const kind = readEnum(ctx, "SecurityMeasureKind", kindText);
        if (kind) keys.push(ctx.catalogs.securityMeasure(kind, description));
      }
      d.securityMeasures = [...new Set(keys)];
    },
  },
  simpleText("securityMeasuresText", { en: "Security measures, further description", nb: "Sikkerhetstiltak, utfyllende beskrivelse" }, ["controller", "processor"]),
  {
    id: "rights",
    header: { en: "Rights available to individuals", nb: "Rettigheter de registrerte har" },
    sheets: ["controller"],
    derived: true,
    write: (a, { lang }) => rightsFor(a.purposes.map((p) => p.lawfulBasis), lang).join("\n"),
  },
  {
    id: "adm",
    header: { en: "Existence of automated decision-making, including profiling (Art. 22)", nb: "Automatiserte avgjørelser, inkludert profilering (art. 22)" },
    sheets: ["controller"],
    write: (a, { lang }) =>
      parts(yesNo(a.adm.exists, lang), a.adm.logic, a.adm.significance, a.adm.consequences, a.adm.art22Exception ? label("Art22Exception", a.adm.art22Exception, lang) : ""),
    read: (cell, d, ctx) => {
      const [exists, logic, significance, consequences, exception] = splitParts(cell.trim());
      d.adm = {
        exists: readBool(ctx, exists) ?? false,
        logic: orNull(logic),
        significance: orNull(significance),
        consequences: orNull(consequences),
        art22Exception: readEnum(ctx, "Art22Exception", exception),
      };
    },
  },
  enumColumn("source", { en: "Source of personal data", nb: "Kilde til personopplysningene" }, ["controller"], "CollectionSource", (a) => a.collectionSource, (d, v) => {
    if (v !== null) d.collectionSource = v as E.CollectionSource;
  }),
  {
    id: "sourceName",
    header: { en: "Named source and whether it is public (Art. 14(2)(f))", nb: "Navngitt kilde og om den er offentlig (art. 14 nr. 2 bokstav f)" },
    sheets: ["controller"],
    write: (a, { lang }) => parts(a.sourceName, a.sourceIsPublic === null ? "" : yesNo(a.sourceIsPublic, lang)),
    read: (cell, d, ctx) => {
      const [n, isPublic] = splitParts(cell.trim());
      d.sourceName = orNull(n);
      d.sourceIsPublic = readBool(ctx, isPublic);
    },
  },
  simpleText("consentRecordRef", { en: "Link to record of consent", nb: "Henvisning til samtykkeregistrering" }, ["controller"]),
  {
    id: "location",
    header: { en: "Location of personal data", nb: "Hvor opplysningene lagres" },
    sheets: ["controller", "processor"],
    write: (a, { doc }) =>
      lines(
        a.systems.map((k) => {
          const s = byKey(doc.catalogs.systems, k);
          return s ? parts(s.name, s.hostingCountryCode) : "";
        }),
      ),
    read: (cell, d, ctx) => {
      d.systems = [
        ...new Set(
          splitLines(cell)
            .filter(Boolean)
            .map((line) => {
              const [n = "", countryText] = splitParts(line);
              return ctx.catalogs.system(n, readCountry(ctx, countryText));
            }),
        ),
      ];
    },
  },
  {
    id: "dpia",
    header: { en: "Data Protection Impact Assessment (Art. 35): required | progress | link", nb: "Personvernkonsekvensvurdering (art. 35): påkrevd | status | lenke" },
    sheets: ["controller"],
    write: (a, { lang }) => parts(yesNo(a.dpia.required, lang), a.dpia.status ? label("DpiaStatus", a.dpia.status, lang) : "", a.dpia.link),
    read: (cell, d, ctx) => {
      const [required, status, link] = splitParts(cell.trim());
      d.dpia = { required: readBool(ctx, required) ?? false, status: readEnum(ctx, "DpiaStatus", status), link: orNull(link) };
    },
  },
];

export function columnsFor(sheet: RecordSheet): Column[] {
  return COLUMNS.filter((column) => column.sheets.includes(sheet));
}

export function sheetOf(activity: Pick<DocumentActivity, "role">): RecordSheet {
  return activity.role === "PROCESSOR" ? "processor" : "controller";
}

export type SheetTable = { sheet: RecordSheet; header: string[]; rows: string[][] };

/** The two record sheets of a register file, cells as plain text (before any injection guard). */
export function registerTables(source: RegisterDocument, lang: ExportLanguage): SheetTable[] {
  const doc = inDisplayOrder(source, lang);
  return RECORD_SHEETS.map((sheet) => {
    const columns = columnsFor(sheet);
    const activities = doc.activities.filter((a) => sheetOf(a) === sheet);
    const rows = activities.map((a) => columns.map((c) => c.write(a, { doc, lang })));
    // Rows by what they show (name first), so a re-imported register, whose catalog
    // keys differ, gives the same sheet.
    rows.sort((x, y) => compareRows(x, y));
    return { sheet, header: columns.map((c) => c.header[lang]), rows };
  });
}

function compareRows(x: string[], y: string[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const a = x[i] ?? "";
    const b = y[i] ?? "";
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

const byText = <T>(items: T[], text: (item: T) => string) =>
  items
    .map((item) => ({ item, key: text(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.item);

/**
 * The document with every list in the order its cell shows it: catalog links by
 * their label in `lang`, transfers by their line. Lines of aligned columns are
 * derived from the same order, so they stay aligned.
 */
function inDisplayOrder(doc: RegisterDocument, lang: ExportLanguage): RegisterDocument {
  const c = doc.catalogs;
  const labelOf = (list: { key: string; labelEn: string; labelNb: string }[]) => (key: string) => {
    const entry = byKey(list, key);
    return entry ? (lang === "nb" ? entry.labelNb : entry.labelEn) : key;
  };
  const recipientName = (key: string) => byKey(c.recipients, key)?.name ?? key;
  return {
    ...doc,
    activities: doc.activities.map((a) => ({
      ...a,
      dataSubjectCategories: byText(a.dataSubjectCategories, labelOf(c.dataSubjectCategories)),
      dataCategories: byText(a.dataCategories, labelOf(c.dataCategories)),
      recipients: byText(a.recipients, (r) => recipientName(r.recipient)),
      systems: byText(a.systems, (k) => byKey(c.systems, k)?.name ?? k),
      securityMeasures: byText(a.securityMeasures, (k) => {
        const m = byKey(c.securityMeasures, k);
        return m ? `${m.kind}|${lang === "nb" ? m.descriptionNb : m.descriptionEn}` : k;
      }),
      transfers: byText(a.transfers, (t) => transferLines({ ...a, transfers: [t] }, doc, lang)[0] ?? ""),
    })),
  };
}

/** An empty activity as a row starts it: the defaults a new activity gets in the register. */
export function blankActivity(key: string, sheet: RecordSheet): Draft {
  return {
    key,
    name: "",
    noticeTitleEn: null,
    noticeTitleNb: null,
    description: null,
    role: sheet === "processor" ? "PROCESSOR" : "CONTROLLER",
    status: "ACTIVE",
    showInNotice: sheet !== "processor",
    collectionSource: "DATA_SUBJECT_DIRECT",
    sourceName: null,
    sourceIsPublic: null,
    art14Timing: null,
    art14Exemption: null,
    art14ExemptionJustification: null,
    provisionRequirement: null,
    provisionConsequence: null,
    art9Condition: null,
    art9LegalReference: null,
    art10Authority: null,
    nationalIdJustification: null,
    adm: { exists: false, logic: null, significance: null, consequences: null, art22Exception: null },
    dpia: { required: false, status: null, link: null },
    isOccasional: false,
    isLikelyRisk: false,
    marketing: { channels: [], route: null, optOutOffered: null, similarProducts: null },
    consentRecordRef: null,
    securityMeasuresText: null,
    processingCategories: null,
    controllerDpaRef: null,
    controllerDpaDate: null,
    purposes: [],
    jointControllers: [],
    controllersServed: [],
    dataSubjectCategories: [],
    dataCategories: [],
    recipients: [],
    systems: [],
    securityMeasures: [],
    cookies: [],
    transfers: [],
    retentionRules: [],
    noticeTexts: [],
  };
}

/** `origins[i]` is where `activities[i]` was read. */
export type ParsedSpreadsheet = { catalogs: DocumentCatalogs; activities: DocumentActivity[]; origins: ActivityOrigin[]; issues: ImportIssue[] };

const normaliseHeader = (text: string) => normalise(text).replace(/\s*\|\s*/g, "|");

/**
 * Reads record sheets back (rows as text, header first). Headers may be in
 * English or bokmål; unknown or duplicate headers and a missing activity-name
 * column are reported on line 1. Every problem is reported with its sheet,
 * line and column; the caller imports nothing when there is any.
 */
export function parseRegisterTables(tables: { sheet: RecordSheet; sheetName: string; header: string[]; rows: { line: number; cells: string[] }[] }[], countryCodes: ReadonlySet<string>): ParsedSpreadsheet {
  const catalogs = new CatalogBuilder();
  const issues: ImportIssue[] = [];
  const activities: DocumentActivity[] = [];
  const origins: ActivityOrigin[] = [];
  for (const table of tables) {
    const columns = columnsFor(table.sheet);
    const byHeader = new Map<string, Column>();
    for (const column of columns) {
      byHeader.set(normaliseHeader(column.header.en), column);
      byHeader.set(normaliseHeader(column.header.nb), column);
      byHeader.set(normaliseHeader(column.id), column);
    }
    const mapped: (Column | null)[] = [];
    const seen = new Set<string>();
    table.header.forEach((header) => {
      if (header.trim() === "") {
        mapped.push(null);
        return;
      }
      const column = byHeader.get(normaliseHeader(header));
      if (!column) issues.push({ path: table.sheetName, line: 1, column: header, code: "unknownColumn", values: { value: header } });
      else if (seen.has(column.id)) issues.push({ path: table.sheetName, line: 1, column: header, code: "duplicateColumn", values: { value: header } });
      mapped.push(column && !seen.has(column.id) ? column : null);
      if (column) seen.add(column.id);
    });
    if (!seen.has("name")) issues.push({ path: table.sheetName, line: 1, column: null, code: "missingNameColumn", values: { value: name.header.en } });
    if (issues.some((issue) => issue.path === table.sheetName && issue.line === 1)) continue;
    // Rows are read in column order, but columns that depend on others (lines aligned
    // with purposes, transfers with recipients) must come after them: read in layout order.
    const order = columns.map((column) => mapped.indexOf(column)).filter((index) => index >= 0);
    const headers = Object.fromEntries(mapped.flatMap((column, index) => (column ? [[column.id, table.header[index] ?? column.id]] : [])));
    for (const row of table.rows) {
      if (row.cells.every((cell) => cell.trim() === "")) continue;
      const draft = blankActivity(`a${activities.length + 1}`, table.sheet);
      for (const index of order) {
        const column = mapped[index];
        if (!column?.read || column.derived) continue;
        const cell = row.cells[index] ?? "";
        const ctx: ReadContext = {
          catalogs,
          countryCodes,
          issue: (code, values) => issues.push({ path: table.sheetName, line: row.line, column: table.header[index] ?? column.id, code, values }),
        };
        column.read(cell, draft, ctx);
      }
      activities.push(draft);
      origins.push({ sheet: table.sheetName, line: row.line, headers });
    }
  }
  const unique = new Map(issues.map((issue) => [JSON.stringify(issue), issue]));
  return { catalogs: catalogs.catalogs, activities, origins, issues: [...unique.values()] };
}
