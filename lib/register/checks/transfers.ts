/**
 * Transfers to third countries (GDPR Chapter V; legal-spec §1.4.4–1.4.5). These
 * apply to processor activities too: Art. 30(2)(c) records their transfers.
 */
import type { TransferMechanism } from "../enums";
import type { ActivitySnapshot, AdequacyDecisionSnapshot, RegisterSnapshot, SnapshotIndex, TransferSnapshot } from "../snapshot";
import { activitiesInScope, activityFinding, activityName, cap, countryNames, defineRule, isBlank, isOutsideEea, recipientFinding, type Message } from "./kit";
import type { Finding, RuleMeta } from "./types";

/** Art. 46 appropriate safeguards: need a TIA (Schrems II) and a route to a copy (13(1)(f)). */
export const ART_46: readonly TransferMechanism[] = [
  "SCC_2021_914",
  "SA_SCC",
  "BCR",
  "CODE_OF_CONDUCT",
  "CERTIFICATION",
  "PUBLIC_BODIES_INSTRUMENT",
  "AUTHORISED_CLAUSES",
  "ADMIN_ARRANGEMENT",
];

/** Art. 49 derogations, including the 2nd-subparagraph "compelling legitimate interests". */
const ART_49: readonly TransferMechanism[] = [
  "DEROGATION_49_1_A",
  "DEROGATION_49_1_B",
  "DEROGATION_49_1_C",
  "DEROGATION_49_1_D",
  "DEROGATION_49_1_E",
  "DEROGATION_49_1_F",
  "DEROGATION_49_1_G",
  "COMPELLING_LEGITIMATE_INTEREST",
];

/** "the transfer to Acme Inc. (United States)" in the activity "…". */
function transferName(activity: ActivitySnapshot, transfer: TransferSnapshot, index: SnapshotIndex): Message {
  const recipient = index.recipients.get(transfer.recipientId);
  const sub = transfer.subProcessorId ? recipient?.subProcessors.find((s) => s.id === transfer.subProcessorId) : undefined;
  const who = sub?.name ?? recipient?.name ?? transfer.recipientId;
  const country = countryNames(index, transfer.countryCode);
  const activityLabel = activityName(activity);
  return {
    en: `the transfer to ${who} (${country.en}) in ${activityLabel.en}`,
    nb: `overføringen til ${who} (${country.nb}) i ${activityLabel.nb}`,
  };
}

/** The entity a transfer reaches — the recipient, or its sub-processor — with its own DPF certification. */
function transferEntity(transfer: TransferSnapshot, index: SnapshotIndex): { name: string; countryCode: string | null; dpfCertified: boolean; isSubProcessor: boolean } | undefined {
  const recipient = index.recipients.get(transfer.recipientId);
  if (!recipient) return undefined;
  if (transfer.subProcessorId === null) return { name: recipient.name, countryCode: recipient.countryCode, dpfCertified: recipient.dpfCertified, isSubProcessor: false };
  const sub = recipient.subProcessors.find((s) => s.id === transfer.subProcessorId);
  return sub ? { name: sub.name, countryCode: sub.countryCode, dpfCertified: sub.dpfCertified, isSubProcessor: true } : undefined;
}

/** Runs `each` over every transfer of every activity in scope, with its form path prefix. */
function eachTransfer(
  snapshot: RegisterSnapshot,
  each: (activity: ActivitySnapshot, transfer: TransferSnapshot, path: string) => Finding[],
): Finding[] {
  return activitiesInScope(snapshot).flatMap((activity) => activity.transfers.flatMap((transfer, i) => each(activity, transfer, `transfers.${i}`)));
}

function transferFinding(meta: RuleMeta, activity: ActivitySnapshot, field: string, message: Message): Finding[] {
  return [activityFinding(meta, activity, field, message)];
}

export const TR_001 = defineRule(
  {
    id: "TR-001",
    severity: "error",
    article: "GDPR Art. 44, 30(1)(e), 13(1)(f)",
    title: { en: "Recipient outside the EEA without a transfer record", nb: "Mottaker utenfor EØS uten registrert overføring" },
  },
  (snapshot, { index }) =>
    activitiesInScope(snapshot).flatMap((activity) => {
      const name = activityName(activity);
      return activity.recipients.flatMap((link) => {
        const recipient = index.recipients.get(link.recipientId);
        if (!recipient) return [];
        const findings: Finding[] = [];
        const recorded = activity.transfers.filter((t) => t.recipientId === recipient.id);
        if (recipient.countryCode && isOutsideEea(index, recipient.countryCode) && !recorded.some((t) => t.subProcessorId === null)) {
          const country = countryNames(index, recipient.countryCode);
          findings.push(
            activityFinding(TR_001, activity, "transfers", {
              en: `${recipient.name} is in ${country.en}, outside the EEA, but ${name.en} records no transfer to it. Add the transfer and the Chapter V tool it relies on.`,
              nb: `${recipient.name} holder til i ${country.nb}, utenfor EØS, men ${name.nb} har ingen registrert overføring dit. Legg inn overføringen og overføringsgrunnlaget etter kapittel V.`,
            }),
          );
        }
        // Onward transfers: data reach a third country through the recipient's sub-processor (Art. 44).
        for (const sub of recipient.subProcessors) {
          if (!sub.countryCode || !isOutsideEea(index, sub.countryCode) || recorded.some((t) => t.subProcessorId === sub.id)) continue;
          const country = countryNames(index, sub.countryCode);
          findings.push(
            activityFinding(TR_001, activity, "transfers", {
              en: `${sub.name}, a sub-processor of ${recipient.name}, is in ${country.en}, outside the EEA, but ${name.en} records no transfer to it.`,
              nb: `${sub.name}, underdatabehandler for ${recipient.name}, holder til i ${country.nb}, utenfor EØS, men ${name.nb} har ingen registrert overføring dit.`,
            }),
          );
        }
        return findings;
      });
    }),
);

export const TR_002 = defineRule(
  {
    id: "TR-002",
    severity: "error",
    article: "GDPR Art. 44–49",
    title: { en: "Transfer without a transfer tool", nb: "Overføring uten overføringsgrunnlag" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      const name = transferName(activity, transfer, index);
      if (transfer.mechanism === null) {
        return transferFinding(TR_002, activity, `${path}.mechanism`, {
          en: `Choose the Chapter V tool for ${name.en}: an adequacy decision, standard contractual clauses, binding corporate rules or an Art. 49 derogation.`,
          nb: `Velg overføringsgrunnlag etter kapittel V for ${name.nb}: adekvansbeslutning, EUs standardavtaler, bindende virksomhetsregler eller et unntak etter art. 49.`,
        });
      }
      // "EEA" means no Chapter V transfer at all, which is wrong for a third country.
      if (transfer.mechanism === "EEA" && isOutsideEea(index, transfer.countryCode)) {
        return transferFinding(TR_002, activity, `${path}.mechanism`, {
          en: `${cap(name.en)} is marked as staying in the EEA, but the country is outside it. Choose the Chapter V tool the transfer relies on.`,
          nb: `${cap(name.nb)} er merket som innenfor EØS, men landet ligger utenfor. Velg overføringsgrunnlaget overføringen bygger på.`,
        });
      }
      return [];
    }),
);

function decisionInForce(decision: AdequacyDecisionSnapshot, now: Date): boolean {
  if (decision.status !== "IN_FORCE" && decision.status !== "UNDER_REVIEW") return false;
  return decision.validUntil === null || decision.validUntil >= now.toISOString().slice(0, 10);
}

/**
 * Art. 45: an adequacy decision must exist and be in force for the country, and cover
 * the entity the data reach — the US decision (EU) 2023/1795 covers only DPF-certified
 * organisations, and for a transfer to a sub-processor that is the sub-processor's own
 * certification, not its EEA parent's or subsidiary's.
 */
export const TR_003 = defineRule(
  {
    id: "TR-003",
    severity: "error",
    article: "GDPR Art. 45; Decision (EU) 2023/1795",
    title: { en: "Adequacy relied on outside the list or its scope", nb: "Adekvansbeslutning brukt utenfor listen eller virkeområdet" },
  },
  (snapshot, { index, options }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      // Inside the EEA there is no Chapter V transfer, so no decision is needed.
      if (transfer.mechanism !== "ADEQUACY" || !isOutsideEea(index, transfer.countryCode)) return [];
      const name = transferName(activity, transfer, index);
      const country = countryNames(index, transfer.countryCode);
      const chosen = transfer.adequacyDecisionId ? index.adequacyDecisions.get(transfer.adequacyDecisionId) : undefined;
      const candidates = chosen ? [chosen] : snapshot.reference.adequacyDecisions.filter((d) => d.countryCode === transfer.countryCode.toUpperCase());
      const decision = candidates.find(
        (d) => (d.countryCode === null || d.countryCode === transfer.countryCode.toUpperCase()) && decisionInForce(d, options.now),
      );
      if (!decision) {
        return transferFinding(TR_003, activity, `${path}.mechanism`, {
          en: `${cap(name.en)} relies on an adequacy decision, but there is no decision in force for ${country.en}. Use standard contractual clauses or another Chapter V tool.`,
          nb: `${cap(name.nb)} bygger på en adekvansbeslutning, men det finnes ingen gjeldende beslutning for ${country.nb}. Bruk EUs standardavtaler eller et annet grunnlag etter kapittel V.`,
        });
      }
      const entity = transferEntity(transfer, index);
      if (decision.requiresCertification && entity && !entity.dpfCertified) {
        const what = entity.isSubProcessor ? { en: "sub-processor", nb: "underdatabehandleren" } : { en: "recipient", nb: "mottakeren" };
        return transferFinding(TR_003, activity, `${path}.mechanism`, {
          en: `${cap(name.en)} relies on the adequacy decision for ${country.en} (${decision.reference}), which covers only certified organisations, and ${entity.name} is not marked as certified. Check the DPF List and mark the ${what.en}, or use standard contractual clauses.`,
          nb: `${cap(name.nb)} bygger på adekvansbeslutningen for ${country.nb} (${decision.reference}), som bare omfatter sertifiserte virksomheter, og ${entity.name} er ikke merket som sertifisert. Sjekk DPF-listen og merk ${what.nb}, eller bruk EUs standardavtaler.`,
        });
      }
      return [];
    }),
);

export const TR_004 = defineRule(
  {
    id: "TR-004",
    severity: "warning",
    article: "Decision (EU) 2021/914",
    title: { en: "Standard contractual clauses without a module", nb: "Standardavtaler uten modul" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      if (transfer.mechanism !== "SCC_2021_914" || transfer.sccModule !== null) return [];
      const name = transferName(activity, transfer, index);
      return transferFinding(TR_004, activity, `${path}.sccModule`, {
        en: `Choose the module of the standard contractual clauses used for ${name.en} (e.g. module 2, controller to processor).`,
        nb: `Velg hvilken modul av EUs standardavtaler som brukes for ${name.nb} (f.eks. modul 2, behandlingsansvarlig til databehandler).`,
      });
    }),
);

export const TR_005 = defineRule(
  {
    id: "TR-005",
    severity: "warning",
    article: "CJEU C-311/18; EDPB Recommendations 01/2020",
    title: { en: "Art. 46 transfer without a transfer impact assessment", nb: "Overføring etter art. 46 uten vurdering av overføringen (TIA)" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      if (transfer.mechanism === null || !ART_46.includes(transfer.mechanism) || !isBlank(transfer.tiaRef)) return [];
      const name = transferName(activity, transfer, index);
      return transferFinding(TR_005, activity, `${path}.tiaRef`, {
        en: `Assess whether the law of the destination country undermines the safeguards for ${name.en}, and reference the assessment (Schrems II).`,
        nb: `Vurder om lovgivningen i mottakerlandet undergraver garantiene for ${name.nb}, og vis til vurderingen (Schrems II).`,
      });
    }),
);

export const TR_006 = defineRule(
  {
    id: "TR-006",
    severity: "warning",
    article: "GDPR Art. 49; EDPB Guidelines 2/2018",
    title: { en: "Art. 49 derogation used for regular transfers", nb: "Unntak etter art. 49 brukt for regelmessige overføringer" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      if (transfer.mechanism === null || !ART_49.includes(transfer.mechanism) || !transfer.isRegular) return [];
      const name = transferName(activity, transfer, index);
      return transferFinding(TR_006, activity, `${path}.mechanism`, {
        en: `${cap(name.en)} is regular, but rests on an Art. 49 derogation. Derogations are for occasional transfers; use an Art. 46 safeguard for regular ones.`,
        nb: `${cap(name.nb)} skjer regelmessig, men bygger på et unntak etter art. 49. Unntakene er ment for enkeltstående overføringer; bruk garantier etter art. 46 for regelmessige.`,
      });
    }),
);

export const TR_007 = defineRule(
  {
    id: "TR-007",
    severity: "error",
    article: "GDPR Art. 49(1) 2nd subpara, 49(6), 30(1)(e)",
    title: { en: "Compelling-legitimate-interest transfer without documented assessment", nb: "Overføring på grunnlag av tvingende berettigede interesser uten dokumentert vurdering" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      if (transfer.mechanism !== "COMPELLING_LEGITIMATE_INTEREST" || !isBlank(transfer.art49Assessment)) return [];
      const name = transferName(activity, transfer, index);
      return transferFinding(TR_007, activity, `${path}.art49Assessment`, {
        en: `Document the assessment and safeguards behind ${name.en}, and record that Datatilsynet was informed (Art. 49(1) second subparagraph, 49(6)).`,
        nb: `Dokumenter vurderingen og garantiene bak ${name.nb}, og registrer at Datatilsynet er informert (art. 49 nr. 1 annet ledd og nr. 6).`,
      });
    }),
);

export const TR_008 = defineRule(
  {
    id: "TR-008",
    severity: "error",
    article: "GDPR Art. 13(1)(f), 14(1)(f)",
    title: { en: "Safeguard-based transfer without how to get a copy", nb: "Overføring med garantier uten opplysning om hvordan man får kopi" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      if (transfer.mechanism === null || !ART_46.includes(transfer.mechanism) || !isBlank(transfer.copyAccess)) return [];
      const name = transferName(activity, transfer, index);
      return transferFinding(TR_008, activity, `${path}.copyAccess`, {
        en: `Say how people can get a copy of the safeguards for ${name.en}, e.g. an e-mail address or a link (Art. 13(1)(f)).`,
        nb: `Skriv hvordan de registrerte kan få kopi av garantiene for ${name.nb}, f.eks. en e-postadresse eller lenke (art. 13 nr. 1 bokstav f).`,
      });
    }),
);

export const TR_009 = defineRule(
  {
    id: "TR-009",
    severity: "warning",
    article: "GDPR Art. 30(1)(e), 13(1)(f)",
    title: { en: "The same transfer recorded twice", nb: "Samme overføring registrert to ganger" },
  },
  (snapshot, { index }) =>
    eachTransfer(snapshot, (activity, transfer, path) => {
      // The editor refuses a second transfer to the same entity and country; one stored before
      // that (or by an older import) says the same twice in the record and the notice, or
      // contradicts the first. The second and later ones are flagged, pointing at the first.
      const i = Number(path.split(".")[1]);
      const first = activity.transfers.findIndex((t) => sameTransferTarget(t, transfer));
      if (first === i) return [];
      const name = transferName(activity, transfer, index);
      return transferFinding(TR_009, activity, `${path}.recipientId`, {
        en: `${cap(name.en)} is recorded twice (transfers ${first + 1} and ${i + 1}). Keep one, with the tool the transfer relies on.`,
        nb: `${cap(name.nb)} er registrert to ganger (overføring ${first + 1} og ${i + 1}). Behold én, med grunnlaget overføringen bygger på.`,
      });
    }),
);

function sameTransferTarget(a: TransferSnapshot, b: TransferSnapshot): boolean {
  return a.recipientId === b.recipientId && a.subProcessorId === b.subProcessorId && a.countryCode.toUpperCase() === b.countryCode.toUpperCase();
}

/**
 * DPF certification belongs to the US organisation on the DPF List (Decision (EU) 2023/1795,
 * Annex I). A recipient elsewhere marked certified — typically the Irish subsidiary of a US
 * group — would have the notice call it certified and TR-003 accept adequacy for it; the
 * certified parent is recorded as its sub-processor and marked there.
 */
export const TR_010 = defineRule(
  {
    id: "TR-010",
    severity: "warning",
    article: "GDPR Art. 45; Decision (EU) 2023/1795",
    title: { en: "DPF certification recorded on an entity outside the United States", nb: "DPF-sertifisering registrert på en virksomhet utenfor USA" },
  },
  (snapshot, { index }) =>
    snapshot.catalogs.recipients.flatMap((recipient) => {
      const findings: Finding[] = [];
      if (recipient.dpfCertified && recipient.countryCode !== "US") {
        const country = recipient.countryCode ? countryNames(index, recipient.countryCode) : { en: "no country", nb: "uten land" };
        findings.push(
          recipientFinding(TR_010, recipient, "dpfCertified", {
            en: `${recipient.name} (${country.en}) is marked as certified under the EU-U.S. Data Privacy Framework, which only US organisations can be. Record its certified US parent as a sub-processor, mark it there, and unmark ${recipient.name}.`,
            nb: `${recipient.name} (${country.nb}) er merket som sertifisert under EU–USA-rammeverket (DPF), noe bare amerikanske virksomheter kan være. Registrer det sertifiserte morselskapet i USA som underdatabehandler, merk det der, og fjern merket på ${recipient.name}.`,
          }),
        );
      }
      recipient.subProcessors.forEach((sub, i) => {
        if (!sub.dpfCertified || sub.countryCode === "US") return;
        const country = sub.countryCode ? countryNames(index, sub.countryCode) : { en: "no country", nb: "uten land" };
        findings.push(
          recipientFinding(TR_010, recipient, `subProcessors.${i}.dpfCertified`, {
            en: `${sub.name} (${country.en}), a sub-processor of ${recipient.name}, is marked as certified under the EU-U.S. Data Privacy Framework, which only US organisations can be.`,
            nb: `${sub.name} (${country.nb}), underdatabehandler for ${recipient.name}, er merket som sertifisert under EU–USA-rammeverket (DPF), noe bare amerikanske virksomheter kan være.`,
          }),
        );
      });
      return findings;
    }),
);

/**
 * Art. 49(1)(b) covers a transfer necessary for a contract "between the data subject and the
 * controller". Where the contract is with the person's employer or the organisation they act
 * for (activity.contractParty, issue 10), that derogation does not apply — 49(1)(c), a
 * contract concluded in the person's interest with another party, may — and the notice
 * would tell a customer's employee of "a contract with you".
 */
export const TR_011 = defineRule(
  {
    id: "TR-011",
    severity: "error",
    article: "GDPR Art. 49(1)(b)–(c)",
    title: { en: "Derogation for a contract with the person where the contract is with their organisation", nb: "Unntak for avtale med den registrerte der avtalen er med virksomheten vedkommende tilhører" },
  },
  (snapshot) =>
    activitiesInScope(snapshot).flatMap((activity) => {
      if (activity.contractParty !== "ORGANISATION") return [];
      const name = activityName(activity);
      return activity.transfers.flatMap((transfer, i) =>
        transfer.mechanism === "DEROGATION_49_1_B"
          ? [
              activityFinding(TR_011, activity, `transfers.${i}.mechanism`, {
                en: `A transfer in ${name.en} rests on Art. 49(1)(b), a contract with the person, but the contract is with their employer or the organisation they act for. Use Art. 49(1)(c) (a contract concluded in the person's interest) if it applies, or another transfer tool.`,
                nb: `En overføring i ${name.nb} bygger på art. 49 nr. 1 bokstav b, en avtale med den registrerte, men avtalen er med arbeidsgiveren eller virksomheten vedkommende opptrer for. Bruk art. 49 nr. 1 bokstav c (en avtale inngått i den registrertes interesse) hvis den passer, eller et annet overføringsgrunnlag.`,
              }),
            ]
          : [],
      );
    }),
);
