// The opinion map's privacy rules (ADR 0014) on a reading built by hand through the app's
// services: two camps that rate six claims in opposite ways (five readers and three), a reader who
// rated too few, one who rated none, staff who rated none, an outsider. Every expected figure is
// counted by hand from the ratings below, never read from the computation.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db/client';
import { recomputeOpinionMap } from '@/lib/server/opinion/recompute-opinion-map';
import { getOpinionMapForViewer, type TOpinionMapView } from '@/lib/server/queries/opinion/get-opinion-map-for-viewer';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { enablePseudonyms } from '@/lib/server/services/cohort/enable-pseudonyms';
import { setPseudonym } from '@/lib/server/services/cohort/set-pseudonym';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Hoisted above the imports (vitest), so the app's one pool is made with the counter's address.
const counter = await vi.hoisted(async () => {
  const { startSqlStatementCounter } = await import('@/scripts/support/sql-statement-counter');
  const started = await startSqlStatementCounter({ target: process.env.DATABASE_URL! });
  process.env.DATABASE_URL = started.url;
  // Reads of a stale map would schedule a computation of their own; this file computes by hand.
  process.env.COUNTERPOINT_OPINION_DEBOUNCE_MS = '600000';
  return started;
});
afterAll(async () => {
  await db.$disconnect();
  await counter.stop();
});

const REAL_NAME = 'Rosalind Realname-Opinion';
const ESSAY_TEXT = [
  'Jane Writer',
  'Alliances deter war. Alliances provoke rivals. Treaties bind the strong.',
  'A Heading:',
  'Trade builds peace. Sanctions rarely work. Diplomacy takes patience.',
].join('\n');

// Camp A agrees with claims 1–3 and disagrees with 4–5; camp B the reverse; everyone agrees with 6.
const CAMP_A = [
  [5, 5, 5, 1, 1, 4],
  [4, 5, 5, 1, 2, 5],
  [5, 4, 5, 2, 1, 4],
  [5, 5, 4, 1, 1, 5],
];
const VIEWER = [5, 5, 5, 1, 1, 4];
const CAMP_B = [
  [1, 1, 1, 5, 5, 4],
  [2, 1, 1, 5, 4, 5],
  [1, 2, 1, 4, 5, 4],
];

type TPeople = {
  owner: string;
  outsider: string;
  viewer: string;
  few: string;
  none: string;
  campA: string[];
  campB: string[];
};
let p: TPeople;
let slug: string;
let essayId: string;
let claims: string[];

const open = (view: TOpinionMapView) => {
  if (view.state !== 'open') throw new Error(`expected an open map, got ${JSON.stringify(view)}`);
  return view;
};

beforeAll(async () => {
  const person = async (name: string) => (await makeUser(db, name)).id;
  p = {
    owner: await person('Olga Owner'),
    outsider: await person('Oscar Outsider'),
    viewer: await person('Vera Viewer'),
    few: await person('Fay Few'),
    none: await person('Nils None'),
    campA: [await person(REAL_NAME), await person('Ann A'), await person('Abe A'), await person('Ada A')],
    campB: [await person('Ben B'), await person('Bea B'), await person('Bob B')],
  };
  const cohort = await makeCohort(db, [
    { userId: p.owner, role: 'OWNER' },
    ...[p.viewer, p.few, p.none, ...p.campA, ...p.campB].map((userId) => ({ userId, role: 'MEMBER' as const })),
  ]);
  await makeCohort(db, [{ userId: p.outsider, role: 'OWNER' }]);
  await enablePseudonyms(p.owner, cohort.id, { allowPseudonyms: true });
  await setPseudonym(p.campA[0]!, cohort.id, { pseudonym: 'Kestrel' });
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: ESSAY_TEXT });
  slug = essay.slug;
  essayId = essay.id;
  const row = await db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { currentRevisionId: true } });
  claims = (await db.claimVersion.findMany({ where: { revisionId: row.currentRevisionId! }, orderBy: { order: 'asc' } })).map(
    (c) => c.claimId,
  );
  const rate = async (userId: string, values: readonly number[]) => {
    for (const [j, value] of values.entries()) await rateClaim(userId, claims[j]!, 'AGREEMENT', { value });
  };
  for (const [i, values] of CAMP_A.entries()) await rate(p.campA[i]!, values);
  for (const [i, values] of CAMP_B.entries()) await rate(p.campB[i]!, values);
  await rate(p.viewer, VIEWER);
  await rate(p.few, [5, 5]);
  // The strongest argument against claim 1 is camp B's, endorsed ("High" or more) by two of B and one of A.
  const against = await addArgument(p.campB[0]!, slug, {
    target: { type: 'claim', id: claims[0]! },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Alliances dragged Europe into war in 1914.',
  });
  await voteImpact(p.campB[1]!, against.id, { impact: 4 });
  await voteImpact(p.campB[2]!, against.id, { impact: 3 });
  await voteImpact(p.campA[1]!, against.id, { impact: 3 });
  await voteImpact(p.campA[2]!, against.id, { impact: 1 });
  await addArgument(p.campA[0]!, slug, { target: { type: 'claim', id: claims[0]! }, stance: 'SUPPORT', text: 'NATO kept the peace.' });
  expect(await recomputeOpinionMap(essayId)).toBe('computed');
});

describe('the opinion map, as each viewer may see it', () => {
  it('has six claims to rate', () => {
    expect(claims).toHaveLength(6);
  });

  it('gives a member who has not rated nothing but how many claims to rate', async () => {
    const view = await getOpinionMapForViewer(p.none, slug);
    expect(view).toEqual({ state: 'locked', essay: { slug, title: expect.any(String) }, minRatings: 5, rated: 0, isSignedIn: true });
  });

  it('stays locked below N, counting only the viewer’s own ratings', async () => {
    expect(await getOpinionMapForViewer(p.few, slug)).toMatchObject({ state: 'locked', minRatings: 5, rated: 2 });
  });

  it('holds staff to N as well: the digest, not this map, is theirs (ADR 0014)', async () => {
    expect(await getOpinionMapForViewer(p.owner, slug)).toMatchObject({ state: 'locked', rated: 0 });
  });

  it('is a 404 to outsiders and to the signed out, for a private essay', async () => {
    await expect(getOpinionMapForViewer(p.outsider, slug)).rejects.toMatchObject({ status: 404 });
    await expect(getOpinionMapForViewer(null, slug)).rejects.toMatchObject({ status: 404 });
  });

  it('shows a viewer who rated enough two groups, themselves marked, everyone by pseudonym', async () => {
    const view = open(await getOpinionMapForViewer(p.viewer, slug));
    expect(view.groups.map((g) => [g.label, g.size])).toEqual([
      ['A', 5],
      ['B', 3],
    ]);
    const groupOfName = Object.fromEntries(view.members.map((m) => [m.person.name, m.group]));
    expect(groupOfName).toEqual({
      Kestrel: 'A',
      'Ann A': 'A',
      'Abe A': 'A',
      'Ada A': 'A',
      'Vera Viewer': 'A',
      'Ben B': 'B',
      'Bea B': 'B',
      'Bob B': 'B',
    });
    expect(view.members.filter((m) => m.isViewer).map((m) => m.person.name)).toEqual(['Vera Viewer']);
    expect(view.viewer).toMatchObject({ isPlaced: true, group: 'A' });
    const json = JSON.stringify(view);
    expect(json).not.toContain(REAL_NAME);
    for (const id of [...p.campA, ...p.campB, p.viewer]) expect(json).not.toContain(id);
  });

  it('lists cruxes with each group’s ratings, and the strongest arguments with who endorsed them', async () => {
    const view = open(await getOpinionMapForViewer(p.viewer, slug));
    expect(view.cruxes.map((c) => c.claim.number).sort()).toEqual([1, 2, 3, 4, 5]);
    const first = view.cruxes.find((c) => c.claim.number === 1)!;
    expect(first.claim.text).toBe('Alliances deter war.');
    expect(first).toMatchObject({ agreeing: 'A', disagreeing: 'B' });
    // Claim 1: camp A and the viewer gave 5, 4, 5, 5, 5; camp B 1, 2, 1.
    expect(first.groups).toEqual([
      { label: 'A', agree: 5, disagree: 0, seen: 5, histogram: [0, 0, 0, 1, 4] },
      { label: 'B', agree: 0, disagree: 3, seen: 3, histogram: [2, 1, 0, 0, 0] },
    ]);
    expect(first.against).toEqual([
      {
        id: expect.any(String),
        text: 'Alliances dragged Europe into war in 1914.',
        impact: { mean: 11 / 4, votes: 4 },
        endorsedBy: [
          { label: 'A', count: 1 },
          { label: 'B', count: 2 },
        ],
      },
    ]);
    expect(first.for.map((a) => [a.text, a.impact.votes, a.endorsedBy])).toEqual([['NATO kept the peace.', 0, []]]);
    // Claim 6: everyone agrees.
    expect(view.commonGround.map((c) => c.claim.number)).toEqual([6]);
  });

  it('lists only claims the viewer has rated as cruxes or common ground (ADR 0003)', async () => {
    const partial = (await makeUser(db, 'Pat Partial')).id;
    const cohortId = (await db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { cohortId: true } })).cohortId!;
    await db.membership.create({ data: { cohortId, userId: partial, role: 'MEMBER' } });
    for (const j of [0, 1, 2, 3, 4]) await rateClaim(partial, claims[j]!, 'AGREEMENT', { value: 3 });
    const view = open(await getOpinionMapForViewer(partial, slug));
    // Five rated, so the map opens (N = 5); six are needed to be placed on it.
    expect(view.viewer).toMatchObject({ isPlaced: false, group: null });
    expect(view.commonGround).toEqual([]);
    expect(view.cruxes.map((c) => c.claim.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('changes nothing a locked viewer reads when others change their ratings', async () => {
    const before = JSON.stringify(await getOpinionMapForViewer(p.none, slug));
    await rateClaim(p.campB[0]!, claims[0]!, 'AGREEMENT', { value: 5 });
    expect(await recomputeOpinionMap(essayId)).toBe('computed');
    expect(JSON.stringify(await getOpinionMapForViewer(p.none, slug))).toBe(before);
    await rateClaim(p.campB[0]!, claims[0]!, 'AGREEMENT', { value: 1 });
    expect(await recomputeOpinionMap(essayId)).toBe('computed');
  });

  it('opens at the owner’s N, and refuses an N that is not a whole number from 1 to 50', async () => {
    const base = { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: false } as const;
    for (const bad of [0, 51, 2.5, '5', null]) {
      await expect(setReadingSettings(p.owner, slug, { ...base, opinionMapMinRatings: bad })).rejects.toMatchObject({
        status: 400,
        message: expect.stringMatching(/claim|whole number/),
      });
    }
    expect((await db.essay.findUniqueOrThrow({ where: { id: essayId } })).opinionMapMinRatings).toBe(5);
    await expect(setReadingSettings(p.few, slug, { ...base, opinionMapMinRatings: 2 })).rejects.toMatchObject({ status: 403 });
    // Left out, it stays as it was (clients written before the setting existed).
    await expect(setReadingSettings(p.owner, slug, base)).resolves.toMatchObject({ opinionMapMinRatings: 5 });
    await expect(setReadingSettings(p.owner, slug, { ...base, opinionMapMinRatings: 2 })).resolves.toMatchObject({
      opinionMapMinRatings: 2,
    });
    expect(await getOpinionMapForViewer(p.few, slug)).toMatchObject({ state: 'open', minRatings: 2, rated: 2 });
    // Above the essay's six claims, N is six: rating them all always opens the map.
    await setReadingSettings(p.owner, slug, { ...base, opinionMapMinRatings: 50 });
    expect(await getOpinionMapForViewer(p.viewer, slug)).toMatchObject({ state: 'open', minRatings: 6, rated: 6 });
    await setReadingSettings(p.owner, slug, { ...base, opinionMapMinRatings: 5 });
  });

  it('shows members who post before they see only their own arguments under the cruxes', async () => {
    const base = { discussion: 'OPEN', opensAt: null, closesAt: null, opinionMapMinRatings: 5 } as const;
    await setReadingSettings(p.owner, slug, { ...base, postBeforeSee: true });
    const view = open(await getOpinionMapForViewer(p.viewer, slug));
    const first = view.cruxes.find((c) => c.claim.number === 1)!;
    expect([...first.for, ...first.against]).toEqual([]);
    await setReadingSettings(p.owner, slug, { ...base, postBeforeSee: false });
  });

  it('reads at most five statements, two when locked, whatever the reading’s size', async () => {
    const statements = async (viewerId: string) => {
      await getOpinionMapForViewer(viewerId, slug);
      counter.reset();
      await getOpinionMapForViewer(viewerId, slug);
      return counter.count();
    };
    // Access, claims with the viewer's reveals, the cached map, names, the cruxes' arguments.
    expect(await statements(p.viewer)).toBe(5);
    expect(await statements(p.none)).toBe(2);
  });
});

describe('an opinion map with too few readers for groups of three', () => {
  it('shows no group and no one’s position', async () => {
    const owner = (await makeUser(db, 'Solo Owner')).id;
    const members = await Promise.all(['M1', 'M2', 'M3', 'M4', 'M5'].map(async (name) => (await makeUser(db, name)).id));
    const cohort = await makeCohort(db, [
      { userId: owner, role: 'OWNER' },
      ...members.map((userId) => ({ userId, role: 'MEMBER' as const })),
    ]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: ESSAY_TEXT });
    const revisionId = (await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { currentRevisionId: true } }))
      .currentRevisionId!;
    const ids = (await db.claimVersion.findMany({ where: { revisionId }, orderBy: { order: 'asc' } })).map((c) => c.claimId);
    // Three agree and two disagree: placed, but five readers cannot make two groups of three.
    const rows = [CAMP_A[0]!, CAMP_A[1]!, CAMP_A[2]!, CAMP_B[0]!, CAMP_B[1]!];
    for (const [i, values] of rows.entries()) {
      for (const [j, value] of values.entries()) await rateClaim(members[i]!, ids[j]!, 'AGREEMENT', { value });
    }
    expect(await recomputeOpinionMap(essay.id)).toBe('computed');
    const view = open(await getOpinionMapForViewer(members[0]!, essay.slug));
    expect(view.groups).toEqual([]);
    expect(view.members).toEqual([]);
    expect(view.cruxes).toEqual([]);
    expect(view.commonGround).toEqual([]);
  });
});
