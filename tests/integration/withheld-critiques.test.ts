import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getAuthorDesk, listAuthorResponsesForViewer } from '@/lib/server/queries/author/get-author-desk';
import { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Issue 9: the author's pages showed hidden and deleted critiques' words, and the facilitator
// view counted other members' private notes.
let author: string;
let critic: string;
let moderator: string;
let cohortId: string;
let slug: string;
let claimIds: string[];

beforeAll(async () => {
  author = (await makeUser(db, 'Author')).id;
  critic = (await makeUser(db, 'Critic')).id;
  moderator = (await makeUser(db, 'Moderator')).id;
  const cohort = await makeCohort(db, [
    { userId: author, role: 'AUTHOR' },
    { userId: critic, role: 'MEMBER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
  cohortId = cohort.id;
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: author } });
  slug = essay.slug;
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
  claimIds = (
    await db.claimVersion.findMany({ where: { revisionId: revision.id }, orderBy: { order: 'asc' }, select: { claimId: true } })
  ).map((c) => c.claimId);
});

describe("the author's responses page and desk", () => {
  it('show a placeholder, not the words, of a critique hidden after the author answered it', async () => {
    const hidden = await addArgument(critic, slug, {
      target: { type: 'claim', id: claimIds[0]! },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'MARKER-hidden-critique',
    });
    await respondToCritique(author, slug, { critique: { type: 'argument', id: hidden.id }, status: 'DISPUTED', body: 'I disagree.' });
    const deleted = await addArgument(critic, slug, {
      target: { type: 'claim', id: claimIds[1]! },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'MARKER-deleted-critique',
    });
    await respondToCritique(author, slug, { critique: { type: 'argument', id: deleted.id }, status: 'ACKNOWLEDGED', body: 'Noted.' });
    const reply = await addArgument(critic, slug, {
      target: { type: 'argument', id: hidden.id },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'An attack on the hidden one.',
    });
    await moderate(moderator, cohortId, { kind: 'HIDE', target: { type: 'argument', id: hidden.id }, reason: 'Off topic.' });
    await db.argument.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

    const responses = await listAuthorResponsesForViewer(critic, slug);
    expect(JSON.stringify(responses)).not.toContain('MARKER');
    expect(responses.map((r) => r.critique.text).sort()).toEqual(['Hidden by a moderator.', '[deleted]']);

    const desk = await getAuthorDesk(author, slug);
    expect(JSON.stringify(desk)).not.toContain('MARKER');
    expect(desk.critiques.find((c) => c.id === reply.id)?.context).toBe('Hidden by a moderator.');
  });
});

describe('the facilitator view', () => {
  it("counts no other member's private note, even as a critique or an annotated section", async () => {
    const revision = await db.essayRevision.findFirstOrThrow({
      where: { essay: { slug } },
      orderBy: { number: 'desc' },
      select: { id: true, text: true },
    });
    const last = await db.claimVersion.findFirstOrThrow({
      where: { revisionId: revision.id },
      orderBy: { order: 'desc' },
      select: { claimId: true, start: true, end: true },
    });
    const before = await getFacilitatorView(moderator, slug);
    await createAnnotation(critic, slug, {
      revisionId: revision.id,
      motivation: 'QUESTIONING',
      visibility: 'PRIVATE',
      body: 'Private doubt.',
      selectors: describeRange(revision.text, last.start, last.end),
    });
    const after = await getFacilitatorView(moderator, slug);
    expect(after.participation.find((p) => p.userId === critic)?.annotations).toBe(0);
    expect(after.uncritiquedClaims.map((c) => c.id)).toContain(last.claimId);
    expect(after.unannotatedSections).toEqual(before.unannotatedSections);
    expect(after.unannotatedSections.map((s) => s.title)).toEqual(['Opening', 'A Heading']);
  });
});
