import 'server-only';
import { essayReadableWhere } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';

export type TEssayListItem = {
  slug: string;
  title: string;
  authorName: string;
  sourceName: string | null;
  cohortName: string | null;
  claimCount: number;
};

/** Home page: essays the viewer may read, newest first (index Essay(cohortId, createdAt)). */
export async function listEssaysForViewer(viewerId: string | null): Promise<TEssayListItem[]> {
  const essays = await db.essay.findMany({
    where: essayReadableWhere(viewerId),
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      slug: true,
      title: true,
      authorName: true,
      sourceName: true,
      cohort: { select: { name: true } },
      currentRevision: { select: { _count: { select: { claimVersions: true } } } },
    },
  });
  return essays.map((essay) => ({
    slug: essay.slug,
    title: essay.title,
    authorName: essay.authorName,
    sourceName: essay.sourceName,
    cohortName: essay.cohort?.name ?? null,
    claimCount: essay.currentRevision?._count.claimVersions ?? 0,
  }));
}
