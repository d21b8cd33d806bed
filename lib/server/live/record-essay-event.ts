import 'server-only';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import type { TTx } from '@/lib/server/db/client';

export const ESSAY_EVENTS_CHANNEL = 'essay_events';

/**
 * Appends to the essay's change feed inside the writer's transaction, so an event exists exactly
 * when its change does. pg_notify is transactional too: listeners hear of it only on commit.
 * Only the note's id is kept — never its words: the stream reads the note as it is when it
 * delivers (see essay-hub.ts), so nothing edited away, hidden or deleted can be replayed.
 * Returns the essay id for `wakeEssay` (in-process delivery, which the embedded mode relies on).
 */
export async function recordEssayEvent(
  tx: TTx,
  essayId: string,
  type: TEssayEventView['type'],
  annotation: { id: string },
): Promise<string> {
  // Readers resume "after the last id they saw", which is only gap-free if an essay's events
  // become visible in id order. Ids come from a sequence at insert time, not at commit, so two
  // writers could commit out of order; this lock (held to commit) makes them take turns per essay.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${essayId}))`;
  await tx.essayEvent.create({ data: { essayId, type, annotationId: annotation.id }, select: { id: true } });
  await tx.$executeRaw`SELECT pg_notify(${ESSAY_EVENTS_CHANNEL}, ${essayId})`;
  return essayId;
}
