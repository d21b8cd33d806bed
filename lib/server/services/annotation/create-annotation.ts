import 'server-only';
import { checkSelectorsMatch, claimsForRange } from '@/lib/domain/anchoring';
import { ZCreateAnnotation, type TAnnotationView } from '@/lib/schemas/annotation';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { recordEssayEvent } from '@/lib/server/live/record-essay-event';
import { withRenderedBody } from '@/lib/server/markdown/stored-note-html';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';
import { parseInput } from '@/lib/server/validation';

/** Annotates a span of the essay's current revision. One transaction: the note, its claims, its event. */
export async function createAnnotation(viewerId: string, essaySlug: string, input: unknown): Promise<TAnnotationView> {
  const data = parseInput(ZCreateAnnotation, input);
  const result = await db.$transaction(async (tx) => {
    const access = await getEssayAccess(tx, viewerId, { slug: essaySlug });
    assertCan(access, 'annotation.create');
    const essay = await tx.essay.findUniqueOrThrow({
      where: { id: access.essayId },
      select: {
        currentRevision: {
          select: { id: true, text: true, claimVersions: { select: { claimId: true, start: true, end: true }, orderBy: { start: 'asc' } } },
        },
      },
    });
    const revision = essay.currentRevision;
    if (!revision) throw new AppError('NOT_FOUND', 'This essay has no text yet.');
    if (revision.id !== data.revisionId) {
      throw new AppError('CONFLICT', 'The essay was revised since you opened it. Reload the page and select the text again.');
    }
    const check = checkSelectorsMatch(revision.text, data.selectors);
    if (!check.ok) throw new AppError('BAD_REQUEST', check.reason);
    const { start, end } = data.selectors.position;
    const claimIds = claimsForRange(
      revision.claimVersions.map((c) => ({ id: c.claimId, start: c.start, end: c.end })),
      start,
      end,
    );
    const row = await tx.annotation.create({
      data: {
        essayId: access.essayId,
        revisionId: revision.id,
        authorId: viewerId,
        motivation: data.motivation,
        selectors: [data.selectors.quote, data.selectors.position],
        ...withRenderedBody(data.body),
        tags: [...new Set(data.tags)],
        visibility: data.visibility,
        anchorStatus: 'ANCHORED',
        start,
        end,
        claims: { create: claimIds.map((claimId) => ({ claimId })) },
      },
      select: ANNOTATION_VIEW_SELECT,
    });
    const view = toAnnotationView(row, await displayNamesFor(tx, { viewerId, ...access }, [row.authorId]));
    await recordEssayEvent(tx, access.essayId, 'annotation.created', view);
    return { view, essayId: access.essayId };
  });
  wakeEssay(result.essayId);
  return result.view;
}
