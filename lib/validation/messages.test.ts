import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emailField, plainName, requiredText } from "./fields";
import { fieldErrorsFrom, localizedErrorMap, type MessageRef } from "./messages";

const show = (ref: MessageRef) => `${ref.key}${ref.values && Object.keys(ref.values).length ? JSON.stringify(ref.values) : ""}`;
const schema = z.object({ name: requiredText(10), title: plainName(20), email: emailField });

function errorsOf(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation error");
  return fieldErrorsFrom(result.error, show);
}

describe("validation messages", () => {
  it("quotes the limit when text is too long", () => {
    expect(errorsOf({ name: "x".repeat(11), title: "ok", email: "a@b.no" })).toEqual({ name: ['validation.tooLong{"max":10}'] });
  });

  it("says 'required' for missing and blank values", () => {
    expect(errorsOf({ title: "   ", email: "a@b.no" })).toEqual({ name: ["validation.required"], title: ["validation.required"] });
  });

  it("keeps our own message keys for markup and e-mail", () => {
    expect(errorsOf({ name: "ok", title: "<b>x</b>", email: "nope" })).toEqual({ title: ["validation.markup"], email: ["validation.email"] });
  });

  it("gives the browser the same messages through the error map", () => {
    const result = schema.safeParse({ name: "x".repeat(11), title: "ok", email: "a@b.no" }, { error: localizedErrorMap(show) });
    expect(result.error?.issues[0]?.message).toBe('validation.tooLong{"max":10}');
  });
});

describe("messages for numbers and choices say what is valid", () => {
  it("never answers 'required' for a number that is there but out of range", () => {
    const amount = z.object({ amount: z.number().int().min(1).max(10) });
    expect(fieldErrorsFrom(amount.safeParse({ amount: -5 }).error!, show)).toEqual({ amount: ['fieldRules.numberMin{"min":1}'] });
    expect(fieldErrorsFrom(amount.safeParse({ amount: 11 }).error!, show)).toEqual({ amount: ['fieldRules.numberMax{"max":10}'] });
    expect(fieldErrorsFrom(amount.safeParse({ amount: 1.5 }).error!, show)).toEqual({ amount: ["fieldRules.wholeNumber"] });
    expect(fieldErrorsFrom(amount.safeParse({ amount: "five" }).error!, show)).toEqual({ amount: ["fieldRules.number"] });
    expect(fieldErrorsFrom(amount.safeParse({}).error!, show)).toEqual({ amount: ["validation.required"] });
  });

  it("asks for a choice from the list when an option is not one of them", () => {
    const choice = z.object({ kind: z.enum(["A", "B"]) });
    expect(fieldErrorsFrom(choice.safeParse({ kind: "C" }).error!, show)).toEqual({ kind: ["fieldRules.choice"] });
  });

  it("explains a number-or-empty field by the number's rule", () => {
    const optional = z.object({ n: z.number().int().or(z.literal("")) });
    expect(fieldErrorsFrom(optional.safeParse({ n: 1.5 }).error!, show)).toEqual({ n: ["fieldRules.wholeNumber"] });
  });
});
