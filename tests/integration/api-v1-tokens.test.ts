// Personal access tokens end to end through the /api/v1 route handlers (real Request objects, a
// real database): only hashes are stored, revoked tokens stop working, read-only tokens cannot
// write, and GETs carry ETags.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { revokeApiToken } from '@/lib/server/services/token/revoke-token';
import { GET as getEssay } from '@/app/api/v1/essays/[slug]/route';
import { GET as listAnnotations, POST as postAnnotation } from '@/app/api/v1/essays/[slug]/annotations/route';
import { POST as postArgument } from '@/app/api/v1/essays/[slug]/arguments/route';
import { PUT as putRating } from '@/app/api/v1/claims/[id]/ratings/[dimension]/route';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

type TWorld = { memberId: string; strangerId: string; slug: string; revisionId: string; text: string; claimId: string };
let w: TWorld;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const url = (path: string) => `http://counterpoint.test/api/v1${path}`;
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const slugContext = () => ({ params: Promise.resolve({ slug: w.slug }) });
const noteInput = () => ({
  revisionId: w.revisionId,
  motivation: 'COMMENTING',
  body: 'Through the API.',
  selectors: describeRange(w.text, 0, 15),
});

function post(path: string, token: string | null, body: unknown, method = 'POST'): Request {
  return new Request(url(path), {
    method,
    headers: { ...(token ? bearer(token) : {}), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  const member = await makeUser(db, 'Token Member');
  const stranger = await makeUser(db, 'Token Stranger');
  const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
  w = { memberId: member.id, strangerId: stranger.id, slug: essay.slug, revisionId: revision.id, text: revision.text, claimId: claim.id };
});

describe('personal access tokens', () => {
  it('shows the token once and stores only its SHA-256', async () => {
    const created = await createApiToken(w.memberId, { name: '  notebook  ', scope: 'READ' });
    expect(created.token).toMatch(/^cp_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({ name: 'notebook', scope: 'READ', lastUsedAt: null, revokedAt: null });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.id } });
    expect(row.tokenHash).toBe(sha256(created.token));
    // Nowhere in the row: not whole, not its secret part.
    expect(JSON.stringify(row)).not.toContain(created.token.slice(3));
    const again = await createApiToken(w.memberId, { name: 'another', scope: 'READ' });
    expect(again.token).not.toBe(created.token);
  });

  it('authenticates a token as its owner and records when it was used', async () => {
    const { token, apiToken } = await createApiToken(w.memberId, { name: 'reader', scope: 'READ' });
    const response = await getEssay(new Request(url(`/essays/${w.slug}`), { headers: bearer(token) }), slugContext());
    expect(response.status).toBe(200);
    expect(((await response.json()) as { essay: { standing: string } }).essay.standing).toBe('MEMBER');
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).not.toBeNull();
  });

  it.each([
    ['a malformed header', 'Token abc', /Authorization: Bearer cp_/],
    ['something that is not a token', 'Bearer hunter2', /not a Counterpoint token/],
    ['an unknown token', `Bearer cp_${'A'.repeat(43)}`, /not valid/],
  ])('answers 401 to %s', async (_what, header, message) => {
    const response = await getEssay(new Request(url(`/essays/${w.slug}`), { headers: { authorization: header } }), slugContext());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('stops a revoked token at once with 401, and only its owner can revoke it', async () => {
    const { token, apiToken } = await createApiToken(w.memberId, { name: 'soon revoked', scope: 'WRITE' });
    await expect(revokeApiToken(w.strangerId, apiToken.id)).rejects.toMatchObject({ status: 404 });
    expect((await getEssay(new Request(url(`/essays/${w.slug}`), { headers: bearer(token) }), slugContext())).status).toBe(200);
    await revokeApiToken(w.memberId, apiToken.id);
    const response = await getEssay(new Request(url(`/essays/${w.slug}`), { headers: bearer(token) }), slugContext());
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toMatch(/^This token was revoked on \d{4}-\d{2}-\d{2}\./);
    const before = await db.annotation.count();
    expect((await postAnnotation(post(`/essays/${w.slug}/annotations`, token, noteInput()), slugContext())).status).toBe(401);
    expect(await db.annotation.count()).toBe(before);
  });

  it('refuses every write to a read-only token with 403 and writes nothing', async () => {
    const { token } = await createApiToken(w.memberId, { name: 'read only', scope: 'READ' });
    const counts = async () => [await db.annotation.count(), await db.rating.count(), await db.argument.count()];
    const before = await counts();
    const attempts = [
      await postAnnotation(post(`/essays/${w.slug}/annotations`, token, noteInput()), slugContext()),
      await putRating(post(`/claims/${w.claimId}/ratings/agreement`, token, { value: 4 }, 'PUT'), {
        params: Promise.resolve({ id: w.claimId, dimension: 'agreement' }),
      }),
      await postArgument(
        post(`/essays/${w.slug}/arguments`, token, { target: { type: 'claim', id: w.claimId }, stance: 'SUPPORT', text: 'Read-only.' }),
        slugContext(),
      ),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'This token is read-only: create a token with write scope.' });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses writes without a token (the session cookie is for reads only)', async () => {
    const response = await postAnnotation(post(`/essays/${w.slug}/annotations`, null, noteInput()), slugContext());
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toMatch(/write scope/);
  });

  it('lets a write token annotate, rate and argue as its owner', async () => {
    const { token } = await createApiToken(w.memberId, { name: 'writer', scope: 'WRITE' });
    const note = await postAnnotation(post(`/essays/${w.slug}/annotations`, token, noteInput()), slugContext());
    expect(note.status).toBe(201);
    // Authors carry no user id any more (display-name rule): the token's owner reads the note as theirs.
    expect(((await note.json()) as { annotation: { author: { isViewer: boolean } } }).annotation.author.isViewer).toBe(true);
    const rated = await putRating(post(`/claims/${w.claimId}/ratings/evidence`, token, { value: 2 }, 'PUT'), {
      params: Promise.resolve({ id: w.claimId, dimension: 'evidence' }),
    });
    expect(rated.status).toBe(200);
    expect(((await rated.json()) as { ratings: { dimension: string; mine: number | null }[] }).ratings).toContainEqual(
      expect.objectContaining({ dimension: 'EVIDENCE', mine: 2 }),
    );
    const argued = await postArgument(
      post(`/essays/${w.slug}/arguments`, token, {
        target: { type: 'claim', id: w.claimId },
        stance: 'ATTACK',
        attackKind: 'REBUT',
        text: 'Not so.',
      }),
      slugContext(),
    );
    expect(argued.status).toBe(201);
    expect(((await argued.json()) as { argument: { text: string; strength: number } }).argument).toMatchObject({
      text: 'Not so.',
      strength: expect.any(Number),
    });
    const invalid = await postAnnotation(post(`/essays/${w.slug}/annotations`, token, { ...noteInput(), body: '' }), slugContext());
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({
      error: 'Write something: an empty note says nothing.',
      fields: [{ path: 'body', message: 'Write something: an empty note says nothing.' }],
    });
  });

  it('tags GETs with a weak ETag and answers 304 while nothing changed', async () => {
    const { token } = await createApiToken(w.memberId, { name: 'etag', scope: 'WRITE' });
    const list = (headers: Record<string, string> = {}) =>
      listAnnotations(new Request(url(`/essays/${w.slug}/annotations`), { headers: { ...bearer(token), ...headers } }), slugContext());
    const first = await list();
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const unchanged = await list({ 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    await postAnnotation(post(`/essays/${w.slug}/annotations`, token, noteInput()), slugContext());
    const changed = await list({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});
