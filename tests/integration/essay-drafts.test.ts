// Drafts on the real database: who sees one (only the cohort's unsuspended owners and moderators,
// on every read path), that nobody writes on one, merging and splitting its claims with exact
// offsets, correcting its details, and publishing it once — of two racing publishes, one wins.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { parseEssay } from '@/lib/domain/essay';
import { listApiEssays } from '@/lib/server/api-v1/essay-resources';
import { db } from '@/lib/server/db/client';
import { openEssayStream } from '@/lib/server/live/open-essay-stream';
import { getClaimDebateForViewer } from '@/lib/server/queries/argument/get-claim-debate-for-viewer';
import { getDebateForViewer } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { exportEssayCsv } from '@/lib/server/queries/csv/export-essay-csv';
import { getDraftForViewer } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { listEssaysForViewer } from '@/lib/server/queries/essay/list-essays-for-viewer';
import { getAnnotationCollectionForViewer } from '@/lib/server/queries/web-annotation/get-annotation-collection-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { mergeDraftClaims } from '@/lib/server/services/draft/merge-draft-claims';
import { publishDraft } from '@/lib/server/services/draft/publish-draft';
import { splitDraftClaim } from '@/lib/server/services/draft/split-draft-claim';
import { updateDraftDetails } from '@/lib/server/services/draft/update-draft-details';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeUser } from '@/prisma/factories';

// Two sections; offsets by hand: "Alliances deter war." [0,20) "They also provoke rivals." [21,46),
// then the heading "A Heading:" and "Peace needs trust." [58,76) "Trust is slow to build." [77,100).
const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust. Trust is slow to build.';
const WORDS = 'Alliances deter war.';

type TPeople = Record<'owner' | 'moderator' | 'suspendedModerator' | 'author' | 'member' | 'outsider', string>;
let people: TPeople;
let cohort: { id: string; slug: string };

async function makeDraft(title = 'A draft essay') {
  return importEssay(db, parseEssay(TEXT), { title, cohortId: cohort.id, draftBy: people.owner });
}

const claimsOf = async (slug: string) => (await getDraftForViewer(people.owner, slug)).sections.flatMap((s) => s.claims);
const revisionText = async (slug: string) =>
  (await db.essay.findUniqueOrThrow({ where: { slug }, select: { currentRevision: { select: { text: true } } } })).currentRevision!.text;

beforeAll(async () => {
  const entries = await Promise.all(
    (['owner', 'moderator', 'suspendedModerator', 'author', 'member', 'outsider'] as const).map(
      async (key) => [key, (await makeUser(db, key)).id] as const,
    ),
  );
  people = Object.fromEntries(entries) as TPeople;
  cohort = await makeCohort(db, [
    { userId: people.owner, role: 'OWNER' },
    { userId: people.moderator, role: 'MODERATOR' },
    { userId: people.suspendedModerator, role: 'MODERATOR', suspendedUntil: new Date(Date.now() + 86_400_000) },
    { userId: people.author, role: 'AUTHOR' },
    { userId: people.member, role: 'MEMBER' },
  ]);
});

describe('a draft is invisible to all but its cohort staff', () => {
  let slug: string;
  let claimId: string;
  beforeAll(async () => {
    const draft = await makeDraft('Invisible draft essay');
    slug = draft.slug;
    await db.essay.update({ where: { id: draft.id }, data: { authorUserId: people.author } });
    claimId = (await db.claim.findFirstOrThrow({ where: { essayId: draft.id }, select: { id: true } })).id;
  });

  it.each(['owner', 'moderator'] as const)('the %s reads it, its preview and its listing', async (who) => {
    const essay = await getEssayForViewer(people[who], slug);
    expect(essay.sections[0]?.claims[0]?.text).toBe(WORDS);
    expect((await getDraftForViewer(people[who], slug)).title).toBe('Invisible draft essay');
    expect((await listEssaysForViewer(people[who])).map((e) => e.slug)).toContain(slug);
    const listed = (await getCohortForViewer(people[who], cohort.id)).essays.find((e) => e.slug === slug);
    expect(listed?.status).toBe('DRAFT');
  });

  const READS: [string, (viewer: string | null) => Promise<unknown>][] = [
    ['the reader', (viewer) => getEssayForViewer(viewer, slug)],
    ['the preview', (viewer) => getDraftForViewer(viewer, slug)],
    ['the map', (viewer) => getDebateForViewer(viewer, slug)],
    ['a claim page', (viewer) => getClaimDebateForViewer(viewer, slug, claimId)],
    ['the claims CSV', (viewer) => exportEssayCsv(viewer, slug, 'claims', false)],
    ['the web-annotation collection', (viewer) => getAnnotationCollectionForViewer(viewer, slug, { origin: 'http://localhost' })],
    ['the live stream', (viewer) => openEssayStream({ viewerId: viewer, slug, lastId: 0n, signal: new AbortController().signal })],
    ['a note', (viewer) => createAnnotation(viewer ?? '', slug, note())],
    [
      'an argument',
      (viewer) => addArgument(viewer ?? '', slug, { target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: 'Yes.' }),
    ],
    ['a rating', (viewer) => rateClaim(viewer ?? '', claimId, 'AGREEMENT', { value: 4 })],
    ['publishing', (viewer) => publishDraft(viewer ?? '', slug)],
    ['merging', (viewer) => mergeDraftClaims(viewer ?? '', slug, { first: claimId, second: claimId })],
  ];
  const note = () => ({ revisionId: 'x', motivation: 'COMMENTING', body: 'Hello', selectors: describeRange(TEXT, 0, 5) });
  const OTHERS = ['member', 'author', 'suspendedModerator', 'outsider', 'signed out'] as const;
  const cases = OTHERS.flatMap((who) => READS.map(([what, run]) => ({ who, what, run })));

  it.each(cases)('$who gets a 404 from $what', async ({ who, run }) => {
    await expect(run(who === 'signed out' ? null : people[who])).rejects.toMatchObject({ status: 404 });
  });

  it.each(OTHERS)('%s does not find it in any list', async (who) => {
    const viewer = who === 'signed out' ? null : people[who];
    expect((await listEssaysForViewer(viewer)).map((e) => e.slug)).not.toContain(slug);
    expect((await listApiEssays(viewer)).map((e) => e.slug)).not.toContain(slug);
    if (who === 'member' || who === 'author' || who === 'suspendedModerator') {
      expect((await getCohortForViewer(people[who], cohort.id)).essays.map((e) => e.slug)).not.toContain(slug);
    }
  });

  it("the author's desk is a 404 for the draft's own author", async () => {
    await expect(getAuthorDesk(people.author, slug)).rejects.toMatchObject({ status: 404 });
  });

  it('staff cannot write on it either: its claims may still change', async () => {
    const essay = await getEssayForViewer(people.owner, slug);
    const answer = createAnnotation(people.owner, slug, { ...note(), revisionId: essay.revision.id });
    await expect(answer).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/draft/) });
    await expect(rateClaim(people.moderator, claimId, 'AGREEMENT', { value: 4 })).rejects.toMatchObject({ status: 403 });
    expect(await db.annotation.count({ where: { essay: { slug } } })).toBe(0);
    expect(await db.rating.count({ where: { claimId } })).toBe(0);
  });
});

describe('merging and splitting a draft’s claims', () => {
  it('merges two neighbours, keeping exact offsets and the numbering', async () => {
    const { slug } = await makeDraft();
    const [a, b] = await claimsOf(slug);
    await mergeDraftClaims(people.moderator, slug, { first: a!.id, second: b!.id });
    const claims = await claimsOf(slug);
    expect(claims.map((c) => [c.number, c.start, c.end, c.text])).toEqual([
      [1, 0, 46, 'Alliances deter war. They also provoke rivals.'],
      [2, 58, 76, 'Peace needs trust.'],
      [3, 77, 100, 'Trust is slow to build.'],
    ]);
    expect(claims[0]!.id).toBe(a!.id);
    expect(await db.claim.findUnique({ where: { id: b!.id } })).toBeNull();
    const text = await revisionText(slug);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('splits one at a chosen point between words, and the new claim is a claim like any other', async () => {
    const { slug } = await makeDraft();
    const [, b] = await claimsOf(slug);
    await splitDraftClaim(people.owner, slug, { claimId: b!.id, at: 30 }); // "They also" | "provoke rivals."
    const claims = await claimsOf(slug);
    expect(claims.map((c) => [c.number, c.start, c.end, c.text])).toEqual([
      [1, 0, 20, 'Alliances deter war.'],
      [2, 21, 30, 'They also'],
      [3, 31, 46, 'provoke rivals.'],
      [4, 58, 76, 'Peace needs trust.'],
      [5, 77, 100, 'Trust is slow to build.'],
    ]);
    expect(claims[1]!.id).toBe(b!.id);
    const draft = await getDraftForViewer(people.owner, slug);
    expect(draft.sections.map((s) => s.claims.map((c) => c.number))).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it.each([
    { name: 'across sections', edit: 'merge', pick: [1, 2], message: /different sections/ },
    { name: 'claims that are not neighbours', edit: 'merge', pick: [0, 2], message: /neighbouring/ },
    { name: 'a split at the start of a claim', edit: 'split', pick: [0], at: 0, message: /inside the claim/ },
    { name: 'a split outside the claim', edit: 'split', pick: [0], at: 50, message: /inside the claim/ },
  ])('refuses $name with a 400 and changes nothing', async ({ edit, pick, at, message }) => {
    const { slug } = await makeDraft();
    const before = await claimsOf(slug);
    const ids = pick.map((i) => before[i]!.id);
    const attempt =
      edit === 'merge'
        ? mergeDraftClaims(people.owner, slug, { first: ids[0], second: ids[1] })
        : splitDraftClaim(people.owner, slug, { claimId: ids[0], at: at ?? 0 });
    await expect(attempt).rejects.toMatchObject({ status: 400, message: expect.stringMatching(message) });
    expect(await claimsOf(slug)).toEqual(before);
  });
});

describe('correcting a draft’s details', () => {
  it('saves a corrected title, author and source, and removes a source on null', async () => {
    const { slug } = await makeDraft();
    await updateDraftDetails(people.owner, slug, {
      title: '  Security and its discontents ',
      authorName: 'Tashvi Chawla',
      sourceName: 'IMPRI',
      sourceUrl: 'https://www.impriindia.com/insights/security/',
    });
    let draft = await getDraftForViewer(people.owner, slug);
    expect([draft.title, draft.authorName, draft.sourceName, draft.sourceUrl]).toEqual([
      'Security and its discontents',
      'Tashvi Chawla',
      'IMPRI',
      'https://www.impriindia.com/insights/security/',
    ]);
    await updateDraftDetails(people.owner, slug, { sourceName: null, sourceUrl: null });
    draft = await getDraftForViewer(people.owner, slug);
    expect([draft.title, draft.sourceName, draft.sourceUrl]).toEqual(['Security and its discontents', null, null]);
  });

  it.each([
    { name: 'a title over the limit', input: { title: 'x'.repeat(201) }, message: /under 200 characters/ },
    { name: 'an empty title', input: { title: '   ' }, message: /title/ },
    { name: 'a source URL that is not http(s)', input: { sourceUrl: 'javascript:alert(1)' }, message: /http/ },
    { name: 'nothing to change', input: {}, message: /at least one/ },
    { name: 'a field it does not know', input: { slug: 'other' }, message: /.+/ },
  ])('refuses $name with a 400 and writes nothing', async ({ input, message }) => {
    const { slug } = await makeDraft('Unchanged title');
    await expect(updateDraftDetails(people.owner, slug, input)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(message),
    });
    expect((await getDraftForViewer(people.owner, slug)).title).toBe('Unchanged title');
  });
});

describe('publishing a draft', () => {
  it('of two staff publishing at once, one succeeds and the other is told it was just published', async () => {
    const { slug } = await makeDraft('Raced draft');
    const answers = await Promise.allSettled([publishDraft(people.owner, slug), publishDraft(people.moderator, slug)]);
    expect(answers.map((a) => a.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = answers.find((a) => a.status === 'rejected');
    expect(refused?.reason).toMatchObject({ status: 409, message: expect.stringMatching(/just published/) });
    const essay = await db.essay.findUniqueOrThrow({ where: { slug }, select: { status: true, publishedAt: true } });
    expect(essay.status).toBe('PUBLISHED');
    expect(essay.publishedAt).not.toBeNull();
  });

  it('makes it readable and writable by members, and closes the draft to edits', async () => {
    const { slug } = await makeDraft('Published for members');
    await expect(getEssayForViewer(people.member, slug)).rejects.toMatchObject({ status: 404 });
    await publishDraft(people.moderator, slug);
    const essay = await getEssayForViewer(people.member, slug);
    expect(essay.title).toBe('Published for members');
    expect((await getCohortForViewer(people.member, cohort.id)).essays.map((e) => e.slug)).toContain(slug);
    const claim = essay.sections[0]!.claims[0]!;
    await expect(rateClaim(people.member, claim.id, 'AGREEMENT', { value: 4 })).resolves.toBeDefined();
    const [a, b] = essay.sections[0]!.claims;
    await expect(mergeDraftClaims(people.owner, slug, { first: a!.id, second: b!.id })).rejects.toMatchObject({ status: 409 });
    await expect(updateDraftDetails(people.owner, slug, { title: 'Too late' })).rejects.toMatchObject({ status: 409 });
    await expect(getDraftForViewer(people.owner, slug)).rejects.toMatchObject({ status: 404 });
  });
});
