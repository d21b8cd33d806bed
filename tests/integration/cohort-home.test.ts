// The cohort home (/cohorts/<id>): each essay's status and figures, checked against a discussion
// planted here whose counts are worked out by hand; drafts for staff only; nothing from ratings
// (blind ratings); "post before you see" withholds what others wrote.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { setCritiqueState } from '@/lib/server/services/author/set-critique-state';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// The factory's essay: three claims, "Alliances deter war." (X), "They also provoke rivals." (Y)
// and "Peace needs trust." (Z).
type TEssay = { id: string; slug: string; revisionId: string; text: string; claims: Record<'X' | 'Y' | 'Z', string> };

const NAMES = ['owner', 'moderator', 'author', 'm1', 'm2', 'm3', 'm4', 'leaver'] as const;
const people = {} as Record<(typeof NAMES)[number], string>;
let cohortId: string;
let active: TEssay; // the essay with the discussion
let quiet: TEssay; // nothing happened on it
let draft: TEssay;
let gated: TEssay; // post before you see

async function essayIn(cohortSlug: string, author?: string): Promise<TEssay> {
  const essay = await makeEssay(db, { cohortSlug });
  if (author) await db.essay.update({ where: { id: essay.id }, data: { authorUserId: author } });
  const revision = await db.essayRevision.findFirstOrThrow({
    where: { essayId: essay.id },
    select: { id: true, text: true, claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true } } },
  });
  const [X, Y, Z] = revision.claimVersions.map((c) => c.claimId) as [string, string, string];
  return { id: essay.id, slug: essay.slug, revisionId: revision.id, text: revision.text, claims: { X, Y, Z } };
}

function note(essay: TEssay, quote: string, input: { motivation?: string; body?: string; visibility?: string } = {}) {
  const start = essay.text.indexOf(quote);
  return {
    revisionId: essay.revisionId,
    motivation: input.motivation ?? 'COMMENTING',
    body: input.body ?? 'A thought.',
    visibility: input.visibility ?? 'COHORT',
    selectors: describeRange(essay.text, start, start + quote.length),
  };
}

const attack = (claimId: string, text = 'Not so.') => ({
  target: { type: 'claim', id: claimId },
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text,
});

async function home(viewer: string) {
  return getCohortForViewer(viewer, cohortId);
}
const essayOn = async (viewer: string, essay: TEssay) => (await home(viewer)).essays.find((e) => e.slug === essay.slug);

beforeAll(async () => {
  for (const name of NAMES) people[name] = (await makeUser(db, name)).id;
  const cohort = await makeCohort(db, [
    { userId: people.owner, role: 'OWNER' },
    { userId: people.moderator, role: 'MODERATOR' },
    { userId: people.author, role: 'AUTHOR' },
    { userId: people.m1, role: 'MEMBER' },
    { userId: people.m2, role: 'MEMBER' },
    { userId: people.m3, role: 'MEMBER' },
    { userId: people.m4, role: 'MEMBER' },
    { userId: people.leaver, role: 'MEMBER' },
  ]);
  cohortId = cohort.id;
  // Oldest first: the home lists newest first.
  active = await essayIn(cohort.slug, people.author);
  quiet = await essayIn(cohort.slug);
  gated = await essayIn(cohort.slug, people.author);
  draft = await essayIn(cohort.slug);
  await db.essay.update({ where: { id: draft.id }, data: { status: 'DRAFT', publishedAt: null } });
  await db.essay.update({ where: { id: gated.id }, data: { postBeforeSee: true } });
  const { m1, m2, m3, m4, owner, author, leaver } = people;

  // Read: m1, m2 and the owner (m1 twice); the leaver read and left, so is not counted.
  for (const reader of [m1, m2, owner, m1, leaver]) await recordEssayRead(reader, active.slug);

  // Annotated: m1 (a comment and a question on X), m4 (a reply), the leaver (then left).
  // Not: m2 (a private note), m3 (deleted), the moderator (a note hidden by moderation).
  await createAnnotation(m1, active.slug, note(active, 'Alliances deter war.'));
  const question = await createAnnotation(
    m1,
    active.slug,
    note(active, 'Alliances deter war.', { motivation: 'QUESTIONING', body: 'Always?' }),
  );
  await replyToAnnotation(m4, question.id, { body: 'Good question.' });
  await createAnnotation(m2, active.slug, note(active, 'Peace needs trust.', { visibility: 'PRIVATE' }));
  const deleted = await createAnnotation(m3, active.slug, note(active, 'Peace needs trust.'));
  await deleteAnnotation(m3, deleted.id);
  const hidden = await createAnnotation(people.moderator, active.slug, note(active, 'Peace needs trust.'));
  await db.annotation.update({ where: { id: hidden.id }, data: { hiddenAt: new Date() } });
  await createAnnotation(leaver, active.slug, note(active, 'Peace needs trust.'));

  // Arguments: X is attacked twice (m2, m3); Y once (m4) plus once by an attack moderation hid.
  // m1 supports Y and m2 attacks that support (a critique, but not of a claim directly).
  await addArgument(m2, active.slug, attack(active.claims.X));
  const onX2 = await addArgument(m3, active.slug, attack(active.claims.X));
  const onY = await addArgument(m4, active.slug, attack(active.claims.Y));
  const hiddenOnY = await addArgument(m3, active.slug, attack(active.claims.Y));
  await db.argument.update({ where: { id: hiddenOnY.id }, data: { hiddenAt: new Date() } });
  const support = await addArgument(m1, active.slug, { target: { type: 'claim', id: active.claims.Y }, stance: 'SUPPORT', text: 'Yes.' });
  await addArgument(m2, active.slug, {
    target: { type: 'argument', id: support.id },
    stance: 'ATTACK',
    attackKind: 'UNDERCUT',
    text: 'Beside the point.',
  });

  // The author answers m3's attack (closed) and m4's, which m4 reopens (open again).
  await respondToCritique(author, active.slug, { critique: { type: 'argument', id: onX2.id }, status: 'DISPUTED', body: 'No.' });
  const toReopen = await respondToCritique(author, active.slug, {
    critique: { type: 'argument', id: onY.id },
    status: 'CLARIFIED',
    body: 'I meant…',
  });
  await setCritiqueState(m4, toReopen.id, { state: 'REOPENED' });

  await db.membership.delete({ where: { cohortId_userId: { cohortId, userId: leaver } } });

  // The gated essay: m1 has posted there; m2 has not.
  await createAnnotation(m1, gated.slug, note(gated, 'Peace needs trust.'));
  await addArgument(m1, gated.slug, attack(gated.claims.Z));
  await recordEssayRead(m2, gated.slug);
});

describe('the cohort home', () => {
  it("gives each essay's readers, annotators, open critiques and most contested claim, counted by hand", async () => {
    const cohort = await home(people.m3);
    expect(cohort.memberships).toHaveLength(7);
    expect(cohort.essays.find((e) => e.slug === active.slug)).toMatchObject({
      status: 'PUBLISHED',
      readers: 3,
      discussionFigures: {
        annotators: 2,
        // m2's attack on X, m4's reopened attack on Y, m2's undercut, m1's question; not m3's answered attack.
        openCritiques: 4,
        contestedClaim: { id: active.claims.X, text: 'Alliances deter war.', counterArguments: 2, questions: 1 },
      },
    });
    expect(cohort.essays.find((e) => e.slug === quiet.slug)).toMatchObject({
      readers: 0,
      discussionFigures: { annotators: 0, openCritiques: 0, contestedClaim: null },
    });
  });

  it("counts the same open critiques as the author's desk lists, less the desk's rating-made kind", async () => {
    const desk = await getAuthorDesk(people.author, active.slug);
    const open = desk.critiques.filter((c) => c.isOpen && c.type !== 'claim');
    expect(open).toHaveLength(4);
    expect((await essayOn(people.m3, active))?.discussionFigures?.openCritiques).toBe(open.length);
  });

  it('shows a draft to owners and moderators only', async () => {
    const slugsFor = async (viewer: string) => (await home(viewer)).essays.map((e) => e.slug);
    for (const staff of [people.owner, people.moderator]) {
      expect(await slugsFor(staff)).toEqual([draft.slug, gated.slug, quiet.slug, active.slug]);
      expect((await essayOn(staff, draft))?.status).toBe('DRAFT');
    }
    for (const member of [people.m1, people.author]) expect(await slugsFor(member)).toEqual([gated.slug, quiet.slug, active.slug]);
  });

  it('reads nothing from ratings: a split vote changes no figure, for raters and non-raters alike', async () => {
    const before = await home(people.m3);
    // Y split down the middle by four members, Z rated by two: if ratings counted, Y would be the contested one.
    for (const [rater, value] of [
      [people.m1, 1],
      [people.m2, 5],
      [people.m4, 1],
      [people.owner, 5],
    ] as const) {
      await rateClaim(rater, active.claims.Y, 'AGREEMENT', { value });
      await rateClaim(rater, active.claims.Z, 'AGREEMENT', { value: 3 });
    }
    const afterForNonRater = await home(people.m3);
    expect(afterForNonRater.essays).toEqual(before.essays);
    const afterForRater = await home(people.m2);
    expect(afterForRater.essays.find((e) => e.slug === active.slug)?.discussionFigures?.contestedClaim?.id).toBe(active.claims.X);
  });

  it('withholds what others wrote on a post-before-you-see essay from a member until they post', async () => {
    const withheld = await essayOn(people.m2, gated);
    expect(withheld).toMatchObject({ readers: 1, discussionFigures: null });
    const seen = { annotators: 1, openCritiques: 1, contestedClaim: { id: gated.claims.Z, counterArguments: 1, questions: 0 } };
    // The one who posted, staff and the essay's author see the figures.
    for (const viewer of [people.m1, people.owner, people.moderator, people.author])
      expect((await essayOn(viewer, gated))?.discussionFigures).toMatchObject(seen);
    // A private note is not a post: it shares nothing with the cohort.
    await createAnnotation(people.m3, gated.slug, note(gated, 'Alliances deter war.', { visibility: 'PRIVATE' }));
    expect((await essayOn(people.m3, gated))?.discussionFigures).toBeNull();
    await createAnnotation(people.m2, gated.slug, note(gated, 'Alliances deter war.'));
    expect((await essayOn(people.m2, gated))?.discussionFigures).toMatchObject({ ...seen, annotators: 2 });
  });
});
