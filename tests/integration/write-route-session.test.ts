// The session check of cookie writes (writeRoute decrypts the session cookie rather than running
// next-auth's session handler): a valid cookie writes, a tampered, expired, foreign-secret or
// header-borne token is a 401 that writes nothing.
import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { inRequestScope, sessionCookieFor } from '@/tests/support/request-scope';

// After request-scope, which sets up the request stores that next/headers needs when it loads.
const { PUT: rateClaim } = await import('@/app/api/claims/[id]/ratings/[dimension]/route');

const APP = 'http://counterpoint.test';
let member: { id: string; email: string };
let claimId: string;

beforeAll(async () => {
  member = await makeUser(db, 'Session Member');
  const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
  claimId = (await db.claimVersion.findFirstOrThrow({ where: { revisionId: revision.id }, select: { claimId: true } })).claimId;
});

async function rate(headers: Record<string, string>, value = 4): Promise<Response> {
  const request = new Request(`${APP}/api/claims/${claimId}/ratings/agreement`, {
    method: 'PUT',
    headers: { host: 'counterpoint.test', origin: APP, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ value }),
  });
  return inRequestScope(request, () => rateClaim(request, { params: Promise.resolve({ id: claimId, dimension: 'agreement' }) }));
}

const ratingsOfMember = () => db.rating.count({ where: { userId: member.id } });
const tokenFor = (secret: string, maxAge?: number) =>
  encode({ token: { sub: member.id, email: member.email, name: member.email }, secret, ...(maxAge ? { maxAge } : {}) });

describe('the session check of a cookie write', () => {
  it('refuses a tampered cookie with 401 and writes nothing', async () => {
    const cookie = await sessionCookieFor(member.id, member.email);
    // Flip one character inside the ciphertext (the fourth of the five JWE parts).
    const parts = cookie.split('.');
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    const response = await rate({ cookie: parts.join('.') });
    expect(response.status).toBe(401);
    expect(await ratingsOfMember()).toBe(0);
  });

  it('refuses an expired cookie with 401 and writes nothing', async () => {
    // Expired a minute ago: past next-auth's 15-second clock tolerance.
    const response = await rate({ cookie: `next-auth.session-token=${await tokenFor(process.env.NEXTAUTH_SECRET!, -60)}` });
    expect(response.status).toBe(401);
    expect(await ratingsOfMember()).toBe(0);
  });

  it('refuses a cookie sealed with another secret with 401', async () => {
    const response = await rate({ cookie: `next-auth.session-token=${await tokenFor('not-the-secret-of-this-app')}` });
    expect(response.status).toBe(401);
    expect(await ratingsOfMember()).toBe(0);
  });

  it('refuses a session token sent as a Bearer header instead of the cookie with 401', async () => {
    const response = await rate({ authorization: `Bearer ${await tokenFor(process.env.NEXTAUTH_SECRET!)}` });
    expect(response.status).toBe(401);
    expect(await ratingsOfMember()).toBe(0);
  });

  it('accepts a valid cookie and writes the rating as that user', async () => {
    const response = await rate({ cookie: await sessionCookieFor(member.id, member.email) }, 5);
    expect(response.status).toBe(200);
    expect(await db.rating.findMany({ where: { userId: member.id }, select: { value: true } })).toEqual([{ value: 5 }]);
  });
});
