// Issue 11: the reader draws where the highlights are as merged ranges with a density instead of
// receiving every note. Expectations below are worked out by hand from the planted offsets.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getHighlightsForViewer } from '@/lib/server/queries/annotation/get-highlight-ranges-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { makeCohort, makeUser } from '@/prisma/factories';
import { latestEssayEventId } from '@/tests/support/feed-position';
import { makeLongEssay, plantNote } from '@/tests/support/plant-notes';

let alice: string;
let bob: string;

beforeAll(async () => {
  alice = (await makeUser(db, 'Alice')).id;
  bob = (await makeUser(db, 'Bob')).id;
});

/** A fresh public essay with these [start, end) notes by Alice. */
async function rangesOf(spans: [number, number][], viewerId: string | null = bob) {
  const essay = await makeLongEssay();
  for (const [start, end] of spans) await plantNote(essay, { authorId: alice, start, end });
  return (await getHighlightsForViewer(viewerId, essay.id)).ranges;
}

describe('highlight ranges', () => {
  it('are empty on an essay without notes', async () => {
    expect(await rangesOf([])).toEqual([]);
  });

  it('split overlapping notes into single and double runs', async () => {
    expect(
      await rangesOf([
        [0, 10],
        [5, 15],
      ]),
    ).toEqual([
      { start: 0, end: 5, density: 1 },
      { start: 5, end: 10, density: 2 },
      { start: 10, end: 15, density: 1 },
    ]);
  });

  it('draw a nested note as a denser run inside the outer one', async () => {
    expect(
      await rangesOf([
        [0, 20],
        [5, 10],
      ]),
    ).toEqual([
      { start: 0, end: 5, density: 1 },
      { start: 5, end: 10, density: 2 },
      { start: 10, end: 20, density: 1 },
    ]);
  });

  it('count notes with equal boundaries together, and merge touching notes of equal density', async () => {
    expect(
      await rangesOf([
        [0, 10],
        [0, 10],
        [20, 25],
        [25, 30],
      ]),
    ).toEqual([
      { start: 0, end: 10, density: 2 },
      { start: 20, end: 30, density: 1 },
    ]);
  });

  it('keep a gap between notes that do not touch', async () => {
    expect(
      await rangesOf([
        [0, 5],
        [6, 9],
      ]),
    ).toEqual([
      { start: 0, end: 5, density: 1 },
      { start: 6, end: 9, density: 1 },
    ]);
  });

  it('cap the density at 5 and merge everything above it into one run', async () => {
    // Seven notes starting one character apart and ending together: depth 1,2,3,4 then 5,6,7.
    const spans: [number, number][] = [0, 1, 2, 3, 4, 5, 6].map((start) => [start, 30]);
    expect(await rangesOf(spans)).toEqual([
      { start: 0, end: 1, density: 1 },
      { start: 1, end: 2, density: 2 },
      { start: 2, end: 3, density: 3 },
      { start: 3, end: 4, density: 4 },
      { start: 4, end: 30, density: 5 },
    ]);
  });

  it("count the viewer's own private notes, never anyone else's", async () => {
    const essay = await makeLongEssay();
    await plantNote(essay, { authorId: alice, start: 0, end: 10, visibility: 'PRIVATE' });
    await plantNote(essay, { authorId: bob, start: 5, end: 15, visibility: 'PRIVATE' });
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([{ start: 5, end: 15, density: 1 }]);
    expect((await getHighlightsForViewer(alice, essay.id)).ranges).toEqual([{ start: 0, end: 10, density: 1 }]);
    expect((await getHighlightsForViewer(null, essay.id)).ranges).toEqual([]);
  });

  it('leave out deleted and orphaned notes and replies', async () => {
    const essay = await makeLongEssay();
    const root = await plantNote(essay, { authorId: alice, start: 0, end: 10 });
    await plantNote(essay, { authorId: alice, start: 0, end: 40, deletedAt: new Date() });
    await plantNote(essay, { authorId: alice, start: 0, end: 40, anchorStatus: 'ORPHANED' });
    await plantNote(essay, { authorId: bob, parentId: root.id, rootId: root.id, motivation: 'REPLYING' });
    // A hidden note still has its place (the sidebar shows its placeholder there).
    await plantNote(essay, { authorId: bob, start: 20, end: 30, hiddenAt: new Date() });
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([
      { start: 0, end: 10, density: 1 },
      { start: 20, end: 30, density: 1 },
    ]);
  });

  it('are empty for someone outside the cohort of a private essay', async () => {
    const cohort = await makeCohort(db, [{ userId: alice, role: 'MEMBER' }]);
    const essay = await makeLongEssay({ cohortSlug: cohort.slug });
    await plantNote(essay, { authorId: alice, start: 0, end: 10 });
    expect((await getHighlightsForViewer(alice, essay.id)).ranges).toEqual([{ start: 0, end: 10, density: 1 }]);
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([]);
    expect((await getHighlightsForViewer(null, essay.id)).ranges).toEqual([]);
  });

  it("add the viewer's private note to shared notes deeper than the cap, or one below it", async () => {
    // Shared: four notes over 0–20 and one more over 0–10 (depth 5, then 4); Bob's private note
    // over 5–15 makes 6 (drawn 5) on 5–10 and 5 on 10–15; 15–20 stays at 4.
    const essay = await makeLongEssay();
    for (const [start, end] of [
      [0, 20],
      [0, 20],
      [0, 20],
      [0, 20],
      [0, 10],
    ] as const)
      await plantNote(essay, { authorId: alice, start, end });
    await plantNote(essay, { authorId: bob, start: 5, end: 15, visibility: 'PRIVATE' });
    expect((await getHighlightsForViewer(bob, essay.id)).ranges).toEqual([
      { start: 0, end: 15, density: 5 },
      { start: 15, end: 20, density: 4 },
    ]);
    expect((await getHighlightsForViewer(alice, essay.id)).ranges).toEqual([
      { start: 0, end: 10, density: 5 },
      { start: 10, end: 20, density: 4 },
    ]);
  });

  it('stay bounded by the text, not the number of notes, and match a count done character by character', async () => {
    const essay = await makeLongEssay();
    // 3,000 notes over the first 400 characters, placed by a fixed pseudo-random sequence.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const spans = Array.from({ length: 3000 }, () => {
      const start = next(390);
      return [start, start + 1 + next(400 - start)] as const;
    });
    await db.annotation.createMany({
      data: spans.map(([start, end]) => ({
        essayId: essay.id,
        revisionId: essay.revisionId,
        authorId: alice,
        motivation: 'COMMENTING' as const,
        start,
        end,
      })),
    });
    const ranges = (await getHighlightsForViewer(bob, essay.id)).ranges;
    expect(ranges.length).toBeLessThanOrEqual(400);
    // The reference: the density of every character, counted one note at a time.
    const depth = new Array<number>(400).fill(0);
    for (const [start, end] of spans) for (let i = start; i < end; i++) depth[i]! += 1;
    const drawn = new Array<number>(400).fill(0);
    for (const r of ranges) for (let i = r.start; i < r.end; i++) drawn[i] = r.density;
    expect(drawn).toEqual(depth.map((d) => Math.min(d, 5)));
    // Merged: no two touching ranges share a density.
    for (let i = 1; i < ranges.length; i++) {
      const [a, b] = [ranges[i - 1]!, ranges[i]!];
      expect(a.end < b.start || a.density !== b.density).toBe(true);
    }
  });

  it('come with the feed position they were read at, so the live stream misses no later note', async () => {
    const essay = await makeLongEssay();
    const revision = await db.essayRevision.findUniqueOrThrow({ where: { id: essay.revisionId } });
    const write = (start: number) =>
      createAnnotation(alice, essay.slug, {
        revisionId: revision.id,
        motivation: 'COMMENTING',
        body: 'n',
        selectors: describeRange(revision.text, start, start + 10),
      });
    expect((await getHighlightsForViewer(bob, essay.id)).liveSince).toBe(0n);
    await write(20);
    const seen = await getHighlightsForViewer(bob, essay.id);
    // The note is drawn, and the stream resumes after its event: it is not sent twice...
    expect(seen.ranges).toEqual([{ start: 20, end: 30, density: 1 }]);
    expect(seen.liveSince).toBe(await latestEssayEventId(essay.id));
    // ...and a later note's event comes after the position, so the stream sends it.
    await write(40);
    expect(await latestEssayEventId(essay.id)).toBeGreaterThan(seen.liveSince);
    // Signed out, the same position (the page follows no stream then, but nothing differs by viewer).
    expect((await getHighlightsForViewer(null, essay.id)).liveSince).toBe(await latestEssayEventId(essay.id));
  });
});
