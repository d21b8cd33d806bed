import 'server-only';
import { randomUUID } from 'node:crypto';
import { importTarget, planImport, type TExistingNote, type TPlannedNote } from '@/lib/domain/web-annotation';
import type { TImportCounts } from '@/lib/schemas/web-annotation';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { isUnlockingNote, unlockDiscussionStatement } from '@/lib/server/services/reading/unlock-discussion';
import { db, type TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { ESSAY_EVENTS_CHANNEL } from '@/lib/server/live/record-essay-event';
import { withRenderedBody } from '@/lib/server/markdown/stored-note-html';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { placeImportRoots } from '@/lib/server/services/web-annotation/place-import-roots';
import { readImportDocument } from '@/lib/server/services/web-annotation/read-import-document';

function exactOf(selectors: unknown): string | null {
  if (!Array.isArray(selectors)) return null;
  const quote = selectors.find((s) => s?.type === 'TextQuoteSelector') as { exact?: unknown } | undefined;
  return typeof quote?.exact === 'string' ? quote.exact : null;
}

// The notes of the essay the importer may see (a private note of someone else must not be
// revealed by being reported as a duplicate), with what dedupe and reply rules need.
async function existingNotes(tx: TTx, viewerId: string, essayId: string, seesOthers: boolean): Promise<TExistingNote[]> {
  const rows = await tx.annotation.findMany({
    where: { AND: [{ essayId }, annotationVisibleWhere(viewerId, seesOthers)] },
    select: {
      id: true,
      parentId: true,
      rootId: true,
      motivation: true,
      body: true,
      tags: true,
      selectors: true,
      start: true,
      anchorStatus: true,
      visibility: true,
      deletedAt: true,
      hiddenAt: true,
      lockedAt: true,
    },
  });
  const lockedIds = new Set(rows.filter((row) => row.lockedAt !== null).map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    rootId: row.rootId,
    motivation: row.motivation,
    body: row.body,
    tags: row.tags,
    exact: row.parentId === null ? exactOf(row.selectors) : null,
    start: row.parentId === null && row.anchorStatus !== 'ORPHANED' ? row.start : null,
    visibility: row.visibility,
    isWithheld: row.deletedAt !== null || row.hiddenAt !== null,
    isLocked: lockedIds.has(row.id) || (row.rootId !== null && lockedIds.has(row.rootId)),
  }));
}

// Rows per statement: Prisma builds a statement synchronously, and one for 5,000 notes held the
// event loop for seconds; slices let other requests in between.
const WRITE_SLICE = 250;

function slices<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / WRITE_SLICE) }, (_, i) => items.slice(i * WRITE_SLICE, (i + 1) * WRITE_SLICE));
}

async function writeNotes(tx: TTx, viewerId: string, essayId: string, revisionId: string, notes: TPlannedNote[], now: Date): Promise<void> {
  for (const slice of slices(notes)) await writeSlice(tx, viewerId, essayId, revisionId, slice, now);
  await tx.$executeRaw`SELECT pg_notify(${ESSAY_EVENTS_CHANNEL}, ${essayId})`;
}

async function writeSlice(tx: TTx, viewerId: string, essayId: string, revisionId: string, notes: TPlannedNote[], now: Date): Promise<void> {
  // Parents precede their replies (in the plan, hence across slices), so every parentId exists
  // when its row goes in.
  await tx.annotation.createMany({
    data: notes.map((note) => ({
      id: note.id,
      essayId,
      revisionId,
      authorId: viewerId,
      parentId: note.parentId,
      rootId: note.rootId,
      motivation: note.motivation,
      selectors: note.selectors ?? [],
      ...withRenderedBody(note.body),
      tags: note.tags,
      visibility: note.visibility,
      anchorStatus: note.anchorStatus,
      start: note.start,
      end: note.end,
      deletedAt: note.isDeleted ? now : null,
      createdAt: note.createdAt,
    })),
  });
  await tx.annotationClaim.createMany({
    data: notes.flatMap((note) => note.claimIds.map((claimId) => ({ annotationId: note.id, claimId }))),
  });

  // The live feed gets one `annotation.created` per note, parents first, exactly as if each had
  // been written by hand (see recordEssayEvent; the essay's advisory lock is already held).
  await tx.essayEvent.createMany({ data: notes.map((note) => ({ essayId, type: 'annotation.created', annotationId: note.id })) });
}

/**
 * Imports W3C Web Annotations (or a Hypothesis API response) into an essay, as the importer's own
 * notes, in ONE transaction: all of them or none. The file is read and checked before anything is
 * written (400 naming the bad annotation, or over 5,000 annotations or 5 MB; 413 over 2,000,000
 * characters of quotes, or for more anchoring work than one request may do). Each annotation costs one point of
 * the importer's `importNote` limit (429 when over it). Each note is anchored in the current
 * revision's text (orphans kept with their quote), replies join their threads, and notes the
 * essay already has are skipped, so importing a file twice adds nothing.
 * Needs 'annotation.create' on the essay; a private essay is a 404 to outsiders.
 */
export async function importAnnotations(viewerId: string, slug: string, json: unknown): Promise<TImportCounts> {
  const notes = await readImportDocument(json);
  // N notes are N writes: charged before any database work, so a refused import costs nothing.
  await consumeRateLimit('importNote', viewerId, notes.length);
  const result = await db.$transaction(
    async (tx) => {
      const access = await getEssayAccess(tx, viewerId, { slug });
      assertCan(access, 'annotation.create');
      // Taken first (recordEssayEvent takes the same lock): concurrent imports into one essay run
      // one after the other, so the second one sees the first one's notes as duplicates.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${access.essayId}))`;
      const essay = await tx.essay.findUniqueOrThrow({
        where: { id: access.essayId },
        select: {
          currentRevision: {
            select: {
              id: true,
              text: true,
              claimVersions: { select: { claimId: true, start: true, end: true }, orderBy: { start: 'asc' } },
            },
          },
        },
      });
      const revision = essay.currentRevision;
      if (!revision) throw new AppError('NOT_FOUND', 'This essay has no text yet.');
      const now = new Date();
      const claims = revision.claimVersions.map((c) => ({ id: c.claimId, start: c.start, end: c.end }));
      // Anchored in slices that yield to the event loop, within a work bound (413 past it).
      const target = importTarget(revision.text, claims);
      const places = await placeImportRoots(target, notes);
      const plan = planImport({
        notes,
        text: revision.text,
        claims,
        existing: await existingNotes(tx, viewerId, access.essayId, access.seesOthers),
        newId: randomUUID,
        now,
        target,
        places,
      });
      if (plan.notes.length > 0) await writeNotes(tx, viewerId, access.essayId, revision.id, plan.notes, now);
      // Imported notes shared with the cohort are the importer's own posts: they unlock "post before you see".
      if (plan.notes.some((note) => isUnlockingNote(access, note.visibility))) {
        await unlockDiscussionStatement(tx, access.essayId, viewerId);
      }
      return { counts: plan.counts, essayId: access.essayId, hasWritten: plan.notes.length > 0 };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  if (result.hasWritten) wakeEssay(result.essayId);
  return result.counts;
}
