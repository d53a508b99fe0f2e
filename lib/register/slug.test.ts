import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("spells out Norwegian letters and drops punctuation", () => {
    expect(slugify("Fjordlys Programvare AS")).toBe("fjordlys-programvare-as");
    expect(slugify("Blåbær & Ørret AS")).toBe("blabaer-orret-as");
  });
  it("never returns a reserved path or an empty slug", () => {
    expect(slugify("API")).toBe("api-company");
    expect(slugify("!!!")).toBe("company");
  });
  it("numbers duplicates", () => {
    expect(uniqueSlug("Acme", new Set(["acme", "acme-2"]))).toBe("acme-3");
  });
});
