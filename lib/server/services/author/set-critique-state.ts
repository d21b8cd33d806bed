import 'server-only';
import { ZCritiqueState } from '@/lib/schemas/author';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';

/** The critic accepts the author's response, or reopens the critique. Only the critic may. */
export async function setCritiqueState(viewerId: string, responseId: string, input: unknown): Promise<{ state: 'ACCEPTED' | 'REOPENED' }> {
  const { state } = parseInput(ZCritiqueState, input);
  const response = await db.authorResponse.findUnique({
    where: { id: responseId },
    select: { annotation: { select: { authorId: true } }, argument: { select: { authorId: true } } },
  });
  const criticId = response?.annotation?.authorId ?? response?.argument?.authorId ?? null;
  if (!response) throw new AppError('NOT_FOUND', 'No such response.');
  if (criticId !== viewerId) throw new AppError('FORBIDDEN', 'Only the person who raised the critique can accept or reopen it.');
  await db.authorResponse.update({ where: { id: responseId }, data: { critiqueState: state } });
  return { state };
}
