import { describe, expect, it } from "vitest";
import { isValidNorwegianOrgNumber, normaliseOrgNumber } from "./org-number";

describe("isValidNorwegianOrgNumber", () => {
  it("accepts numbers with a correct MOD11 check digit", () => {
    // Brønnøysundregistrene and Datatilsynet, published numbers.
    expect(isValidNorwegianOrgNumber("974760673")).toBe(true);
    expect(isValidNorwegianOrgNumber("974 761 467")).toBe(true);
  });
  it("rejects a wrong check digit, wrong length and letters", () => {
    expect(isValidNorwegianOrgNumber("974760674")).toBe(false);
    expect(isValidNorwegianOrgNumber("97476067")).toBe(false);
    expect(isValidNorwegianOrgNumber("9747606730")).toBe(false);
    expect(isValidNorwegianOrgNumber("97476067a")).toBe(false);
  });
  it("rejects numbers whose check digit would be 10", () => {
    const candidates = Array.from({ length: 100 }, (_, i) => `100000${String(i).padStart(2, "0")}`);
    const impossible = candidates.find((eight) => {
      const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(eight[i]), 0);
      return sum % 11 === 1;
    });
    expect(impossible).toBeDefined();
    for (let d = 0; d <= 9; d++) expect(isValidNorwegianOrgNumber(`${impossible}${d}`)).toBe(false);
  });
  it("normalises spaces and dots", () => {
    expect(normaliseOrgNumber("923 609.016")).toBe("923609016");
  });
});
