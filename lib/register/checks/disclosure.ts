/**
 * What the register says about who receives the data (Art. 13(1)(e), 14(1)(e)) and
 * why: disclosure to another company for that company's own marketing, and
 * recipients recorded only as a vague category.
 */
import type { ActivitySnapshot, RecipientSnapshot } from "../snapshot";
import { usedRecipients } from "./recipients";
import { activityFinding, activityName, cap, controllerActivities, defineRule, q, recipientFinding } from "./kit";

const MARKETING = /market|advertis|promotion|markedsfør|reklame|annonse|kampanje/i;
const SHARING = /\b(share|sharing|disclos|pass(ed|ing)? on|sell|sold|transfer)|\b(del(e|er|es|ing)|utlever|videresend|overfør|selg)/i;

/** The recipient itself, or the purpose that sends data to it, says the data serve its marketing. */
function marketingDisclosure(activity: ActivitySnapshot, recipient: RecipientSnapshot): boolean {
  const described = [recipient.descriptionEn, recipient.descriptionNb].some((text) => text !== null && MARKETING.test(text));
  const purposeSays = activity.purposes.some((purpose) => MARKETING.test(purpose.description) && SHARING.test(purpose.description));
  return described || purposeSays;
}

/**
 * Giving customers' data to another controller for its own marketing needs their
 * consent: a balancing test does not carry it (WP29 Opinion 06/2014 on legitimate
 * interests; Datatilsynet), and by e-mail or SMS the recipient needs consent anyway
 * (markedsføringsloven § 15). The register has no field for the recipient's purpose,
 * so the recipient's description and the activity's purposes are read for it.
 */
export const REC_002 = defineRule(
  {
    id: "REC-002",
    severity: "warning",
    article: "GDPR Art. 6(1)(a), 6(1)(f); markedsføringsloven § 15",
    title: { en: "Disclosure to another controller for its own marketing without consent", nb: "Utlevering til en annen behandlingsansvarlig for dens egen markedsføring uten samtykke" },
  },
  (snapshot, { index }) =>
    controllerActivities(snapshot).flatMap((activity) => {
      if (activity.purposes.some((purpose) => purpose.lawfulBasis === "CONSENT")) return [];
      return activity.recipients.flatMap((link) => {
        const recipient = index.recipients.get(link.recipientId);
        if (!recipient || recipient.kind !== "CONTROLLER" || !marketingDisclosure(activity, recipient)) return [];
        const name = activityName(activity);
        return [
          activityFinding(REC_002, activity, "recipients", {
            en: `${cap(name.en)} discloses personal data to ${recipient.name}, an independent controller, for its own marketing, and no purpose of the activity rests on consent. Passing people's data to another company for that company's marketing needs their consent (Art. 6(1)(a)); a balancing test does not carry it. Ask for consent, or stop the disclosure.`,
            nb: `${cap(name.nb)} utleverer personopplysninger til ${recipient.name}, en selvstendig behandlingsansvarlig, for dens egen markedsføring, og ingen av formålene har samtykke som grunnlag. Å gi folks opplysninger til et annet selskap for det selskapets markedsføring krever samtykke (art. 6 nr. 1 bokstav a); en interesseavveining holder ikke. Be om samtykke, eller stans utleveringen.`,
          }),
        ];
      });
    }),
);

// Words that make a recipient's name a category with nothing to identify it, and words
// that only qualify such a category ("our selected partners", «våre samarbeidspartnere»).
const VAGUE = new Set([
  "partner", "partners", "third", "party", "parties", "third-party", "third-parties", "affiliates", "affiliated", "companies", "suppliers", "vendors", "providers", "service", "recipients",
  "samarbeidspartner", "samarbeidspartnere", "samarbeidspartnerne", "partnere", "partnerne", "tredjepart", "tredjeparter", "tredjepartene", "leverandør", "leverandører", "leverandørene", "tjenesteleverandører", "selskaper", "aktører", "mottakere",
]);
const QUALIFIERS = new Set([
  "our", "other", "others", "selected", "trusted", "various", "relevant", "external", "certain", "business", "commercial", "and", "or", "the",
  "våre", "vår", "andre", "utvalgte", "relevante", "eksterne", "diverse", "enkelte", "og", "eller", "kommersielle",
]);

/** "Partners", "third parties", «Samarbeidspartnere», «Våre tredjeparter»: a name that names no one. */
export function isVagueRecipientName(name: string): boolean {
  const words = name.toLowerCase().replace(/[^\p{L}\s-]/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.some((word) => VAGUE.has(word)) && words.every((word) => VAGUE.has(word) || QUALIFIERS.has(word));
}

/**
 * WP260 (transparency, on Art. 13(1)(e)): recipients are named by default; where only
 * categories are given, they must be specific — the kind of recipient by what it
 * does, its sector and where it is. "Partners" or "third parties" tell a reader nothing.
 */
export const REC_003 = defineRule(
  {
    id: "REC-003",
    severity: "warning",
    article: "GDPR Art. 13(1)(e), 14(1)(e); WP260",
    title: { en: "Recipient recorded only as a vague category", nb: "Mottaker registrert bare som en uklar kategori" },
  },
  (snapshot) =>
    usedRecipients(snapshot).flatMap((recipient) =>
      isVagueRecipientName(recipient.name)
        ? [
            recipientFinding(REC_003, recipient, "name", {
              en: `The recipient ${q.en(recipient.name)} names no one. Name the companies that receive the data, or where you cannot, a category a reader can recognise: what they do, their sector and where they are (e.g. “payment providers in the EEA”) (Art. 13(1)(e); WP260).`,
              nb: `Mottakeren ${q.nb(recipient.name)} navngir ingen. Oppgi navnet på selskapene som mottar opplysningene, eller der det ikke går, en kategori leseren kan kjenne igjen: hva de gjør, hvilken bransje og hvor de holder til (f.eks. «betalingsformidlere i EØS») (art. 13 nr. 1 bokstav e; WP260).`,
            }),
          ]
        : [],
    ),
);
