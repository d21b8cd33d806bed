import 'server-only';
import { randomUUID } from 'node:crypto';
import { draftClaimsProblem, type TDraftClaim } from '@/lib/domain/essay/edit-draft-claims';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db, type TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TLockedDraft = { essayId: string; revisionId: string };

/**
 * Runs one change to a draft in one transaction, for its cohort's staff only (404 for everyone
 * else). The essay row is locked first and must still be a draft: publishing takes the same lock,
 * so an edit and a publish never interleave, and an edit after publishing is a 409.
 */
export async function editDraft<T>(viewerId: string, slug: string, run: (tx: TTx, draft: TLockedDraft) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const access = await getEssayAccess(tx, viewerId, { slug });
    assertCan(access, 'essay.publish');
    const [row] = await tx.$queryRaw<{ status: string; currentRevisionId: string | null }[]>`
      SELECT status::text AS status, "currentRevisionId" FROM "Essay" WHERE id = ${access.essayId} FOR UPDATE`;
    if (row?.status !== 'DRAFT') throw new AppError('CONFLICT', 'This essay has just been published: its draft can no longer be changed.');
    if (!row.currentRevisionId) throw new AppError('CONFLICT', 'This draft has no text yet.');
    return run(tx, { essayId: access.essayId, revisionId: row.currentRevisionId });
  });
}

/** The draft's text and its claims in document order. */
export async function readDraftClaims(tx: TTx, revisionId: string): Promise<{ text: string; claims: TDraftClaim[] }> {
  const revision = await tx.essayRevision.findUniqueOrThrow({
    where: { id: revisionId },
    select: {
      text: true,
      claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true, sectionId: true, start: true, end: true, text: true } },
    },
  });
  return {
    text: revision.text,
    claims: revision.claimVersions.map((c) => ({ id: c.claimId, sectionId: c.sectionId, start: c.start, end: c.end, text: c.text })),
  };
}

/**
 * Stores a draft's claims as its revision's claim versions, numbered in document order: the
 * removed claim goes, a new one (`id: null`) gets a Claim row. Nothing hangs off a draft's claims
 * (nobody writes on a draft), so its versions are simply rewritten: three or four statements.
 */
export async function writeDraftClaims(
  tx: TTx,
  draft: TLockedDraft,
  text: string,
  edit: { claims: TDraftClaim[]; removedId: string | null },
): Promise<void> {
  const problem = draftClaimsProblem(text, edit.claims);
  // The domain functions keep these promises; a break here is a bug, never the person's fault.
  if (problem) throw new Error(`A draft edit would break its claims: ${problem}`);
  const claims = edit.claims.map((claim) => ({ ...claim, id: claim.id ?? randomUUID(), isNew: claim.id === null }));
  await tx.claimVersion.deleteMany({ where: { revisionId: draft.revisionId } });
  if (edit.removedId) await tx.claim.delete({ where: { id: edit.removedId } });
  const created = claims.filter((c) => c.isNew).map((c) => ({ id: c.id, essayId: draft.essayId }));
  if (created.length > 0) await tx.claim.createMany({ data: created });
  await tx.claimVersion.createMany({
    data: claims.map((c, order) => ({
      claimId: c.id,
      revisionId: draft.revisionId,
      sectionId: c.sectionId,
      order,
      start: c.start,
      end: c.end,
      text: c.text,
    })),
  });
}
