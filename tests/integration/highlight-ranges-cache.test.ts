// Issue 11: the highlights of the notes every member may read are kept in memory per essay
// (shared-highlight-cache.ts). These tests warm that memory with one viewer and check that the
// next read, by anyone, reflects each write at once and never leaks a private note. Expectations
// are worked out by hand from the offsets below.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getHighlightsForViewer } from '@/lib/server/queries/annotation/get-highlight-ranges-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { reviseEssayText } from '@/lib/server/services/essay/revise-essay-text';
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
  const note = (authorId: string, start: number, end: number, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
    createAnnotation(authorId, essay.slug, {
      revisionId: essay.revisionId,
      motivation: 'COMMENTING',
      body: 'A note.',
      visibility,
      selectors: describeRange(text, start, end),
    });
  return { essay, text, note };
}

describe('highlight ranges kept in memory', () => {
  it("never count another member's private note, before or after the memory is warm", async () => {
    const { essay, note } = await essayWithNotes();
    await note(alice, 20, 40);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    await note(alice, 30, 60, 'PRIVATE');
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    expect((await getHighlightsForViewer(mod, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
  });

  it("count the viewer's own private note for them only, whoever read first", async () => {
    const { essay, note } = await essayWithNotes();
    await note(bob, 20, 40);
    await note(alice, 30, 60, 'PRIVATE');
    const forAlice = [
      { start: 20, end: 30, density: 1 },
      { start: 30, end: 40, density: 2 },
      { start: 40, end: 60, density: 1 },
    ];
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    expect((await getHighlightsForViewer(alice, essay.id)).ranges).toEqual(forAlice);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    expect((await getHighlightsForViewer(alice, essay.id)).ranges).toEqual(forAlice);
  });

  it('cap at 5 only after adding the own private note', async () => {
    const { essay, note } = await essayWithNotes();
    for (let i = 0; i < 4; i++) await note(bob, 10, 20);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 10, end: 20, density: 4 }]);
    await note(alice, 10, 20, 'PRIVATE');
    expect((await getHighlightsForViewer(alice, essay.id)).ranges).toEqual([{ start: 10, end: 20, density: 5 }]);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 10, end: 20, density: 4 }]);
  });

  it('reflect a new note, a deletion and a hide on the very next read', async () => {
    const { essay, note } = await essayWithNotes();
    const first = await note(alice, 20, 40);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    const second = await note(alice, 30, 40);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([
      { start: 20, end: 30, density: 1 },
      { start: 30, end: 40, density: 2 },
    ]);
    await deleteAnnotation(alice, second.id);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    // A hidden note keeps its place (the sidebar shows its placeholder there), as when uncached.
    await moderate(mod, cohort.id, { kind: 'HIDE', target: { type: 'annotation', id: first.id }, reason: 'Off topic.' });
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 20, end: 40, density: 1 }]);
    await deleteAnnotation(alice, first.id);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([]);
  });

  it('follow a revision that re-anchors notes, which writes no event', async () => {
    const { essay, text, note } = await essayWithNotes();
    const at = text.indexOf('Alliances deter war');
    await note(alice, at, at + 19);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: at, end: at + 19, density: 1 }]);
    // 13 characters inserted before the note move it 13 characters on.
    await reviseEssayText(db, essay.id, `${text.slice(0, at)}Fresh words. ${text.slice(at)}`);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: at + 13, end: at + 32, density: 1 }]);
  });
});
