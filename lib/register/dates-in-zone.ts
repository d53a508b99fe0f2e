/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone, `addDays` later: the audit
 * log's "from 1 March to 3 March" means Oslo's days, not UTC's, whatever the server's zone.
 */
export function dayStartIn(day: string, timeZone: string, addDays = 0): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const utcMidnight = Date.UTC(year, month - 1, date + addDays);
  // The zone's offset at that moment: what its wall clock shows at UTC midnight, minus UTC midnight.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(utcMidnight))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(parts.year ?? year, (parts.month ?? month) - 1, parts.day ?? date, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  const offset = wall - utcMidnight;
  return new Date(utcMidnight - offset);
}
