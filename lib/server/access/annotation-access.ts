import 'server-only';
// SECURITY: annotations are read only through this where-clause: the essay must be readable by
// the viewer, and private notes are their author's alone. A note outside it is a 404.
import type { Prisma } from '@/lib/generated/prisma/client';
import { essayReadableWhere } from '@/lib/server/access/essay-access';

/**
 * `seesOthers` is the essay's "post before you see" verdict for this viewer (TEssayAccess.seesOthers):
 * when false, only their own notes are visible. It is required so no reader forgets the rule.
 */
export function annotationVisibleWhere(viewerId: string | null, seesOthers: boolean): Prisma.AnnotationWhereInput {
  if (!seesOthers) return viewerId === null ? { id: { in: [] } } : { essay: essayReadableWhere(viewerId), authorId: viewerId };
  return {
    essay: essayReadableWhere(viewerId),
    OR: viewerId === null ? [{ visibility: 'COHORT' }] : [{ visibility: 'COHORT' }, { authorId: viewerId }],
  };
}
