// Issue 11: the thread list's summary (tab counts, filter options) of the notes every member may
// read is kept in memory per essay (essay-scan-memory.ts). These tests warm that memory with one
// viewer and check that the next first page, by anyone, reflects each write at once and never
// counts another member's private note. Expectations are worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { ZThreadQuery } from '@/lib/schemas/thread';
import { db } from '@/lib/server/db/client';
import { listThreadsForViewer } from '@/lib/server/queries/annotation/list-threads-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohortOfThree, makeLongEssay } from '@/tests/support/plant-notes';

let alice: string;
let bob: string;
let mod: string;
let cohort: { id: string; slug: string };

beforeAll(async () => {
  ({ alice, bob, mod, cohort } = await makeCohortOfThree());
});

async function essayWithNotes() {
  const essay = await makeLongEssay({ cohortSlug: cohort.slug });
  const { text } = await db.essayRevision.findUniqueOrThrow({ where: { id: essay.revisionId }, select: { text: true } });
  const note = (authorId: string, tags: string[], visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
    createAnnotation(authorId, essay.slug, {
      revisionId: essay.revisionId,
      motivation: 'COMMENTING',
      body: 'A note.',
      tags,
      visibility,
      selectors: describeRange(text, 20, 40),
    });
  const summary = async (viewerId: string) => {
    const { summary } = await listThreadsForViewer(viewerId, essay.id, ZThreadQuery.parse({}));
    return { counts: summary!.counts, tags: summary!.facets.tags, authors: summary!.facets.authors.map((a) => a.name) };
  };
  return { note, summary };
}

describe('thread summary kept in memory', () => {
  it("never counts another member's private note; the viewer's own counts for them only", async () => {
    const { note, summary } = await essayWithNotes();
    await note(bob, ['war']);
    const shared = { counts: { anchored: 1, orphaned: 0 }, tags: ['war'], authors: ['Bob'] };
    expect(await summary(bob)).toEqual(shared);
    await note(alice, ['secret'], 'PRIVATE');
    expect(await summary(bob)).toEqual(shared);
    expect(await summary(mod)).toEqual(shared);
    expect(await summary(alice)).toEqual({ counts: { anchored: 2, orphaned: 0 }, tags: ['secret', 'war'], authors: ['Alice', 'Bob'] });
    expect(await summary(bob)).toEqual(shared);
  });

  it('reflects a new note, a hide and a deletion on the very next first page', async () => {
    const { note, summary } = await essayWithNotes();
    const first = await note(alice, ['war']);
    expect(await summary(bob)).toEqual({ counts: { anchored: 1, orphaned: 0 }, tags: ['war'], authors: ['Alice'] });
    const second = await note(bob, ['peace']);
    expect(await summary(bob)).toEqual({ counts: { anchored: 2, orphaned: 0 }, tags: ['peace', 'war'], authors: ['Alice', 'Bob'] });
    // A hidden note still counts (its placeholder is listed) but its tags are withheld.
    await moderate(mod, cohort.id, { kind: 'HIDE', target: { type: 'annotation', id: second.id }, reason: 'Off topic.' });
    expect(await summary(alice)).toEqual({ counts: { anchored: 2, orphaned: 0 }, tags: ['war'], authors: ['Alice', 'Bob'] });
    // A deleted note still counts as a placeholder, but names no author and no tag.
    await deleteAnnotation(alice, first.id);
    expect(await summary(bob)).toEqual({ counts: { anchored: 2, orphaned: 0 }, tags: [], authors: ['Bob'] });
  });
});
