import { describe, expect, it } from "vitest";
import {
  activity,
  activityRecipient,
  BASE_IDS,
  buildSnapshot,
  cookie,
  dataCategory,
  dataSubjectCategory,
  noticeText,
  purpose,
  recipient,
  retention,
  securityMeasure,
  subProcessor,
  system,
} from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;

describe("LANG-001 a text missing in one of the notice's languages", () => {
  it("fires per field and language, on the field's input for that language", () => {
    const a = activity({
      noticeTitleEn: "Customer service",
      noticeTitleNb: "Kundeservice",
      description: { en: "We answer questions." },
      purposes: [purpose({ description: { nb: "svare på spørsmål" }, lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: { en: "Answering customers", nb: "å svare kundene" }, liaRef: "LIA-1" })],
      retentionRules: [retention({ criteriaText: { en: "Until the case is closed" } })],
    });
    expect(brief(findingsOf("LANG-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: on(a.id), field: "description.nb" },
      { ruleId: "LANG-001", severity: "error", subject: on(a.id), field: "purposes.0.description.en" },
      { ruleId: "LANG-001", severity: "error", subject: on(a.id), field: "retentionRules.0.criteriaText.nb" },
    ]);
  });

  it("names the language in the message, in the reader's words", () => {
    const a = activity({ description: { en: "We answer questions." }, noticeTitleNb: "Kundeservice" });
    const [finding] = findingsOf("LANG-001", buildSnapshot({ activities: [a] }));
    expect(finding?.message.en).toContain("Norwegian (bokmål)");
    expect(finding?.message.nb).toContain("bokmål");
  });

  it("says of a plural text what is missing in a sentence that agrees with it (not 'the retention criteria is')", () => {
    const a = activity({ noticeTitleNb: "Kundeservice", retentionRules: [retention({ criteriaText: { nb: "til saken er avsluttet" } })] });
    const [finding] = findingsOf("LANG-001", buildSnapshot({ company: { noticeLanguages: ["en", "nb"], primaryLanguage: "nb" }, activities: [a] })).filter((f) => f.field === "retentionRules.0.criteriaText.en");
    expect(finding?.message.en).toContain("the description of the retention criteria is not written in English");
  });

  it("asks only for the company's notice languages", () => {
    const a = activity({ description: { nb: "Vi svarer på spørsmål." }, noticeTitleNb: "Kundeservice" });
    expect(findingsOf("LANG-001", buildSnapshot({ company: { noticeLanguages: ["nb"], primaryLanguage: "nb" }, activities: [a] }))).toEqual([]);
    expect(brief(findingsOf("LANG-001", buildSnapshot({ company: { noticeLanguages: ["en", "nb"], primaryLanguage: "nb" }, activities: [a] })))).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: on(a.id), field: "description.en" },
      // The register name stands for bokmål, the primary language; English needs its own title.
      { ruleId: "LANG-001", severity: "error", subject: on(a.id), field: "noticeTitleEn" },
    ]);
  });

  it("accepts a law from the law list in every language, and free text only where it is written", () => {
    const law = activity({
      noticeTitleNb: "Kundeservice",
      purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: "bokforingsloven", section: "§ 13", text: {} } })],
    });
    expect(findingsOf("LANG-001", buildSnapshot({ activities: [law] }))).toEqual([]);
    const words = activity({
      noticeTitleNb: "Kundeservice",
      purposes: [purpose({ lawfulBasis: "LEGAL_OBLIGATION", legalReference: { law: null, section: null, text: { nb: "forskrift om X § 2" } } })],
    });
    expect(brief(findingsOf("LANG-001", buildSnapshot({ activities: [words] })))).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: on(words.id), field: "purposes.0.legalReference.text.en" },
    ]);
  });

  it("leaves a text written in no language to the other rules, and a draft until it is activated", () => {
    const empty = activity({ noticeTitleNb: "Kundeservice", description: null, provisionConsequence: null });
    expect(findingsOf("LANG-001", buildSnapshot({ activities: [empty] }))).toEqual([]);
    const draft = activity({ status: "DRAFT", description: { en: "Only English" } });
    expect(findingsOf("LANG-001", buildSnapshot({ activities: [draft] }))).toEqual([]);
  });

  it("fires for a recipient's description and a cookie's lifetime in words that the notice prints", () => {
    const helpdesk = recipient({ descriptionEn: "Runs our help desk", descriptionNb: null });
    const signIn = cookie({ name: "sign_in", duration: { kind: "TEXT", amount: null, unit: null, text: { en: "Until you sign out" } } });
    const session = cookie({ name: "session" });
    const a = activity({ noticeTitleNb: "Kundeservice", recipients: [activityRecipient({ recipientId: BASE_IDS.recipient })], cookieIds: [signIn.id, session.id] });
    expect(brief(findingsOf("LANG-001", buildSnapshot({ activities: [a], catalogs: { recipients: [helpdesk], cookies: [signIn, session] } })))).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: { kind: "recipient", recipientId: helpdesk.id }, field: "descriptionNb" },
      { ruleId: "LANG-001", severity: "error", subject: { kind: "cookie", cookieId: signIn.id }, field: "duration.text.nb" },
    ]);
  });

  it("fires for a system's and a sub-processor's description that the Art. 30 PDF prints, and not for a system no activity uses", () => {
    const host = recipient({ subProcessors: [subProcessor({ name: "Cloud Parent Inc.", descriptionEn: "Remote support", descriptionNb: null })] });
    const helpdesk = system({ descriptionEn: null, descriptionNb: "Sakssystemet for kundehenvendelser" });
    const unused = system({ id: "system-unused", name: "Unused", descriptionNb: null });
    const a = activity({ noticeTitleNb: "Kundeservice", recipients: [activityRecipient({ recipientId: host.id })], systemIds: [helpdesk.id] });
    expect(brief(findingsOf("LANG-001", buildSnapshot({ activities: [a], catalogs: { recipients: [host], systems: [helpdesk, unused] } })))).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: { kind: "recipient", recipientId: host.id }, field: "subProcessors.0.descriptionNb" },
      { ruleId: "LANG-001", severity: "error", subject: { kind: "catalog", catalog: "systems", entryId: helpdesk.id }, field: "descriptionEn" },
    ]);
  });

  it("fires for the texts of the other catalogs the activity uses, on their catalog entry, and not for unused entries", () => {
    const contact = dataCategory({ descriptionNb: null });
    const unused = dataCategory({ id: "dc-unused", labelEn: "Unused", descriptionNb: null });
    const people = dataSubjectCategory({ labelNb: "" });
    const measure = securityMeasure({ descriptionEn: "" });
    const a = activity({ noticeTitleNb: "Kundeservice", dataCategoryIds: [contact.id], dataSubjectCategoryIds: [people.id], securityMeasureIds: [measure.id] });
    const findings = findingsOf("LANG-001", buildSnapshot({ activities: [a], catalogs: { dataCategories: [contact, unused], dataSubjectCategories: [people], securityMeasures: [measure] } }));
    expect(brief(findings)).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: { kind: "catalog", catalog: "data-subject-categories", entryId: people.id }, field: "labelNb" },
      { ruleId: "LANG-001", severity: "error", subject: { kind: "catalog", catalog: "data-categories", entryId: contact.id }, field: "descriptionNb" },
      { ruleId: "LANG-001", severity: "error", subject: { kind: "catalog", catalog: "security-measures", entryId: measure.id }, field: "descriptionEn" },
    ]);
    // Written in both languages, nothing fires.
    const complete = buildSnapshot({ activities: [a], catalogs: { dataCategories: [dataCategory()], dataSubjectCategories: [dataSubjectCategory()], securityMeasures: [securityMeasure()] } });
    expect(findingsOf("LANG-001", complete)).toEqual([]);
  });

  it("fires for the title in the notice and a cookie's purpose, but not for the DPO's own wording (the generated sentence stands in)", () => {
    const tracking = cookie({ name: "_ga", purposeEn: "Counts visits", purposeNb: "" });
    const a = activity({
      name: "Kundeservice",
      noticeTitleEn: null,
      noticeTitleNb: null,
      cookieIds: [tracking.id],
      noticeTexts: [noticeText({ text: "We answer every question within a day.", language: "EN" })],
    });
    const findings = findingsOf("LANG-001", buildSnapshot({ company: { noticeLanguages: ["en", "nb"], primaryLanguage: "nb" }, activities: [a], catalogs: { cookies: [tracking] } }));
    expect(brief(findings)).toEqual([
      { ruleId: "LANG-001", severity: "error", subject: on(a.id), field: "noticeTitleEn" },
      { ruleId: "LANG-001", severity: "error", subject: { kind: "cookie", cookieId: tracking.id }, field: "purposeNb" },
    ]);
  });
});
