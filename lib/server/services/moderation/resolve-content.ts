import 'server-only';
import type { TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TContent = {
  type: 'annotation' | 'argument';
  id: string;
  cohortId: string;
  essayId: string;
  essaySlug: string;
  authorId: string;
};

/** The flagged or moderated item with its cohort; a missing one (or a public essay's) is a clear 4xx. */
export async function resolveContent(tx: TTx, target: { type: 'annotation' | 'argument'; id: string }): Promise<TContent> {
  const select = { id: true, authorId: true, essay: { select: { id: true, slug: true, cohortId: true } } } as const;
  const row =
    target.type === 'annotation'
      ? await tx.annotation.findUnique({ where: { id: target.id }, select })
      : await tx.argument.findUnique({ where: { id: target.id }, select });
  if (!row) throw new AppError('NOT_FOUND', `No such ${target.type}.`);
  if (!row.essay.cohortId) throw new AppError('BAD_REQUEST', 'Public essays have no cohort moderators yet.');
  return {
    type: target.type,
    id: row.id,
    cohortId: row.essay.cohortId,
    essayId: row.essay.id,
    essaySlug: row.essay.slug,
    authorId: row.authorId,
  };
}
