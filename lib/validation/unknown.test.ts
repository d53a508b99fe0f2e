import { describe, expect, it } from "vitest";
import { isRecord, propertyOf } from "./unknown";

describe("reading unknown values", () => {
  it("reads a property of an object, an error or an array", () => {
    expect(propertyOf({ code: "P2002" }, "code")).toBe("P2002");
    expect(propertyOf(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }), "code")).toBe("ECONNREFUSED");
    expect(propertyOf(propertyOf({ meta: { column_name: "name" } }, "meta"), "column_name")).toBe("name");
    expect(isRecord([])).toBe(true);
  });

  it("gives undefined, not an exception, for what has no properties", () => {
    for (const value of [null, undefined, "text", 42, true]) {
      expect(isRecord(value)).toBe(false);
      expect(propertyOf(value, "code")).toBeUndefined();
    }
  });
});
