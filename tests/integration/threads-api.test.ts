// Issue 11: the sidebar loads threads a page at a time from GET /api/essays/<slug>/threads.
// Expectations are worked out by hand from the planted notes, never read back from the query.
import { beforeAll, describe, expect, it } from 'vitest';
import { ZThreadQuery, type TThreadPage, type TThreadView } from '@/lib/schemas/thread';
import { db } from '@/lib/server/db/client';
import { listAnnotationThreadsForViewer } from '@/lib/server/api-v1/list-annotation-threads';
import { readAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { listThreadsForViewer } from '@/lib/server/queries/annotation/list-threads-for-viewer';
import { makeCohort, makeUser } from '@/prisma/factories';
import { inRequestScope, NextRequest, sessionCookieFor } from '@/tests/support/request-scope';
import { makeLongEssay, plantNote } from '@/tests/support/plant-notes';

let alice: string;
let bob: string;

beforeAll(async () => {
  alice = (await makeUser(db, 'Alice')).id;
  bob = (await makeUser(db, 'Bob')).id;
});

const page = (viewerId: string | null, essayId: string, query: Record<string, string> = {}): Promise<TThreadPage> =>
  listThreadsForViewer(viewerId, essayId, ZThreadQuery.parse(query));

// A root's words as the reader draws them (others' notes come without their Markdown source).
const bodies = (threads: TThreadView[]) => threads.map((t) => t.root.body ?? t.root.bodyHtml.replace(/<[^>]*>/g, '').trim());

/** Every thread of a tab, page after page; `between` runs after the first page. */
async function readAll(viewerId: string | null, essayId: string, query: Record<string, string>, between?: () => Promise<void>) {
  const seen: TThreadView[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const next: TThreadPage = await page(viewerId, essayId, { ...query, ...(cursor ? { cursor } : {}) });
    expect(next.summary === null).toBe(cursor !== null);
    seen.push(...next.threads);
    cursor = next.nextCursor;
    pages += 1;
    if (pages === 1) await between?.();
  } while (cursor !== null && pages < 100);
  return { seen, pages };
}

describe('a thread as the API sends it', () => {
  it('shows each note exactly as the live stream shapes it', async () => {
    const essay = await makeLongEssay();
    const root = await plantNote(essay, { authorId: alice, start: 4, end: 12, body: 'A *root*.', tags: ['war'] });
    await plantNote(essay, { authorId: bob, parentId: root.id, rootId: root.id, motivation: 'REPLYING', body: 'A **reply**.' });
    const [thread] = (await page(bob, essay.id)).threads;
    const streamed = (await readAnnotationsForViewer(bob, essay.id)).views;
    expect(thread!.root).toEqual(streamed.find((a) => a.id === root.id));
    expect(thread!.replies).toEqual(streamed.filter((a) => a.parentId === root.id));
    expect(thread!.root.bodyHtml).toBe('<p>A <em>root</em>.</p>\n');
    expect(thread!.replies[0]!.bodyHtml).toBe('<p>A <strong>reply</strong>.</p>\n');
  });

  it("carries the Markdown source only on the viewer's own notes; the export API on every note", async () => {
    const essay = await makeLongEssay();
    const root = await plantNote(essay, { authorId: alice, start: 4, end: 12, body: 'A *root*.' });
    await plantNote(essay, { authorId: bob, parentId: root.id, rootId: root.id, motivation: 'REPLYING', body: 'A **reply**.' });
    // Bob edits only his reply: its source comes along; Alice's root is drawn from its HTML alone.
    const [forBob] = (await page(bob, essay.id)).threads;
    expect(forBob!.root).not.toHaveProperty('body');
    expect(forBob!.replies[0]!.body).toBe('A **reply**.');
    const [forAlice] = (await page(alice, essay.id)).threads;
    expect(forAlice!.root.body).toBe('A *root*.');
    expect(forAlice!.replies[0]).not.toHaveProperty('body');
    // The export API (/api/v1) hands out every note's words as written.
    const exported = await listAnnotationThreadsForViewer(bob, essay.slug, { limit: 50 });
    expect(exported.annotations[0]!.body).toBe('A *root*.');
    expect(exported.annotations[0]!.replies[0]!.body).toBe('A **reply**.');
  });
});

describe('paging the anchored tab', () => {
  // 200 visible threads plus 10 of Alice's private notes, read by Bob 30 at a time. Offsets repeat
  // (every 4th note shares the previous one's start, every 8th its end too) so that ties are
  // ordered by createdAt, and two notes share a createdAt so that the id breaks the last tie.
  let essay: Awaited<ReturnType<typeof makeLongEssay>>;
  let expected: string[];
  beforeAll(async () => {
    essay = await makeLongEssay();
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const planted: { body: string; start: number; end: number; createdAt: number }[] = [];
    for (let i = 0; i < 200; i++) {
      const start = i % 4 === 3 ? planted[i - 1]!.start : 1000 - i * 4; // later notes sit earlier in the text
      const end = i % 8 === 7 ? planted[i - 1]!.end : start + 3 + (i % 5);
      planted.push({ body: `note ${i}`, start, end, createdAt: base + (i === 101 ? 100 : i) * 1000 });
    }
    for (const p of planted)
      await plantNote(essay, { authorId: alice, body: p.body, start: p.start, end: p.end, createdAt: new Date(p.createdAt) });
    for (let i = 0; i < 10; i++)
      await plantNote(essay, { authorId: alice, body: `private ${i}`, start: 500 + i, end: 520, visibility: 'PRIVATE' });
    // Document order, written out: start, then end, then createdAt (ties of all three: by id).
    const withIds = await db.annotation.findMany({ where: { essayId: essay.id, visibility: 'COHORT' }, select: { id: true, body: true } });
    const idOf = new Map(withIds.map((r) => [r.body, r.id]));
    expected = [...planted]
      .sort((a, b) => a.start - b.start || a.end - b.end || a.createdAt - b.createdAt || (idOf.get(a.body)! < idOf.get(b.body)! ? -1 : 1))
      .map((p) => p.body);
  });

  it('returns every visible thread exactly once, in document order', async () => {
    const { seen, pages } = await readAll(bob, essay.id, { limit: '30' });
    expect(pages).toBe(7);
    expect(bodies(seen)).toEqual(expected);
  });

  it("counts and lists only what the viewer may read: Alice's private notes for her, never for Bob", async () => {
    expect((await page(bob, essay.id)).summary!.counts).toEqual({ anchored: 200, orphaned: 0 });
    expect((await page(alice, essay.id)).summary!.counts).toEqual({ anchored: 210, orphaned: 0 });
    expect((await page(null, essay.id)).summary!.counts).toEqual({ anchored: 200, orphaned: 0 });
    const { seen } = await readAll(bob, essay.id, { limit: '100' });
    expect(seen.some((t) => t.root.visibility === 'PRIVATE')).toBe(false);
  });

  // Last in this block: it adds notes.
  it('neither skips nor repeats a thread when a note is added between two pages', async () => {
    const { seen } = await readAll(bob, essay.id, { limit: '30' }, async () => {
      await plantNote(essay, { authorId: bob, body: 'added before the cursor', start: 0, end: 2 });
      await plantNote(essay, { authorId: bob, body: 'added after the cursor', start: 1990, end: 1995 });
    });
    // What was added behind the reader is for the live stream; what lies ahead is on a later page.
    expect(bodies(seen)).toEqual([...expected, 'added after the cursor']);
  });
});

describe('the orphaned tab', () => {
  it('pages orphans newest first and leaves placed notes out', async () => {
    const essay = await makeLongEssay();
    const base = Date.parse('2026-02-01T00:00:00.000Z');
    for (let i = 0; i < 7; i++) {
      await plantNote(essay, { authorId: alice, body: `orphan ${i}`, anchorStatus: 'ORPHANED', createdAt: new Date(base + i * 1000) });
    }
    await plantNote(essay, { authorId: alice, body: 'placed', start: 3, end: 9 });
    const { seen, pages } = await readAll(bob, essay.id, { tab: 'orphaned', limit: '3' });
    expect(pages).toBe(3);
    expect(bodies(seen)).toEqual(['orphan 6', 'orphan 5', 'orphan 4', 'orphan 3', 'orphan 2', 'orphan 1', 'orphan 0']);
    expect(seen.every((t) => t.root.start === null)).toBe(true);
    expect((await page(bob, essay.id, { tab: 'orphaned' })).summary!.counts).toEqual({ anchored: 1, orphaned: 7 });
  });

  it('refuses a cursor of the other tab, or one that was altered', async () => {
    const essay = await makeLongEssay();
    for (let i = 0; i < 3; i++) await plantNote(essay, { authorId: alice, start: i, end: 9 });
    const first = await page(bob, essay.id, { limit: '1' });
    await expect(page(bob, essay.id, { tab: 'orphaned', cursor: first.nextCursor! })).rejects.toMatchObject({ status: 400 });
    for (const cursor of [
      'garbage',
      `${first.nextCursor!}x`,
      Buffer.from('["a",1,2,"0000-01-01T00:00:00.000Z","x"]').toString('base64url'),
    ]) {
      await expect(page(bob, essay.id, { cursor })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('cursor') });
    }
  });
});

describe('GET /api/essays/<slug>/threads', () => {
  let slug: string;
  let member: { id: string; email: string };
  let outsider: { id: string; email: string };
  beforeAll(async () => {
    member = await makeUser(db, 'Member');
    outsider = await makeUser(db, 'Outsider');
    const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
    const essay = await makeLongEssay({ cohortSlug: cohort.slug });
    slug = essay.slug;
    for (let i = 0; i < 3; i++) await plantNote(essay, { authorId: member.id, body: `member note ${i}`, start: i * 10, end: i * 10 + 5 });
  });

  async function get(query: string, user: { id: string; email: string } | null = member) {
    const request = new NextRequest(`http://counterpoint.test/api/essays/${slug}/threads${query}`, {
      headers: user ? { cookie: await sessionCookieFor(user.id, user.email) } : {},
    });
    // Loaded after request-scope has set up what Next's request stores need.
    const { GET } = await import('@/app/api/essays/[slug]/threads/route');
    const response = await inRequestScope(request, () => GET(request, { params: Promise.resolve({ slug }) }));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('pages the threads of a member', async () => {
    const first = await get('?limit=2');
    expect(first.status).toBe(200);
    const body = first.body as unknown as TThreadPage;
    expect(bodies(body.threads)).toEqual(['member note 0', 'member note 1']);
    const second = (await get(`?limit=2&cursor=${body.nextCursor}`)).body as unknown as TThreadPage;
    expect(bodies(second.threads)).toEqual(['member note 2']);
    expect(second.nextCursor).toBeNull();
  });

  it('is a 404 to outsiders of a private essay, signed in or not', async () => {
    expect((await get('', outsider)).status).toBe(404);
    expect((await get('', null)).status).toBe(404);
    expect(JSON.stringify((await get('', outsider)).body)).not.toContain('member note');
  });

  it('answers bad input with a 400 that says what to fix', async () => {
    const cases: [string, string][] = [
      ['?cursor=not-a-cursor', 'cursor'],
      ['?limit=500', 'at most 100'],
      ['?limit=0', 'limit'],
      ['?limit=ten', 'limit'],
      ['?tab=sideways', 'tab'],
      ['?kind=REPLYING', 'kind'],
      ['?page=2', 'page'],
      ['?limit=5&limit=6', 'limit'],
      ['?claim=%00', 'claim'],
      ['?at=-1', 'at'],
    ];
    for (const [query, mention] of cases) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(JSON.stringify(body).toLowerCase(), query).toContain(mention.toLowerCase());
    }
  });

  it('answers a tag with a NUL in it without a server error', async () => {
    expect((await get('?tag=%00')).status).toBeLessThan(500);
  });

  it('finds no thread at an offset past any text', async () => {
    expect(await get('?at=99999999999')).toMatchObject({ status: 200, body: { threads: [] } });
  });
});

describe('filters', () => {
  // Bob reads. r6 is Alice's private note: it must never show, whatever the filter.
  let essay: Awaited<ReturnType<typeof makeLongEssay>>;
  const id: Record<string, string> = {};
  let claimId: string;
  let secondSectionId: string;
  let firstSectionId: string;
  beforeAll(async () => {
    essay = await makeLongEssay();
    const sections = await db.section.findMany({
      where: { revisionId: essay.revisionId },
      orderBy: { order: 'asc' },
      select: { id: true, start: true },
    });
    expect(sections.length).toBeGreaterThanOrEqual(2);
    firstSectionId = sections[0]!.id;
    secondSectionId = sections[1]!.id;
    claimId = (await db.claimVersion.findFirstOrThrow({ where: { revisionId: essay.revisionId }, select: { claimId: true } })).claimId;
    const at = (body: string, start: number, end: number) => ({ body, start, end });
    id.r1 = (await plantNote(essay, { authorId: alice, ...at('r1', 10, 20), tags: ['war'] })).id;
    id.r2 = (await plantNote(essay, { authorId: alice, ...at('r2', 30, 40), tags: ['peace'], motivation: 'QUESTIONING' })).id;
    id.r3 = (await plantNote(essay, { authorId: bob, ...at('r3', 50, 60) })).id;
    id.r4 = (await plantNote(essay, { authorId: bob, ...at('r4', 70, 80), tags: ['war'], deletedAt: new Date() })).id;
    id.r5 = (await plantNote(essay, { authorId: alice, ...at('r5 hidden words', 15, 25), tags: ['war'], hiddenAt: new Date() })).id;
    id.r6 = (await plantNote(essay, { authorId: alice, ...at('r6 private words', 12, 18), tags: ['war'], visibility: 'PRIVATE' })).id;
    id.r7 = (await plantNote(essay, { authorId: bob, body: 'r7', tags: ['war'], anchorStatus: 'ORPHANED' })).id;
    id.r8 = (await plantNote(essay, { authorId: alice, ...at('r8', sections[1]!.start + 5, sections[1]!.start + 9) })).id;
    const reply = (rootId: string, body: string, extra: object = {}) =>
      plantNote(essay, { authorId: bob, parentId: rootId, rootId, motivation: 'REPLYING', body, ...extra });
    await reply(id.r1, 'answer to r1');
    await reply(id.r2, 'withdrawn answer', { deletedAt: new Date() });
    await db.annotationClaim.create({ data: { annotationId: id.r2, claimId } });
  });

  const roots = async (query: Record<string, string>, viewerId: string | null = bob) =>
    bodies((await page(viewerId, essay.id, query)).threads);

  it('by kind', async () => {
    expect(await roots({ kind: 'QUESTIONING' })).toEqual(['r2']);
  });

  it('by tag: only notes that still show it (not deleted, hidden or private to someone else)', async () => {
    expect(await roots({ tag: 'war' })).toEqual(['r1']);
    expect(await roots({ tag: 'war', tab: 'orphaned' })).toEqual(['r7']);
    expect(await roots({ tag: 'nothing' })).toEqual([]);
  });

  it('by author handle, never by user id; an unknown handle is an empty page', async () => {
    const { summary } = await page(bob, essay.id);
    const aliceHandle = summary!.facets.authors.find((a) => a.name === 'Alice')!.handle;
    expect(await roots({ author: aliceHandle })).toEqual(['r1', '', 'r2', 'r8']);
    // Later pages find the author again without a summary to take the candidates from.
    expect(bodies((await readAll(bob, essay.id, { author: aliceHandle, limit: '1' })).seen)).toEqual(['r1', '', 'r2', 'r8']);
    expect(await roots({ author: alice })).toEqual([]);
    expect(await roots({ author: 'no-such-handle' })).toEqual([]);
  });

  it("mine: the viewer's own notes that are not deleted; nothing when signed out", async () => {
    expect(await roots({ mine: '1' })).toEqual(['r3']);
    expect(await roots({ mine: '1', tab: 'orphaned' })).toEqual(['r7']);
    expect(await roots({ mine: '1' }, null)).toEqual([]);
  });

  it('unanswered: no live reply anywhere in the thread', async () => {
    expect(await roots({ unanswered: '1' })).toEqual(['', 'r2', 'r3', '', 'r8']);
  });

  it('by claim, section and offset', async () => {
    expect(await roots({ claim: claimId })).toEqual(['r2']);
    expect(await roots({ section: secondSectionId })).toEqual(['r8']);
    expect(await roots({ section: firstSectionId })).toEqual(['r1', '', 'r2', 'r3', '']);
    expect(await roots({ at: '17' })).toEqual(['r1', '']);
    expect(await roots({ at: '25' })).toEqual([]);
  });

  it('summarises tabs and filter options over what the viewer may read', async () => {
    expect((await page(bob, essay.id)).summary).toMatchObject({
      counts: { anchored: 6, orphaned: 1 },
      facets: { tags: ['peace', 'war'], authors: [{ name: 'Alice' }, { name: 'Bob' }] },
    });
    // Alice also has her private note; her own view counts it.
    expect((await page(alice, essay.id)).summary!.counts).toEqual({ anchored: 7, orphaned: 1 });
  });

  it('shows hidden and deleted notes as placeholders without their words, and never the private one', async () => {
    const { threads } = await page(bob, essay.id, { limit: '100' });
    const hidden = threads.find((t) => t.root.id === id.r5)!.root;
    expect(hidden).toMatchObject({ isHidden: true, bodyHtml: '', tags: [] });
    const deleted = threads.find((t) => t.root.id === id.r4)!.root;
    expect(deleted).toMatchObject({ isDeleted: true, bodyHtml: '', tags: [] });
    const text = JSON.stringify(
      await Promise.all([page(bob, essay.id, { limit: '100' }), page(bob, essay.id, { root: id.r6! }), page(bob, essay.id, { at: '13' })]),
    );
    expect(text).not.toContain('hidden words');
    expect(text).not.toContain('private words');
    expect(text).not.toContain(id.r6);
    expect(text).not.toContain(alice);
    expect(text).not.toContain(bob);
  });
});

describe('replies', () => {
  it('come oldest first, 20 inline with the rest counted, all of them with root', async () => {
    const essay = await makeLongEssay();
    const root = await plantNote(essay, { authorId: alice, body: 'root', start: 5, end: 9 });
    const base = Date.parse('2026-03-01T00:00:00.000Z');
    const replyIds: string[] = [];
    for (let i = 0; i < 25; i++) {
      const parentId = i === 3 ? replyIds[1]! : root.id; // reply 3 answers reply 1
      const reply = await plantNote(essay, {
        authorId: i % 2 ? alice : bob,
        parentId,
        rootId: root.id,
        motivation: 'REPLYING',
        body: `reply ${i}`,
        createdAt: new Date(base + i * 1000),
        ...(i === 7 || i === 22 ? { deletedAt: new Date() } : {}),
      });
      replyIds.push(reply.id);
    }
    const [inline] = (await page(bob, essay.id)).threads;
    expect(inline!.replies.map((r) => r.id)).toEqual(replyIds.slice(0, 20));
    expect(inline!.replies[3]!.parentId).toBe(replyIds[1]);
    expect(inline!.replies[7]).toMatchObject({ isDeleted: true, bodyHtml: '' });
    expect(inline).toMatchObject({ liveReplyCount: 23, moreReplies: 5 });
    const wholePage = await page(bob, essay.id, { root: root.id });
    expect(wholePage.summary).toBeNull();
    const [whole] = wholePage.threads;
    expect(whole!.replies.map((r) => r.id)).toEqual(replyIds);
    expect(whole).toMatchObject({ liveReplyCount: 23, moreReplies: 0 });
  });
});

describe('names', () => {
  it('are pseudonyms for members, with the real name only for staff', async () => {
    const zed = await makeUser(db, 'Zebediah Realname');
    const member = await makeUser(db, 'Plain Member');
    const moderator = await makeUser(db, 'Mod');
    const cohort = await makeCohort(db, [
      { userId: zed.id, role: 'MEMBER' },
      { userId: member.id, role: 'MEMBER' },
      { userId: moderator.id, role: 'MODERATOR' },
    ]);
    await db.cohort.update({ where: { id: cohort.id }, data: { allowPseudonyms: true } });
    await db.membership.update({ where: { cohortId_userId: { cohortId: cohort.id, userId: zed.id } }, data: { pseudonym: 'Quiet Heron' } });
    const essay = await makeLongEssay({ cohortSlug: cohort.slug });
    const root = await plantNote(essay, { authorId: zed.id, body: 'by zed', start: 1, end: 4 });
    await plantNote(essay, { authorId: zed.id, parentId: root.id, rootId: root.id, motivation: 'REPLYING', body: 'zed again' });

    const seen = await page(member.id, essay.id);
    expect(seen.threads[0]!.root.author.name).toBe('Quiet Heron');
    expect(seen.threads[0]!.replies[0]!.author.name).toBe('Quiet Heron');
    expect(seen.summary!.facets.authors.map((a) => a.name)).toEqual(['Quiet Heron']);
    expect(JSON.stringify(seen)).not.toContain('Zebediah');
    expect(JSON.stringify(seen)).not.toContain(zed.id);
    expect((await page(moderator.id, essay.id)).threads[0]!.root.author.name).toBe('Quiet Heron (Zebediah Realname)');
    await expect(page(bob, essay.id)).rejects.toMatchObject({ status: 404 });
  });
});
