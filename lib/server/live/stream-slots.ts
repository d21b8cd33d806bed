import 'server-only';
import { AppError } from '@/lib/server/errors';

// Open streams per user in this process. Each holds a database read per delivery and a timer;
// a script opening hundreds would cost every reader. Per instance: behind a load balancer the
// cap is per instance, which still bounds one user's share of each.
const globalSlots = globalThis as unknown as { liveStreamSlots?: Map<string, number> };
const openStreams = (globalSlots.liveStreamSlots ??= new Map<string, number>());

/**
 * Takes one of the user's `max` stream slots, or throws RATE_LIMITED (429) when all are in use.
 * Returns the release function; calling it more than once releases once.
 */
export function claimStreamSlot(userId: string, max: number): () => void {
  const count = openStreams.get(userId) ?? 0;
  if (count >= max) {
    throw new AppError(
      'RATE_LIMITED',
      `You already follow ${max} essays live (one per open tab). Close a tab you no longer read, then reload this page.`,
      { retryAfterSeconds: 30 },
    );
  }
  openStreams.set(userId, count + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (openStreams.get(userId) ?? 1) - 1;
    if (left <= 0) openStreams.delete(userId);
    else openStreams.set(userId, left);
  };
}

/** Live streams open in this process, everyone's together (the metrics endpoint's live subscribers). */
export function openStreamCount(): number {
  let total = 0;
  for (const count of openStreams.values()) total += count;
  return total;
}
