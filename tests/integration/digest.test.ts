// The debate digest on a small discussion built by hand through the app's services: every figure
// below was counted by hand from the story in `beforeAll`, not read from the digest's code. Also:
// hidden words and real names stay out, members get a 404, and the statement count does not grow
// with the discussion (counted on the wire, as tests/integration/cohort-home-statements.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getDigestForViewer } from '@/lib/server/queries/digest/get-digest-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { setCritiqueState } from '@/lib/server/services/author/set-critique-state';
import { enablePseudonyms } from '@/lib/server/services/cohort/enable-pseudonyms';
import { setPseudonym } from '@/lib/server/services/cohort/set-pseudonym';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';
import { flagContent } from '@/lib/server/services/moderation/flag-content';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { recomputeOpinionMap } from '@/lib/server/opinion/recompute-opinion-map';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Hoisted above the imports (vitest), so the app's one pool is made with the counter's address.
const counter = await vi.hoisted(async () => {
  const { startSqlStatementCounter } = await import('@/scripts/support/sql-statement-counter');
  const started = await startSqlStatementCounter({ target: process.env.DATABASE_URL! });
  process.env.DATABASE_URL = started.url;
  // Opinion maps are computed by hand below (recomputeOpinionMap); a read that finds one stale
  // would otherwise start a computation a few seconds later, in the middle of a statement count.
  process.env.COUNTERPOINT_OPINION_DEBOUNCE_MS = String(24 * 3_600_000);
  return started;
});
afterAll(async () => {
  await db.$disconnect();
  await counter.stop();
});

const HIDDEN_NOTE = 'secret-hidden-note-words-zq9';
const HIDDEN_ARGUMENT = 'secret-hidden-argument-words-vv4';
const FLAG_NOTE = 'secret-flag-note-words-p2k';
const REAL_NAME = 'Rhiannon Realname-Digest';

type TPeople = Record<'owner' | 'moderator' | 'author' | 'otherAuthor' | 'kestrel' | 'bo' | 'cy' | 'quiet' | 'outsider', string>;
let p: TPeople;
let slug: string;
let cohortId: string;
let claims: string[];
let revision: { id: string; text: string };
const ids: Record<string, string> = {};

const on = (quote: string, motivation: string, body: string, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') => {
  const start = revision.text.indexOf(quote);
  return { revisionId: revision.id, motivation, body, visibility, selectors: describeRange(revision.text, start, start + quote.length) };
};

beforeAll(async () => {
  const person = async (name: string) => (await makeUser(db, name)).id;
  p = {
    owner: await person('Olga Owner'),
    moderator: await person('Max Moderator'),
    author: await person('Ada Author'),
    otherAuthor: await person('Otto Otherauthor'),
    kestrel: await person(REAL_NAME),
    bo: await person('Bo Member'),
    cy: await person('Cy Member'),
    quiet: await person('Quinn Quiet'),
    outsider: await person('Out Sider'),
  };
  const cohort = await makeCohort(db, [
    { userId: p.owner, role: 'OWNER' },
    { userId: p.moderator, role: 'MODERATOR' },
    { userId: p.author, role: 'AUTHOR' },
    { userId: p.otherAuthor, role: 'AUTHOR' },
    { userId: p.kestrel, role: 'MEMBER' },
    { userId: p.bo, role: 'MEMBER' },
    { userId: p.cy, role: 'MEMBER' },
    { userId: p.quiet, role: 'MEMBER' },
  ]);
  cohortId = cohort.id;
  await enablePseudonyms(p.owner, cohortId, { allowPseudonyms: true });
  await setPseudonym(p.kestrel, cohortId, { pseudonym: 'Kestrel' });
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: p.author } });
  revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  // Claims 1–3: "Alliances deter war." "They also provoke rivals." "Peace needs trust."
  claims = (
    await db.claimVersion.findMany({ where: { revisionId: revision.id }, orderBy: { order: 'asc' }, select: { claimId: true } })
  ).map((c) => c.claimId);

  // Readers: Kestrel, Bo and Cy.
  for (const reader of [p.kestrel, p.bo, p.cy]) await recordEssayRead(reader, slug);

  // Notes: Kestrel's comment, Bo's question (Kestrel replies), Bo's private note, Cy's note (hidden below).
  await createAnnotation(p.kestrel, slug, on('Alliances deter war.', 'COMMENTING', 'Europe since 1949.'));
  const question = await createAnnotation(p.bo, slug, on('Peace needs trust.', 'QUESTIONING', 'Is trust enough?'));
  await replyToAnnotation(p.kestrel, question.id, { body: 'Trust needs time.' });
  await createAnnotation(p.bo, slug, on('They also provoke rivals.', 'COMMENTING', 'Only for me.', 'PRIVATE'));
  const hiddenNote = await createAnnotation(p.cy, slug, on('They also provoke rivals.', 'COMMENTING', HIDDEN_NOTE));

  // Ratings: Kestrel two axes of claim 1, Bo claim 1, the owner claim 2.
  await rateClaim(p.kestrel, claims[0]!, 'AGREEMENT', { value: 5 });
  await rateClaim(p.kestrel, claims[0]!, 'EVIDENCE', { value: 4 });
  await rateClaim(p.bo, claims[0]!, 'AGREEMENT', { value: 1 });
  await rateClaim(p.owner, claims[1]!, 'AGREEMENT', { value: 3 });

  // Arguments: for claim 1 (A1), against it (A2), against A2 — so for claim 1 (A3), against claim 3
  // (A4), and one against claim 2 that a moderator hides.
  const claim = (i: number) => ({ type: 'claim', id: claims[i]! });
  ids.a1 = (await addArgument(p.kestrel, slug, { target: claim(0), stance: 'SUPPORT', text: 'Deterrence held in Europe.' })).id;
  ids.a2 = (
    await addArgument(p.bo, slug, { target: claim(0), stance: 'ATTACK', attackKind: 'REBUT', text: 'Alliances drag members into war.' })
  ).id;
  ids.a3 = (
    await addArgument(p.kestrel, slug, {
      target: { type: 'argument', id: ids.a2 },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'Those wars would have come anyway.',
    })
  ).id;
  ids.a4 = (
    await addArgument(p.cy, slug, { target: claim(2), stance: 'ATTACK', attackKind: 'REBUT', text: 'Trust follows deterrence.' })
  ).id;
  const hiddenArgument = await addArgument(p.bo, slug, { target: claim(1), stance: 'ATTACK', attackKind: 'REBUT', text: HIDDEN_ARGUMENT });

  // Impact: A1 4 and 2 (mean 3, base (1 + 0.5 + 1) / 4 = 0.625); A3 4 (base (1 + 1) / 3 = 0.667);
  // A2 1 and 1 (mean 1); A4 none.
  await voteImpact(p.owner, ids.a1, { impact: 4 });
  await voteImpact(p.bo, ids.a1, { impact: 2 });
  await voteImpact(p.bo, ids.a3, { impact: 4 });
  await voteImpact(p.kestrel, ids.a2, { impact: 1 });
  await voteImpact(p.owner, ids.a2, { impact: 1 });

  // Moderation: Kestrel flags Cy's note (settled by the hide) and A4 (still open); two hides.
  await flagContent(p.kestrel, { target: { type: 'annotation', id: hiddenNote.id }, reason: 'OTHER', note: FLAG_NOTE });
  await flagContent(p.kestrel, { target: { type: 'argument', id: ids.a4 }, reason: 'OFF_TOPIC' });
  await moderate(p.moderator, cohortId, { kind: 'HIDE', target: { type: 'annotation', id: hiddenNote.id }, reason: 'Off topic here.' });
  await moderate(p.moderator, cohortId, { kind: 'HIDE', target: { type: 'argument', id: hiddenArgument.id }, reason: 'Uncivil.' });

  // The author concedes A2, disputes A4, and revises claim 3 for Bo's question — which Bo reopens.
  await respondToCritique(p.author, slug, { critique: { type: 'argument', id: ids.a2 }, status: 'CONCEDED', body: 'Fair: some did.' });
  await respondToCritique(p.author, slug, { critique: { type: 'argument', id: ids.a4 }, status: 'DISPUTED', body: 'Not so.' });
  const revised = await respondToCritique(p.author, slug, {
    critique: { type: 'annotation', id: question.id },
    status: 'REVISED',
    body: 'Reworded.',
    revision: { claimId: claims[2]!, text: 'Peace needs trust and patience.' },
  });
  await setCritiqueState(p.bo, revised.id, { state: 'REOPENED' });
});

describe('the debate digest', () => {
  it('counts who took part, as counted by hand', async () => {
    const digest = await getDigestForViewer(p.owner, slug);
    expect(digest.participation).toEqual({
      members: 8,
      readers: 3,
      annotators: 2, // Kestrel and Bo; Cy's only note is hidden, Bo's private one does not count
      raters: 3, // Kestrel, Bo, the owner
      arguers: 3, // Kestrel, Bo (A2 is live), Cy
      notes: 2,
      replies: 1,
      arguments: 4,
      ratings: 4,
    });
    expect(digest.essay.revision).toBe(2);
  });

  it('lists the most impactful arguments on each side, sided towards the claim', async () => {
    const digest = await getDigestForViewer(p.owner, slug);
    const side = (s: string) => digest.arguments.find((a) => a.side === s)!;
    expect(side('SUPPORT').total).toBe(2);
    expect(side('ATTACK').total).toBe(2);
    expect(side('SUPPORT').top.map((a) => [a.text, a.impact.mean, a.impact.votes, a.claim.number])).toEqual([
      ['Those wars would have come anyway.', 4, 1, 1],
      ['Deterrence held in Europe.', 3, 2, 1],
    ]);
    expect(side('ATTACK').top.map((a) => [a.text, a.impact.mean, a.impact.votes])).toEqual([['Alliances drag members into war.', 1, 2]]);
    // Staff see who is behind a pseudonym.
    expect(side('SUPPORT').top[0]!.author).toBe(`Kestrel (${REAL_NAME})`);
  });

  it("shows the author's concessions and revisions with the diff, and the critiques still open", async () => {
    const digest = await getDigestForViewer(p.moderator, slug);
    expect(digest.responses.byStatus).toEqual([
      { status: 'CONCEDED', count: 1 },
      { status: 'DISPUTED', count: 1 },
      { status: 'REVISED', count: 1 },
    ]);
    expect(digest.responses.concessionsAndRevisions.map((r) => [r.status, r.body, r.critique.text])).toEqual([
      ['CONCEDED', 'Fair: some did.', 'Alliances drag members into war.'],
      ['REVISED', 'Reworded.', 'Is trust enough?'],
    ]);
    const revisedDiff = digest.responses.concessionsAndRevisions[1]!.diffs;
    expect(revisedDiff).toHaveLength(1);
    expect(revisedDiff[0]!.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['and patience']);
    // Open: A3 (never answered) and Bo's reopened question; A2 and A4 were answered.
    expect(digest.openCritiques.total).toBe(2);
    expect(digest.openCritiques.oldest.map((c) => c.text).sort()).toEqual(['Is trust enough?', 'Those wars would have come anyway.']);
  });

  it('sums up moderation in counts and kinds, never in words', async () => {
    const digest = await getDigestForViewer(p.owner, slug);
    expect(digest.moderation).toEqual({
      actions: [{ kind: 'HIDE', count: 2 }],
      flags: [
        { status: 'ACTIONED', count: 1 },
        { status: 'OPEN', count: 1 },
      ],
      hiddenNotes: 1,
      hiddenArguments: 1,
    });
    for (const viewer of [p.owner, p.moderator, p.author]) {
      const text = JSON.stringify(await getDigestForViewer(viewer, slug));
      for (const secret of [HIDDEN_NOTE, HIDDEN_ARGUMENT, FLAG_NOTE, 'Only for me.', 'Off topic here.', 'Uncivil.'])
        expect(text).not.toContain(secret);
    }
  });

  it("is the essay's author's too, under pseudonyms; everyone else gets a 404", async () => {
    const forAuthor = await getDigestForViewer(p.author, slug);
    expect(forAuthor.arguments.find((a) => a.side === 'SUPPORT')!.top[0]!.author).toBe('Kestrel');
    expect(JSON.stringify(forAuthor)).not.toContain(REAL_NAME);
    for (const viewer of [p.kestrel, p.quiet, p.otherAuthor, p.outsider]) {
      await expect(getDigestForViewer(viewer, slug)).rejects.toMatchObject({ status: 404 });
    }
  });

  it('runs as many statements for a larger discussion', async () => {
    const statements = async () => {
      await getDigestForViewer(p.owner, slug); // warm: connections open
      counter.reset();
      await getDigestForViewer(p.owner, slug);
      return counter.count();
    };
    const before = await statements();
    // The author's revision made revision 2: notes now quote its text.
    const essay = await db.essay.findUniqueOrThrow({ where: { slug }, select: { currentRevision: { select: { id: true, text: true } } } });
    revision = essay.currentRevision!;
    // Triple the discussion: more notes, replies, arguments, votes, responses.
    for (let i = 0; i < 3; i += 1) {
      const note = await createAnnotation(p.cy, slug, on('Alliances deter war.', 'QUESTIONING', `Question ${i}?`));
      await replyToAnnotation(p.bo, note.id, { body: `Answer ${i}.` });
      const argument = await addArgument(p.quiet, slug, {
        target: { type: 'claim', id: claims[i]! },
        stance: i % 2 ? 'SUPPORT' : 'ATTACK',
        attackKind: i % 2 ? null : 'REBUT',
        text: `Point ${i}.`,
      });
      await voteImpact(p.bo, argument.id, { impact: i });
      await respondToCritique(p.author, slug, { critique: { type: 'annotation', id: note.id }, status: 'CONCEDED', body: `Yes ${i}.` });
    }
    const after = await statements();
    expect(after).toBe(before);
    // Access; participation; arguments; open critiques; moderation; the responses' loader (its
    // access, the responses and one statement per relation Prisma loads — critique note, argument,
    // claim, revision —, the diffs' claim versions, the critics' names); the viewer's ratings (and
    // the opinion map, for a viewer who rated enough: this owner has not); the names. Measured: 16.
    expect(before).toBeLessThanOrEqual(16);
  });
});

describe("the digest's opinion groups", () => {
  // A cohort of its own: two camps of three members rate the essay's three claims, the moderator
  // rates as the first camp does, the owner rates one claim only.
  let groupsSlug: string;
  let staff: { owner: string; moderator: string };
  let groupClaims: string[];

  beforeAll(async () => {
    const person = async (name: string) => (await makeUser(db, name)).id;
    staff = { owner: await person('Ola Owner'), moderator: await person('Mo Moderator') };
    const camps = {
      a: [await person('Ann'), await person('Abe'), await person('Ari')],
      b: [await person('Ben'), await person('Bea'), await person('Bud')],
    };
    const cohort = await makeCohort(db, [
      { userId: staff.owner, role: 'OWNER' },
      { userId: staff.moderator, role: 'MODERATOR' },
      ...[...camps.a, ...camps.b].map((userId) => ({ userId, role: 'MEMBER' as const })),
    ]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    groupsSlug = essay.slug;
    const current = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
    groupClaims = (
      await db.claimVersion.findMany({ where: { revisionId: current.id }, orderBy: { order: 'asc' }, select: { claimId: true } })
    ).map((c) => c.claimId);
    // Camp A agrees strongly with claims 1 and 2, camp B strongly disagrees; everyone agrees with 3.
    const rate = async (userId: string, values: number[]) => {
      for (const [i, value] of values.entries()) await rateClaim(userId, groupClaims[i]!, 'AGREEMENT', { value });
    };
    for (const userId of [...camps.a, staff.moderator]) await rate(userId, [5, 5, 4]);
    for (const userId of camps.b) await rate(userId, [1, 1, 4]);
    await rate(staff.owner, [5]);
    await recomputeOpinionMap(essay.id);
  });

  it('shows the groups, the claims that split them and the one that unites them, with each group’s answers', async () => {
    const { opinion } = await getDigestForViewer(staff.moderator, groupsSlug);
    if (opinion.status !== 'shown') throw new Error(`expected the groups, got ${opinion.status}`);
    // The moderator and camp A (4, the larger: "A"), camp B (3). The owner rated one claim of
    // three: counted as a rater, in no group.
    expect(opinion.groups).toEqual([
      { label: 'A', size: 4 },
      { label: 'B', size: 3 },
    ]);
    expect([opinion.raters, opinion.grouped]).toEqual([8, 7]);
    expect(opinion.cruxes.map((c) => [c.claim.number, c.claim.text, c.agreeing, c.disagreeing]).sort()).toEqual([
      [1, 'Alliances deter war.', 'A', 'B'],
      [2, 'They also provoke rivals.', 'A', 'B'],
    ]);
    // The owner's 5 on claim 1 is no group's: only grouped members' answers are counted.
    expect(opinion.cruxes.find((c) => c.claim.number === 1)!.votes).toEqual([
      { group: 'A', histogram: [0, 0, 0, 0, 4] },
      { group: 'B', histogram: [3, 0, 0, 0, 0] },
    ]);
    expect(opinion.commonGround.map((g) => [g.claim.number, g.votes])).toEqual([
      [
        3,
        [
          { group: 'A', histogram: [0, 0, 0, 4, 0] },
          { group: 'B', histogram: [0, 0, 0, 3, 0] },
        ],
      ],
    ]);
    // Neither member ids nor positions leave the query.
    const text = JSON.stringify(opinion);
    for (const userId of [staff.moderator, staff.owner]) expect(text).not.toContain(userId);
  });

  it("is withheld from staff who have rated fewer claims than the essay's N (5, capped at its 3 claims), and says how many", async () => {
    expect((await getDigestForViewer(staff.owner, groupsSlug)).opinion).toEqual({ status: 'withheld', needed: 3, rated: 1 });
    // The first essay: the owner rated one claim of three there too.
    expect((await getDigestForViewer(p.owner, slug)).opinion).toEqual({ status: 'withheld', needed: 3, rated: 1 });
  });

  it("lists a crux or common ground only for claims the viewer rated, once they reached the essay's N", async () => {
    // The owner rated claim 1 only; with N lowered to 1 the groups open for them, claim 1's split
    // with them, claims 2 and 3 (unrated by the owner) stay out — as on the opinion map (ADR 0014).
    const essay = await db.essay.update({ where: { slug: groupsSlug }, data: { opinionMapMinRatings: 1 }, select: { id: true } });
    const { opinion } = await getDigestForViewer(staff.owner, groupsSlug);
    if (opinion.status !== 'shown') throw new Error(`expected the groups, got ${opinion.status}`);
    expect(opinion.groups.map((g) => [g.label, g.size])).toEqual([
      ['A', 4],
      ['B', 3],
    ]);
    expect(opinion.cruxes.map((c) => c.claim.number)).toEqual([1]);
    expect(opinion.commonGround).toEqual([]);
    await db.essay.update({ where: { id: essay.id }, data: { opinionMapMinRatings: 5 } });
  });

  it('says "not computed yet" to a viewer who may see it before the first computation', async () => {
    // Nothing computed the first essay's map; its author now rates every claim of its current revision.
    const essay = await db.essay.findUniqueOrThrow({ where: { slug }, select: { currentRevisionId: true } });
    const current = await db.claimVersion.findMany({ where: { revisionId: essay.currentRevisionId! }, select: { claimId: true } });
    for (const { claimId } of current) await rateClaim(p.author, claimId, 'AGREEMENT', { value: 4 });
    expect((await getDigestForViewer(p.author, slug)).opinion).toEqual({ status: 'pending' });
  });
});
