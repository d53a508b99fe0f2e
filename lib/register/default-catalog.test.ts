import { describe, expect, it } from "vitest";
import { dataCategorySchema, dataSubjectCategorySchema, securityMeasureSchema } from "./catalog-schemas";
import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECT_CATEGORIES, DEFAULT_SECURITY_MEASURES } from "./default-catalog";
import { SECURITY_MEASURE_KINDS } from "./enums";

describe("default catalog", () => {
  it("labels every entry in English and bokmål, valid under the catalog schemas", () => {
    for (const entry of DEFAULT_DATA_CATEGORIES) expect(dataCategorySchema.parse(entry)).toEqual(entry);
    for (const entry of DEFAULT_DATA_SUBJECT_CATEGORIES) expect(dataSubjectCategorySchema.parse(entry)).toEqual(entry);
    for (const entry of DEFAULT_SECURITY_MEASURES) expect(securityMeasureSchema.parse(entry)).toEqual(entry);
    for (const entry of [...DEFAULT_DATA_CATEGORIES, ...DEFAULT_DATA_SUBJECT_CATEGORIES]) {
      expect(entry.labelEn.trim()).not.toBe("");
      expect(entry.labelNb.trim()).not.toBe("");
      expect(entry.labelNb).not.toBe(entry.labelEn);
    }
  });

  it("has no two entries with the same label", () => {
    const labels = [...DEFAULT_DATA_CATEGORIES, ...DEFAULT_DATA_SUBJECT_CATEGORIES].flatMap((e) => [e.labelEn, e.labelNb]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("flags health as special (Art. 9), criminal records (Art. 10) and the national identity number (pol. § 12)", () => {
    const byLabel = (label: string) => DEFAULT_DATA_CATEGORIES.find((c) => c.labelEn === label);
    expect(byLabel("Health data")?.specialCategory).toBe("HEALTH");
    expect(byLabel("Criminal records")?.isCriminalOffence).toBe(true);
    expect(byLabel("National identity number")?.isNationalId).toBe(true);
    expect(DEFAULT_DATA_CATEGORIES.filter((c) => c.specialCategory === null && !c.isCriminalOffence && !c.isNationalId).length).toBeGreaterThan(8);
  });

  it("marks children as such and covers one measure of each CNIL kind except OTHER", () => {
    expect(DEFAULT_DATA_SUBJECT_CATEGORIES.filter((c) => c.includesChildren).map((c) => c.labelEn)).toEqual(["Children"]);
    expect(DEFAULT_SECURITY_MEASURES.map((m) => m.kind).sort()).toEqual(SECURITY_MEASURE_KINDS.filter((k) => k !== "OTHER").sort());
  });
});
