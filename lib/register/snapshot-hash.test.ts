import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "./snapshot-hash";

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
  it("gives the same hash for the same data in another key order, and another for other data", () => {
    expect(sha256Hex({ x: 1, y: "ø" })).toBe(sha256Hex({ y: "ø", x: 1 }));
    expect(sha256Hex({ x: 1 })).not.toBe(sha256Hex({ x: 2 }));
    expect(sha256Hex({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
