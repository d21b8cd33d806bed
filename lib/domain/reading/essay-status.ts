/**
 * Where an essay stands for its cohort right now — a draft, closed, not yet open, or open (with
 * the time left when a window closes it) — from its status and reading settings and the clock.
 * Pure, so the cohort page, the reader and any badge say the same thing.
 */

/** The fields of `Essay` (prisma/schema.prisma) that decide its status. */
export type TEssayStatusInput = {
  status: 'DRAFT' | 'PUBLISHED';
  discussion: 'OPEN' | 'CLOSED';
  opensAt: Date | null;
  closesAt: Date | null;
};

export type TEssayPhase =
  | { kind: 'DRAFT' }
  | { kind: 'CLOSED' }
  /** Published, but its discussion window has not opened yet. */
  | { kind: 'OPENS_LATER'; msUntilOpen: number }
  /** Open for discussion; `msUntilClose` is null when no window closes it. */
  | { kind: 'OPEN'; msUntilClose: number | null };

/**
 * The essay's phase at `now`. A draft is a draft whatever its settings; a discussion closed by
 * hand stays closed whatever the window says; otherwise the window decides, opening at `opensAt`
 * and closing at `closesAt` (both instants included in the later phase).
 * @example essayPhase({ status: 'PUBLISHED', discussion: 'OPEN', opensAt: null, closesAt: null }, now) // { kind: 'OPEN', msUntilClose: null }
 */
export function essayPhase(essay: TEssayStatusInput, now: Date): TEssayPhase {
  if (essay.status === 'DRAFT') return { kind: 'DRAFT' };
  if (essay.discussion === 'CLOSED') return { kind: 'CLOSED' };
  const at = now.getTime();
  if (essay.closesAt !== null && essay.closesAt.getTime() <= at) return { kind: 'CLOSED' };
  if (essay.opensAt !== null && essay.opensAt.getTime() > at) return { kind: 'OPENS_LATER', msUntilOpen: essay.opensAt.getTime() - at };
  return { kind: 'OPEN', msUntilClose: essay.closesAt === null ? null : essay.closesAt.getTime() - at };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A duration in the largest whole unit, rounded down: a deadline never promises more time than is
 * left ("2 days" with 2 days 23 hours to go; "23 hours" with 23 hours 59 minutes).
 * @example timeLeft(49 * 60 * 60 * 1000) // '2 days'
 */
export function timeLeft(ms: number): string {
  if (ms >= DAY) return plural(Math.floor(ms / DAY), 'day');
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), 'hour');
  if (ms >= MINUTE) return plural(Math.floor(ms / MINUTE), 'minute');
  return 'less than a minute';
}

/**
 * The badge a person reads: "Draft", "Closed", "Opens in 3 days", "Closes in 2 days" or "Open".
 * @example essayStatusLabel({ kind: 'OPEN', msUntilClose: 2 * 24 * 60 * 60 * 1000 }) // 'Closes in 2 days'
 */
export function essayStatusLabel(phase: TEssayPhase): string {
  switch (phase.kind) {
    case 'DRAFT':
      return 'Draft';
    case 'CLOSED':
      return 'Closed';
    case 'OPENS_LATER':
      return `Opens in ${timeLeft(phase.msUntilOpen)}`;
    case 'OPEN':
      return phase.msUntilClose === null ? 'Open' : `Closes in ${timeLeft(phase.msUntilClose)}`;
  }
}
