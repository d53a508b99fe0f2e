import { describe, expect, it } from "vitest";
import { activity, activityRecipient, BASE_IDS, buildSnapshot, recipient, REFERENCE_ADEQUACY_DECISIONS, subProcessor, transfer } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;
const acme = recipient({ name: "Acme Support Inc.", countryCode: "US" });
const catalogs = { recipients: [acme] };

/** The baseline activity, disclosing also to Acme (US) with these transfers. */
const withTransfers = (...transfers: Parameters<typeof transfer>[0][]) =>
  activity({
    recipients: [activityRecipient(), activityRecipient({ recipientId: acme.id })],
    transfers: transfers.map((t) => transfer({ recipientId: acme.id, ...t })),
  });

describe("TR-001 recipient outside the EEA without a transfer", () => {
  it("fires for a US recipient with no transfer, naming recipient and country", () => {
    const a = withTransfers();
    const findings = findingsOf("TR-001", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "TR-001", severity: "error", subject: on(a.id), field: "transfers" }]);
    expect(findings[0]?.message.en).toContain("Acme Support Inc.");
    expect(findings[0]?.message.nb).toContain("USA");
  });

  it("fires for a processor's sub-processor in a third country", () => {
    const withSub = recipient({ subProcessors: [subProcessor({ name: "Cloud Inc.", countryCode: "IN" })] });
    const findings = findingsOf("TR-001", buildSnapshot({ catalogs: { recipients: [withSub] } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.en).toContain("Cloud Inc.");
  });

  it("does not fire with the transfer recorded, nor for EEA recipients", () => {
    expect(checkAll(buildSnapshot({ activities: [withTransfers({})], catalogs }))).toEqual([]);
    const swedish = recipient({ countryCode: "SE" });
    expect(findingsOf("TR-001", buildSnapshot({ catalogs: { recipients: [swedish] } }))).toEqual([]);
  });
});

describe("TR-002 transfer without a tool", () => {
  it("fires for a transfer without mechanism", () => {
    const a = withTransfers({ mechanism: null });
    expect(brief(findingsOf("TR-002", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "TR-002", severity: "error", subject: on(a.id), field: "transfers.0.mechanism" },
    ]);
  });

  it("fires when a third-country transfer is marked EEA", () => {
    expect(findingsOf("TR-002", buildSnapshot({ activities: [withTransfers({ mechanism: "EEA" })], catalogs }))).toHaveLength(1);
  });

  it("does not fire with a tool chosen", () => {
    expect(findingsOf("TR-002", buildSnapshot({ activities: [withTransfers({})], catalogs }))).toEqual([]);
  });
});

describe("TR-003 adequacy outside the list or scope", () => {
  it("fires for a US recipient not certified under the DPF", () => {
    const a = withTransfers({ mechanism: "ADEQUACY", adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null });
    const findings = findingsOf("TR-003", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "TR-003", severity: "error", subject: on(a.id), field: "transfers.0.mechanism" }]);
    expect(findings[0]?.message.en).toContain("(EU) 2023/1795");
  });

  it("fires for a country without an adequacy decision", () => {
    const indian = recipient({ name: "Offshore Ltd", countryCode: "IN" });
    const a = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: indian.id })], transfers: [transfer({ recipientId: indian.id, countryCode: "IN", mechanism: "ADEQUACY" })] });
    const findings = findingsOf("TR-003", buildSnapshot({ activities: [a], catalogs: { recipients: [indian] } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.nb).toContain("India");
  });

  it("fires when the decision has expired by `now`", () => {
    const expired = REFERENCE_ADEQUACY_DECISIONS.map((d) => (d.id === "gb" ? { ...d, validUntil: "2025-12-31" } : d));
    const british = recipient({ name: "UK Ltd", countryCode: "GB" });
    const a = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: british.id })], transfers: [transfer({ recipientId: british.id, countryCode: "GB", mechanism: "ADEQUACY", adequacyDecisionId: "gb" })] });
    expect(findingsOf("TR-003", buildSnapshot({ activities: [a], catalogs: { recipients: [british] }, adequacyDecisions: expired }))).toHaveLength(1);
  });

  it("does not fire for a DPF-certified US recipient, or for Switzerland", () => {
    const certified = { ...acme, dpfCertified: true };
    const adequacy = { mechanism: "ADEQUACY" as const, adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null };
    expect(checkAll(buildSnapshot({ activities: [withTransfers(adequacy)], catalogs: { recipients: [certified] } }))).toEqual([]);
    const swiss = recipient({ name: "Swiss AG", countryCode: "CH" });
    const a = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: swiss.id })], transfers: [transfer({ recipientId: swiss.id, countryCode: "CH", mechanism: "ADEQUACY", sccModule: null })] });
    expect(findingsOf("TR-003", buildSnapshot({ activities: [a], catalogs: { recipients: [swiss] } }))).toEqual([]);
  });
});

describe("TR-004 SCC module", () => {
  it("warns for SCCs without a module", () => {
    const a = withTransfers({ sccModule: null });
    expect(brief(findingsOf("TR-004", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "TR-004", severity: "warning", subject: on(a.id), field: "transfers.0.sccModule" },
    ]);
  });
  it("does not fire with a module", () => {
    expect(findingsOf("TR-004", buildSnapshot({ activities: [withTransfers({})], catalogs }))).toEqual([]);
  });
});

describe("TR-005 transfer impact assessment", () => {
  it("warns for an Art. 46 transfer without a TIA", () => {
    const a = withTransfers({ mechanism: "BCR", sccModule: null, tiaRef: "" });
    expect(brief(findingsOf("TR-005", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "TR-005", severity: "warning", subject: on(a.id), field: "transfers.0.tiaRef" },
    ]);
  });
  it("does not fire with a TIA, or for derogations", () => {
    expect(findingsOf("TR-005", buildSnapshot({ activities: [withTransfers({})], catalogs }))).toEqual([]);
    expect(findingsOf("TR-005", buildSnapshot({ activities: [withTransfers({ mechanism: "DEROGATION_49_1_B", isRegular: false, tiaRef: null })], catalogs }))).toEqual([]);
  });
});

describe("TR-006 derogations for regular transfers", () => {
  it("warns for a regular transfer on an Art. 49 derogation", () => {
    const a = withTransfers({ mechanism: "DEROGATION_49_1_A", isRegular: true });
    expect(brief(findingsOf("TR-006", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "TR-006", severity: "warning", subject: on(a.id), field: "transfers.0.mechanism" },
    ]);
  });
  it("does not fire for an occasional derogation or a regular SCC transfer", () => {
    expect(findingsOf("TR-006", buildSnapshot({ activities: [withTransfers({ mechanism: "DEROGATION_49_1_A", isRegular: false })], catalogs }))).toEqual([]);
    expect(findingsOf("TR-006", buildSnapshot({ activities: [withTransfers({ isRegular: true })], catalogs }))).toEqual([]);
  });
});

describe("TR-007 compelling legitimate interests", () => {
  it("fires without the documented assessment", () => {
    const a = withTransfers({ mechanism: "COMPELLING_LEGITIMATE_INTEREST", isRegular: false, tiaRef: null, sccModule: null });
    expect(brief(findingsOf("TR-007", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "TR-007", severity: "error", subject: on(a.id), field: "transfers.0.art49Assessment" },
    ]);
  });
  it("does not fire with it", () => {
    const a = withTransfers({ mechanism: "COMPELLING_LEGITIMATE_INTEREST", isRegular: false, art49Assessment: "Assessment 2026-01; SA informed 2026-01-10" });
    expect(findingsOf("TR-007", buildSnapshot({ activities: [a], catalogs }))).toEqual([]);
  });
});

describe("TR-008 copy of the safeguards", () => {
  it("fires for SCCs without a copy route", () => {
    const a = withTransfers({ copyAccess: null });
    expect(brief(findingsOf("TR-008", buildSnapshot({ activities: [a], catalogs })))).toEqual([
      { ruleId: "TR-008", severity: "error", subject: on(a.id), field: "transfers.0.copyAccess" },
    ]);
  });
  it("does not fire for adequacy (no safeguards to copy)", () => {
    const certified = { ...acme, dpfCertified: true };
    const a = withTransfers({ mechanism: "ADEQUACY", copyAccess: null, sccModule: null });
    expect(findingsOf("TR-008", buildSnapshot({ activities: [a], catalogs: { recipients: [certified] } }))).toEqual([]);
  });
});

it("uses the transfer's own index in the field path", () => {
  const a = withTransfers({}, { id: "second", countryCode: "IN", mechanism: null });
  expect(findingsOf("TR-002", buildSnapshot({ activities: [a], catalogs })).map((f) => f.field)).toEqual(["transfers.1.mechanism"]);
  expect(BASE_IDS.recipient).not.toBe(acme.id);
});

/** A payment provider in Ireland whose US parent processes the data (Stripe, Microsoft, Google, AWS, Mailchimp …). */
const usParent = subProcessor({ name: "Payments Inc.", countryCode: "US", dpfCertified: true });
const irish = recipient({ name: "Payments Europe Ltd", countryCode: "IE", subProcessors: [usParent] });
const viaParent = (t: Parameters<typeof transfer>[0], ...more: Parameters<typeof transfer>[0][]) =>
  activity({
    recipients: [activityRecipient(), activityRecipient({ recipientId: irish.id })],
    transfers: [t, ...more].map((x) => transfer({ recipientId: irish.id, subProcessorId: usParent.id, countryCode: "US", ...x })),
  });
const dpf = { mechanism: "ADEQUACY" as const, adequacyDecisionId: "us-dpf", sccModule: null, tiaRef: null, copyAccess: null };

describe("transfers to a recipient's sub-processor (an Irish entity with its US parent)", () => {
  it("TR-001 asks for the transfer to the US parent and is cleared by it, with no other finding", () => {
    const without = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: irish.id })] });
    expect(findingsOf("TR-001", buildSnapshot({ activities: [without], catalogs: { recipients: [irish] } })).map((f) => f.message.en)).toEqual([
      expect.stringContaining("Payments Inc., a sub-processor of Payments Europe Ltd"),
    ]);
    expect(checkAll(buildSnapshot({ activities: [viaParent(dpf)], catalogs: { recipients: [irish] } }))).toEqual([]);
  });

  it("TR-003 reads the sub-processor's own DPF certification, not the recipient's", () => {
    const uncertified = { ...irish, dpfCertified: true, subProcessors: [{ ...usParent, dpfCertified: false }] };
    const findings = findingsOf("TR-003", buildSnapshot({ activities: [viaParent(dpf)], catalogs: { recipients: [uncertified] } }));
    expect(brief(findings).map((f) => f.field)).toEqual(["transfers.0.mechanism"]);
    expect(findings[0]?.message.en).toContain("Payments Inc. is not marked as certified");
    expect(findings[0]?.message.en).toContain("mark the sub-processor");
  });
});

describe("TR-009 the same transfer recorded twice", () => {
  it("warns at the second transfer to the same entity and country, naming both", () => {
    const a = viaParent(dpf, dpf);
    const findings = findingsOf("TR-009", buildSnapshot({ activities: [a], catalogs: { recipients: [irish] } }));
    expect(brief(findings)).toEqual([{ ruleId: "TR-009", severity: "warning", subject: on(a.id), field: "transfers.1.recipientId" }]);
    expect(findings[0]?.message.en).toContain("transfers 1 and 2");
  });

  it("does not fire for the recipient and its sub-processor, nor for one entity in two countries", () => {
    const a = viaParent(dpf, { ...dpf, countryCode: "CH", adequacyDecisionId: null }, { subProcessorId: null, countryCode: "US", mechanism: "SCC_2021_914" });
    expect(findingsOf("TR-009", buildSnapshot({ activities: [a], catalogs: { recipients: [irish] } }))).toEqual([]);
  });
});

describe("TR-010 DPF certification on an entity outside the United States", () => {
  it("warns for an Irish recipient, or a non-US sub-processor, marked as certified", () => {
    const marked = { ...irish, dpfCertified: true, subProcessors: [usParent, subProcessor({ name: "Support Pvt Ltd", countryCode: "IN", dpfCertified: true })] };
    const findings = findingsOf("TR-010", buildSnapshot({ catalogs: { recipients: [marked] } }));
    expect(brief(findings)).toEqual([
      { ruleId: "TR-010", severity: "warning", subject: { kind: "recipient", recipientId: irish.id }, field: "dpfCertified" },
      { ruleId: "TR-010", severity: "warning", subject: { kind: "recipient", recipientId: irish.id }, field: "subProcessors.1.dpfCertified" },
    ]);
    expect(findings[0]?.message.nb).toContain("Irland");
  });

  it("does not fire for a certified US recipient or US sub-processor", () => {
    expect(findingsOf("TR-010", buildSnapshot({ catalogs: { recipients: [irish, { ...acme, dpfCertified: true }] } }))).toEqual([]);
  });
});

describe("TR-011 Art. 49(1)(b) where the contract is with the person's organisation", () => {
  const staffTransfer = (contractParty: "DATA_SUBJECT" | "ORGANISATION", mechanism: "DEROGATION_49_1_B" | "DEROGATION_49_1_C") =>
    activity({
      name: "User accounts",
      contractParty,
      recipients: [activityRecipient(), activityRecipient({ recipientId: acme.id })],
      transfers: [transfer({ recipientId: acme.id, mechanism, isRegular: false, art49Assessment: "Occasional support case" })],
    });

  it("fires on the transfer's tool: the notice would tell a customer's employee of a contract with them", () => {
    const a = staffTransfer("ORGANISATION", "DEROGATION_49_1_B");
    const findings = findingsOf("TR-011", buildSnapshot({ activities: [a], catalogs }));
    expect(brief(findings)).toEqual([{ ruleId: "TR-011", severity: "error", subject: on(a.id), field: "transfers.0.mechanism" }]);
    expect(findings[0]?.message.en).toContain("Art. 49(1)(c)");
  });

  it("does not fire for 49(1)(b) with the person as the party, nor for 49(1)(c) with the organisation", () => {
    expect(findingsOf("TR-011", buildSnapshot({ activities: [staffTransfer("DATA_SUBJECT", "DEROGATION_49_1_B")], catalogs }))).toEqual([]);
    expect(findingsOf("TR-011", buildSnapshot({ activities: [staffTransfer("ORGANISATION", "DEROGATION_49_1_C")], catalogs }))).toEqual([]);
  });
});
