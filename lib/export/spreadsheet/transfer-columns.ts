import { enumLabel as label, yesNo } from "@/lib/register/vocabulary";
import { normalise } from "./catalog-builder";
import { aligned, headings, lines, orNull, parts, readBool, readCountry, readEnum, inSheet, fromSheet, splitLines, splitParts, transferLines, type Column } from "./columns";

/** Transfers outside the EEA and their safeguards (Art. 30(1)(e), 13(1)(f), 44–49; layout.ts places them). */
export const TRANSFER_COLUMNS: Column[] = [
  {
    id: "transfers",
    header: headings("transfers"),
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
    header: headings("safeguards"),
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
];
