import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { propertyOf } from "@/lib/validation/unknown";
import { apiDataOf, apiErrorOf, responseJson } from "./api-response";

export type SubmitResult<T> =
  | { ok: true; data: T; status: number }
  | { ok: false; status: number; code: string; message: string; fieldErrors: FieldErrors; details: Record<string, unknown> };

/** For a call whose answer the caller does not read: any data is accepted and nothing is promised about it. */
export const unreadData = z.unknown();

/**
 * Sends a form's values to one of our JSON routes and returns either the data
 * or the server's error (already in the user's language) for the form to show.
 * The data is parsed with `schema` (it crosses the network), and an answer that does not
 * match is a failure with the generic message.
 */
export async function submitJson<T>(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body: unknown, schema: z.ZodType<T>): Promise<SubmitResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: "", fieldErrors: {}, details: {} };
  }
  const json = await responseJson(response);
  if (response.ok && propertyOf(json, "ok") === true) {
    const data = apiDataOf(json, schema);
    if (data !== null) return { ok: true, data, status: response.status };
  }
  const error = apiErrorOf(json);
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? "INTERNAL",
    message: error?.message ?? "",
    fieldErrors: error?.fieldErrors ?? {},
    // Facts beyond the message, e.g. `usedBy` when a catalog entry in use cannot be deleted.
    details: error ?? {},
  };
}

/**
 * Shows the server's field errors next to their fields. The paths are the form's own
 * (the route parses with the same zod schema as the form), but they arrive as strings,
 * hence the one cast here.
 */
export function showFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors): void {
  for (const [path, messages] of Object.entries(fieldErrors)) setError(path as FieldPath<T>, { message: messages[0] });
}
