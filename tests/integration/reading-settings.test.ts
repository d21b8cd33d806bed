// Issue 12, reading settings: a closed essay (by hand or by its window) takes no writes on any
// write service while reading, exports, flags and moderation keep working; "post before you see"
// shows a member who has not posted only their own notes and arguments on every read path —
// including the highlight runs kept in memory for the cohort — until their first shared note,
// after which they see everything, for good. Expectations are written from the issue, by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { ZThreadQuery } from '@/lib/schemas/thread';
import { listAnnotationThreadsForViewer } from '@/lib/server/api-v1/list-annotation-threads';
import { listArgumentsPageForViewer } from '@/lib/server/api-v1/list-arguments-page';
import { db } from '@/lib/server/db/client';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';
import { getHighlightsForViewer } from '@/lib/server/queries/annotation/get-highlight-ranges-for-viewer';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { listThreadsForViewer } from '@/lib/server/queries/annotation/list-threads-for-viewer';
import { getClaimDebateForViewer } from '@/lib/server/queries/argument/get-claim-debate-for-viewer';
import { getDebateForViewer } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { exportEssayCsv } from '@/lib/server/queries/csv/export-essay-csv';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { getAnnotationCollectionForViewer } from '@/lib/server/queries/web-annotation/get-annotation-collection-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';
import { flagContent } from '@/lib/server/services/moderation/flag-content';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';
import { importAnnotations } from '@/lib/server/services/web-annotation/import-annotations';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { latestEssayEventId } from '@/tests/support/feed-position';

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust.';
const ORIGIN = 'http://localhost:3000';

type TPeople = { owner: string; mod: string; author: string; alice: string; bob: string };
let people: TPeople;
let cohort: { id: string; slug: string };

beforeAll(async () => {
  const [owner, mod, author, alice, bob] = await Promise.all(
    ['Owner', 'Mod', 'Essay Author', 'Alice', 'Bob'].map(async (name) => (await makeUser(db, name)).id),
  );
  people = { owner: owner!, mod: mod!, author: author!, alice: alice!, bob: bob! };
  cohort = await makeCohort(db, [
    { userId: people.owner, role: 'OWNER' },
    { userId: people.mod, role: 'MODERATOR' },
    { userId: people.author, role: 'AUTHOR' },
    { userId: people.alice, role: 'MEMBER' },
    { userId: people.bob, role: 'MEMBER' },
  ]);
});

async function freshEssay() {
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: people.author } });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  // The claim the notes below (offsets 12–30) fall in.
  const claim = await db.claimVersion.findFirstOrThrow({
    where: { revisionId: revision.id, start: { lte: 12 }, end: { gt: 12 } },
    select: { claimId: true },
  });
  const note = (userId: string, body: string, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
    createAnnotation(userId, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      visibility,
      selectors: describeRange(revision.text, 12, 30),
    });
  const settings = (
    patch: Partial<{ discussion: 'OPEN' | 'CLOSED'; opensAt: string | null; closesAt: string | null; postBeforeSee: boolean }>,
  ) => setReadingSettings(people.owner, essay.slug, { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: false, ...patch });
  return { id: essay.id, slug: essay.slug, revision, claimId: claim.claimId, note, settings };
}

async function rowCounts(essayId: string) {
  const [notes, edits, ratings, args, votes] = await Promise.all([
    db.annotation.count({ where: { essayId } }),
    db.annotationEdit.count({ where: { annotation: { essayId } } }),
    db.rating.count({ where: { claim: { essayId } } }),
    db.argument.count({ where: { essayId } }),
    db.impactVote.count({ where: { argument: { essayId } } }),
  ]);
  return { notes, edits, ratings, args, votes };
}

describe('a closed discussion', () => {
  it('refuses every write with a 403 that says so, writes nothing, and keeps reading, exports, flags and moderation', async () => {
    const essay = await freshEssay();
    const aliceNote = await essay.note(people.alice, 'Before the close.');
    const argument = await addArgument(people.alice, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'SUPPORT',
      text: 'History agrees.',
    });
    await rateClaim(people.alice, essay.claimId, 'AGREEMENT', { value: 4 });
    await essay.settings({ discussion: 'CLOSED' });
    const before = await rowCounts(essay.id);

    const closed = { status: 403, message: 'Discussion on this essay is closed: you can still read and export it.' };
    const writes: [string, () => Promise<unknown>][] = [
      ['a new note', () => essay.note(people.bob, 'After the close.')],
      ['a reply', () => replyToAnnotation(people.bob, aliceNote.id, { body: 'Late reply.' })],
      ['an edit', () => editAnnotation(people.alice, aliceNote.id, { body: 'Edited after the close.' })],
      ['a rating', () => rateClaim(people.bob, essay.claimId, 'AGREEMENT', { value: 2 })],
      ['a retraction', () => retractRating(people.alice, essay.claimId, 'AGREEMENT')],
      [
        'an argument',
        () =>
          addArgument(people.bob, essay.slug, {
            target: { type: 'claim', id: essay.claimId },
            stance: 'ATTACK',
            attackKind: 'REBUT',
            text: 'No.',
          }),
      ],
      ['an impact vote', () => voteImpact(people.bob, argument.id, { impact: 3 })],
      [
        'an import',
        () =>
          importAnnotations(people.bob, essay.slug, {
            '@context': 'http://www.w3.org/ns/anno.jsonld',
            type: 'Annotation',
            motivation: 'commenting',
            body: { type: 'TextualBody', value: 'Imported.', format: 'text/markdown' },
            target: { source: 'https://elsewhere.example/essay', selector: [{ type: 'TextQuoteSelector', exact: 'Alliances deter war.' }] },
          }),
      ],
      ['staff writing too', () => essay.note(people.owner, 'Staff note after the close.')],
    ];
    for (const [name, write] of writes) {
      await expect(write(), name).rejects.toMatchObject(closed);
    }
    expect(await rowCounts(essay.id)).toEqual(before);

    // Reading and exports keep working.
    expect((await getEssayForViewer(people.bob, essay.slug)).reading.discussion).toBe('CLOSED');
    expect((await listAnnotationsForViewer(people.bob, essay.id)).map((n) => n.body)).toEqual(['Before the close.']);
    expect((await getDebateForViewer(people.bob, essay.slug)).arguments.map((a) => a.text)).toEqual(['History agrees.']);
    expect(JSON.stringify(await getAnnotationCollectionForViewer(people.bob, essay.slug, { origin: ORIGIN }))).toContain(
      'Before the close.',
    );
    expect((await exportEssayCsv(people.mod, essay.slug, 'annotations', false)).csv).toContain('Before the close.');
    // Withdrawing one's words, flagging and moderating keep a closed discussion civil.
    await expect(flagContent(people.bob, { target: { type: 'annotation', id: aliceNote.id }, reason: 'OFF_TOPIC' })).resolves.toBeDefined();
    await expect(
      moderate(people.mod, cohort.id, { kind: 'HIDE', target: { type: 'argument', id: argument.id }, reason: 'Off topic here.' }),
    ).resolves.toBeDefined();
    await deleteAnnotation(people.alice, aliceNote.id);
    expect((await db.annotation.findUniqueOrThrow({ where: { id: aliceNote.id }, select: { deletedAt: true } })).deletedAt).not.toBeNull();

    // Reopening takes writes again.
    await essay.settings({ discussion: 'OPEN' });
    await expect(essay.note(people.bob, 'Reopened.')).resolves.toMatchObject({ body: 'Reopened.' });
  });

  it('follows its window: refused before it opens and after it closes, with the moment in the message', async () => {
    const essay = await freshEssay();
    const soon = new Date(Date.now() + 3 * 86_400_000);
    soon.setUTCSeconds(0, 0);
    await essay.settings({ opensAt: soon.toISOString() });
    await expect(essay.note(people.bob, 'Too early.')).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(
        /^Discussion on this essay opens on \d{1,2} \w+ \d{4} at \d\d:\d\d UTC\. You can read it until then\.$/,
      ),
    });
    await essay.settings({ opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T09:30:00Z' });
    await expect(rateClaim(people.bob, essay.claimId, 'EVIDENCE', { value: 3 })).rejects.toMatchObject({
      status: 403,
      message: 'Discussion on this essay closed on 1 February 2026 at 09:30 UTC: you can still read and export it.',
    });
    await essay.settings({ opensAt: '2026-01-01T00:00:00Z', closesAt: soon.toISOString() });
    await expect(essay.note(people.bob, 'In the window.')).resolves.toMatchObject({ body: 'In the window.' });
    expect(await rowCounts(essay.id)).toMatchObject({ notes: 1, ratings: 0 });
  });

  it('takes settings from staff only, refuses a window that closes before it opens, and writes nothing then', async () => {
    const essay = await freshEssay();
    await expect(
      setReadingSettings(people.alice, essay.slug, { discussion: 'CLOSED', opensAt: null, closesAt: null, postBeforeSee: false }),
    ).rejects.toMatchObject({ status: 403 });
    const eventsBefore = await latestEssayEventId(essay.id);
    await expect(essay.settings({ opensAt: '2026-12-10T00:00:00Z', closesAt: '2026-12-09T00:00:00Z' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('close after it opens'),
    });
    expect(await latestEssayEventId(essay.id)).toBe(eventsBefore);
    await expect(essay.settings({ discussion: 'CLOSED' })).resolves.toMatchObject({ discussion: 'CLOSED' });
    expect(await latestEssayEventId(essay.id)).toBeGreaterThan(eventsBefore);
    await expect(
      setReadingSettings(people.mod, essay.slug, { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: true }),
    ).resolves.toMatchObject({ discussion: 'OPEN', postBeforeSee: true });
  });
});

describe('post before you see', () => {
  /** Everything Bob could read about the essay, as the bodies and texts he is given. */
  async function whatBobSees(essay: Awaited<ReturnType<typeof freshEssay>>) {
    const threads = await listThreadsForViewer(people.bob, essay.id, ZThreadQuery.parse({}));
    const api = await listAnnotationThreadsForViewer(people.bob, essay.slug, { limit: 50 });
    const collection = JSON.stringify(await getAnnotationCollectionForViewer(people.bob, essay.slug, { origin: ORIGIN }));
    const page = await getEssayForViewer(people.bob, essay.slug);
    const claim = page.sections.flatMap((s) => s.claims).find((c) => c.id === essay.claimId)!;
    return {
      notes: (await listAnnotationsForViewer(people.bob, essay.id)).map((n) => n.body).sort(),
      threads: threads.threads.flatMap((t) => [t.root.body, ...t.replies.map((r) => r.body)]).sort(),
      summary: threads.summary!.counts.anchored,
      api: api.annotations.flatMap((t) => [t.body, ...t.replies.map((r) => r.body)]).sort(),
      collectionHasAlice: collection.includes("Alice's marker"),
      highlights: (await getHighlightsForViewer(people.bob, essay.id)).ranges,
      claimCounts: claim.counts.annotations + claim.counts.arguments,
      debate: (await getDebateForViewer(people.bob, essay.slug)).arguments.map((a) => a.text).sort(),
      claimDebate: (await getClaimDebateForViewer(people.bob, essay.slug, essay.claimId)).arguments.map((a) => a.text).sort(),
      apiArguments: (await listArgumentsPageForViewer(people.bob, essay.slug, { limit: 50 })).arguments.map((a) => a.text).sort(),
    };
  }

  it('shows a member who has not posted only their own, on every read path, until their first shared note — and for good after', async () => {
    const essay = await freshEssay();
    const alices = await essay.note(people.alice, "Alice's marker note.");
    const aliceArgument = await addArgument(people.alice, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'SUPPORT',
      text: "Alice's marker argument.",
    });
    await essay.settings({ postBeforeSee: true });
    // Staff and the essay's author warm the shared highlight memory first: Bob must not get it.
    for (const viewer of [people.mod, people.owner, people.author, people.alice]) {
      expect((await getHighlightsForViewer(viewer, essay.id)).ranges).toEqual([{ start: 12, end: 30, density: 1 }]);
      expect((await listThreadsForViewer(viewer, essay.id, ZThreadQuery.parse({}))).summary!.counts.anchored).toBe(1);
    }

    // Bob's own argument and private note are his: he sees them, and they do not unlock.
    await addArgument(people.bob, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: "Bob's argument.",
    });
    await essay.note(people.bob, "Bob's private note.", 'PRIVATE');
    expect(await whatBobSees(essay)).toEqual({
      notes: ["Bob's private note."],
      threads: ["Bob's private note."],
      summary: 1,
      api: ["Bob's private note."],
      collectionHasAlice: false,
      highlights: [{ start: 12, end: 30, density: 1 }],
      claimCounts: 2,
      debate: ["Bob's argument."],
      claimDebate: ["Bob's argument."],
      apiArguments: ["Bob's argument."],
    });
    // Someone else's note or argument does not exist for him: no reply, no vote, no edit.
    await expect(replyToAnnotation(people.bob, alices.id, { body: 'Peek.' })).rejects.toMatchObject({ status: 404 });
    await expect(voteImpact(people.bob, aliceArgument.id, { impact: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(flagContent(people.bob, { target: { type: 'annotation', id: alices.id }, reason: 'OFF_TOPIC' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      addArgument(people.bob, essay.slug, {
        target: { type: 'argument', id: aliceArgument.id },
        stance: 'ATTACK',
        attackKind: 'UNDERCUT',
        text: 'Peek.',
      }),
    ).rejects.toMatchObject({ status: 404 });

    // The live stream sends him nothing about others' notes; his first shared note makes it say "reload".
    const received: string[] = [];
    const unsubscribe = subscribeToEssay({
      essayId: essay.id,
      viewerId: people.bob,
      lastId: await latestEssayEventId(essay.id),
      seesOthers: false,
      onEvent: (event: TEssayEventView) => received.push(event.annotation.body ?? event.annotation.bodyHtml),
      onReload: () => received.push('RELOAD'),
    });
    try {
      await essay.note(people.alice, "Alice's second marker.");
      const own = await essay.note(people.bob, "Bob's first shared note.");
      await expect.poll(() => received[0], { timeout: 10_000 }).toBe('RELOAD');
      // Nothing of anyone else's is ever sent as an event, before the reload or after it. His own
      // note is either inside the reload or comes after it: the stream may read Alice's entry
      // after his note has unlocked him, and then places the reload there, before his own entry.
      expect(received.slice(1).every((body) => body === "Bob's first shared note.")).toBe(true);
      expect(received.length).toBeLessThanOrEqual(2);

      // Unlocked: everything, including what the memory holds.
      const unlocked = await whatBobSees(essay);
      expect(unlocked.notes).toEqual(["Alice's marker note.", "Alice's second marker.", "Bob's first shared note.", "Bob's private note."]);
      expect(unlocked.collectionHasAlice).toBe(true);
      expect(unlocked.debate).toEqual(["Alice's marker argument.", "Bob's argument."]);
      expect(unlocked.highlights).toEqual([{ start: 12, end: 30, density: 4 }]);

      // Deleting that note does not make him blind again: what was seen cannot be unseen.
      await deleteAnnotation(people.bob, own.id);
      expect((await whatBobSees(essay)).notes).toContain("Alice's second marker.");
      expect(await db.discussionUnlock.count({ where: { essayId: essay.id, userId: people.bob } })).toBe(1);
    } finally {
      unsubscribe();
    }
  });

  it('counts those who had already shared a note as having posted when the rule is turned on', async () => {
    const essay = await freshEssay();
    await essay.note(people.bob, "Bob's early note.");
    await essay.note(people.alice, "Alice's marker note.");
    await essay.settings({ postBeforeSee: true });
    expect((await listAnnotationsForViewer(people.bob, essay.id)).map((n) => n.body).sort()).toEqual([
      "Alice's marker note.",
      "Bob's early note.",
    ]);
  });

  it('tells an open stream to reload when the settings change', async () => {
    const essay = await freshEssay();
    const received: string[] = [];
    const unsubscribe = subscribeToEssay({
      essayId: essay.id,
      viewerId: people.alice,
      lastId: await latestEssayEventId(essay.id),
      onEvent: (event: TEssayEventView) => received.push(event.annotation.body ?? event.annotation.bodyHtml),
      onReload: () => received.push('RELOAD'),
    });
    try {
      await essay.settings({ discussion: 'CLOSED' });
      await expect.poll(() => received, { timeout: 10_000 }).toEqual(['RELOAD']);
    } finally {
      unsubscribe();
    }
  });
});
