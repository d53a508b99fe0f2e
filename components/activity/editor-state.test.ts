import { describe, expect, it } from "vitest";
import { emptyActivity } from "@/lib/register/activity-schema";
import { errorPaths, formValuesOf, mergeMyChanges, sameFormValues } from "./editor-state";

const base = formValuesOf({ ...emptyActivity(), name: "Payroll", description: { en: "Salaries" } });

describe("mergeMyChanges", () => {
  it("keeps a colleague's change of another field and puts mine on top", () => {
    const mine = { ...base, name: "Payroll and pensions" };
    const theirs = { ...base, description: { en: "Salaries, paid monthly" } };
    expect(mergeMyChanges(base, mine, theirs)).toMatchObject({ name: "Payroll and pensions", description: { en: "Salaries, paid monthly" } });
  });

  it("lets my change win where both changed the same field", () => {
    const merged = mergeMyChanges(base, { ...base, description: { en: "Mine" } }, { ...base, description: { en: "Theirs" } });
    expect(merged.description).toEqual({ en: "Mine" });
  });
});

describe("formValuesOf", () => {
  it("shows null as an empty field and keeps the version a save sends back", () => {
    const values = formValuesOf({ ...emptyActivity(), id: "a1", status: "RETIRED", version: 4, updatedAt: "2026-01-01T00:00:00.000Z" });
    expect(values.description).toEqual({});
    expect(values.version).toBe(4);
    // A retired activity is edited as a draft: retiring and restoring have their own actions.
    expect(values.status).toBe("DRAFT");
    expect("id" in values).toBe(false);
  });
});

describe("errorPaths", () => {
  it("lists the path of every field with a message, nested ones included", () => {
    const errors = { name: { message: "Required", ref: {} }, purposes: [{ legitimateInterest: { message: "State it" } }] };
    expect(errorPaths(errors)).toEqual(["name", "purposes.0.legitimateInterest"]);
  });
});

describe("sameFormValues", () => {
  it("treats '', null and a missing key as the same nothing, at any depth", () => {
    expect(sameFormValues({ name: "A", ref: "", text: { en: "x" } }, { name: "A", ref: null, text: { en: "x", nb: "" } })).toBe(true);
    expect(sameFormValues({ rules: [{ duration: null }] }, { rules: [{ duration: "" }] })).toBe(true);
  });
  it("sees a real change", () => {
    expect(sameFormValues({ name: "A" }, { name: "B" })).toBe(false);
    expect(sameFormValues({ rules: [{}] }, { rules: [] })).toBe(false);
    expect(sameFormValues({ duration: 0 }, { duration: null })).toBe(false);
  });
});
