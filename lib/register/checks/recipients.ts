/**
 * Recipients (Art. 4(9), 13(1)(e)), processors and their contracts (Art. 28) and
 * joint controllers (Art. 26).
 */
import { everyLanguage } from "../localized-text";
import type { RecipientSnapshot, RegisterSnapshot } from "../snapshot";
import { activitiesInScope, activityFinding, activityName, cap, defineRule, isBlank, q, recipientFinding } from "./kit";
import type { Finding } from "./types";

/**
 * A recipient the activity evidently discloses to — the vendor of a system it uses,
 * or the provider behind a cookie it sets — but which is not listed among its
 * recipients, so the notice would not name it (Its Working: Meta/Google missing).
 * Transfers cannot name an unlinked recipient (the schema's foreign key).
 */
export const REC_001 = defineRule(
  {
    id: "REC-001",
    severity: "warning",
    article: "GDPR Art. 4(9), 13(1)(e)",
    title: { en: "Processor used by an activity but not listed as recipient", nb: "Databehandler som brukes, men ikke er oppført som mottaker" },
  },
  (snapshot, { index }) =>
    activitiesInScope(snapshot).flatMap((activity) => {
      const listed = new Set(activity.recipients.map((link) => link.recipientId));
      const via = new Map<string, { en: string; nb: string }>();
      for (const systemId of activity.systemIds) {
        const system = index.systems.get(systemId);
        if (system?.vendorRecipientId && !listed.has(system.vendorRecipientId) && !via.has(system.vendorRecipientId)) {
          via.set(system.vendorRecipientId, { en: `the system ${q.en(system.name)}`, nb: `systemet ${q.nb(system.name)}` });
        }
      }
      for (const cookieId of activity.cookieIds) {
        const cookie = index.cookies.get(cookieId);
        if (cookie?.recipientId && !listed.has(cookie.recipientId) && !via.has(cookie.recipientId)) {
          via.set(cookie.recipientId, { en: `the cookie ${q.en(cookie.name)}`, nb: `informasjonskapselen ${q.nb(cookie.name)}` });
        }
      }
      return [...via].flatMap(([recipientId, source]) => {
        const recipient = index.recipients.get(recipientId);
        if (!recipient || recipient.kind === "INTERNAL") return [];
        const name = activityName(activity);
        return [
          activityFinding(REC_001, activity, "recipients", {
            en: `${cap(name.en)} uses ${source.en}, so ${recipient.name} receives personal data, but ${recipient.name} is not listed as a recipient. Add it so the notice names it.`,
            nb: `${cap(name.nb)} bruker ${source.nb}, og ${recipient.name} mottar dermed personopplysninger, men ${recipient.name} er ikke oppført som mottaker. Legg den til, slik at erklæringen nevner den.`,
          }),
        ];
      });
    }),
);

/** Recipients linked to at least one activity in scope: unused catalog entries are not reported. */
export function usedRecipients(snapshot: RegisterSnapshot): RecipientSnapshot[] {
  const used = new Set(activitiesInScope(snapshot).flatMap((activity) => activity.recipients.map((link) => link.recipientId)));
  return snapshot.catalogs.recipients.filter((recipient) => used.has(recipient.id));
}

export const PR_001 = defineRule(
  {
    id: "PR-001",
    severity: "error",
    article: "GDPR Art. 28(3), 28(9)",
    title: { en: "Processor without a data processing agreement", nb: "Databehandler uten databehandleravtale" },
  },
  (snapshot) => {
    // 28(3): processing by a processor is governed by a contract, in writing (28(9)).
    const processors: Finding[] = usedRecipients(snapshot)
      .filter((recipient) => recipient.kind === "PROCESSOR" && recipient.dpaStatus !== "SIGNED")
      .map((recipient) =>
        recipientFinding(PR_001, recipient, "dpaStatus", {
          en:
            recipient.dpaStatus === "PENDING"
              ? `The data processing agreement with ${recipient.name} is not signed yet. A processor may only process data under a signed agreement (Art. 28(3)).`
              : `${recipient.name} is a processor but has no data processing agreement. Sign one that meets Art. 28(3), or correct the kind of recipient.`,
          nb:
            recipient.dpaStatus === "PENDING"
              ? `Databehandleravtalen med ${recipient.name} er ikke signert ennå. En databehandler kan bare behandle opplysninger etter en signert avtale (art. 28 nr. 3).`
              : `${recipient.name} er databehandler, men har ingen databehandleravtale. Inngå en avtale som oppfyller art. 28 nr. 3, eller rett opp mottakertypen.`,
        }),
      );
    // The other side: our own processor activities need the controller's agreement (Art. 30(2); 28(3)).
    const ownProcessing = activitiesInScope(snapshot)
      .filter((activity) => activity.role === "PROCESSOR" && isBlank(activity.controllerDpaRef) && !activity.controllersServed.some((c) => !isBlank(c.dpaRef)))
      .map((activity) => {
        const name = activityName(activity);
        return activityFinding(PR_001, activity, "controllerDpaRef", {
          en: `${cap(name.en)} is processing on behalf of others, but no data processing agreement with the controller is referenced (Art. 28(3)).`,
          nb: `${cap(name.nb)} er behandling på vegne av andre, men det er ikke vist til noen databehandleravtale med den behandlingsansvarlige (art. 28 nr. 3).`,
        });
      });
    return [...processors, ...ownProcessing];
  },
);

export const PR_002 = defineRule(
  {
    id: "PR-002",
    severity: "warning",
    article: "GDPR Art. 28(2), 28(4)",
    title: { en: "Sub-processor without authorisation", nb: "Underdatabehandler uten godkjenning" },
  },
  (snapshot, { index }) => {
    // Our processors' sub-processors: the processor needs our specific or general written authorisation (28(2)).
    const theirs = usedRecipients(snapshot).flatMap((recipient) =>
      recipient.subProcessors.flatMap((sub, i) =>
        sub.authorisation !== null
          ? []
          : [
              recipientFinding(PR_002, recipient, `subProcessors.${i}.authorisation`, {
                en: `Record whether ${sub.name}, the sub-processor of ${recipient.name}, was authorised specifically or under a general authorisation (Art. 28(2)).`,
                nb: `Registrer om ${sub.name}, underdatabehandler for ${recipient.name}, er godkjent spesifikt eller etter en generell godkjenning (art. 28 nr. 2).`,
              }),
            ],
      ),
    );
    // Our own sub-processors in processor activities: the controller we serve must authorise them.
    const ours = activitiesInScope(snapshot)
      .filter((activity) => activity.role === "PROCESSOR")
      .flatMap((activity) =>
        activity.recipients.flatMap((link, i) => {
          const recipient = index.recipients.get(link.recipientId);
          if (recipient?.kind !== "PROCESSOR" || link.subProcessorAuthorisation !== null) return [];
          const name = activityName(activity);
          return [
            activityFinding(PR_002, activity, `recipients.${i}.subProcessorAuthorisation`, {
              en: `In ${name.en} you engage ${recipient.name} as a sub-processor. Record whether the controller authorised it specifically or generally (Art. 28(2)).`,
              nb: `I ${name.nb} bruker dere ${recipient.name} som underdatabehandler. Registrer om den behandlingsansvarlige har godkjent det spesifikt eller generelt (art. 28 nr. 2).`,
            }),
          ];
        }),
      );
    return [...theirs, ...ours];
  },
);

export const JC_001 = defineRule(
  {
    id: "JC-001",
    severity: "error",
    article: "GDPR Art. 26(1)–(2)",
    title: { en: "Joint controller without arrangement or its essence", nb: "Felles behandlingsansvarlig uten avtale eller sammendrag" },
  },
  (snapshot) =>
    activitiesInScope(snapshot)
      .filter((activity) => activity.role === "JOINT_CONTROLLER")
      .flatMap((activity) => {
        const name = activityName(activity);
        if (activity.jointControllers.length === 0) {
          return [
            activityFinding(JC_001, activity, "jointControllers", {
              en: `${cap(name.en)} is marked as joint controllership, but no joint controller is named (Art. 26).`,
              nb: `${cap(name.nb)} er merket som felles behandlingsansvar, men ingen felles behandlingsansvarlig er oppgitt (art. 26).`,
            }),
          ];
        }
        return activity.jointControllers.flatMap((joint, i) => {
          const findings: Finding[] = [];
          // 26(1): the arrangement determines who does what; 26(2): its essence is made available.
          if (isBlank(joint.arrangementLink)) {
            findings.push(
              activityFinding(JC_001, activity, `jointControllers.${i}.arrangementLink`, {
                en: `Link the arrangement with ${joint.name} for ${name.en}; it must set out who meets which obligation (Art. 26(1)).`,
                nb: `Lenk til avtalen med ${joint.name} for ${name.nb}; den skal fastsette hvem som oppfyller hvilke plikter (art. 26 nr. 1).`,
              }),
            );
          }
          if (isBlank(joint.essenceText)) {
            findings.push(
              activityFinding(JC_001, activity, `jointControllers.${i}.essenceText`, {
                en: `Write the essence of the arrangement with ${joint.name} for ${name.en}; it is published in the notice (Art. 26(2)).`,
                nb: `Skriv hovedinnholdet i avtalen med ${joint.name} for ${name.nb}; det publiseres i personvernerklæringen (art. 26 nr. 2).`,
              }),
            );
          }
          return findings;
        });
      }),
);

/**
 * The transfer checks (TR-001) decide "outside the EEA" from the country; a recipient or
 * sub-processor without one is skipped by them, so a US provider entered without its
 * country would never be asked for a transfer. Internal recipients (a department, a
 * group company named for transparency) are the company's own country.
 */
export const REC_004 = defineRule(
  {
    id: "REC-004",
    severity: "warning",
    article: "GDPR Art. 30(1)(d)–(e), 44",
    title: { en: "Recipient or sub-processor without a country", nb: "Mottaker eller underdatabehandler uten land" },
  },
  (snapshot) =>
    usedRecipients(snapshot).flatMap((recipient) => {
      const findings: Finding[] = [];
      if (recipient.kind !== "INTERNAL" && recipient.countryCode === null) {
        findings.push(
          recipientFinding(REC_004, recipient, "countryCode", {
            en: `${recipient.name} has no country, so the register cannot tell whether data leave the EEA. Record where it processes the data.`,
            nb: `${recipient.name} mangler land, så protokollen kan ikke si om opplysningene går ut av EØS. Registrer hvor mottakeren behandler opplysningene.`,
          }),
        );
      }
      recipient.subProcessors.forEach((sub, i) => {
        if (sub.countryCode !== null) return;
        findings.push(
          recipientFinding(REC_004, recipient, `subProcessors.${i}.countryCode`, {
            en: `${sub.name}, a sub-processor of ${recipient.name}, has no country, so the register cannot tell whether data leave the EEA through it.`,
            nb: `${sub.name}, underdatabehandler for ${recipient.name}, mangler land, så protokollen kan ikke si om opplysningene går ut av EØS gjennom den.`,
          }),
        );
      });
      return findings;
    }),
);

// Social networks whose page statistics, plugins or pixels make the page owner a joint controller.
const SOCIAL_NETWORK = /\b(?:meta(?: platforms)?|facebook|instagram|linkedin|tiktok|snapchat|pinterest|twitter|x corp)\b/i;
// What the activity does with them: a page and its statistics, a plugin or pixel on our site.
const PAGE_OR_PLUGIN =
  /\b(?:(?:fan |company |business )?pages?|insights|page statistics|followers|like button|social plugin|plugins?|pixel|social media)\b|sosiale medier|facebook-side|\bsiden vår|innsikt|sidestatistikk|følgere|liker-knapp|programtillegg|piksel/i;

/**
 * CJEU C-210/16 Wirtschaftsakademie (page insights) and C-40/17 Fashion ID (an embedded
 * plugin): the page owner or website operator and the network are joint controllers for
 * the collection, so Art. 26 applies — an arrangement and its essence in the notice —
 * where the register records the network as a plain recipient. Recognised by the
 * recipient's name and by the activity's words for a page, statistics or a plugin.
 */
export const JC_002 = defineRule(
  {
    id: "JC-002",
    severity: "warning",
    article: "GDPR Art. 26; CJEU C-210/16, C-40/17",
    title: { en: "Social network recorded as a recipient where the law sees joint controllership", nb: "Sosialt nettverk registrert som mottaker der loven ser felles behandlingsansvar" },
  },
  (snapshot, { index }) =>
    activitiesInScope(snapshot).flatMap((activity) => {
      if (activity.role === "PROCESSOR") return [];
      // Descriptions are texts per language: every language is read.
      const words = [activity.name, everyLanguage(activity.description), ...activity.purposes.map((p) => everyLanguage(p.description))].join(" ");
      if (!PAGE_OR_PLUGIN.test(words)) return [];
      return activity.recipients.flatMap((link) => {
        const recipient = index.recipients.get(link.recipientId);
        if (!recipient || recipient.kind === "JOINT_CONTROLLER" || !SOCIAL_NETWORK.test(recipient.name)) return [];
        if (activity.jointControllers.some((joint) => SOCIAL_NETWORK.test(joint.name))) return [];
        const name = activityName(activity);
        return [
          activityFinding(JC_002, activity, "recipients", {
            en: `${cap(name.en)} uses ${recipient.name} for a page, its statistics or a plugin, but records it as a plain recipient. The courts hold the page owner and the network to be joint controllers here (CJEU Wirtschaftsakademie, Fashion ID): record ${recipient.name} as a joint controller with the arrangement and its essence (Art. 26).`,
            nb: `${cap(name.nb)} bruker ${recipient.name} til en side, sidestatistikk eller et programtillegg, men fører den som vanlig mottaker. EU-domstolen anser sideeieren og nettverket som felles behandlingsansvarlige her (Wirtschaftsakademie, Fashion ID): registrer ${recipient.name} som felles behandlingsansvarlig med avtalen og hovedinnholdet (art. 26).`,
          }),
        ];
      });
    }),
);
