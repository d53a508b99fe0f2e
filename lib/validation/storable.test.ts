import { describe, expect, it } from "vitest";
import { findUnstorable, INTEGER_RANGE, unstorableText } from "./storable";

describe("what PostgreSQL cannot store", () => {
  it("finds NUL (U+0000) in text, the character pasted along from PDF and Word", () => {
    expect(unstorableText("Kunde\u0000register")).toBe("nul");
    expect(unstorableText("Kunderegister")).toBeNull();
  });

  it("finds lone UTF-16 surrogates but accepts paired ones (emoji)", () => {
    expect(unstorableText("a\uD800b")).toBe("surrogate");
    expect(unstorableText("a\uDC00")).toBe("surrogate");
    expect(unstorableText("smile \u{1F600}")).toBeNull();
  });

  it("names the path of every bad text, key and out-of-range whole number in a nested value", () => {
    const found = findUnstorable({
      name: "ok",
      purposes: [{ description: "x\u0000" }, { description: "fine" }],
      version: INTEGER_RANGE.max + 1,
      duration: INTEGER_RANGE.min - 1,
      fine: INTEGER_RANGE.max,
      fraction: 1e12 + 0.5,
      ["key\u0000"]: "v",
    });
    expect(found).toEqual([
      { path: ["purposes", 0, "description"], problem: "nul" },
      { path: ["version"], problem: "integerRange" },
      { path: ["duration"], problem: "integerRange" },
      { path: ["key\u0000"], problem: "nul" },
    ]);
  });
});
