import { describe, expect, it } from "vitest";
import { activity, activityRecipient, buildSnapshot, purpose, recipient } from "@/test/register/snapshot-builder";
import { brief, findingsOf } from "@/test/register/findings";
import { isVagueRecipientName } from "./disclosure";

const on = (id: string) => ({ kind: "activity", activityId: id }) as const;

describe("REC-002 disclosure to another controller for its own marketing without consent", () => {
  const partner = recipient({ name: "Partner Retail AS", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED", descriptionEn: "Receives customer lists for its own marketing", descriptionNb: "Mottar kundelister til egen markedsføring" });
  const linked = [activityRecipient(), activityRecipient({ recipientId: partner.id })];

  it("fires when an independent controller receives data for its marketing and no purpose rests on consent", () => {
    const a = activity({ name: "Customer club", recipients: linked });
    const findings = findingsOf("REC-002", buildSnapshot({ activities: [a], catalogs: { recipients: [partner] } }));
    expect(brief(findings)).toEqual([{ ruleId: "REC-002", severity: "warning", subject: on(a.id), field: "recipients" }]);
    expect(findings[0]?.message.en).toContain("Partner Retail AS");
  });

  it("fires when a purpose says the data are shared for marketing with a controller recipient", () => {
    const bank = recipient({ name: "Bank ASA", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED", descriptionEn: null, descriptionNb: null });
    const a = activity({
      name: "Loyalty",
      recipients: [activityRecipient(), activityRecipient({ recipientId: bank.id })],
      purposes: [purpose({ description: "Dele kundeopplysninger med Bank ASA til deres markedsføring", lawfulBasis: "LEGITIMATE_INTERESTS", legitimateInterest: "Samarbeid", liaRef: "LIA" })],
    });
    expect(findingsOf("REC-002", buildSnapshot({ activities: [a], catalogs: { recipients: [bank] } }))).toHaveLength(1);
  });

  it("does not fire with consent, for a processor, or for a controller without marketing", () => {
    const withConsent = activity({ name: "Customer club", recipients: linked, purposes: [purpose({ lawfulBasis: "CONSENT", consentWithdrawal: "Settings" })], consentRecordRef: "CRM" });
    expect(findingsOf("REC-002", buildSnapshot({ activities: [withConsent], catalogs: { recipients: [partner] } }))).toEqual([]);
    const mailer = recipient({ name: "Mailer AS", kind: "PROCESSOR", descriptionEn: "Sends our marketing e-mails" });
    const auditor = recipient({ name: "Revisor AS", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED", descriptionEn: "Audits the annual accounts" });
    const a = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: mailer.id }), activityRecipient({ recipientId: auditor.id })] });
    expect(findingsOf("REC-002", buildSnapshot({ activities: [a], catalogs: { recipients: [mailer, auditor] } }))).toEqual([]);
  });
});

describe("REC-003 recipient recorded only as a vague category", () => {
  it("recognises vague names in English and bokmål, and not real names or specific categories", () => {
    for (const name of ["Partners", "third parties", "Our selected partners", "Samarbeidspartnere", "Tredjeparter", "Våre samarbeidspartnere og leverandører", "Third-party service providers"])
      expect(isVagueRecipientName(name), name).toBe(true);
    for (const name of ["Nordic Helpdesk AS", "Payment providers in the EEA", "Skatteetaten", "Partner Retail AS", "Betalingsformidlere i EØS", ""]) expect(isVagueRecipientName(name), name).toBe(false);
  });

  it("warns on a vague recipient linked to an activity, asking for names or categories", () => {
    const vague = recipient({ name: "Samarbeidspartnere", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED" });
    const a = activity({ recipients: [activityRecipient(), activityRecipient({ recipientId: vague.id })] });
    const findings = findingsOf("REC-003", buildSnapshot({ activities: [a], catalogs: { recipients: [vague] } }));
    expect(brief(findings)).toEqual([{ ruleId: "REC-003", severity: "warning", subject: { kind: "recipient", recipientId: vague.id }, field: "name" }]);
    expect(findings[0]?.message.en).toContain("Art. 13(1)(e)");
  });

  it("does not warn on an unused vague recipient or on named ones", () => {
    const vague = recipient({ name: "Third parties", kind: "CONTROLLER", dpaStatus: "NOT_REQUIRED" });
    expect(findingsOf("REC-003", buildSnapshot({ catalogs: { recipients: [vague] } }))).toEqual([]);
    expect(findingsOf("REC-003", buildSnapshot())).toEqual([]);
  });
});
