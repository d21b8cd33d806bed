import 'server-only';
import { randomUUID } from 'node:crypto';
import { checkSelectorsMatch, claimsForRange } from '@/lib/domain/anchoring';
import { ZCreateAnnotation, type TFullAnnotationView } from '@/lib/schemas/annotation';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { poolQuery } from '@/lib/server/db/pool-query';
import { AppError } from '@/lib/server/errors';
import type { TWriteKey } from '@/lib/server/http/write-key';
import { claimWriteKeyCte, isWriteKeyTaken } from '@/lib/server/services/write-key/claim-write-key';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { essayEventCtes } from '@/lib/server/live/record-essay-event';
import { withRenderedBody } from '@/lib/server/markdown/stored-note-html';
import { toAnnotationView, type TAnnotationRow } from '@/lib/server/queries/annotation/annotation-view';
import { replayedAnnotation } from '@/lib/server/services/annotation/replayed-annotation';
import { getRevisionForAnchoring } from '@/lib/server/queries/essay/revision-for-anchoring';
import { isUnlockingNote, unlockDiscussionCte } from '@/lib/server/services/reading/unlock-discussion';
import { parseInput } from '@/lib/server/validation';

/**
 * Annotates a span of the essay's current revision. Everything that can be decided is decided
 * before the write (access, the revision check, selectors, claims, the rendered Markdown, the
 * author's name), so the write is one statement: the note with its claims, then the feed's lock
 * and event. Writers of one essay take turns on that lock until they commit, so what runs while
 * it is held is all that limits how fast one essay can be annotated — here, no round trip.
 */
export async function createAnnotation(
  viewerId: string,
  essaySlug: string,
  input: unknown,
  writeKey: TWriteKey | null = null,
): Promise<TFullAnnotationView> {
  const data = parseInput(ZCreateAnnotation, input);
  const access = await getEssayAccess(db, viewerId, { slug: essaySlug });
  try {
    assertCan(access, 'annotation.create');
    assertCurrentRevision(access.currentRevisionId, data.revisionId);
  } catch (error) {
    // A repeat of a note already made answers with it, even if the essay was closed or revised since.
    if (writeKey && (await isWriteKeyTaken(viewerId, writeKey))) return replayedAnnotation(viewerId, access.essayId, writeKey);
    throw error;
  }
  const [revision, names] = await Promise.all([
    getRevisionForAnchoring(data.revisionId),
    displayNamesFor(db, { viewerId, cohortId: access.cohortId, standing: access.standing }, [viewerId]),
  ]);
  if (!revision) throw new AppError('NOT_FOUND', 'This essay has no text yet.');
  const check = checkSelectorsMatch(revision.text, data.selectors);
  if (!check.ok) throw new AppError('BAD_REQUEST', check.reason);
  const { start, end } = data.selectors.position;
  const claimIds = claimsForRange(revision.claims, start, end);
  const id = randomUUID();
  const selectors = [data.selectors.quote, data.selectors.position];
  const rendered = withRenderedBody(data.body);
  const tags = [...new Set(data.tags)];
  // One statement on the pool, so its own transaction: the note, its claims, the unlock and the
  // feed's event commit together, and the feed's lock is held only for the rest of the statement.
  const unlock = isUnlockingNote(access, data.visibility) ? Prisma.sql`, ${unlockDiscussionCte(access.essayId, viewerId)}` : Prisma.empty;
  // With an Idempotency-Key the note is inserted only when this request takes the key: a repeat
  // makes no row here, so nothing after it (claims, unlock, event) happens either.
  const claim = writeKey ? Prisma.sql`${claimWriteKeyCte(viewerId, writeKey, id)}, ` : Prisma.empty;
  const onlyIfClaimed = writeKey ? Prisma.sql`FROM claimed` : Prisma.empty;
  const inserted = await poolQuery<{ createdAt: Date }>(Prisma.sql`
    WITH ${claim}note AS (
      INSERT INTO "Annotation" (id, "essayId", "revisionId", "authorId", motivation, selectors, body, "bodyHtml",
                                "bodyHtmlVersion", tags, visibility, "anchorStatus", start, "end", "createdAt", "updatedAt")
      SELECT ${id}, ${access.essayId}, ${revision.id}, ${viewerId}, ${data.motivation}::"Motivation",
             ${JSON.stringify(selectors)}::jsonb, ${rendered.body}, ${rendered.bodyHtml}, ${rendered.bodyHtmlVersion},
             ${tags}::text[], ${data.visibility}::"AnnotationVisibility", 'ANCHORED', ${start}, ${end}, now(), now()
      ${onlyIfClaimed}
      RETURNING id, "createdAt"
    ), linked AS (
      INSERT INTO "AnnotationClaim" ("annotationId", "claimId") SELECT note.id, unnest(${claimIds}::text[]) FROM note
    )${unlock},
    ${essayEventCtes(access.essayId, 'annotation.created', id)}
    SELECT note."createdAt" FROM note, notified`);
  if (inserted.length === 0 && writeKey) return replayedAnnotation(viewerId, access.essayId, writeKey);
  wakeEssay(access.essayId);
  // The row as written, in the shape every note view is made from (annotation-view.ts).
  const row: TAnnotationRow = {
    id,
    parentId: null,
    rootId: null,
    motivation: data.motivation,
    ...rendered,
    tags,
    visibility: data.visibility,
    anchorStatus: 'ANCHORED',
    start,
    end,
    selectors,
    createdAt: inserted[0]!.createdAt,
    editedAt: null,
    deletedAt: null,
    hiddenAt: null,
    lockedAt: null,
    pinnedAt: null,
    authorId: viewerId,
    claims: claimIds.map((claimId) => ({ claimId })),
  };
  return toAnnotationView(row, names);
}

function assertCurrentRevision(currentRevisionId: string | null, revisionId: string): void {
  if (currentRevisionId === null) throw new AppError('NOT_FOUND', 'This essay has no text yet.');
  if (currentRevisionId !== revisionId) {
    throw new AppError('CONFLICT', 'The essay was revised since you opened it. Reload the page and select the text again.');
  }
}
