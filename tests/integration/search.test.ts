// Issue 14, full-text search: a viewer finds claims, notes and replies, arguments and author
// responses they may read — and nothing else. Every case plants one made-up word through the real
// services and asks whether it is found; the expectations are the issue's privacy rules, by hand.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { ZSearchQuery, type TSearchPage } from '@/lib/schemas/search';
import { db } from '@/lib/server/db/client';
import { searchForViewer } from '@/lib/server/queries/search/search-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { enablePseudonyms } from '@/lib/server/services/cohort/enable-pseudonyms';
import { setPseudonym } from '@/lib/server/services/cohort/set-pseudonym';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

/** A word nobody else's test writes: letters only, so the English stemmer keeps it whole. */
const word = () => `zq${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

type TPeople = Record<'owner' | 'mod' | 'author' | 'alice' | 'bob' | 'outsider', string>;
let p: TPeople;
let cohort: { id: string; slug: string };

beforeAll(async () => {
  const ids = await Promise.all(['Owner Olga', 'Mod Max', 'Author Ann', 'Alice Real', 'Bob Real', 'Out Sider'].map((n) => makeUser(db, n)));
  const [owner, mod, author, alice, bob, outsider] = ids.map((u) => u.id) as string[];
  p = { owner: owner!, mod: mod!, author: author!, alice: alice!, bob: bob!, outsider: outsider! };
  cohort = await makeCohort(db, [
    { userId: p.owner, role: 'OWNER' },
    { userId: p.mod, role: 'MODERATOR' },
    { userId: p.author, role: 'AUTHOR' },
    { userId: p.alice, role: 'MEMBER' },
    { userId: p.bob, role: 'MEMBER' },
  ]);
});

async function essayIn(cohortSlug: string, text?: string) {
  const essay = await makeEssay(db, { cohortSlug, ...(text === undefined ? {} : { text }) });
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: p.author } });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const firstClaim = await db.claimVersion.findFirstOrThrow({ where: { revisionId: revision.id }, orderBy: { order: 'asc' } });
  const note = (userId: string, body: string, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
    createAnnotation(userId, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      visibility,
      selectors: describeRange(revision.text, firstClaim.start, firstClaim.end),
    });
  return { ...essay, revision, claimId: firstClaim.claimId, note };
}

async function search(viewerId: string | null, q: string, extra: Record<string, unknown> = {}): Promise<TSearchPage> {
  return searchForViewer(viewerId, ZSearchQuery.parse({ q, ...extra }));
}

async function found(viewerId: string | null, q: string): Promise<string[]> {
  return (await search(viewerId, q)).results.map((r) => r.id);
}

describe('search finds what the viewer may read', () => {
  it('finds a claim, a note, a reply, an argument and an author response, linked where they are read', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug, `Jane Writer\nThe ${w} harbour deters war.\nPeace needs trust.`);
    const note = await essay.note(p.alice, `I doubt the ${w} harbour matters.`);
    const reply = await replyToAnnotation(p.bob, note.id, { body: `It matters: ${w} ships.` });
    const argument = await addArgument(p.bob, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: `The ${w} harbour is tiny.`,
    });
    const response = await respondToCritique(p.author, essay.slug, {
      critique: { type: 'argument', id: argument.id },
      status: 'DISPUTED',
      body: `The ${w} harbour was large in 1900.`,
    });

    const page = await search(p.alice, w);
    const byKind = Object.fromEntries(page.results.map((r) => [r.kind, r]));
    expect(page.results.map((r) => r.id).sort()).toEqual([essay.claimId, note.id, reply.id, argument.id, response.id].sort());
    expect(byKind.claim!.href).toBe(`/essays/${essay.slug}/claims/${essay.claimId}`);
    expect(byKind.note!.href).toBe(`/essays/${essay.slug}?claim=${essay.claimId}#claim-${essay.claimId}`);
    expect(byKind.argument!.href).toBe(`/essays/${essay.slug}/claims/${essay.claimId}#argument-${argument.id}`);
    expect(byKind.response!.href).toBe(`/essays/${essay.slug}/responses#response-${response.id}`);
    expect(byKind.claim!.snippet).toContain(`<mark>${w}</mark>`);
    expect(byKind.claim!.author).toBeNull();
    expect(byKind.argument!.author).toMatchObject({ name: 'Bob Real', isViewer: false });
    expect(byKind.note!.author).toMatchObject({ name: 'Alice Real', isViewer: true });
  });

  it('reads web-search syntax: a quoted phrase, and -word to leave out', async () => {
    const [a, b] = [word(), word()];
    const essay = await essayIn(cohort.slug);
    const both = await essay.note(p.alice, `${a} ${b} together`);
    const apart = await essay.note(p.alice, `${b} then ${a}`);
    expect(await found(p.alice, `"${a} ${b}"`)).toEqual([both.id]);
    expect(await found(p.alice, `${a} -together`)).toEqual([apart.id]);
  });

  it('ranks a note dense with the words above one that mentions them once', async () => {
    const [a, b] = [word(), word()];
    const essay = await essayIn(cohort.slug);
    const passing = await essay.note(p.alice, `${a} is one thing. Much later, after a long digression about other matters entirely, ${b}.`);
    const dense = await essay.note(p.bob, `${a} ${b}, and again ${a} ${b}.`);
    const ranked = await search(p.alice, `${a} ${b}`);
    expect(ranked.results.map((r) => r.id)).toEqual([dense.id, passing.id]);
    expect(ranked.results[0]!.rank).toBeGreaterThan(ranked.results[1]!.rank);
  });

  it('escapes what people typed: a note with <script> comes back as text, only the match marked', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    await essay.note(p.alice, `Careful & "quoted": <script>alert(1)</script> <b>bold</b> ${w} <img src=x onerror=alert(2)>`);
    const [result] = (await search(p.bob, w)).results;
    expect(result!.snippet).toContain(`<mark>${w}</mark>`);
    expect(result!.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(result!.snippet).toContain('&amp;');
  });

  it('names the authors of notes by the cohort’s pseudonyms, real names only to staff', async () => {
    const own = await makeUser(db, 'Carol Realname');
    const pseudo = await makeCohort(db, [
      { userId: p.owner, role: 'OWNER' },
      { userId: own.id, role: 'MEMBER' },
      { userId: p.alice, role: 'MEMBER' },
    ]);
    await enablePseudonyms(p.owner, pseudo.id, { allowPseudonyms: true });
    await setPseudonym(own.id, pseudo.id, { pseudonym: 'Quiet Heron' });
    const w = word();
    const essay = await essayIn(pseudo.slug);
    await essay.note(own.id, `A ${w} remark.`);
    const asMember = (await search(p.alice, w)).results[0]!;
    expect(asMember.author?.name).toBe('Quiet Heron');
    expect(JSON.stringify(asMember)).not.toContain('Carol');
    expect(JSON.stringify(asMember)).not.toContain(own.id);
    expect((await search(p.owner, w)).results[0]!.author?.name).toBe('Quiet Heron (Carol Realname)');
  });

  it('scopes to one essay when asked, and 404s an essay the viewer cannot read', async () => {
    const w = word();
    const [one, two] = [await essayIn(cohort.slug), await essayIn(cohort.slug)];
    const inOne = await one.note(p.alice, `${w} here`);
    await two.note(p.alice, `${w} there`);
    expect((await search(p.alice, w, { essay: one.slug })).results.map((r) => r.id)).toEqual([inOne.id]);
    await expect(search(p.outsider, w, { essay: one.slug })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pages results 20 at a time by cursor, each exactly once, and says when the last page is reached', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    for (let i = 0; i < 23; i += 1) await essay.note(p.alice, `${w} number ${i}`);
    const first = await search(p.alice, w);
    // A note written between two pages ranks like the others but is newer: it sorts before the
    // cursor, so the next page neither repeats a result nor skips one.
    await essay.note(p.alice, `${w} written meanwhile`);
    const second = await search(p.alice, w, { cursor: first.nextCursor });
    expect([first.results.length, first.nextCursor === null, second.results.length, second.nextCursor]).toEqual([20, false, 3, null]);
    expect(new Set([...first.results, ...second.results].map((r) => r.id)).size).toBe(23);
  });

  it('finds only the kinds asked for, and as many as the limit says', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug, `Jane Writer\nThe ${w} harbour deters war.\nPeace needs trust.`);
    const note = await essay.note(p.alice, `A ${w} note.`);
    const argument = await addArgument(p.bob, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'SUPPORT',
      text: `A ${w} argument.`,
    });
    expect((await search(p.alice, w, { kinds: 'note,argument' })).results.map((r) => r.id).sort()).toEqual([note.id, argument.id].sort());
    expect((await search(p.alice, w, { kinds: 'claim' })).results.map((r) => r.id)).toEqual([essay.claimId]);
    const one = await search(p.alice, w, { limit: 1 });
    expect(one.results.length).toBe(1);
    expect(one.nextCursor).not.toBeNull();
  });
});

describe('search never finds what the viewer may not read', () => {
  it('a note a moderator hid', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    const note = await essay.note(p.bob, `Rude ${w} words.`);
    await moderate(p.mod, cohort.id, { kind: 'HIDE', target: { type: 'annotation', id: note.id }, reason: 'Rude.' });
    expect(await found(p.alice, w)).toEqual([]);
    expect(await found(p.bob, w)).toEqual([]);
  });

  it('a deleted reply', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    const root = await essay.note(p.alice, 'A root note.');
    const reply = await replyToAnnotation(p.bob, root.id, { body: `Second thoughts ${w}.` });
    await deleteAnnotation(p.bob, reply.id);
    expect(await found(p.alice, w)).toEqual([]);
    expect(await found(p.bob, w)).toEqual([]);
  });

  it('someone else’s private note — while one’s own private note is found', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    const mine = await essay.note(p.alice, `My own ${w} thought.`, 'PRIVATE');
    await essay.note(p.bob, `Bob's own ${w} thought.`, 'PRIVATE');
    expect(await found(p.alice, w)).toEqual([mine.id]);
    expect(await found(p.owner, w)).toEqual([]);
  });

  it('a draft essay’s claims, except for its cohort’s staff', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug, `Jane Writer\nThe ${w} draft claim stands.\nPeace needs trust.`);
    await db.essay.update({ where: { id: essay.id }, data: { status: 'DRAFT', publishedAt: null } });
    expect(await found(p.alice, w)).toEqual([]);
    expect(await found(p.author, w)).toEqual([]);
    const staff = await search(p.mod, w);
    expect(staff.results.map((r) => [r.id, r.href])).toEqual([[essay.claimId, `/essays/${essay.slug}/draft`]]);
  });

  it('another cohort’s notes and claims', async () => {
    const w = word();
    const other = await makeCohort(db, [{ userId: p.outsider, role: 'OWNER' }]);
    const essay = await essayIn(other.slug, `Jane Writer\nThe ${w} elsewhere.\nPeace needs trust.`);
    await essay.note(p.outsider, `Their ${w} note.`);
    expect(await found(p.alice, w)).toEqual([]);
    expect(await found(null, w)).toEqual([]);
    expect((await found(p.outsider, w)).length).toBe(2);
  });

  it('under "post before you see", others’ notes and arguments until the viewer has posted', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    const bobs = await essay.note(p.bob, `Bob on ${w}.`);
    const arg = await addArgument(p.bob, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'SUPPORT',
      text: `Because ${w}.`,
    });
    await setReadingSettings(p.owner, essay.slug, { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: true });
    expect(await found(p.alice, w)).toEqual([]);
    expect((await found(p.mod, w)).sort()).toEqual([bobs.id, arg.id].sort());
    await essay.note(p.alice, 'My first note, on something else.');
    expect((await found(p.alice, w)).sort()).toEqual([bobs.id, arg.id].sort());
  });

  it('the words an edit took away', async () => {
    const [before, after] = [word(), word()];
    const essay = await essayIn(cohort.slug);
    const note = await essay.note(p.bob, `First draft ${before}.`);
    await editAnnotation(p.bob, note.id, { body: `Second draft ${after}.` });
    expect(await found(p.alice, before)).toEqual([]);
    expect(await found(p.alice, after)).toEqual([note.id]);
  });

  it('a hidden argument, for everyone', async () => {
    const w = word();
    const essay = await essayIn(cohort.slug);
    const arg = await addArgument(p.bob, essay.slug, {
      target: { type: 'claim', id: essay.claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: `Insulting ${w}.`,
    });
    await moderate(p.mod, cohort.id, { kind: 'HIDE', target: { type: 'argument', id: arg.id }, reason: 'Insult.' });
    expect(await found(p.alice, w)).toEqual([]);
    expect(await found(p.mod, w)).toEqual([]);
  });
});

describe('search input', () => {
  it('refuses an empty query, one too long, an unknown kind and a limit past 50, with a message', () => {
    expect(ZSearchQuery.safeParse({ q: '   ' }).error?.issues[0]?.message).toBe('Type something to search for.');
    expect(ZSearchQuery.safeParse({ q: 'x'.repeat(201) }).error?.issues[0]?.message).toMatch(/at most 200 characters/);
    expect(ZSearchQuery.safeParse({ q: 'x', kinds: 'notes' }).error?.issues[0]?.message).toMatch(/comma-separated list of claim, note/);
    expect(ZSearchQuery.safeParse({ q: 'x', limit: 51 }).error?.issues[0]?.message).toBe('limit is a whole number from 1 to 50.');
  });

  it('refuses a cursor it did not make, before reading anything', async () => {
    for (const cursor of ['not a cursor', Buffer.from('[1,"2026-01-01T00:00:00.000Z"]').toString('base64url'), 'e30']) {
      await expect(search(null, 'peace', { cursor })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /cursor is not valid/ });
    }
  });

  it('answers a query of only stop words with no results rather than an error', async () => {
    expect((await search(p.alice, 'the and of')).results).toEqual([]);
  });
});
