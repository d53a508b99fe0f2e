import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiDataOf, apiErrorOf, responseJson } from "./api-response";

describe("reading an API answer without casting it", () => {
  it("reads a refusal's message, field errors and the facts beside them", () => {
    const error = apiErrorOf({ error: { code: "CONFLICT", message: "In use", fieldErrors: { name: ["Required"] }, usedBy: ["Payroll"] } });
    expect(error?.message).toBe("In use");
    expect(error?.fieldErrors).toEqual({ name: ["Required"] });
    expect(error?.usedBy).toEqual(["Payroll"]);
  });

  it("reads no error from a body that is not ours (a proxy's page, nothing)", () => {
    expect(apiErrorOf(null)).toBeNull();
    expect(apiErrorOf({ error: "Bad Gateway" })).toBeNull();
    expect(apiErrorOf({ error: { code: "X" } })).toBeNull();
  });

  it("gives the data only when it matches its schema", () => {
    const schema = z.object({ id: z.string() });
    expect(apiDataOf({ ok: true, data: { id: "a1" } }, schema)).toEqual({ id: "a1" });
    expect(apiDataOf({ ok: true, data: { id: 7 } }, schema)).toBeNull();
    expect(apiDataOf({ ok: true }, schema)).toBeNull();
  });

  it("reads a body that is not JSON as null", async () => {
    expect(await responseJson(new Response("<html>502</html>", { status: 502 }))).toBeNull();
    expect(await responseJson(Response.json({ ok: true, data: 1 }))).toEqual({ ok: true, data: 1 });
  });
});
