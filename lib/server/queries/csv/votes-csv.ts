import 'server-only';
import { db } from '@/lib/server/db/client';
import type { TCsvAccess } from '@/lib/server/queries/csv/csv-access';
import type { TCsvTable } from '@/lib/server/queries/csv/csv-table';
import { peopleColumns } from '@/lib/server/queries/csv/people-columns';

/**
 * Every individual judgment: claim ratings (AGREEMENT, EVIDENCE: 1–5) and impact votes on
 * arguments (IMPACT: 0–4, with the voter's relevance call), one row each.
 */
export async function votesCsv(access: TCsvAccess): Promise<TCsvTable> {
  const [ratings, impactVotes] = await Promise.all([
    db.rating.findMany({
      where: { claim: { essayId: access.essayId } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { userId: true, claimId: true, dimension: true, value: true, createdAt: true, updatedAt: true },
    }),
    db.impactVote.findMany({
      where: { argument: { essayId: access.essayId, deletedAt: null } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { userId: true, argumentId: true, impact: true, isRelevant: true, createdAt: true, updatedAt: true },
    }),
  ]);
  const people = await peopleColumns(access, [...ratings.map((r) => r.userId), ...impactVotes.map((v) => v.userId)]);
  return {
    headers: [
      'vote_type',
      ...people.headers('voter'),
      'target_type',
      'target_id',
      'dimension',
      'value',
      'is_relevant',
      'created_at',
      'updated_at',
    ],
    rows: [
      ...ratings.map((r) => [
        'rating',
        ...people.cells(r.userId),
        'claim',
        r.claimId,
        r.dimension,
        r.value,
        null,
        r.createdAt,
        r.updatedAt,
      ]),
      ...impactVotes.map((v) => [
        'impact',
        ...people.cells(v.userId),
        'argument',
        v.argumentId,
        'IMPACT',
        v.impact,
        v.isRelevant,
        v.createdAt,
        v.updatedAt,
      ]),
    ],
  };
}
