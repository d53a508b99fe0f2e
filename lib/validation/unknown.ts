/**
 * Reading values whose type nobody vouches for — thrown errors, parsed JSON, response
 * bodies — without casting them: each property is checked where it is used.
 */

/** An object whose properties can be read by name. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A property of an unknown value, or undefined when there is no such property. */
export function propertyOf(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** Is `value` one of `values`? A type guard for the `as const` lists of codes and names. */
export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return values.some((candidate) => candidate === value);
}
