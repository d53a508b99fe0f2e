import type * as E from "@/lib/register/enums";
import { enumLabel as label, yesNo } from "@/lib/register/vocabulary";
import { normalise } from "./catalog-builder";
import type { DocumentActivity } from "../json/format";
import { aligned, byKey, enumColumn, flat, lines, orNull, PART, parts, purposeColumn, readBool, readCountry, readDate, readEnum, readRecipientLines, recipientLine, simpleText, localizedText, inSheet, refInSheet, fromSheet, refFromSheet, splitLines, splitParts, tr, transferLines, type Column, type RecordSheet } from "./columns";
import { rightsFor } from "./rights";
import { retentionRegisterText, retentionWordsIn, retentionUnitFromWord, retentionUnitWord } from "@/lib/register/retention-text";

/** Between the data categories one source supplies, in one line of the source columns. */
const SOURCE_DATA_SEPARATOR = "; ";

/** The activity's i-th source as read so far; a line beyond the kinds column's is a source from the person. */
function sourceAt(d: DocumentActivity, i: number): DocumentActivity["sources"][number] {
  while (d.sources.length <= i) d.sources.push({ kind: "DATA_SUBJECT_DIRECT", name: {}, isPublic: null, dataCategories: [] });
  return d.sources[i] as DocumentActivity["sources"][number];
}

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

export const SHEET_NAMES: Record<RecordSheet, { en: string; nb: string }> = {
  controller: { en: "Controller record", nb: "Behandlingsansvarlig" },
  processor: { en: "Processor record", nb: "Databehandler" },
};

const WHOLE_ACTIVITY = { en: "All data in the activity", nb: "Alle opplysninger i behandlingsaktiviteten" };
const ART10_TOKEN = { en: "Criminal offence data (Art. 10)", nb: "Straffedommer og lovovertredelser (art. 10)" };
const NATIONAL_ID_TOKEN = { en: "National identity number (pol. § 12)", nb: "Fødselsnummer/D-nummer (pol. § 12)" };

/** The activity's name: the one column every sheet must have. */
export const NAME_COLUMN: Column = {
  id: "name",
  header: { en: "Business function / processing activity", nb: "Behandlingsaktivitet" },
  sheets: ["controller", "processor"],
  write: (a) => flat(a.name),
  read: (cell, d, ctx) => {
    d.name = cell.trim();
    if (d.name === "") ctx.issue("required");
  },
};

export const COLUMNS: Column[] = [
  NAME_COLUMN,
  enumColumn("role", { en: "Role", nb: "Rolle" }, ["controller"], "ActivityRole", (a) => a.role, (d, v) => {
    if (v !== null) d.role = v as E.ActivityRole;
  }),
  enumColumn("status", { en: "Status", nb: "Status" }, ["controller", "processor"], "ActivityStatus", (a) => a.status, (d, v) => {
    if (v !== null) d.status = v as E.ActivityStatus;
  }),
  localizedText("description", { en: "Description", nb: "Beskrivelse" }, ["controller", "processor"]),
  {
    id: "purposes",
    header: { en: "Purpose of processing (Art. 30(1)(b))", nb: "Formål med behandlingen (art. 30 nr. 1 bokstav b)" },
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
    { en: "Article 6 lawful basis for processing", nb: "Behandlingsgrunnlag (art. 6 nr. 1)" },
    (p, lang) => (p.lawfulBasis ? label("LawfulBasis", p.lawfulBasis, lang) : ""),
    (text, p, ctx) => {
      p.lawfulBasis = readEnum(ctx, "LawfulBasis", text);
    },
  ),
  purposeColumn(
    "legalReference",
    { en: "Legal reference (Art. 6(3))", nb: "Rettslig grunnlag i lov (art. 6 nr. 3)" },
    (p, lang) => flat(refInSheet(p.legalReference, lang)),
    (text, p, ctx) => {
      p.legalReference = refFromSheet(text, ctx);
    },
  ),
  purposeColumn(
    "legitimateInterest",
    { en: "Legitimate interests for the processing (if applicable)", nb: "Berettiget interesse (der det er grunnlaget)" },
    (p, lang) => flat(inSheet(p.legitimateInterest, lang)),
    (text, p, ctx) => {
      p.legitimateInterest = fromSheet(text, ctx);
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
    (p, lang) => flat(inSheet(p.consentWithdrawal, lang)),
    (text, p, ctx) => {
      p.consentWithdrawal = fromSheet(text, ctx);
    },
  ),
  {
    id: "jointControllers",
    header: { en: "Name and contact details of joint controller (Art. 26)", nb: "Felles behandlingsansvarlige, navn og kontakt (art. 26)" },
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
    header: { en: "Name and contact details of controller (Art. 30(2)(a))", nb: "Behandlingsansvarlige vi behandler for, navn og kontakt (art. 30 nr. 2 bokstav a)" },
    sheets: ["processor"],
    write: (a, { lang }) => lines(a.controllersServed.map((c) => parts(c.name, c.contact, c.representative, c.dpoContact, inSheet(c.processingCategories, lang), c.dpaRef, c.dpaDate))),
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
            processingCategories: fromSheet(categories, ctx),
            dpaRef: orNull(dpaRef),
            dpaDate: readDate(ctx, dpaDate),
          };
        });
    },
  },
  localizedText("processingCategories", { en: "Categories of processing (Art. 30(2)(b))", nb: "Kategorier av behandling (art. 30 nr. 2 bokstav b)" }, ["processor"]),
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
  {
    id: "art9LegalReference",
    header: { en: "Art. 9(2) legal reference", nb: "Lovhjemmel for art. 9 nr. 2" },
    sheets: ["controller"],
    write: (a, { lang }) => flat(refInSheet(a.art9LegalReference, lang)),
    read: (cell, d, ctx) => {
      d.art9LegalReference = refFromSheet(cell, ctx);
    },
  },
  localizedText("art10Authority", { en: "Authority for processing criminal offence data (Art. 10)", nb: "Rettslig grunnlag for behandling av opplysninger om straffedommer og lovovertredelser (art. 10)" }, ["controller"]),
  localizedText("nationalIdJustification", { en: "Need for national identity number (pol. § 12)", nb: "Behov for fødselsnummer (pol. § 12)" }, ["controller"]),
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
            if (!existing) r.subProcessors.push({ key: subProcessor, name: subName, countryCode, authorisation: null, flowDownContract: false, dpfCertified, descriptionEn: null, descriptionNb: null });
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
          copyAccess: {},
          art49Assessment: {},
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
          parts(t.mechanism ? label("TransferMechanism", t.mechanism, lang) : "", t.sccModule ? label("SccModule", t.sccModule, lang) : "", t.adequacyDecisionId, inSheet(t.copyAccess, lang), t.tiaRef, inSheet(t.art49Assessment, lang), t.isRegular ? yesNo(true, lang) : ""),
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
        t.copyAccess = fromSheet(copy, ctx);
        t.tiaRef = orNull(tia);
        t.art49Assessment = fromSheet(art49, ctx);
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
    header: { en: "Retention schedule, in words", nb: "Lagringstid og slettefrister, i ord" },
    sheets: ["controller"],
    derived: true,
    write: (a, { doc, lang }) =>
      a.retentionRules
        .map((r) => {
          const c = r.dataCategory ? byKey(doc.catalogs.dataCategories, r.dataCategory) : undefined;
          const text = retentionRegisterText(retentionWordsIn(r, lang), lang);
          return text ? `${c ? (lang === "nb" ? c.labelNb : c.labelEn) : tr(WHOLE_ACTIVITY, lang)}: ${text}` : "";
        })
        .filter(Boolean)
        .join("\n"),
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
  localizedText("securityMeasuresText", { en: "Security measures, further description", nb: "Sikkerhetstiltak, utfyllende beskrivelse" }, ["controller", "processor"]),
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
  // The sources, one line each in the same order in the three columns (several sources: issue 10).
  {
    id: "source",
    header: { en: "Source of personal data", nb: "Kilde til personopplysningene" },
    sheets: ["controller"],
    write: (a, { lang }) => aligned(a.sources.map((s) => label("CollectionSource", s.kind, lang))),
    read: (cell, d, ctx) => {
      const kinds = splitLines(cell.trim()).map((line) => readEnum(ctx, "CollectionSource", line) ?? "DATA_SUBJECT_DIRECT");
      if (kinds.length) d.sources = kinds.map((kind) => ({ kind, name: {}, isPublic: null, dataCategories: [] }));
    },
  },
  {
    id: "sourceName",
    header: { en: "Named source and whether it is public (Art. 14(2)(f))", nb: "Navngitt kilde og om den er offentlig (art. 14 nr. 2 bokstav f)" },
    sheets: ["controller"],
    write: (a, { lang }) => aligned(a.sources.map((s) => parts(inSheet(s.name, lang), s.isPublic === null ? "" : yesNo(s.isPublic, lang)))),
    read: (cell, d, ctx) => {
      splitLines(cell.replace(/\s+$/, "")).forEach((line, i) => {
        const [n, isPublic] = splitParts(line);
        const source = sourceAt(d, i);
        source.name = fromSheet(n, ctx);
        source.isPublic = readBool(ctx, isPublic);
      });
    },
  },
  {
    id: "sourceData",
    header: { en: "Data each source supplies (Art. 14(1)(d))", nb: "Opplysninger hver kilde gir (art. 14 nr. 1 bokstav d)" },
    sheets: ["controller"],
    // With one source it supplies everything, and the cell stays empty.
    write: (a, { doc, lang }) =>
      a.sources.length <= 1
        ? ""
        : // In the order of the activity's own data categories column.
          aligned(a.sources.map((s) => a.dataCategories.filter((k) => s.dataCategories.includes(k)).map((k) => byKey(doc.catalogs.dataCategories, k)).map((c) => flat(c ? (lang === "nb" ? c.labelNb : c.labelEn) : "")).join(SOURCE_DATA_SEPARATOR))),
    read: (cell, d, ctx) => {
      splitLines(cell.replace(/\s+$/, "")).forEach((line, i) => {
        const keys = line.split(SOURCE_DATA_SEPARATOR.trim()).map((text) => text.trim()).filter(Boolean).map((text) => ctx.catalogs.dataCategory(text).key);
        // A category named only here is the activity's too: a source supplies the activity's data.
        for (const key of keys) if (!d.dataCategories.includes(key)) d.dataCategories.push(key);
        sourceAt(d, i).dataCategories = [...new Set(keys)];
      });
    },
  },
  {
    id: "volunteered",
    header: { en: "Special categories people send unasked, and what is done with them", nb: "Særlige kategorier folk gir uoppfordret, og hva som skjer med dem" },
    sheets: ["controller"],
    write: (a, { lang }) => (a.volunteeredSpecialCategories ? parts(yesNo(true, lang), a.volunteeredHandling ? label("VolunteeredHandling", a.volunteeredHandling, lang) : "") : ""),
    read: (cell, d, ctx) => {
      const [volunteered, handling] = splitParts(cell.trim());
      d.volunteeredSpecialCategories = readBool(ctx, volunteered) ?? false;
      d.volunteeredHandling = readEnum(ctx, "VolunteeredHandling", handling);
    },
  },
  enumColumn("contractParty", { en: "Contract with (Art. 6(1)(b))", nb: "Avtale med (art. 6 nr. 1 bokstav b)" }, ["controller"], "ContractParty", (a) => a.contractParty, (d, v) => {
    // An empty cell (or a sheet written before the column existed) is a contract with the person.
    d.contractParty = (v as E.ContractParty | null) ?? "DATA_SUBJECT";
  }),
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
