import 'server-only';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { getRevealedAxes, maySeeAggregates } from '@/lib/server/access/rating-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import type { TStanding } from '@/lib/domain/access/permissions';

export type TClaimView = {
  id: string;
  order: number;
  start: number;
  end: number;
  text: string;
  /** `ratings` is null until the viewer has rated the claim's agreement (blind ratings). */
  counts: { annotations: number; ratings: number | null; arguments: number };
};
export type TSectionView = { id: string; order: number; title: string | null; claims: TClaimView[] };
export type TEssayView = {
  id: string;
  slug: string;
  title: string;
  authorName: string;
  sourceName: string | null;
  sourceUrl: string | null;
  cohort: { name: string; slug: string } | null;
  metadata: unknown;
  revision: { id: string; number: number; text: string; createdAt: Date };
  sections: TSectionView[];
  standing: TStanding;
  /** The viewer is the essay's linked author account (the critique desk is theirs). */
  isViewerAuthor: boolean;
};

/**
 * The essay page: the current revision's sections and claims with their counts, in a fixed
 * number of queries whatever the essay's length (counts are SQL subqueries, not loaded rows).
 * Throws NOT_FOUND for essays the viewer may not see.
 */
export async function getEssayForViewer(viewerId: string | null, slug: string): Promise<TEssayView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const revealed = await getRevealedAxes(db, viewerId, { essayId: access.essayId });
  const essay = await db.essay.findUnique({
    where: { id: access.essayId },
    select: {
      id: true,
      slug: true,
      title: true,
      authorName: true,
      sourceName: true,
      sourceUrl: true,
      metadata: true,
      authorUserId: true,
      cohort: { select: { name: true, slug: true } },
      currentRevision: {
        select: {
          id: true,
          number: true,
          text: true,
          createdAt: true,
          sections: {
            orderBy: { order: 'asc' },
            select: {
              id: true,
              order: true,
              title: true,
              claimVersions: {
                orderBy: { order: 'asc' },
                select: {
                  claimId: true,
                  order: true,
                  start: true,
                  end: true,
                  text: true,
                  claim: {
                    select: {
                      _count: {
                        select: {
                          // Only what this viewer could open: live cohort notes and their own private ones.
                          annotations: {
                            where: {
                              annotation: {
                                deletedAt: null,
                                OR: [{ visibility: 'COHORT' }, ...(viewerId ? [{ authorId: viewerId }] : [])],
                              },
                            },
                          },
                          ratings: { where: { dimension: 'AGREEMENT' } },
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
      },
    },
  });
  const revision = essay?.currentRevision;
  if (!essay || !revision) throw new AppError('NOT_FOUND', 'This essay has no text yet.');
  return {
    id: essay.id,
    slug: essay.slug,
    title: essay.title,
    authorName: essay.authorName,
    sourceName: essay.sourceName,
    sourceUrl: essay.sourceUrl,
    cohort: essay.cohort,
    metadata: essay.metadata,
    revision: { id: revision.id, number: revision.number, text: revision.text, createdAt: revision.createdAt },
    standing: access.standing,
    isViewerAuthor: viewerId !== null && essay.authorUserId === viewerId,
    sections: revision.sections.map((section) => ({
      id: section.id,
      order: section.order,
      title: section.title,
      claims: section.claimVersions.map((version) => ({
        id: version.claimId,
        order: version.order,
        start: version.start,
        end: version.end,
        text: version.text,
        counts: {
          annotations: version.claim._count.annotations,
          ratings: maySeeAggregates(revealed, version.claimId, 'AGREEMENT') ? version.claim._count.ratings : null,
          arguments: version.claim._count.arguments,
        },
      })),
    })),
  };
}
