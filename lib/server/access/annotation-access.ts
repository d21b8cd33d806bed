import 'server-only';
// SECURITY: annotations are read only through this where-clause: the essay must be readable by
// the viewer, and private notes are their author's alone. A note outside it is a 404.
import type { Prisma } from '@/lib/generated/prisma/client';
import { essayReadableWhere } from '@/lib/server/access/essay-access';

export function annotationVisibleWhere(viewerId: string | null): Prisma.AnnotationWhereInput {
  return {
    essay: essayReadableWhere(viewerId),
    OR: viewerId === null ? [{ visibility: 'COHORT' }] : [{ visibility: 'COHORT' }, { authorId: viewerId }],
  };
}
