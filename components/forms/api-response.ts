import { z } from "zod";

/**
 * Reading our API's answers in the browser without casting them: the body is parsed, and a
 * body that is not what the route sends (a proxy's error page, an empty answer) reads as
 * "no data" and "no error", for the caller's generic message.
 */

/** The body every failed API call answers with (lib/errors.ts ErrorBody); facts beyond the message pass through. */
const errorBodySchema = z.object({
  error: z.looseObject({ code: z.string(), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }),
});

export type ApiError = z.output<typeof errorBodySchema>["error"];

/** A response's body as JSON, or null when it is not JSON. */
export async function responseJson(response: Response): Promise<unknown> {
  try {
    const body: unknown = await response.json();
    return body;
  } catch {
    return null;
  }
}

/** The error a failed call's body carries, or null when it carries none we can read. */
export function apiErrorOf(body: unknown): ApiError | null {
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.error : null;
}

/** A successful call's data (`{ data }`), parsed with its schema, or null when it does not match. */
export function apiDataOf<T>(body: unknown, schema: z.ZodType<T>): T | null {
  const parsed = z.object({ data: schema }).safeParse(body);
  return parsed.success ? parsed.data.data : null;
}
