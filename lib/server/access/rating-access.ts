import 'server-only';
// SECURITY: blind ratings. Every read of rating aggregates (the claim's ratings panel, strength
// and base on the map and claim page, counts on the essay page and API) asks this module which
// claims' aggregates the viewer may see, and reads the others' ratings only for those.
import { canSeeRatingAggregates, type TRatingAxis } from '@/lib/domain/access/permissions';
import type { TDb, TTx } from '@/lib/server/db/client';

/**
 * The axes of each claim whose aggregates the viewer has unlocked by rating (signed out: none).
 * Read from RatingReveal, not Rating: a retraction keeps what was seen (ADR 0003).
 */
export async function getRevealedAxes(
  client: TDb | TTx,
  viewerId: string | null,
  where: { essayId: string } | { claimId: string },
): Promise<Map<string, Set<TRatingAxis>>> {
  const revealed = new Map<string, Set<TRatingAxis>>();
  if (viewerId === null) return revealed;
  const rows = await client.ratingReveal.findMany({
    where: { userId: viewerId, ...('claimId' in where ? { claimId: where.claimId } : { claim: { essayId: where.essayId } }) },
    select: { claimId: true, dimension: true },
  });
  for (const row of rows) revealed.set(row.claimId, (revealed.get(row.claimId) ?? new Set<TRatingAxis>()).add(row.dimension));
  return revealed;
}

/** Whether the viewer may see `axis` aggregates of `claimId`, given `getRevealedAxes`. */
export function maySeeAggregates(revealed: ReadonlyMap<string, ReadonlySet<TRatingAxis>>, claimId: string, axis: TRatingAxis): boolean {
  return canSeeRatingAggregates(revealed.get(claimId) ?? new Set(), axis);
}

/** The claims among `claimIds` whose `axis` aggregates the viewer may see: the only ones to aggregate. */
export function claimsWithVisibleAggregates(
  revealed: ReadonlyMap<string, ReadonlySet<TRatingAxis>>,
  claimIds: Iterable<string>,
  axis: TRatingAxis,
): string[] {
  return [...claimIds].filter((id) => maySeeAggregates(revealed, id, axis));
}
