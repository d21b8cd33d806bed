import 'server-only';
import { z } from 'zod';

// Read when a stream opens, not at import, so tests can shorten the interval.
const ZLiveSettings = z.object({
  /** How often an open stream checks that its viewer may still follow the essay (ms). */
  COUNTERPOINT_LIVE_RECHECK_MS: z.coerce.number().int().min(50).max(60_000).default(60_000),
  /** Open streams per user and app instance: one per essay tab, with room for a few. */
  COUNTERPOINT_LIVE_MAX_STREAMS: z.coerce.number().int().min(1).max(100).default(5),
});

export function liveSettings(): { recheckMs: number; maxStreamsPerUser: number } {
  const settings = ZLiveSettings.parse(process.env);
  return { recheckMs: settings.COUNTERPOINT_LIVE_RECHECK_MS, maxStreamsPerUser: settings.COUNTERPOINT_LIVE_MAX_STREAMS };
}
