import 'server-only';
// SECURITY: a live stream is checked when it opens AND while it is open: a member removed or
// suspended, or a user who signed out, must stop receiving a private cohort's notes.
import { assertCan, getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { onAccessSignal } from '@/lib/server/live/access-signals';

/** The viewer's access to an essay if they may follow it live; else the AppError to answer with. */
export async function requireLiveAccess(viewerId: string | null, where: { slug: string } | { id: string }): Promise<TEssayAccess> {
  const access = await getEssayAccess(db, viewerId, where);
  assertCan(access, 'essay.follow-live');
  return access;
}

export type TLiveWatch = {
  essayId: string;
  cohortId: string | null;
  viewerId: string;
  recheckMs: number;
  /** Called once, with a sentence for the client, when the viewer may no longer follow the essay. */
  onLost: (reason: string) => void;
};

/**
 * Watches a viewer's right to an open stream: every `recheckMs`, at once when a membership of
 * the essay's cohort changes, and on sign-out. Returns the stop function.
 */
export function watchLiveAccess({ essayId, cohortId, viewerId, recheckMs, onLost }: TLiveWatch): () => void {
  let isStopped = false;
  const lose = (reason: string) => {
    if (isStopped) return;
    stop();
    onLost(reason);
  };
  let isChecking = false;
  const recheck = async () => {
    if (isChecking || isStopped) return;
    isChecking = true;
    try {
      await requireLiveAccess(viewerId, { id: essayId });
    } catch (error) {
      // Only a refusal ends the stream; a database hiccup waits for the next check.
      if (error instanceof AppError) lose(error.message);
    } finally {
      isChecking = false;
    }
  };
  const timer = setInterval(() => void recheck(), recheckMs);
  const offCohort = cohortId ? onAccessSignal(`cohort:${cohortId}`, () => void recheck()) : () => {};
  const offSignOut = onAccessSignal(`signout:${viewerId}`, () => lose('You signed out.'));
  const stop = () => {
    isStopped = true;
    clearInterval(timer);
    offCohort();
    offSignOut();
  };
  return stop;
}
