import 'server-only';
import { db } from '@/lib/server/db/client';
import type { TCsvAccess } from '@/lib/server/queries/csv/csv-access';
import type { TCsvTable } from '@/lib/server/queries/csv/csv-table';
import { peopleColumns } from '@/lib/server/queries/csv/people-columns';

/** Every argument not deleted, oldest first, with its impact count and mean (GROUP BY in SQL). */
export async function argumentsCsv(access: TCsvAccess): Promise<TCsvTable> {
  const [args, impact] = await Promise.all([
    db.argument.findMany({
      where: { essayId: access.essayId, deletedAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        authorId: true,
        text: true,
        elaboration: true,
        stance: true,
        attackKind: true,
        targetClaimId: true,
        targetArgumentId: true,
        duplicateOfId: true,
        hiddenAt: true,
        createdAt: true,
      },
    }),
    db.impactVote.groupBy({
      by: ['argumentId'],
      where: { argument: { essayId: access.essayId } },
      _count: { _all: true },
      _avg: { impact: true },
    }),
  ]);
  const stats = new Map(impact.map((g) => [g.argumentId, { count: g._count._all, mean: g._avg.impact }]));
  const people = await peopleColumns(
    access,
    args.map((a) => a.authorId),
  );
  return {
    headers: [
      'argument_id',
      'target_type',
      'target_id',
      'stance',
      'attack_kind',
      ...people.headers('author'),
      'text',
      'elaboration',
      'duplicate_of',
      'created_at',
      'is_hidden',
      'impact_count',
      'impact_mean',
    ],
    rows: args.map((a) => {
      const s = stats.get(a.id);
      const isHidden = a.hiddenAt !== null;
      return [
        a.id,
        a.targetClaimId ? 'claim' : 'argument',
        a.targetClaimId ?? a.targetArgumentId,
        a.stance,
        a.attackKind,
        ...people.cells(a.authorId),
        isHidden ? '' : a.text,
        isHidden ? null : a.elaboration,
        a.duplicateOfId,
        a.createdAt,
        isHidden,
        s?.count ?? 0,
        s?.mean === null || s?.mean === undefined ? null : Math.round(s.mean * 10_000) / 10_000,
      ];
    }),
  };
}
