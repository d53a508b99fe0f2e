import { describe, expect, it } from "vitest";
import { isValidNorwegianOrgNumber } from "@/lib/register/org-number";
import { runChecks } from "@/lib/register/checks";
import { activity, BASE_IDS, buildSnapshot, cookie, purpose, recipient, retention, slugId, TEST_NOW, transfer } from "./snapshot-builder";

describe("snapshot builder", () => {
  it("builds a lawful baseline with no findings at all", () => {
    expect(runChecks(buildSnapshot(), { now: TEST_NOW })).toEqual([]);
  });

  it("gives a Norwegian company with a valid organisation number and Datatilsynet", () => {
    const { company } = buildSnapshot();
    expect(company.country.code).toBe("NO");
    expect(isValidNorwegianOrgNumber(company.orgNumber ?? "")).toBe(true);
    expect(company.supervisoryAuthority?.id).toBe("no-datatilsynet");
  });

  it("maps the reference countries and adequacy decisions", () => {
    const { reference } = buildSnapshot();
    expect(reference.countries.find((c) => c.code === "US")?.isEea).toBe(false);
    expect(reference.countries.find((c) => c.code === "SE")?.isEea).toBe(true);
    expect(reference.adequacyDecisions.find((d) => d.id === "us-dpf")?.requiresCertification).toBe(true);
  });

  it("derives ids from names, independent of call order", () => {
    expect(activity({ name: "Nyhetsbrev på e-post" }).id).toBe("activity-nyhetsbrev-pa-e-post");
    expect(purpose({ description: "Send the newsletter" }).id).toBe("purpose-send-the-newsletter");
    expect(recipient({ name: "Google Ireland Ltd" }).id).toBe("recipient-google-ireland-ltd");
    expect(cookie({ name: "_ga" }).id).toBe("cookie-ga");
    expect(transfer({ recipientId: "r1", countryCode: "IN" }).id).toBe("transfer-r1-in");
    expect(retention({ dataCategoryId: null }).id).toBe("retention-activity");
    expect(slugId("Ærlig Østlandsk Åpenhet")).toBe("aerlig-ostlandsk-apenhet");
  });

  it("keeps the baseline's catalog entries when a test adds its own", () => {
    const google = recipient({ name: "Google LLC", countryCode: "US" });
    const snapshot = buildSnapshot({ catalogs: { recipients: [google] } });
    expect(snapshot.catalogs.recipients.map((r) => r.id)).toEqual([BASE_IDS.recipient, google.id]);
  });

  it("replaces a catalog entry with the same id", () => {
    const unsigned = recipient({ dpaStatus: "MISSING" });
    const snapshot = buildSnapshot({ catalogs: { recipients: [unsigned] } });
    expect(snapshot.catalogs.recipients).toEqual([unsigned]);
  });

  it("merges nested company and activity overrides with the defaults", () => {
    const snapshot = buildSnapshot({
      company: { dpo: { designated: true, email: "dpo@testfirma.no" } },
      activities: [activity({ adm: { exists: true } })],
    });
    expect(snapshot.company.dpo).toMatchObject({ designated: true, email: "dpo@testfirma.no", phone: null });
    expect(snapshot.activities[0]?.adm).toMatchObject({ exists: true, logic: {} });
  });
});
