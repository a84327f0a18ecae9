// Date ranges as the stats API takes them: inclusive UTC days, YYYY-MM-DD, at most 400 days.

export const MAX_DAYS = 400;
const DAY_MS = 86_400_000;

export interface DateRange {
  from: string;
  to: string;
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The last `days` UTC days up to and including today. */
export function lastDays(days: number, now = Date.now()): DateRange {
  return { from: isoDay(now - (days - 1) * DAY_MS), to: isoDay(now) };
}

export function parseDay(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || isoDay(time) !== value ? null : time;
}

/** Null when the range is usable, else a sentence saying what is wrong with it. */
export function rangeError(range: DateRange): string | null {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  if (from === null) return `Start date "${range.from}" is not a date (YYYY-MM-DD).`;
  if (to === null) return `End date "${range.to}" is not a date (YYYY-MM-DD).`;
  if (from > to) return 'The start date is after the end date.';
  const days = (to - from) / DAY_MS + 1;
  return days > MAX_DAYS ? `The range spans ${days} days; at most ${MAX_DAYS} are allowed.` : null;
}
