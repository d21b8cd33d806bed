import 'server-only';
import { OPINION_FORMAT_VERSION, type TOpinionResult } from '@/lib/domain/opinion';
import type { TDb, TTx } from '@/lib/server/db/client';
import { opinionMapStaleSql } from './opinion-map-staleness';
import { isOpinionRecomputePending, scheduleOpinionRecompute } from './opinion-scheduler';

export type TStoredOpinionMap = {
  /** The last result of the current shape, or null when none was computed yet. */
  result: TOpinionResult | null;
  computedAt: Date | null;
  /** Ratings changed since (a newer result is on its way). */
  isStale: boolean;
};

/**
 * The essay's stored opinion map, as is: never computed here. When it is stale and nothing is
 * waiting to compute it in this process, one is scheduled, and the last result is served
 * meanwhile. SECURITY: the result holds member ids and everyone's votes; callers shape it for a
 * viewer (get-opinion-map-for-viewer.ts) and never send it as it is.
 */
export async function readOpinionMap(client: TDb | TTx, essayId: string): Promise<TStoredOpinionMap> {
  const rows = await client.$queryRaw<{ result: TOpinionResult | null; computedAt: Date | null; stale: boolean }[]>`
    SELECT m.result, m."computedAt", ${opinionMapStaleSql('m', 'e')} AS stale
      FROM "Essay" e LEFT JOIN "OpinionMap" m ON m."essayId" = e.id
     WHERE e.id = ${essayId}`;
  const row = rows[0];
  if (!row) return { result: null, computedAt: null, isStale: false };
  if (row.stale && !isOpinionRecomputePending(essayId)) scheduleOpinionRecompute(essayId);
  const isCurrentShape = row.result !== null && row.result.formatVersion === OPINION_FORMAT_VERSION;
  return { result: isCurrentShape ? row.result : null, computedAt: row.computedAt, isStale: row.stale };
}
