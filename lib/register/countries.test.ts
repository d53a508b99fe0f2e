import { describe, expect, it } from "vitest";

import { ADEQUACY_DECISIONS } from "./adequacy";
import { COUNTRIES, EEA_COUNTRY_CODES, EU_COUNTRY_CODES, countryName, findCountry, isEeaCountry } from "./countries";
import { DATATILSYNET_ID, SUPERVISORY_AUTHORITIES, supervisoryAuthoritiesFor } from "./supervisory-authorities";

describe("countries", () => {
  it("lists the 249 ISO 3166-1 alpha-2 codes, each two upper-case letters and unique", () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it("has an English and a bokmål name for every country", () => {
    for (const c of COUNTRIES) {
      expect(c.nameEn.trim(), c.code).not.toBe("");
      expect(c.nameNb.trim(), c.code).not.toBe("");
    }
  });

  it("flags exactly the EU 27 plus Iceland, Liechtenstein and Norway as EEA", () => {
    expect(EU_COUNTRY_CODES).toHaveLength(27);
    expect(EEA_COUNTRY_CODES).toHaveLength(30);
    for (const code of EEA_COUNTRY_CODES) {
      expect(findCountry(code), code).toBeDefined();
      expect(isEeaCountry(code), code).toBe(true);
    }
    const flagged = COUNTRIES.filter((c) => c.isEea).map((c) => c.code);
    expect([...flagged].sort()).toEqual([...EEA_COUNTRY_CODES].sort());
  });

  it("does not treat the United Kingdom, Switzerland or the United States as EEA", () => {
    for (const code of ["GB", "CH", "US"]) expect(isEeaCountry(code), code).toBe(false);
  });

  it("finds countries case-insensitively and names them per language", () => {
    expect(findCountry("no")?.code).toBe("NO");
    expect(countryName("NO", "nb")).toBe("Norge");
    expect(countryName("NO", "en")).toBe("Norway");
    expect(countryName("ZZ", "en")).toBe("ZZ");
  });
});

describe("supervisory authorities", () => {
  it("gives Norway Datatilsynet with the contact details of legal-spec §4", () => {
    const [datatilsynet] = supervisoryAuthoritiesFor("NO");
    expect(datatilsynet?.id).toBe(DATATILSYNET_ID);
    expect(datatilsynet?.nameLocal).toBe("Datatilsynet");
    expect(datatilsynet?.website).toBe("https://www.datatilsynet.no");
    expect(datatilsynet?.postalAddress).toBe("Postboks 458 Sentrum, 0105 Oslo");
    expect(datatilsynet?.visitingAddress).toBe("Tollbugata 3, 0152 Oslo");
    expect(datatilsynet?.phone).toBe("+47 22 39 69 00");
  });

  it("has unique ids and only EEA countries", () => {
    const ids = SUPERVISORY_AUTHORITIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of SUPERVISORY_AUTHORITIES) {
      expect(isEeaCountry(a.countryCode), a.id).toBe(true);
      expect(a.website, a.id).toMatch(/^https:\/\//);
    }
  });
});

describe("adequacy decisions", () => {
  it("reference existing, non-EEA countries (or none, for an international organisation)", () => {
    for (const d of ADEQUACY_DECISIONS) {
      if (d.countryCode === null) continue;
      expect(findCountry(d.countryCode), d.id).toBeDefined();
      expect(isEeaCountry(d.countryCode), d.id).toBe(false);
    }
  });

  it("have unique ids and ISO dates", () => {
    const ids = ADEQUACY_DECISIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of ADEQUACY_DECISIONS) {
      for (const date of [d.adoptedOn, d.validUntil, d.asOf]) {
        if (date !== null) expect(date, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("limits the United States to DPF-certified organisations under (EU) 2023/1795", () => {
    const us = ADEQUACY_DECISIONS.filter((d) => d.countryCode === "US");
    expect(us).toHaveLength(1);
    expect(us[0]?.reference).toBe("(EU) 2023/1795");
    expect(us[0]?.requiresCertification).toBe(true);
  });

  it("covers every territory listed in legal-spec §1.4.5", () => {
    const listed = ["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "US", "BR"];
    const covered = new Set(ADEQUACY_DECISIONS.map((d) => d.countryCode));
    for (const code of listed) expect(covered.has(code), code).toBe(true);
    expect(ADEQUACY_DECISIONS.some((d) => d.countryCode === null && d.subjectEn === "European Patent Organisation")).toBe(true);
  });
});
