const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A duration in the largest whole unit, rounded down: a deadline never promises more time than is
 * left ("2 days" with 2 days 23 hours to go; "23 hours" with 23 hours 59 minutes). Shared by the
 * cohort page's badge (essay-status.ts) and the reader's status line (discussion-rules.ts).
 * @example timeLeft(49 * 60 * 60 * 1000) // '2 days'
 */
export function timeLeft(ms: number): string {
  if (ms >= DAY) return plural(Math.floor(ms / DAY), 'day');
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), 'hour');
  if (ms >= MINUTE) return plural(Math.floor(ms / MINUTE), 'minute');
  return 'less than a minute';
}
