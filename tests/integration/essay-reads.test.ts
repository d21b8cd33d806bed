// The reader's beacon (POST /api/essays/<slug>/read): one row per member and essay however often
// they open it, nothing for outsiders or public essays, and only from our own pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { inRequestScope, sessionCookieFor } from '@/tests/support/request-scope';

// After request-scope, which sets up the request stores that next/headers needs when it loads.
const { POST: postRead } = await import('@/app/api/essays/[slug]/read/route');

const APP = 'http://counterpoint.test';
let member: { id: string; email: string };
let outsider: { id: string; email: string };
let slug: string;
let essayId: string;

beforeAll(async () => {
  member = await makeUser(db, 'Reading Member');
  outsider = await makeUser(db, 'Reading Outsider');
  const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  essayId = essay.id;
});

const readsOf = (userId: string) =>
  db.essayRead.findMany({ where: { userId }, select: { essayId: true, firstReadAt: true, lastReadAt: true } });

async function post(user: { id: string; email: string }, headers: Record<string, string> = { origin: APP }): Promise<Response> {
  const request = new Request(`${APP}/api/essays/${slug}/read`, {
    method: 'POST',
    headers: { host: 'counterpoint.test', cookie: await sessionCookieFor(user.id, user.email), ...headers },
  });
  return inRequestScope(request, () => postRead(request, { params: Promise.resolve({ slug }) }));
}

describe("recording that a member opened an essay's reader", () => {
  it('keeps one row per member and essay however often they open it, with the first time kept', async () => {
    expect(await recordEssayRead(member.id, slug)).toEqual({ isRecorded: true });
    const [first] = await readsOf(member.id);
    expect(first?.essayId).toBe(essayId);
    await recordEssayRead(member.id, slug);
    await recordEssayRead(member.id, slug);
    const after = await readsOf(member.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.firstReadAt).toEqual(first!.firstReadAt);
  });

  it('is a 404 for someone outside the cohort, and writes nothing', async () => {
    await expect(recordEssayRead(outsider.id, slug)).rejects.toMatchObject({ status: 404 });
    expect(await readsOf(outsider.id)).toEqual([]);
  });

  it('writes nothing for a public essay, which has no cohort to count readers of', async () => {
    const open = await makeEssay(db);
    expect(await recordEssayRead(outsider.id, open.slug)).toEqual({ isRecorded: false });
    expect(await readsOf(outsider.id)).toEqual([]);
  });

  it('writes nothing while the essay is a draft: staff checking it are not the cohort reading it', async () => {
    const owner = await makeUser(db, 'Draft Owner');
    const cohort = await makeCohort(db, [{ userId: owner.id, role: 'OWNER' }]);
    const draft = await makeEssay(db, { cohortSlug: cohort.slug });
    await db.essay.update({ where: { id: draft.id }, data: { status: 'DRAFT', publishedAt: null } });
    expect(await recordEssayRead(owner.id, draft.slug)).toEqual({ isRecorded: false });
    expect(await readsOf(owner.id)).toEqual([]);
  });

  it('answers the beacon from our own page, and refuses one sent from another site', async () => {
    const reader = await makeUser(db, 'Beacon Reader');
    await db.membership.create({
      data: { cohortId: (await db.essay.findUniqueOrThrow({ where: { id: essayId } })).cohortId!, userId: reader.id },
    });
    const foreign = await post(reader, { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' });
    expect(foreign.status).toBe(403);
    expect(await readsOf(reader.id)).toEqual([]);
    const own = await post(reader);
    expect(own.status).toBe(200);
    expect(await readsOf(reader.id)).toHaveLength(1);
  });
});
