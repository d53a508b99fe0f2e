import { describe, expect, it } from "vitest";
import { dayStartIn } from "./dates-in-zone";

describe("dayStartIn", () => {
  it("starts an Oslo winter day at 23:00 UTC the day before, and a summer day at 22:00", () => {
    expect(dayStartIn("2026-12-07", "Europe/Oslo").toISOString()).toBe("2026-12-06T23:00:00.000Z");
    expect(dayStartIn("2026-07-01", "Europe/Oslo").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
  it("moves by whole days, across a month's end", () => {
    expect(dayStartIn("2026-12-31", "Europe/Oslo", 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(dayStartIn("2026-12-07", "UTC", 1).toISOString()).toBe("2026-12-08T00:00:00.000Z");
  });
});
