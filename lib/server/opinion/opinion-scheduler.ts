import 'server-only';
import { db } from '@/lib/server/db/client';
import { isDatabaseUnavailable } from '@/lib/server/db/database-unavailable';
import { errorFields, log } from '@/lib/server/log';
import { isOpinionMapStale } from './opinion-map-staleness';
import { recomputeOpinionMap } from './recompute-opinion-map';

/**
 * Debounced, in-process recomputation of opinion maps, off the request path. A rating write (or a
 * read that finds the stored result stale) asks for one; the first ask starts a timer of
 * COUNTERPOINT_OPINION_DEBOUNCE_MS (3 s) and later asks join it, so a burst of ratings costs one
 * computation. After computing, the version is checked again: ratings that came in meanwhile get
 * their own run. Kept on globalThis, like the pool, so every bundle of the app shares it.
 */
type TSchedulerState = {
  timers: Map<string, ReturnType<typeof setTimeout>>;
  running: Set<string>;
  ratedClaims: Set<string>;
  claimsTimer: ReturnType<typeof setTimeout> | null;
};
const globalForScheduler = globalThis as unknown as { counterpointOpinionScheduler?: TSchedulerState };
const state: TSchedulerState = (globalForScheduler.counterpointOpinionScheduler ??= {
  timers: new Map(),
  running: new Set(),
  ratedClaims: new Set(),
  claimsTimer: null,
});

const DEFAULT_DEBOUNCE_MS = 3_000;

export function opinionDebounceMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.COUNTERPOINT_OPINION_DEBOUNCE_MS);
  return Number.isFinite(value) && value >= 0 && env.COUNTERPOINT_OPINION_DEBOUNCE_MS !== '' ? value : DEFAULT_DEBOUNCE_MS;
}

/** Whether a computation of this essay is waiting or running in this process. */
export function isOpinionRecomputePending(essayId: string): boolean {
  return state.timers.has(essayId) || state.running.has(essayId);
}

export function scheduleOpinionRecompute(essayId: string, delayMs: number = opinionDebounceMs()): void {
  if (state.timers.has(essayId)) return;
  const timer = setTimeout(() => {
    state.timers.delete(essayId);
    void run(essayId);
  }, delayMs);
  // A script that rated something must still be able to exit.
  timer.unref?.();
  state.timers.set(essayId, timer);
}

/**
 * After an AGREEMENT rating of `claimId`: the rating route knows the claim, not the essay, and
 * looking the essay up would add a statement to every rating write. The claims rated during one
 * debounce window are mapped to their essays in one query when it ends.
 */
export function scheduleOpinionRecomputeForClaim(claimId: string): void {
  state.ratedClaims.add(claimId);
  if (state.claimsTimer !== null) return;
  state.claimsTimer = setTimeout(() => {
    state.claimsTimer = null;
    const claimIds = [...state.ratedClaims];
    state.ratedClaims.clear();
    db.claim
      .findMany({ where: { id: { in: claimIds } }, select: { essayId: true }, distinct: ['essayId'] })
      .then((rows) => rows.forEach((row) => scheduleOpinionRecompute(row.essayId, 0)))
      .catch((error: unknown) => logFailure(error, 'scheduling opinion maps after ratings failed'));
  }, opinionDebounceMs());
  state.claimsTimer.unref?.();
}

async function run(essayId: string): Promise<void> {
  if (state.running.has(essayId)) return scheduleOpinionRecompute(essayId);
  state.running.add(essayId);
  try {
    const outcome = await recomputeOpinionMap(essayId);
    state.running.delete(essayId);
    if (outcome === 'computed' && (await isOpinionMapStale(db, essayId))) scheduleOpinionRecompute(essayId);
  } catch (error) {
    // Readers keep the last result; the next rating or read asks again.
    logFailure(error, 'computing the opinion map failed', essayId);
  } finally {
    state.running.delete(essayId);
  }
}

/**
 * One line per failure. While the database restarts every background run fails the same way: a
 * warning without a stack then (the next rating or read asks again), an error with one otherwise.
 */
function logFailure(error: unknown, message: string, essayId?: string): void {
  const isOutage = isDatabaseUnavailable(error);
  const line = { event: 'opinion.recompute-failed', essayId, error: errorFields(error, { withStack: !isOutage }) };
  if (isOutage) log().warn(line, message);
  else log().error(line, message);
}
