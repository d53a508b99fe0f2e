import { describe, expect, it } from "vitest";
import { activity, activityRecipient, BASE_IDS, buildSnapshot, controllerServed, cookie, jointController, purpose, recipient, subProcessor, system } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;

describe("REC-001 processor used but not listed", () => {
  const mailer = recipient({ name: "Mailer AS" });
  const mailSystem = system({ name: "Mail platform", vendorRecipientId: mailer.id });

  it("fires when a system's vendor is not a recipient of the activity", () => {
    const a = activity({ systemIds: [BASE_IDS.system, mailSystem.id] });
    const findings = findingsOf("REC-001", buildSnapshot({ activities: [a], catalogs: { recipients: [mailer], systems: [mailSystem] } }));
    expect(brief(findings)).toEqual([{ ruleId: "REC-001", severity: "warning", subject: on(a.id), field: "recipients" }]);
    expect(findings[0]?.message.en).toContain("Mailer AS");
  });

  it("fires when a cookie's provider is not a recipient", () => {
    const meta = recipient({ name: "Meta Platforms Ireland", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED", countryCode: "IE" });
    const pixel = cookie({ name: "_fbp", provider: "Meta", category: "MARKETING", consentRequired: true, recipientId: meta.id });
    const a = activity({ cookieIds: [pixel.id], purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Cookie settings" })], consentRecordRef: "CMP log" });
    expect(findingsOf("REC-001", buildSnapshot({ activities: [a], catalogs: { recipients: [meta], cookies: [pixel] } }))).toHaveLength(1);
  });

  it("does not fire when the vendor is listed", () => {
    const a = activity({ systemIds: [mailSystem.id], recipients: [activityRecipient(), activityRecipient({ recipientId: mailer.id })] });
    expect(checkAll(buildSnapshot({ activities: [a], catalogs: { recipients: [mailer], systems: [mailSystem] } }))).toEqual([]);
  });
});

describe("PR-001 data processing agreement", () => {
  it("fires on the processor recipient without a signed DPA", () => {
    const unsigned = recipient({ dpaStatus: "PENDING" });
    expect(brief(findingsOf("PR-001", buildSnapshot({ catalogs: { recipients: [unsigned] } })))).toEqual([
      { ruleId: "PR-001", severity: "error", subject: { kind: "recipient", recipientId: unsigned.id }, field: "dpaStatus" },
    ]);
  });

  it("fires for our own processor activity without the controller's DPA", () => {
    const a = activity({ name: "Hosting for customers", role: "PROCESSOR", controllersServed: [controllerServed({ dpaRef: null })] });
    expect(brief(findingsOf("PR-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "PR-001", severity: "error", subject: on(a.id), field: "controllerDpaRef" },
    ]);
  });

  it("does not fire for unused processors, controllers, or a processor activity with a DPA", () => {
    const unused = recipient({ name: "Old vendor", dpaStatus: "MISSING" });
    const bank = recipient({ name: "Bank ASA", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED" });
    const a = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: bank.id })] });
    expect(findingsOf("PR-001", buildSnapshot({ activities: [a], catalogs: { recipients: [unused, bank] } }))).toEqual([]);
    expect(findingsOf("PR-001", buildSnapshot({ activities: [activity({ role: "PROCESSOR", controllersServed: [controllerServed()] })] }))).toEqual([]);
  });
});

describe("PR-002 sub-processor authorisation", () => {
  it("fires for a processor's sub-processor with no authorisation recorded", () => {
    const withSub = recipient({ subProcessors: [subProcessor({ authorisation: null })] });
    expect(brief(findingsOf("PR-002", buildSnapshot({ catalogs: { recipients: [withSub] } })))).toEqual([
      { ruleId: "PR-002", severity: "warning", subject: { kind: "recipient", recipientId: withSub.id }, field: "subProcessors.0.authorisation" },
    ]);
  });

  it("fires for our own sub-processor in a processor activity", () => {
    const a = activity({ role: "PROCESSOR", controllersServed: [controllerServed()], recipients: [activityRecipient()] });
    expect(brief(findingsOf("PR-002", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "PR-002", severity: "warning", subject: on(a.id), field: "recipients.0.subProcessorAuthorisation" },
    ]);
  });

  it("does not fire with authorisations recorded", () => {
    const withSub = recipient({ subProcessors: [subProcessor({ authorisation: "SPECIFIC" })] });
    const a = activity({ role: "PROCESSOR", controllersServed: [controllerServed()], recipients: [activityRecipient({ subProcessorAuthorisation: "GENERAL", flowDownContract: true })] });
    expect(findingsOf("PR-002", buildSnapshot({ activities: [a], catalogs: { recipients: [withSub] } }))).toEqual([]);
  });
});

describe("JC-001 joint controllers", () => {
  it("fires when no joint controller is named", () => {
    const a = activity({ role: "JOINT_CONTROLLER" });
    expect(brief(findingsOf("JC-001", buildSnapshot({ activities: [a] })))).toEqual([
      { ruleId: "JC-001", severity: "error", subject: on(a.id), field: "jointControllers" },
    ]);
  });

  it("fires for a missing arrangement and a missing essence", () => {
    const a = activity({ role: "JOINT_CONTROLLER", jointControllers: [jointController({ arrangementLink: null, essenceText: " " })] });
    expect(findingsOf("JC-001", buildSnapshot({ activities: [a] })).map((f) => f.field)).toEqual([
      "jointControllers.0.arrangementLink",
      "jointControllers.0.essenceText",
    ]);
  });

  it("does not fire with both", () => {
    expect(checkAll(buildSnapshot({ activities: [activity({ role: "JOINT_CONTROLLER", jointControllers: [jointController()] })] }))).toEqual([]);
  });
});

describe("REC-004 recipient or sub-processor without a country", () => {
  it("warns for a linked recipient and a sub-processor with no country, which the transfer checks would skip", () => {
    const nowhere = recipient({ countryCode: null, subProcessors: [subProcessor({ name: "Hosting Inc.", countryCode: null })] });
    const findings = findingsOf("REC-004", buildSnapshot({ catalogs: { recipients: [nowhere] } }));
    expect(brief(findings)).toEqual([
      { ruleId: "REC-004", severity: "warning", subject: { kind: "recipient", recipientId: nowhere.id }, field: "countryCode" },
      { ruleId: "REC-004", severity: "warning", subject: { kind: "recipient", recipientId: nowhere.id }, field: "subProcessors.0.countryCode" },
    ]);
  });

  it("does not fire with countries, for internal recipients, or for catalog entries no activity uses", () => {
    expect(findingsOf("REC-004", buildSnapshot())).toEqual([]);
    const internal = recipient({ kind: "INTERNAL", countryCode: null, dpaStatus: "NOT_REQUIRED" });
    expect(findingsOf("REC-004", buildSnapshot({ catalogs: { recipients: [internal] } }))).toEqual([]);
    const unused = recipient({ id: "recipient-unused", name: "Unused", countryCode: null });
    expect(findingsOf("REC-004", buildSnapshot({ catalogs: { recipients: [recipient(), unused] } }))).toEqual([]);
  });
});

describe("JC-002 social network as a plain recipient for a page, its insights or a plugin", () => {
  const meta = recipient({ id: "recipient-meta", name: "Meta Platforms Ireland Ltd", kind: "CONTROLLER", countryCode: "IE", dpaStatus: "NOT_REQUIRED" });
  const page = (overrides: Parameters<typeof activity>[0] = {}) =>
    activity({ name: "Our Facebook page", description: "Page insights on followers", recipients: [activityRecipient(), activityRecipient({ recipientId: meta.id })], ...overrides });

  it("warns where the page's insights go to Meta recorded as a controller", () => {
    const a = page();
    const findings = findingsOf("JC-002", buildSnapshot({ activities: [a], catalogs: { recipients: [recipient(), meta] } }));
    expect(brief(findings)).toEqual([{ ruleId: "JC-002", severity: "warning", subject: { kind: "activity", activityId: a.id }, field: "recipients" }]);
    expect(findings[0]?.message.en).toContain("Wirtschaftsakademie");
  });

  it("reads the description and purposes in every language, not only the name (a regression: texts per language were read as “[object Object]”)", () => {
    const described = page({ name: "Brand channel", description: { en: "Our company page and what its insights show", nb: "Firmasiden vår og det innsikten viser" } });
    expect(findingsOf("JC-002", buildSnapshot({ activities: [described], catalogs: { recipients: [recipient(), meta] } }))).toHaveLength(1);
    const bokmal = page({ name: "Merkevare", description: { nb: "Vi følger med på sidestatistikken" }, purposes: [purpose({ description: { nb: "Se hvor mange følgere vi har" } })] });
    expect(findingsOf("JC-002", buildSnapshot({ activities: [bokmal], catalogs: { recipients: [recipient(), meta] } }))).toHaveLength(1);
  });

  it("does not fire with Meta as a joint controller, or where the activity is not about a page or plugin", () => {
    const joint = page({ role: "JOINT_CONTROLLER", jointControllers: [jointController({ name: "Meta Platforms Ireland Ltd" })] });
    expect(findingsOf("JC-002", buildSnapshot({ activities: [joint], catalogs: { recipients: [recipient(), meta] } }))).toEqual([]);
    const payroll = page({ name: "Payroll", description: "Pay salaries" });
    expect(findingsOf("JC-002", buildSnapshot({ activities: [payroll], catalogs: { recipients: [recipient(), meta] } }))).toEqual([]);
  });
});
