import 'server-only';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import type { TTx } from '@/lib/server/db/client';
import { isIdShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

export type TAnnotationAccess = {
  essay: TEssayAccess;
  annotation: {
    id: string;
    essayId: string;
    authorId: string;
    rootId: string | null;
    visibility: 'COHORT' | 'PRIVATE';
    deletedAt: Date | null;
    hiddenAt: Date | null;
    lockedAt: Date | null;
    rootLockedAt: Date | null;
  };
};

/**
 * Loads a note the viewer may see (else 404, whether it is missing, private, in another cohort,
 * or someone else's on an essay whose "post before you see" the viewer has not unlocked).
 */
export async function getAnnotationAccess(tx: TTx, viewerId: string, annotationId: string): Promise<TAnnotationAccess> {
  if (!isIdShaped(annotationId)) throw new AppError('NOT_FOUND', 'No such note, or it is not visible to you.');
  const annotation = await tx.annotation.findFirst({
    // Others' notes pass here and are held back below, once the essay's rule for this viewer is known.
    where: { AND: [{ id: annotationId }, annotationVisibleWhere(viewerId, true)] },
    select: {
      id: true,
      essayId: true,
      authorId: true,
      rootId: true,
      visibility: true,
      deletedAt: true,
      hiddenAt: true,
      lockedAt: true,
      root: { select: { lockedAt: true } },
    },
  });
  if (!annotation) throw new AppError('NOT_FOUND', 'No such note, or it is not visible to you.');
  const essay = await getEssayAccess(tx, viewerId, { id: annotation.essayId });
  if (!essay.seesOthers && annotation.authorId !== viewerId) throw new AppError('NOT_FOUND', 'No such note, or it is not visible to you.');
  const { root, ...rest } = annotation;
  return { essay, annotation: { ...rest, rootLockedAt: root?.lockedAt ?? null } };
}

/**
 * Only a note's author may change it, and not while a moderator hides it: restoring must bring
 * back the words the moderator judged, not new ones written behind the placeholder. Deleting a
 * hidden note stays allowed (the author may always withdraw their words).
 */
export function assertAuthorOf(access: TAnnotationAccess, viewerId: string, verb: 'edit' | 'delete'): void {
  if (access.annotation.authorId !== viewerId) throw new AppError('FORBIDDEN', `You can only ${verb} your own notes.`);
  if (access.annotation.deletedAt) throw new AppError('CONFLICT', 'This note was deleted.');
  if (verb === 'edit' && access.annotation.hiddenAt) {
    throw new AppError(
      'CONFLICT',
      'A moderator hid this note, so it cannot be edited while hidden. Appeal the decision from the cohort ledger, or delete the note.',
    );
  }
}
