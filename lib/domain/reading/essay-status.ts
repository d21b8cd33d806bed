/**
 * Where an essay stands for its cohort right now — a draft, closed, not yet open, or open (with
 * the time left when a window closes it) — from its status and reading settings and the clock.
 * Pure, so the cohort page, the reader and any badge say the same thing.
 */
import { discussionStatus } from '@/lib/domain/reading/discussion-rules';
import { timeLeft } from '@/lib/domain/reading/time-left';

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
 * The essay's phase at `now`. A draft is a draft whatever its settings; otherwise the reading
 * settings' own rule decides (`discussionStatus`: closed by hand wins, then the window, open from
 * `opensAt` until `closesAt`), so the badge and the writes the server takes never disagree.
 * @example essayPhase({ status: 'PUBLISHED', discussion: 'OPEN', opensAt: null, closesAt: null }, now) // { kind: 'OPEN', msUntilClose: null }
 */
export function essayPhase(essay: TEssayStatusInput, now: Date): TEssayPhase {
  if (essay.status === 'DRAFT') return { kind: 'DRAFT' };
  const status = discussionStatus({ ...essay, postBeforeSee: false }, now);
  switch (status.state) {
    case 'closed':
      return { kind: 'CLOSED' };
    case 'not-yet-open':
      return { kind: 'OPENS_LATER', msUntilOpen: status.opensAt.getTime() - now.getTime() };
    case 'open':
      return { kind: 'OPEN', msUntilClose: status.closesAt === null ? null : status.closesAt.getTime() - now.getTime() };
  }
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
