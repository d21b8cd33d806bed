import 'server-only';
import { randomUUID } from 'node:crypto';
import { ZCreateReply, type TFullAnnotationView } from '@/lib/schemas/annotation';
import { displayNamesFor, STORED_NAME_VIEWER } from '@/lib/server/access/display-names';
import { assertCan } from '@/lib/server/access/essay-access';
import { getAnnotationAccess } from '@/lib/server/access/get-annotation-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import type { TWriteKey } from '@/lib/server/http/write-key';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { recordEssayEvent } from '@/lib/server/live/record-essay-event';
import { withRenderedBody } from '@/lib/server/markdown/stored-note-html';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';
import { replayedAnnotation } from '@/lib/server/services/annotation/replayed-annotation';
import { isUnlockingNote, unlockDiscussionStatement } from '@/lib/server/services/reading/unlock-discussion';
import { parseInput } from '@/lib/server/validation';
import { notify } from '@/lib/server/services/notification/notify';
import { claimWriteKey } from '@/lib/server/services/write-key/claim-write-key';
import type { TTx } from '@/lib/server/db/client';

/** Slow mode on a thread: one post per N minutes per member (moderators set N). */
async function enforceSlowMode(tx: TTx, viewerId: string, rootId: string): Promise<void> {
  const root = await tx.annotation.findUniqueOrThrow({ where: { id: rootId }, select: { slowModeMinutes: true } });
  if (!root.slowModeMinutes) return;
  // Replies in a slow-mode thread take turns, so two quick replies cannot both read "no recent post".
  await tx.$queryRaw`SELECT 1 FROM "Annotation" WHERE id = ${rootId} FOR UPDATE`;
  const since = new Date(Date.now() - root.slowModeMinutes * 60_000);
  const last = await tx.annotation.findFirst({
    where: { rootId, authorId: viewerId, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  if (!last) return;
  const seconds = Math.ceil((last.createdAt.getTime() + root.slowModeMinutes * 60_000 - Date.now()) / 1000);
  throw new AppError(
    'RATE_LIMITED',
    `This thread is in slow mode: one post every ${root.slowModeMinutes} minutes. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    { retryAfterSeconds: seconds },
  );
}

/** Replies to a note or another reply. A reply to a private note stays private to its thread. */
export async function replyToAnnotation(
  viewerId: string,
  parentId: string,
  input: unknown,
  writeKey: TWriteKey | null = null,
): Promise<TFullAnnotationView> {
  const data = parseInput(ZCreateReply, input);
  const id = randomUUID();
  const result = await db.$transaction(async (tx) => {
    const { essay, annotation: parent } = await getAnnotationAccess(tx, viewerId, parentId);
    // A repeat of a reply already made answers with it, even if the thread has been locked since.
    if (writeKey && !(await claimWriteKey(tx, viewerId, writeKey, id))) return { view: null, essayId: essay.essayId };
    assertCan(essay, 'annotation.create');
    if (parent.deletedAt) throw new AppError('CONFLICT', 'This note was deleted: reply to the thread instead.');
    if (parent.hiddenAt) throw new AppError('CONFLICT', 'A moderator hid this note: it takes no replies.');
    if (parent.lockedAt ?? parent.rootLockedAt) throw new AppError('FORBIDDEN', 'This thread is locked by a moderator.');
    await enforceSlowMode(tx, viewerId, parent.rootId ?? parent.id);
    const current = await tx.essay.findUniqueOrThrow({ where: { id: essay.essayId }, select: { currentRevisionId: true } });
    const row = await tx.annotation.create({
      data: {
        id,
        essayId: essay.essayId,
        revisionId: current.currentRevisionId!,
        authorId: viewerId,
        parentId: parent.id,
        rootId: parent.rootId ?? parent.id,
        motivation: 'REPLYING',
        ...withRenderedBody(data.body),
        visibility: parent.visibility,
      },
      select: ANNOTATION_VIEW_SELECT,
    });
    const view = toAnnotationView(row, await displayNamesFor(tx, { viewerId, ...essay }, [row.authorId]));
    if (isUnlockingNote(essay, parent.visibility)) await unlockDiscussionStatement(tx, essay.essayId, viewerId);
    await recordEssayEvent(tx, essay.essayId, 'annotation.created', view);
    const slug = await tx.essay.findUniqueOrThrow({ where: { id: essay.essayId }, select: { slug: true } });
    // The title is stored, so it names the replier as any member sees them: their pseudonym if they use one.
    const replier = (await displayNamesFor(tx, STORED_NAME_VIEWER(essay.cohortId), [viewerId])).of(viewerId);
    await notify(tx, viewerId, [
      {
        userId: parent.authorId,
        kind: 'REPLY',
        title: `${replier.name} replied to your note.`,
        href: `/essays/${slug.slug}#annotation-${row.id}`,
        payload: { annotationId: row.id },
      },
    ]);
    return { view, essayId: essay.essayId };
  });
  if (result.view === null) return replayedAnnotation(viewerId, result.essayId, writeKey!);
  wakeEssay(result.essayId);
  return result.view;
}
