// The draft's routes as a browser calls them (cookie session, JSON, the write adapter): the preview
// is a 404 to a member; a title over the limit is a 400 naming the field; a merge across sections
// is a 400; two publishes at once answer 200 and 409 — and no refusal writes anything.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';
import { db } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { makeCohort, makeUser } from '@/prisma/factories';
import { inRequestScope, sessionCookieFor } from '@/tests/support/request-scope';

// After request-scope, which sets up the request stores that next/headers needs when it loads.
const draftRoute = await import('@/app/api/essays/[slug]/draft/route');
const mergeRoute = await import('@/app/api/essays/[slug]/draft/merge/route');
const publishRoute = await import('@/app/api/essays/[slug]/draft/publish/route');

const APP = 'http://counterpoint.test';
type TUser = { id: string; email: string };
let owner: TUser;
let moderator: TUser;
let member: TUser;
let cohortId: string;

beforeAll(async () => {
  [owner, moderator, member] = await Promise.all([makeUser(db, 'Owner'), makeUser(db, 'Moderator'), makeUser(db, 'Member')]);
  cohortId = (
    await makeCohort(db, [
      { userId: owner.id, role: 'OWNER' },
      { userId: moderator.id, role: 'MODERATOR' },
      { userId: member.id, role: 'MEMBER' },
    ])
  ).id;
});

const makeDraft = () =>
  importEssay(db, parseEssay('Jane Writer\nAlliances deter war. They provoke rivals.\nA Heading:\nPeace needs trust.'), {
    title: 'Routed draft',
    cohortId,
    draftBy: owner.id,
  });

async function call(
  handler: (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>,
  user: TUser,
  slug: string,
  method: string,
  body?: unknown,
): Promise<{ status: number; json: { error?: string; fields?: { path: string; message: string }[]; draft?: unknown } }> {
  const request = new Request(`${APP}/api/essays/${slug}/draft`, {
    method,
    headers: {
      host: 'counterpoint.test',
      origin: APP,
      cookie: await sessionCookieFor(user.id, user.email),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await inRequestScope(request, () => handler(request, { params: Promise.resolve({ slug }) }));
  return { status: response.status, json: (await response.json()) as never };
}

describe('the draft routes', () => {
  it('answers the preview to staff and a 404 to a member', async () => {
    const { slug } = await makeDraft();
    expect((await call(draftRoute.GET, member, slug, 'GET')).status).toBe(404);
    const answer = await call(draftRoute.GET, moderator, slug, 'GET');
    expect(answer.status).toBe(200);
    expect(answer.json.draft).toMatchObject({ title: 'Routed draft', authorName: 'Jane Writer' });
  });

  it('refuses a title over the limit with a 400 that names the field, and keeps the title', async () => {
    const { slug } = await makeDraft();
    const answer = await call(draftRoute.PATCH, owner, slug, 'PATCH', { title: 'x'.repeat(201) });
    expect(answer.status).toBe(400);
    expect(answer.json.fields).toEqual([{ path: 'title', message: 'Keep the title under 200 characters.' }]);
    expect((await db.essay.findUniqueOrThrow({ where: { slug }, select: { title: true } })).title).toBe('Routed draft');
  });

  it('refuses a merge across sections with a 400 that says why', async () => {
    const { id, slug } = await makeDraft();
    const versions = await db.claimVersion.findMany({
      where: { claim: { essayId: id } },
      orderBy: { order: 'asc' },
      select: { claimId: true },
    });
    const answer = await call(mergeRoute.POST, owner, slug, 'POST', { first: versions[1]!.claimId, second: versions[2]!.claimId });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('These claims are in different sections; claims merge only within a section.');
    expect(await db.claimVersion.count({ where: { claim: { essayId: id } } })).toBe(3);
  });

  it('of two publishes at once, answers one 200 and one 409', async () => {
    const { slug } = await makeDraft();
    const answers = await Promise.all([call(publishRoute.POST, owner, slug, 'POST'), call(publishRoute.POST, moderator, slug, 'POST')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.json.error).toBe(
      'Someone has just published this essay: it is already live for the cohort.',
    );
  });
});
