import type * as E from "@/lib/register/enums";
import type { ExportLanguage } from "../labels";
import { enumLabel as label, VOCABULARY, yesNo } from "@/lib/register/vocabulary";
import { LANGUAGES } from "@/lib/register/languages";
import { normalise } from "./catalog-builder";
import { aligned, byKey, headings, enumColumn, flat, lines, orNull, PART, parts, purposeColumn, readBool, readCountry, readDate, readEnum, readRecipientLines, recipientLine, simpleText, localizedText, inSheet, refInSheet, fromSheet, refFromSheet, splitLines, splitParts, type Column, type RecordSheet } from "./columns";
import { MARKETING_COLUMN } from "./marketing-column";
import { SOURCE_COLUMNS } from "./source-columns";
import { TRANSFER_COLUMNS } from "./transfer-columns";
import { rightsFor } from "./rights";
import { retentionRegisterText, retentionWordsIn, retentionUnitFromWord, retentionUnitWord } from "@/lib/register/retention-text";

/**
 * The spreadsheet layout (docs/spreadsheet-layout.md): one row per activity,
 * columns after the ICO controller and processor documentation templates
 * (legal-spec §4), a sheet per record. Several values in one cell go on
 * separate lines; the parts of one value are separated by " | ". Columns marked
 * `derived` are written for the reader and ignored on import. What a column is, and
 * the cell conventions they share, are in columns.ts; reading and writing whole
 * sheets in tables.ts.
 */
export type { Column, RecordSheet };

export const RECORD_SHEETS: RecordSheet[] = ["controller", "processor"];

/** A record sheet's name in a language (the vocabulary's). */
export const sheetName = (sheet: RecordSheet, lang: ExportLanguage) => VOCABULARY[lang].spreadsheet.sheets[sheet];

/** The record sheet a sheet's name in any language of the vocabulary names; undefined for another sheet. */
export function sheetNamed(name: string): RecordSheet | undefined {
  const n = name.trim().toLowerCase();
  return RECORD_SHEETS.find((sheet) => LANGUAGES.some((lang) => sheetName(sheet, lang).toLowerCase() === n));
}

const tokens = (lang: ExportLanguage) => VOCABULARY[lang].spreadsheet.tokens;
/** A fixed token of a cell read back in any language of the vocabulary. */
const isToken = (text: string, token: keyof ReturnType<typeof tokens>) => LANGUAGES.some((lang) => normalise(tokens(lang)[token]) === text);

/** Our customers as a class of controllers served, as the Art. 30 record words it (lib/register/vocabulary). */
const ourCustomers = (lang: ExportLanguage) => VOCABULARY[lang].record.words.ourCustomers;

/** The activity's name: the one column every sheet must have. */
export const NAME_COLUMN: Column = {
  id: "name",
  header: headings("name"),
  sheets: ["controller", "processor"],
  write: (a) => flat(a.name),
  read: (cell, d, ctx) => {
    d.name = cell.trim();
    if (d.name === "") ctx.issue("required");
  },
};

export const COLUMNS: Column[] = [
  NAME_COLUMN,
  enumColumn("role", headings("role"), ["controller"], "ActivityRole", (a) => a.role, (d, v) => {
    if (v !== null) d.role = v as E.ActivityRole;
  }),
  enumColumn("status", headings("status"), ["controller", "processor"], "ActivityStatus", (a) => a.status, (d, v) => {
    if (v !== null) d.status = v as E.ActivityStatus;
  }),
  localizedText("description", headings("description"), ["controller", "processor"]),
  {
    id: "purposes",
    header: headings("purposes"),
    sheets: ["controller"],
    write: (a, { lang }) => aligned(a.purposes.map((p) => flat(inSheet(p.description, lang)))),
    read: (cell, d, ctx) => {
      const values = splitLines(cell);
      while (values.length > 0 && values[values.length - 1] === "") values.pop();
      d.purposes = values.map((description, i) => ({
        key: `p${i + 1}`,
        description: fromSheet(description, ctx),
        lawfulBasis: null,
        legalReference: { law: null, section: null, text: {} },
        legitimateInterest: {},
        liaRef: null,
        liaDate: null,
        consentWithdrawal: {},
        sortOrder: i,
      }));
    },
  },
  purposeColumn(
    "lawfulBasis",
    headings("lawfulBasis"),
    (p, lang) => (p.lawfulBasis ? label("LawfulBasis", p.lawfulBasis, lang) : ""),
    (text, p, ctx) => {
      p.lawfulBasis = readEnum(ctx, "LawfulBasis", text);
    },
  ),
  purposeColumn(
    "legalReference",
    headings("legalReference"),
    (p, lang) => flat(refInSheet(p.legalReference, lang)),
    (text, p, ctx) => {
      p.legalReference = refFromSheet(text, ctx);
    },
  ),
  purposeColumn(
    "legitimateInterest",
    headings("legitimateInterest"),
    (p, lang) => flat(inSheet(p.legitimateInterest, lang)),
    (text, p, ctx) => {
      p.legitimateInterest = fromSheet(text, ctx);
    },
  ),
  purposeColumn(
    "lia",
    headings("lia"),
    (p) => parts(p.liaRef, p.liaDate),
    (text, p, ctx) => {
      const [ref, date] = splitParts(text);
      p.liaRef = orNull(ref);
      p.liaDate = readDate(ctx, date);
    },
  ),
  purposeColumn(
    "consentWithdrawal",
    headings("consentWithdrawal"),
    (p, lang) => flat(inSheet(p.consentWithdrawal, lang)),
    (text, p, ctx) => {
      p.consentWithdrawal = fromSheet(text, ctx);
    },
  ),
  {
    id: "jointControllers",
    header: headings("jointControllers"),
    sheets: ["controller"],
    write: (a, { lang }) => lines(a.jointControllers.map((j) => parts(j.name, j.contact, j.arrangementLink, inSheet(j.essenceText, lang)))),
    read: (cell, d, ctx) => {
      d.jointControllers = splitLines(cell)
        .filter(Boolean)
        .map((line) => {
          const [n = "", contact, link, essence] = splitParts(line);
          return { name: n, contact: orNull(contact), arrangementLink: orNull(link), essenceText: fromSheet(essence, ctx) };
        });
    },
  },
  {
    id: "controllersServed",
    header: headings("controllersServed"),
    sheets: ["processor"],
    // Our customers as a class (ADR 030) in the sheet's words, read back in any language's; where
    // they are listed comes last, so a sheet written before it still reads part by part.
    write: (a, { lang }) =>
      lines(
        a.controllersServed.map((c) =>
          parts(c.ourCustomers ? ourCustomers(lang) : c.name, c.contact, c.representative, c.dpoContact, inSheet(c.processingCategories, lang), c.dpaRef, c.dpaDate, c.ourCustomers ? inSheet(c.listedIn, lang) : null),
        ),
      ),
    read: (cell, d, ctx) => {
      d.controllersServed = splitLines(cell)
        .filter(Boolean)
        .map((line) => {
          const [n = "", contact, representative, dpo, categories, dpaRef, dpaDate, listedIn] = splitParts(line);
          const isClass = LANGUAGES.some((lang) => normalise(ourCustomers(lang)) === normalise(n));
          return {
            ourCustomers: isClass,
            name: isClass ? "" : n,
            listedIn: isClass ? fromSheet(listedIn, ctx) : {},
            contact: orNull(contact),
            representative: orNull(representative),
            dpoContact: orNull(dpo),
            processingCategories: fromSheet(categories, ctx),
            dpaRef: orNull(dpaRef),
            dpaDate: readDate(ctx, dpaDate),
          };
        });
    },
  },
  localizedText("processingCategories", headings("processingCategories"), ["processor"]),
  {
    id: "controllerDpa",
    header: headings("controllerDpa"),
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
    header: headings("dataSubjects"),
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      lines(a.dataSubjectCategories.map((k) => byKey(doc.catalogs.dataSubjectCategories, k)).map((c) => flat(c ? (lang === "nb" ? c.labelNb : c.labelEn) : ""))),
    read: (cell, d, ctx) => {
      d.dataSubjectCategories = [...new Set(splitLines(cell).filter(Boolean).map((text) => ctx.catalogs.subject(text)))];
    },
  },
  {
    id: "dataCategories",
    header: headings("dataCategories"),
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      lines(a.dataCategories.map((k) => byKey(doc.catalogs.dataCategories, k)).map((c) => flat(c ? (lang === "nb" ? c.labelNb : c.labelEn) : ""))),
    read: (cell, d, ctx) => {
      d.dataCategories = [...new Set(splitLines(cell).filter(Boolean).map((text) => ctx.catalogs.dataCategory(text).key))];
    },
  },
  {
    id: "dataCategoryFlags",
    header: headings("dataCategoryFlags"),
    sheets: ["controller", "processor"],
    write: (a, { doc, lang }) =>
      aligned(
        a.dataCategories.map((k) => {
          const c = byKey(doc.catalogs.dataCategories, k);
          if (!c) return "";
          return [c.specialCategory ? label("SpecialCategory", c.specialCategory, lang) : "", c.isCriminalOffence ? tokens(lang).criminalOffence : "", c.isNationalId ? tokens(lang).nationalId : ""]
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
          if (isToken(n, "criminalOffence")) entry.isCriminalOffence = true;
          else if (isToken(n, "nationalId")) entry.isNationalId = true;
          else entry.specialCategory = readEnum(ctx, "SpecialCategory", part) ?? entry.specialCategory;
        }
      });
    },
  },
  enumColumn("art9Condition", headings("art9Condition"), ["controller"], "Art9Condition", (a) => a.art9Condition, (d, v) => {
    d.art9Condition = v as E.Art9Condition | null;
  }),
  {
    id: "art9LegalReference",
    header: headings("art9LegalReference"),
    sheets: ["controller"],
    write: (a, { lang }) => flat(refInSheet(a.art9LegalReference, lang)),
    read: (cell, d, ctx) => {
      d.art9LegalReference = refFromSheet(cell, ctx);
    },
  },
  localizedText("art10Authority", headings("art10Authority"), ["controller"]),
  localizedText("nationalIdJustification", headings("nationalIdJustification"), ["controller"]),
  {
    id: "recipients",
    header: headings("recipients"),
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
    header: headings("subProcessors"),
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
    header: headings("processorContracts"),
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
  ...TRANSFER_COLUMNS,
  {
    id: "retention",
    header: headings("retention"),
    sheets: ["controller"],
    write: (a, { doc, lang }) =>
      lines(
        a.retentionRules.map((r) => {
          const c = r.dataCategory ? byKey(doc.catalogs.dataCategories, r.dataCategory) : undefined;
          return parts(
            c ? (lang === "nb" ? c.labelNb : c.labelEn) : "*",
            r.duration === null ? "" : String(r.duration),
            r.unit ? retentionUnitWord(r.duration, r.unit, lang) : "",
            r.trigger ? label("RetentionTrigger", r.trigger, lang) : "",
            inSheet(r.triggerText, lang),
            inSheet(r.criteriaText, lang),
            refInSheet(r.legalReference, lang),
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
            // "1 | month": the singular reads back as well as the plural.
            unit: (unit ? retentionUnitFromWord(unit) : null) ?? readEnum(ctx, "RetentionUnit", unit),
            trigger: readEnum(ctx, "RetentionTrigger", trigger),
            triggerText: fromSheet(triggerText, ctx),
            criteriaText: fromSheet(criteria, ctx),
            legalReference: refFromSheet(legalReference, ctx),
            sortOrder: i,
          });
        });
    },
  },
  {
    // The retention schedule as a reader says it: period, trigger, criteria and law in one sentence (lib/register/retention-text.ts).
    id: "retentionInWords",
    header: headings("retentionInWords"),
    sheets: ["controller"],
    derived: true,
    write: (a, { doc, lang }) =>
      a.retentionRules
        .map((r) => {
          const c = r.dataCategory ? byKey(doc.catalogs.dataCategories, r.dataCategory) : undefined;
          const text = retentionRegisterText(retentionWordsIn(r, lang), lang);
          return text ? `${c ? (lang === "nb" ? c.labelNb : c.labelEn) : tokens(lang).wholeActivity}: ${text}` : "";
        })
        .filter(Boolean)
        .join("\n"),
  },
  {
    id: "securityMeasures",
    header: headings("securityMeasures"),
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
  localizedText("securityMeasuresText", headings("securityMeasuresText"), ["controller", "processor"]),
  {
    id: "rights",
    header: headings("rights"),
    sheets: ["controller"],
    derived: true,
    write: (a, { lang }) => rightsFor(a.purposes.map((p) => p.lawfulBasis), lang).join("\n"),
  },
  {
    id: "adm",
    header: headings("adm"),
    sheets: ["controller"],
    write: (a, { lang }) =>
      parts(yesNo(a.adm.exists, lang), inSheet(a.adm.logic, lang), inSheet(a.adm.significance, lang), inSheet(a.adm.consequences, lang), a.adm.art22Exception ? label("Art22Exception", a.adm.art22Exception, lang) : ""),
    read: (cell, d, ctx) => {
      const [exists, logic, significance, consequences, exception] = splitParts(cell.trim());
      d.adm = {
        exists: readBool(ctx, exists) ?? false,
        logic: fromSheet(logic, ctx),
        significance: fromSheet(significance, ctx),
        consequences: fromSheet(consequences, ctx),
        art22Exception: readEnum(ctx, "Art22Exception", exception),
      };
    },
  },
  ...SOURCE_COLUMNS,
  enumColumn("contractParty", headings("contractParty"), ["controller"], "ContractParty", (a) => a.contractParty, (d, v) => {
    // An empty cell (or a sheet written before the column existed) is a contract with the person.
    d.contractParty = (v as E.ContractParty | null) ?? "DATA_SUBJECT";
  }),
  simpleText("consentRecordRef", headings("consentRecordRef"), ["controller"]),
  {
    id: "location",
    header: headings("location"),
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
  MARKETING_COLUMN,
  {
    id: "dpia",
    header: headings("dpia"),
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
