import 'server-only';
import { replaceClaimText } from '@/lib/domain/revision/replace-claim-text';
import { ZRespond } from '@/lib/schemas/author';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db, type TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { reviseEssayTextInTransaction } from '@/lib/server/services/essay/revise-essay-text';
import { notify } from '@/lib/server/services/notification/notify';
import { parseInput } from '@/lib/server/validation';

type TCritic = { essayId: string; criticId: string | null; claimId: string | null };

/**
 * The essay's author answers a critique (an attacking argument, a questioning note or a
 * low-rated claim). "Revised" also rewords the claim: a new revision is made (annotations
 * re-anchor, the claim keeps its id) and the response points at it, so the diff stays linked to
 * the critique that prompted it.
 */
export async function respondToCritique(
  viewerId: string,
  essaySlug: string,
  input: unknown,
): Promise<{ id: string; revisionNumber: number | null }> {
  const data = parseInput(ZRespond, input);
  // One transaction for the whole action — the checks, the new revision (if any), the response and
  // the notice — so the claim is reworded in the text that was current when the author answered.
  return db.$transaction(
    async (tx) => {
      const access = await getEssayAccess(tx, viewerId, { slug: essaySlug });
      const essay = await tx.essay.findUniqueOrThrow({
        where: { id: access.essayId },
        select: {
          authorUserId: true,
          currentRevision: { select: { text: true, claimVersions: { select: { claimId: true, start: true, end: true } } } },
        },
      });
      if (essay.authorUserId !== viewerId) throw new AppError('FORBIDDEN', 'Only the essay’s author can respond to critiques.');
      const critic = await resolveCritique(tx, data.critique);
      if (critic.essayId !== access.essayId) throw new AppError('BAD_REQUEST', 'That critique is about another essay.');
      let revision: { revisionId: string; number: number } | null = null;
      if (data.revision) {
        const span = essay.currentRevision?.claimVersions.find((c) => c.claimId === data.revision!.claimId);
        if (!span) throw new AppError('BAD_REQUEST', 'That claim is not in the current text of the essay.');
        revision = await reviseEssayTextInTransaction(
          tx,
          access.essayId,
          replaceClaimText(essay.currentRevision!.text, span, data.revision.text),
          {
            createdById: viewerId,
            note: `Revised in response to a critique: ${data.body.slice(0, 200)}`,
          },
        );
      }
      const created = await tx.authorResponse.create({
        data: {
          essayId: access.essayId,
          authorId: viewerId,
          status: data.status,
          body: data.body,
          revisionId: revision?.revisionId ?? null,
          ...(data.critique.type === 'annotation'
            ? { annotationId: data.critique.id }
            : data.critique.type === 'argument'
              ? { argumentId: data.critique.id }
              : { claimId: data.critique.id }),
        },
        select: { id: true },
      });
      if (critic.criticId) {
        await notify(tx, viewerId, [
          {
            userId: critic.criticId,
            kind: 'AUTHOR_RESPONSE',
            title: `The author ${data.status.toLowerCase()} your critique.`,
            href: `/essays/${essaySlug}/responses#response-${created.id}`,
            payload: { responseId: created.id },
          },
        ]);
      }
      return { id: created.id, revisionNumber: revision?.number ?? null };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

async function resolveCritique(client: typeof db | TTx, ref: { type: 'annotation' | 'argument' | 'claim'; id: string }): Promise<TCritic> {
  if (ref.type === 'annotation') {
    const note = await client.annotation.findUnique({
      where: { id: ref.id },
      select: { essayId: true, authorId: true, visibility: true, deletedAt: true },
    });
    if (!note || note.visibility === 'PRIVATE' || note.deletedAt) throw new AppError('NOT_FOUND', 'No such critique.');
    return { essayId: note.essayId, criticId: note.authorId, claimId: null };
  }
  if (ref.type === 'argument') {
    const argument = await client.argument.findUnique({
      where: { id: ref.id },
      select: { essayId: true, authorId: true, deletedAt: true },
    });
    if (!argument || argument.deletedAt) throw new AppError('NOT_FOUND', 'No such critique.');
    return { essayId: argument.essayId, criticId: argument.authorId, claimId: null };
  }
  const claim = await client.claim.findUnique({ where: { id: ref.id }, select: { essayId: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim.');
  return { essayId: claim.essayId, criticId: null, claimId: ref.id };
}
