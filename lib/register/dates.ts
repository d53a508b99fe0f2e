import { z } from "zod";

/**
 * Calendar dates as a Norwegian DPO reads them: "today" in Oslo, whatever the
 * server's time zone, as YYYY-MM-DD (what <input type="date"> sends and the
 * database's DATE columns hold).
 */

/** Today's date in Norway (YYYY-MM-DD). */
export function osloDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Adds whole months to a YYYY-MM-DD date; the 31st becomes the month's last day where needed. */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A date as a Norwegian or an ISO reader types it — "31.12.2024", "31.12.24" is not
 * accepted (which century?), "2024-12-31" — as YYYY-MM-DD, or null when the text is
 * no real calendar date ("31.02.2024").
 */
export function parseTypedDate(value: string): string | null {
  const text = value.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** An optional date typed as dd.mm.yyyy or yyyy-mm-dd, stored as YYYY-MM-DD; empty is null. */
export const optionalDateField = () =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || parseTypedDate(value) !== null, "fieldRules.date")
    .transform((value) => (value === null ? null : (parseTypedDate(value) ?? value)));

/**
 * A required real calendar date, typed as dd.mm.yyyy or yyyy-mm-dd (a date picker sends the
 * latter), as YYYY-MM-DD; "2026-02-30" is refused, not rolled over.
 */
export const isoDateField = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "validation.required" : undefined) })
  .trim()
  .min(1, "validation.required")
  .refine((value) => parseTypedDate(value) !== null, "fieldRules.date")
  .transform((value) => parseTypedDate(value) ?? value);
