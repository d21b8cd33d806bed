import 'server-only';
import type { z } from 'zod';
import type { ZApiClaimList, ZApiEssay, ZApiEssaySummary } from '@/lib/schemas/api-v1';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { listEssaysForViewer } from '@/lib/server/queries/essay/list-essays-for-viewer';

// The essay resources of the API are the web app's own queries (same access rules, same
// fixed number of queries), reshaped into the documented contract.

export async function listApiEssays(viewerId: string | null): Promise<z.output<typeof ZApiEssaySummary>[]> {
  const essays = await listEssaysForViewer(viewerId);
  return essays.map((e) => ({
    slug: e.slug,
    title: e.title,
    authorName: e.authorName,
    sourceName: e.sourceName,
    cohortName: e.cohortName,
    claimCount: e.claimCount,
  }));
}

export async function getApiEssay(viewerId: string | null, slug: string): Promise<z.output<typeof ZApiEssay>> {
  const essay = await getEssayForViewer(viewerId, slug);
  return {
    slug: essay.slug,
    title: essay.title,
    authorName: essay.authorName,
    sourceName: essay.sourceName,
    sourceUrl: essay.sourceUrl,
    cohort: essay.cohort,
    standing: essay.standing,
    revision: { id: essay.revision.id, number: essay.revision.number, createdAt: essay.revision.createdAt.toISOString() },
    text: essay.revision.text,
    sections: essay.sections.map((s) => ({ id: s.id, order: s.order, title: s.title, claimCount: s.claims.length })),
  };
}

export async function listApiClaims(viewerId: string | null, slug: string): Promise<z.output<typeof ZApiClaimList>> {
  const essay = await getEssayForViewer(viewerId, slug);
  return {
    revisionId: essay.revision.id,
    claims: essay.sections.flatMap((section) =>
      section.claims.map((c) => ({
        id: c.id,
        order: c.order,
        sectionId: section.id,
        start: c.start,
        end: c.end,
        text: c.text,
        counts: c.counts,
      })),
    ),
  };
}
