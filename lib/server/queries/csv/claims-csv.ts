import 'server-only';
import { db } from '@/lib/server/db/client';
import type { TCsvAccess } from '@/lib/server/queries/csv/csv-access';
import type { TCsvTable } from '@/lib/server/queries/csv/csv-table';

/** The current revision's claims with their rating count and mean per axis (GROUP BY in SQL). */
export async function claimsCsv(access: TCsvAccess): Promise<TCsvTable> {
  const [essay, aggregates] = await Promise.all([
    db.essay.findUniqueOrThrow({
      where: { id: access.essayId },
      select: {
        currentRevision: {
          select: {
            claimVersions: {
              orderBy: { order: 'asc' },
              select: {
                claimId: true,
                order: true,
                text: true,
                section: { select: { order: true, title: true } },
                claim: {
                  select: {
                    _count: {
                      select: {
                        annotations: { where: { annotation: { visibility: 'COHORT', deletedAt: null } } },
                        arguments: { where: { deletedAt: null } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
    db.rating.groupBy({
      by: ['claimId', 'dimension'],
      where: { claim: { essayId: access.essayId } },
      _count: { _all: true },
      _avg: { value: true },
    }),
  ]);
  const stats = new Map(aggregates.map((a) => [`${a.claimId}:${a.dimension}`, { count: a._count._all, mean: a._avg.value }]));
  const axis = (claimId: string, dimension: 'AGREEMENT' | 'EVIDENCE') => {
    const s = stats.get(`${claimId}:${dimension}`);
    return [s?.count ?? 0, s?.mean === null || s?.mean === undefined ? null : Math.round(s.mean * 10_000) / 10_000];
  };
  return {
    headers: [
      'claim_id',
      'position',
      'section_position',
      'section',
      'text',
      'agreement_count',
      'agreement_mean',
      'evidence_count',
      'evidence_mean',
      'annotation_count',
      'argument_count',
    ],
    rows: (essay.currentRevision?.claimVersions ?? []).map((c) => [
      c.claimId,
      c.order + 1,
      c.section.order + 1,
      c.section.title,
      c.text,
      ...axis(c.claimId, 'AGREEMENT'),
      ...axis(c.claimId, 'EVIDENCE'),
      c.claim._count.annotations,
      c.claim._count.arguments,
    ]),
  };
}
