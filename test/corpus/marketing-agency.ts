/**
 * Corpus: a marketing agency that runs a Facebook page (joint controllership with Meta
 * for the page statistics, CJEU C-210/16), hosts events together with clients (Art. 26),
 * collects sign-ups on campaign pages and retargets its website's visitors through two
 * advertising networks.
 */
import { cookie, dataCategory, dataSubjectCategory, jointController, purpose, recipient, retention, securityMeasure } from "@/test/register/snapshot-builder";
import type { RegisterSnapshot } from "@/lib/register/snapshot";
import { activityOf, corpusActivity, link, recipientOf, register, t, type CorpusRegister } from "./kit";

const PAGE = "activity-blaklokke-page";
const EVENTS = "activity-blaklokke-events";
const LEADS = "activity-blaklokke-leads";
const RETARGETING = "activity-blaklokke-retargeting";
const META = "recipient-blaklokke-meta";

function fixed(): RegisterSnapshot {
  const followers = dataSubjectCategory({ id: "dsc-blaklokke-followers", labelEn: "People who visit or follow our Facebook page", labelNb: "Personer som besøker eller følger Facebook-siden vår" });
  const participants = dataSubjectCategory({ id: "dsc-blaklokke-participants", labelEn: "Participants in events", labelNb: "Deltakere på arrangementer" });
  const leads = dataSubjectCategory({ id: "dsc-blaklokke-leads", labelEn: "People who sign up on our campaign pages", labelNb: "Personer som melder seg på via kampanjesidene våre" });
  const visitors = dataSubjectCategory({ id: "dsc-blaklokke-visitors", labelEn: "Visitors to our website", labelNb: "Besøkende på nettstedet vårt" });
  const interactions = dataCategory({ id: "dc-blaklokke-interactions", labelEn: "Interactions with the page", labelNb: "Aktivitet på siden", descriptionEn: "Your public profile name, comments, messages and reactions", descriptionNb: "Det offentlige profilnavnet ditt, kommentarer, meldinger og reaksjoner" });
  const pageStats = dataCategory({ id: "dc-blaklokke-page-stats", labelEn: "Page statistics", labelNb: "Sidestatistikk", descriptionEn: "Statistics Meta makes from visits to the page; we see only totals", descriptionNb: "Statistikk Meta lager av besøk på siden; vi ser bare summer" });
  const participant = dataCategory({ id: "dc-blaklokke-participant", labelEn: "Registration details", labelNb: "Påmeldingsopplysninger", descriptionEn: "Name, e-mail address and the company you work for", descriptionNb: "Navn, e-postadresse og firmaet du jobber i" });
  const signUp = dataCategory({ id: "dc-blaklokke-sign-up", labelEn: "Name and e-mail address", labelNb: "Navn og e-postadresse", descriptionEn: "What you type on the campaign page", descriptionNb: "Det du skriver inn på kampanjesiden" });
  const adEvents = dataCategory({ id: "dc-blaklokke-ad-events", labelEn: "Advertising identifiers and events", labelNb: "Annonse-ID-er og hendelser", descriptionEn: "A cookie ID, the pages you visited and which of our ads you clicked", descriptionNb: "En cookie-ID, sidene du besøkte og hvilke av annonsene våre du klikket på" });

  const meta = recipient({
    id: META,
    name: "Meta Platforms Ireland Ltd",
    kind: "JOINT_CONTROLLER",
    countryCode: "IE",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "Runs Facebook and makes the page statistics",
    descriptionNb: "Driver Facebook og lager sidestatistikken",
  });
  const client = recipient({
    id: "recipient-blaklokke-client",
    name: "Sommerfest Bryggeri AS",
    kind: "JOINT_CONTROLLER",
    dpaStatus: "NOT_REQUIRED",
    dpaDate: null,
    dpaRef: null,
    descriptionEn: "Hosts the event with us and receives the list of participants",
    descriptionNb: "Holder arrangementet sammen med oss og mottar deltakerlisten",
  });
  const mailer = recipient({ id: "recipient-blaklokke-utsending", name: "Utsending Norge AS", descriptionEn: "Sends our newsletters and invitations", descriptionNb: "Sender nyhetsbrevene og invitasjonene våre" });
  const adNetwork = recipient({ id: "recipient-blaklokke-annonsenett", name: "Annonsenett AS", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED", dpaDate: null, dpaRef: null, descriptionEn: "Shows our ads on other websites and counts clicks", descriptionNb: "Viser annonsene våre på andre nettsteder og teller klikk" });
  const retargeter = recipient({ id: "recipient-blaklokke-retarget", name: "Retarget Nordic AB", kind: "CONTROLLER", countryCode: "SE", dpaStatus: "NOT_REQUIRED", dpaDate: null, dpaRef: null, descriptionEn: "Shows our ads to earlier visitors of our website", descriptionNb: "Viser annonsene våre til tidligere besøkende på nettstedet vårt" });
  const anCookie = cookie({ id: "cookie-blaklokke-an-uid", name: "_an_uid", provider: "Annonsenett AS", purposeEn: "Recognises your browser to show and count our ads", purposeNb: "Kjenner igjen nettleseren din for å vise og telle annonsene våre", category: "MARKETING", durationText: "90 days", consentRequired: true, recipientId: adNetwork.id });
  const rtCookie = cookie({ id: "cookie-blaklokke-rt-click", name: "rt_click", provider: "Retarget Nordic AB", purposeEn: "Remembers that you visited us, to show you our ads later", purposeNb: "Husker at du besøkte oss, for å vise deg annonsene våre senere", category: "MARKETING", durationText: "30 days", consentRequired: true, recipientId: retargeter.id });
  const access = securityMeasure({ id: "sm-blaklokke-access", kind: "ACCESS_CONTROL", descriptionEn: "Personal accounts with two-factor sign-in for every tool", descriptionNb: "Personlige kontoer med tofaktorinnlogging i alle verktøy" });

  return register({
    company: {
      id: "company-blaklokke",
      slug: "blaklokke",
      legalName: "Blåklokke Kommunikasjon AS",
      orgNumber: "989011006",
      postalStreet: "Grünerløkka Allé 5",
      postalCode: "0552",
      postalCity: "Oslo",
      email: "personvern@blaklokke.no",
      phone: "+47 23 00 55 00",
      website: "https://blaklokke.no",
    },
    catalogs: {
      dataSubjectCategories: [followers, participants, leads, visitors],
      dataCategories: [interactions, pageStats, participant, signUp, adEvents],
      recipients: [meta, client, mailer, adNetwork, retargeter],
      securityMeasures: [access],
      cookies: [anCookie, rtCookie],
    },
    activities: [
      corpusActivity({
        id: PAGE,
        name: "Facebook-siden vår",
        noticeTitleEn: "Our Facebook page",
        noticeTitleNb: "Facebook-siden vår",
        description: t("Our company page on Facebook, where we show our work and answer messages.", "Firmasiden vår på Facebook, der vi viser arbeidet vårt og svarer på meldinger."),
        // CJEU C-210/16: the page owner and Meta decide together on the page statistics.
        role: "JOINT_CONTROLLER",
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-blaklokke-page",
            description: t("Show our work, answer messages and see how many people the posts reach", "Vise arbeidet vårt, svare på meldinger og se hvor mange innleggene når"),
            lawfulBasis: "LEGITIMATE_INTERESTS",
            legitimateInterest: t("Making our agency known and knowing which posts interest our followers", "Å gjøre byrået kjent og vite hvilke innlegg følgerne er interessert i"),
            liaRef: "Interesseavveining Facebook-side 2025-06",
          }),
        ],
        jointControllers: [
          jointController({
            id: "jc-blaklokke-meta",
            name: "Meta Platforms Ireland Ltd",
            contact: "https://www.facebook.com/help/contact/540977946302970",
            arrangementLink: "https://www.facebook.com/legal/terms/page_controller_addendum",
            essenceText: t(
              "Meta is responsible for the page statistics: it answers your requests about them and tells you how it processes the data. We see only totals.",
              "Meta har ansvaret for sidestatistikken: Meta svarer på henvendelser om den og forteller hvordan opplysningene behandles. Vi ser bare summer.",
            ),
          }),
        ],
        dataSubjectCategoryIds: [followers.id],
        dataCategoryIds: [interactions.id, pageStats.id],
        recipients: [link(meta.id)],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-blaklokke-page", dataCategoryId: null, duration: 12, unit: "MONTHS", trigger: "AFTER_LAST_CONTACT" })],
      }),
      corpusActivity({
        id: EVENTS,
        name: "Arrangementer med kunder",
        noticeTitleEn: "Events we host together with a client",
        noticeTitleNb: "Arrangementer vi holder sammen med en kunde",
        description: t("Launches and seminars we plan and run together with the client, who invites its own guests as well.", "Lanseringer og seminarer vi planlegger og holder sammen med kunden, som også inviterer egne gjester."),
        role: "JOINT_CONTROLLER",
        provisionRequirement: "CONTRACTUAL",
        provisionConsequence: t("Without your name and e-mail address we cannot register you for the event.", "Uten navn og e-postadresse kan vi ikke melde deg på arrangementet."),
        purposes: [purpose({ id: "purpose-blaklokke-events", description: t("Register you for the event and send you practical information", "Melde deg på arrangementet og sende deg praktisk informasjon"), lawfulBasis: "CONTRACT" })],
        jointControllers: [
          jointController({
            id: "jc-blaklokke-client",
            name: "Sommerfest Bryggeri AS",
            contact: "personvern@sommerfestbryggeri.no",
            arrangementLink: "Avtale om felles behandlingsansvar med Sommerfest Bryggeri AS, 2026-02-10",
            essenceText: t(
              "We handle the registrations and your requests about them; the client receives the list of participants and uses it only for this event.",
              "Vi håndterer påmeldingene og henvendelser om dem; kunden mottar deltakerlisten og bruker den bare til dette arrangementet.",
            ),
          }),
        ],
        dataSubjectCategoryIds: [participants.id],
        dataCategoryIds: [participant.id],
        recipients: [link(client.id)],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-blaklokke-events", dataCategoryId: participant.id, duration: 3, unit: "MONTHS", trigger: "OTHER", triggerText: t("the event", "arrangementet") })],
      }),
      corpusActivity({
        id: LEADS,
        name: "Kampanjesider og nyhetsbrev",
        noticeTitleEn: "Campaign sign-ups and our newsletter",
        noticeTitleNb: "Påmelding på kampanjesider og nyhetsbrevet vårt",
        description: t("Sign-ups on our campaign pages for the newsletter and invitations.", "Påmeldinger på kampanjesidene våre til nyhetsbrevet og invitasjoner."),
        provisionRequirement: "VOLUNTARY",
        purposes: [
          purpose({
            id: "purpose-blaklokke-leads",
            description: t("Send you our newsletter and invitations by e-mail after you sign up", "Sende deg nyhetsbrevet og invitasjoner på e-post etter at du har meldt deg på"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Use the unsubscribe link in every e-mail.", "Bruk avmeldingslenken i hver e-post."),
          }),
        ],
        marketingAudiences: [{ who: "OTHERS", channels: ["EMAIL"], route: "CONSENT", optOutOffered: true, similarProducts: null }],
        consentRecordRef: "Samtykkelogg i kampanjeverktøyet (tidspunkt, side og tekst)",
        dataSubjectCategoryIds: [leads.id],
        dataCategoryIds: [signUp.id],
        recipients: [link(mailer.id)],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-blaklokke-leads", dataCategoryId: signUp.id, duration: 30, unit: "DAYS", trigger: "AFTER_WITHDRAWAL_OF_CONSENT" })],
      }),
      corpusActivity({
        id: RETARGETING,
        name: "Annonsemåling og gjenmarkedsføring",
        noticeTitleEn: "Ad measurement and retargeting",
        noticeTitleNb: "Annonsemåling og gjenmarkedsføring",
        description: t("Advertising cookies of two networks on our website, set only if you accept them.", "Annonsecookies fra to nettverk på nettstedet vårt, satt bare hvis du godtar dem."),
        collectionSource: "DATA_SUBJECT_OBSERVED",
        provisionRequirement: null,
        purposes: [
          purpose({
            id: "purpose-blaklokke-retargeting",
            description: t("Show our ads again to visitors of our website on other sites, and measure the ads", "Vise annonsene våre igjen til besøkende på nettstedet vårt når de er på andre nettsteder, og måle annonsene"),
            lawfulBasis: "CONSENT",
            consentWithdrawal: t("Change your choice under “Cookies” at the bottom of every page.", "Endre valget under «Informasjonskapsler» nederst på hver side."),
          }),
        ],
        consentRecordRef: "Samtykkeloggen i cookiebanneret",
        dpia: { required: true, status: "COMPLETED", link: "DPIA gjenmarkedsføring 2025-09" },
        dataSubjectCategoryIds: [visitors.id],
        dataCategoryIds: [adEvents.id],
        recipients: [link(adNetwork.id), link(retargeter.id)],
        cookieIds: [anCookie.id, rtCookie.id],
        securityMeasureIds: [access.id],
        retentionRules: [retention({ id: "retention-blaklokke-ad-events", dataCategoryId: adEvents.id, duration: 90, unit: "DAYS", trigger: "AFTER_COLLECTION" })],
      }),
    ],
  });
}

export const marketingAgency: CorpusRegister = {
  kind: "marketing-agency",
  about: "Blåklokke Kommunikasjon AS, a marketing agency: a Facebook page (joint controllership with Meta), events with clients (Art. 26), campaign sign-ups, retargeting through two advertising networks",
  fixed,
  remaining: [],
  defects: [
    {
      what: "Meta recorded as a plain recipient of the Facebook page and its statistics",
      apply: (r) => {
        const page = activityOf(r, PAGE);
        page.role = "CONTROLLER";
        page.jointControllers = [];
        recipientOf(r, META).kind = "CONTROLLER";
      },
      expect: [{ rule: "JC-002", severity: "warning", at: PAGE, field: "recipients", why: "GDPR Art. 26 and CJEU C-210/16 (Wirtschaftsakademie): the page owner is a joint controller with Meta for the page statistics, with an arrangement whose essence is published" }],
    },
    {
      what: "The joint event arrangement has no summary for the participants",
      apply: (r) => {
        const joint = activityOf(r, EVENTS).jointControllers[0];
        if (joint) joint.essenceText = {};
      },
      expect: [{ rule: "JC-001", severity: "error", at: EVENTS, field: "jointControllers.0.essenceText", why: "GDPR Art. 26(2): the essence of the arrangement is made available to the data subject" }],
    },
    {
      what: "Campaign sign-ups e-mailed on the existing-customer route",
      apply: (r) => {
        const campaign = activityOf(r, LEADS);
        campaign.purposes = campaign.purposes.map((p) => ({ ...p, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: t("Following up interested people", "Å følge opp interesserte"), liaRef: "Vurdering 2025", consentWithdrawal: {} }));
        campaign.consentRecordRef = null;
        campaign.marketingAudiences = [{ who: "EXISTING_CUSTOMERS", channels: ["EMAIL"], route: "EXISTING_CUSTOMER", optOutOffered: true, similarProducts: true }];
      },
      expect: [{ rule: "LB-013", severity: "error", at: LEADS, field: "marketingAudiences.0.route", why: "markedsføringsloven § 15 third paragraph: people who signed up on a campaign page have bought nothing; e-mail to them needs prior consent" }],
    },
    {
      what: "No DPIA for retargeting through two advertising networks",
      apply: (r) => {
        activityOf(r, RETARGETING).dpia = { required: false, status: null, link: null };
      },
      expect: [{ rule: "DPIA-001", severity: "warning", at: RETARGETING, field: "dpia.required", why: "GDPR Art. 35(3)(c) and WP248: tracking visitors across sites with the cookies of several advertising networks is systematic monitoring" }],
    },
  ],
};
