import { describe, expect, it } from "vitest";
import { activity, buildSnapshot, country, dataCategory, supervisoryAuthority } from "@/test/register/snapshot-builder";
import { brief, checkAll, findingsOf } from "@/test/register/findings";

const company = { kind: "company" } as const;

describe("CTL-001 controller identity and contact", () => {
  it("fires for a missing e-mail and a missing street address", () => {
    const findings = findingsOf("CTL-001", buildSnapshot({ company: { email: null, postalStreet: " " } }));
    expect(brief(findings)).toEqual([
      { ruleId: "CTL-001", severity: "error", subject: company, field: "postalStreet" },
      { ruleId: "CTL-001", severity: "error", subject: company, field: "email" },
    ]);
  });

  it("fires for a blank legal name", () => {
    expect(brief(findingsOf("CTL-001", buildSnapshot({ company: { legalName: "" } })))[0]?.field).toBe("legalName");
  });

  it("does not fire when name, address and e-mail are given", () => {
    expect(findingsOf("CTL-001", buildSnapshot())).toEqual([]);
  });
});

describe("CTL-002 Norwegian organisation number", () => {
  it("fires as a warning for a number failing MOD11", () => {
    const findings = findingsOf("CTL-002", buildSnapshot({ company: { orgNumber: "923609017" } }));
    expect(brief(findings)).toEqual([{ ruleId: "CTL-002", severity: "warning", subject: company, field: "orgNumber" }]);
    expect(findings[0]?.message.nb).toContain("923609017");
  });

  it("fires for a Norwegian company without a number", () => {
    expect(findingsOf("CTL-002", buildSnapshot({ company: { orgNumber: null } }))).toHaveLength(1);
  });

  it("accepts a valid number typed with spaces, and ignores foreign companies", () => {
    expect(findingsOf("CTL-002", buildSnapshot({ company: { orgNumber: "923 609 016" } }))).toEqual([]);
    expect(findingsOf("CTL-002", buildSnapshot({ company: { orgNumber: null, country: country("SE"), supervisoryAuthority: supervisoryAuthority("se-imy") } }))).toEqual([]);
  });
});

describe("CTL-003 EEA representative", () => {
  const us = { country: country("US"), orgNumber: null, supervisoryAuthority: null, targetsEeaFromOutside: true };

  it("fires for a US controller targeting the EEA without a representative", () => {
    expect(brief(findingsOf("CTL-003", buildSnapshot({ company: us })))).toEqual([
      { ruleId: "CTL-003", severity: "error", subject: company, field: "representativeName" },
    ]);
  });

  it("fires when the representative has no contact details", () => {
    const findings = findingsOf("CTL-003", buildSnapshot({ company: { ...us, representative: { name: "EU Rep GmbH" } } }));
    expect(findings.map((f) => f.field)).toEqual(["representativeEmail"]);
  });

  it("does not fire with a representative, or for a controller not caught by Art. 3(2)", () => {
    expect(findingsOf("CTL-003", buildSnapshot({ company: { ...us, representative: { name: "EU Rep GmbH", email: "rep@eurep.eu" } } }))).toEqual([]);
    expect(findingsOf("CTL-003", buildSnapshot({ company: { ...us, targetsEeaFromOutside: false } }))).toEqual([]);
  });
});

describe("DPO-001 DPO contact details", () => {
  it("fires when a DPO is designated without any contact", () => {
    expect(brief(findingsOf("DPO-001", buildSnapshot({ company: { dpo: { designated: true, name: "Kari Nordmann" } } })))).toEqual([
      { ruleId: "DPO-001", severity: "error", subject: company, field: "dpoEmail" },
    ]);
  });

  it("does not fire with an e-mail address, or without a DPO", () => {
    expect(findingsOf("DPO-001", buildSnapshot({ company: { dpo: { designated: true, email: "personvernombud@testfirma.no" } } }))).toEqual([]);
    expect(findingsOf("DPO-001", buildSnapshot())).toEqual([]);
  });
});

describe("DPO-002 mandatory DPO", () => {
  const health = dataCategory({ labelEn: "Health data", labelNb: "Helseopplysninger", specialCategory: "HEALTH" });
  const sickLeave = activity({
    name: "Sick leave",
    dataCategoryIds: [health.id],
    art9Condition: "EMPLOYMENT_SOCIAL_SECURITY",
    art9LegalReference: "folketrygdloven § 8-7",
    retentionRules: [],
  });

  it("fires for a public authority without a DPO", () => {
    expect(brief(findingsOf("DPO-002", buildSnapshot({ company: { isPublicAuthority: true } })))).toEqual([
      { ruleId: "DPO-002", severity: "error", subject: company, field: "dpoDesignated" },
    ]);
  });

  it("fires for 250+ employees processing special-category data, naming the activity", () => {
    const findings = findingsOf("DPO-002", buildSnapshot({ company: { employeeBand: "AT_LEAST_250" }, activities: [sickLeave], catalogs: { dataCategories: [health] } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.en).toContain("Sick leave");
  });

  it("fires when the profile's own DPO basis is mandatory but none is designated", () => {
    expect(findingsOf("DPO-002", buildSnapshot({ company: { dpo: { basis: "LARGE_SCALE_MONITORING" } } }))).toHaveLength(1);
  });

  it("does not fire below 250 employees, for retired activities, or with a DPO", () => {
    const catalogs = { dataCategories: [health] };
    expect(findingsOf("DPO-002", buildSnapshot({ activities: [sickLeave], catalogs }))).toEqual([]);
    expect(
      findingsOf("DPO-002", buildSnapshot({ company: { employeeBand: "AT_LEAST_250" }, activities: [{ ...sickLeave, status: "RETIRED" }], catalogs })),
    ).toEqual([]);
    expect(
      findingsOf(
        "DPO-002",
        buildSnapshot({ company: { employeeBand: "AT_LEAST_250", dpo: { designated: true, email: "dpo@testfirma.no" } }, activities: [sickLeave], catalogs }),
      ),
    ).toEqual([]);
  });
});

describe("SA-001 lead supervisory authority", () => {
  it("fires when a Norwegian company names the Swedish authority", () => {
    const findings = findingsOf("SA-001", buildSnapshot({ company: { supervisoryAuthority: supervisoryAuthority("se-imy") } }));
    expect(brief(findings)).toEqual([{ ruleId: "SA-001", severity: "error", subject: company, field: "supervisoryAuthorityId" }]);
    expect(findings[0]?.message.nb).toContain("Integritetsskyddsmyndigheten");
  });

  it("fires when a Norwegian company names none", () => {
    expect(findingsOf("SA-001", buildSnapshot({ company: { supervisoryAuthority: null } }))).toHaveLength(1);
  });

  it("does not fire for Datatilsynet, nor for a Swedish company with IMY", () => {
    expect(findingsOf("SA-001", buildSnapshot())).toEqual([]);
    expect(checkAll(buildSnapshot({ company: { country: country("SE"), orgNumber: null, supervisoryAuthority: supervisoryAuthority("se-imy") } }))).toEqual([]);
  });
});
