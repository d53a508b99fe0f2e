import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

/** Every key path of a nested message object ("signIn.title"). */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("English and bokmål have exactly the same keys", () => {
    expect(keys(loadMessages("nb")).sort()).toEqual(keys(loadMessages("en")).sort());
  });
  it("have no empty messages", () => {
    for (const locale of ["en", "nb"] as const) {
      const empty = keys(loadMessages(locale)).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], loadMessages(locale));
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
