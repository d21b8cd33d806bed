// What a token can reach is what its owner could reach in the browser: a token of someone
// outside the cohort finds nothing private (lists leave it out, everything else is a 404), and
// cannot write into it; members see their cohort's essay but not each other's private notes.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { GET as listEssays } from '@/app/api/v1/essays/route';
import { GET as getEssay } from '@/app/api/v1/essays/[slug]/route';
import { GET as listClaims } from '@/app/api/v1/essays/[slug]/claims/route';
import { GET as listAnnotations, POST as postAnnotation } from '@/app/api/v1/essays/[slug]/annotations/route';
import { GET as listArguments, POST as postArgument } from '@/app/api/v1/essays/[slug]/arguments/route';
import { GET as getRatings } from '@/app/api/v1/claims/[id]/ratings/route';
import { PUT as putRating } from '@/app/api/v1/claims/[id]/ratings/[dimension]/route';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

type TWorld = {
  tokens: { outsider: string; member: string; other: string };
  slug: string;
  publicSlug: string;
  claimId: string;
  revisionId: string;
  text: string;
  privateNoteId: string;
  memberId: string;
};
let w: TWorld;

const request = (path: string, token: string, init: { method?: string; body?: unknown } = {}) =>
  new Request(`http://counterpoint.test/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });
const claim = (id: string, dimension = 'AGREEMENT') => ({ params: Promise.resolve({ id, dimension }) });

beforeAll(async () => {
  const [outsider, member, other] = await Promise.all([makeUser(db, 'Outsider'), makeUser(db, 'Member'), makeUser(db, 'Other Member')]);
  const cohort = await makeCohort(db, [
    { userId: member.id, role: 'MEMBER' },
    { userId: other.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const publicEssay = await makeEssay(db);
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claimRow = await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
  const privateNote = await createAnnotation(member.id, essay.slug, {
    revisionId: revision.id,
    motivation: 'COMMENTING',
    body: 'Mine alone.',
    visibility: 'PRIVATE',
    selectors: describeRange(revision.text, 0, 10),
  });
  const make = async (userId: string) => (await createApiToken(userId, { name: 'access test', scope: 'WRITE' })).token;
  w = {
    tokens: { outsider: await make(outsider.id), member: await make(member.id), other: await make(other.id) },
    slug: essay.slug,
    publicSlug: publicEssay.slug,
    claimId: claimRow.id,
    revisionId: revision.id,
    text: revision.text,
    privateNoteId: privateNote.id,
    memberId: member.id,
  };
});

describe('what a token reaches', () => {
  it('lists the cohort essay for a member, and only public essays for an outsider', async () => {
    const slugsFor = async (token: string) =>
      ((await (await listEssays(request('/essays', token))).json()) as { essays: { slug: string }[] }).essays.map((e) => e.slug);
    expect(await slugsFor(w.tokens.member)).toEqual(expect.arrayContaining([w.slug, w.publicSlug]));
    const outsiderSees = await slugsFor(w.tokens.outsider);
    expect(outsiderSees).toContain(w.publicSlug);
    expect(outsiderSees).not.toContain(w.slug);
  });

  it('answers 404 to an outsider for everything in the cohort, like a missing essay', async () => {
    const t = w.tokens.outsider;
    const responses = [
      await getEssay(request(`/essays/${w.slug}`, t), slug(w.slug)),
      await listClaims(request(`/essays/${w.slug}/claims`, t), slug(w.slug)),
      await listAnnotations(request(`/essays/${w.slug}/annotations`, t), slug(w.slug)),
      await listArguments(request(`/essays/${w.slug}/arguments`, t), slug(w.slug)),
      await getRatings(request(`/claims/${w.claimId}/ratings`, t), claim(w.claimId)),
    ];
    const missing = await getEssay(request('/essays/no-such-essay', t), slug('no-such-essay'));
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(Object.keys((await response.json()) as object)).toEqual(['error']);
    }
    expect(missing.status).toBe(404);
  });

  it('lets an outsider’s write token write nothing into the cohort', async () => {
    const t = w.tokens.outsider;
    const counts = async () => [await db.annotation.count(), await db.rating.count(), await db.argument.count()];
    const before = await counts();
    const responses = [
      await postAnnotation(
        request(`/essays/${w.slug}/annotations`, t, {
          method: 'POST',
          body: { revisionId: w.revisionId, motivation: 'COMMENTING', body: 'Intruding.', selectors: describeRange(w.text, 0, 10) },
        }),
        slug(w.slug),
      ),
      await putRating(request(`/claims/${w.claimId}/ratings/AGREEMENT`, t, { method: 'PUT', body: { value: 1 } }), claim(w.claimId)),
      await postArgument(
        request(`/essays/${w.slug}/arguments`, t, {
          method: 'POST',
          body: { target: { type: 'claim', id: w.claimId }, stance: 'SUPPORT', text: 'Intruding.' },
        }),
        slug(w.slug),
      ),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(await counts()).toEqual(before);
  });

  it('shows a private note to its author only', async () => {
    const idsFor = async (token: string) =>
      (
        (await (await listAnnotations(request(`/essays/${w.slug}/annotations`, token), slug(w.slug))).json()) as {
          annotations: { id: string }[];
        }
      ).annotations.map((a) => a.id);
    expect(await idsFor(w.tokens.member)).toContain(w.privateNoteId);
    expect(await idsFor(w.tokens.other)).not.toContain(w.privateNoteId);
  });

  it('keeps a claim’s distribution hidden from a token until its owner has rated', async () => {
    await putRating(
      request(`/claims/${w.claimId}/ratings/AGREEMENT`, w.tokens.member, { method: 'PUT', body: { value: 5 } }),
      claim(w.claimId),
    );
    type TRatings = { ratings: { dimension: string; mine: number | null; summary: { count: number } | null }[] };
    const before = (await (await getRatings(request(`/claims/${w.claimId}/ratings`, w.tokens.other), claim(w.claimId))).json()) as TRatings;
    expect(before.ratings).toEqual([
      { dimension: 'AGREEMENT', mine: null, summary: null },
      { dimension: 'EVIDENCE', mine: null, summary: null },
    ]);
    await putRating(
      request(`/claims/${w.claimId}/ratings/agreement`, w.tokens.other, { method: 'PUT', body: { value: 3 } }),
      claim(w.claimId, 'agreement'),
    );
    const after = (await (await getRatings(request(`/claims/${w.claimId}/ratings`, w.tokens.other), claim(w.claimId))).json()) as TRatings;
    expect(after.ratings[0]).toMatchObject({ dimension: 'AGREEMENT', mine: 3, summary: { count: 2 } });
    expect(after.ratings[1]).toEqual({ dimension: 'EVIDENCE', mine: null, summary: null });
  });
});
