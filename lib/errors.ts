/**
 * The one error type for expected failures. Routes turn it into a status and a
 * message in the user's language; anything else thrown is unexpected, logged,
 * and shown as a generic message.
 */
const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  THROTTLED: 429,
  /** The database cannot be reached: nothing was saved; the client may retry (Retry-After). */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * The `digest` of the error a page throws when the database is out of reach: Next keeps a
 * thrown error's own digest while it hides the message in production, so the error
 * boundary (app/error.tsx) can tell "temporarily unavailable" from a bug.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "PROTOKOLL_DATABASE_UNAVAILABLE";

/** Messages per field, keyed by the field's path ("address.city"). */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors?: FieldErrors,
    /** Extra facts the client needs to explain the error, e.g. `usedBy` for a refused delete. Sent as-is. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The JSON body every failed API call answers with. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; fieldErrors?: FieldErrors } & Record<string, unknown>;
};
