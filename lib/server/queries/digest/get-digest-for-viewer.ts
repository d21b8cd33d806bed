import 'server-only';
// SECURITY: the digest is for the cohort's facilitators and the essay's own author
// ('essay.digest'); everyone else — members included — gets NOT_FOUND, as if it did not exist.
// Names go through displayNamesFor (staff read "pseudonym (real name)", the author pseudonyms);
// every part selects only content all readers of the discussion may see, and moderation is counts.
import { can } from '@/lib/domain/access/permissions';
import type { TDigest, TDigestResponse } from '@/lib/domain/digest/types';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { listAuthorResponsesForViewer } from '@/lib/server/queries/author/get-author-desk';
import { readArgumentsBySide } from './digest-arguments';
import { readModeration } from './digest-moderation';
import { readOpenCritiques } from './digest-open-critiques';
import { readOpinion } from './digest-opinion';
import { readParticipation } from './digest-participation';

/** Answers that gave ground: the author conceded the point, or changed the essay's words. */
const GAVE_GROUND = new Set(['CONCEDED', 'REVISED']);

/**
 * The debate digest of one essay. A fixed number of statements whatever the discussion's size
 * (`tests/integration/digest.test.ts` counts them): access, participation, the viewer's ratings and,
 * once they rated enough, the opinion map (digest-opinion.ts), arguments by side,
 * open critiques, moderation, the author's responses (their own loader, with its diffs: about nine
 * statements of at most seventeen) and one naming of the people listed.
 */
export async function getDigestForViewer(viewerId: string | null, slug: string): Promise<TDigest> {
  const access = await getEssayAccess(db, viewerId, { slug });
  if (
    viewerId === null ||
    !can(access.standing, 'essay.digest', {
      isPrivate: access.cohortId !== null,
      isDraft: access.isDraft,
      isEssayAuthor: access.isEssayAuthor,
    })
  )
    throw new AppError('NOT_FOUND', 'The digest is for the cohort’s facilitators and the essay’s author.');
  const { essayId } = access;
  const [header, opinion, sides, critiques, moderation, responses] = await Promise.all([
    readParticipation(essayId),
    readOpinion(access, viewerId),
    readArgumentsBySide(essayId),
    readOpenCritiques(essayId),
    readModeration(essayId),
    listAuthorResponsesForViewer(viewerId, slug),
  ]);
  const names = await displayNamesFor(db, { viewerId, ...access }, [...sides.authorIds, ...critiques.authorIds]);

  const byStatus = new Map<string, number>();
  for (const r of responses) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  const gaveGround: TDigestResponse[] = responses
    .filter((r) => GAVE_GROUND.has(r.status))
    .map((r) => ({
      id: r.id,
      status: r.status,
      state: r.state,
      body: r.body,
      createdAt: r.createdAt,
      critique: r.critique,
      revisionNumber: r.revisionNumber,
      diffs: r.diffs,
    }))
    .reverse(); // the loader lists newest first; the digest tells the story in order

  return {
    essay: header.essay,
    generatedAt: new Date().toISOString(),
    participation: header.participation,
    opinion,
    arguments: sides.rows.map((row) => ({
      side: row.side,
      total: row.total,
      top: row.top.map((a) => ({
        id: a.id,
        text: a.text,
        author: names.of(a.authorId).name,
        claim: { id: a.claimId, text: a.claimText, number: a.claimOrder + 1 },
        impact: { mean: a.mean, votes: a.votes },
      })),
    })),
    responses: {
      byStatus: [...byStatus]
        .map(([status, count]) => ({ status, count }))
        .sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
      concessionsAndRevisions: gaveGround,
    },
    openCritiques: {
      total: critiques.total,
      oldest: critiques.rows.map((c) => ({
        type: c.type,
        id: c.id,
        text: c.text,
        critic: names.of(c.authorId).name,
        context: c.context,
        createdAt: c.createdAt.toISOString(),
      })),
    },
    moderation,
  };
}
