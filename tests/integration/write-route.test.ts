// The write adapter through real route handlers and a real database: cookie writes from another
// site or without JSON are refused, bodies are capped while streaming, malformed or deeply nested
// JSON is a 400, schema problems come back by field — and a refusal writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { POST as joinCohort } from '@/app/api/join/route';
import { POST as postCohortAnnotation } from '@/app/api/essays/[slug]/annotations/route';
import { DELETE as deleteAnnotation } from '@/app/api/annotations/[id]/route';
import { POST as postAnnotation } from '@/app/api/v1/essays/[slug]/annotations/route';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

type TWorld = { slug: string; revisionId: string; text: string; token: string };
let w: TWorld;

const APP = 'http://counterpoint.test';
const slugContext = () => ({ params: Promise.resolve({ slug: w.slug }) });
const noteInput = (body = 'Through the adapter.') => ({
  revisionId: w.revisionId,
  motivation: 'COMMENTING',
  body,
  selectors: describeRange(w.text, 0, 15),
});
const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;

function tokenPost(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}/api/v1/essays/${w.slug}/annotations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.token}`, 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

beforeAll(async () => {
  const member = await makeUser(db, 'Adapter Member');
  const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const { token } = await createApiToken(member.id, { name: 'adapter', scope: 'WRITE' });
  w = { slug: essay.slug, revisionId: revision.id, text: revision.text, token };
});

describe('cookie-authenticated writes (CSRF rules)', () => {
  it('refuses a text/plain POST from another site with 403 and joins nothing', async () => {
    const before = await db.membership.count();
    const response = await joinCohort(
      new Request(`${APP}/api/join`, {
        method: 'POST',
        headers: { host: 'counterpoint.test', origin: 'http://evil.example', 'content-type': 'text/plain' },
        body: '{"code":"ABCDEFGH12"}',
      }),
    );
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toBe(
      'This request did not come from a Counterpoint page, so it was refused. Reload the page and try again; scripts should use an API token.',
    );
    expect(await db.membership.count()).toBe(before);
  });

  it('refuses a cross-site fetch that claims JSON, by its Origin', async () => {
    const response = await postCohortAnnotation(
      new Request(`${APP}/api/essays/${w.slug}/annotations`, {
        method: 'POST',
        headers: { host: 'counterpoint.test', origin: 'https://counterpoint.test.evil.example', 'content-type': 'application/json' },
        body: JSON.stringify(noteInput()),
      }),
      slugContext(),
    );
    expect(response.status).toBe(403);
  });

  it('refuses a write that carries neither Origin nor Sec-Fetch-Site (cannot tell where it came from)', async () => {
    const response = await deleteAnnotation(
      new Request(`${APP}/api/annotations/x`, { method: 'DELETE', headers: { host: 'counterpoint.test' } }),
      { params: Promise.resolve({ id: 'x' }) },
    );
    expect(response.status).toBe(403);
  });

  it('refuses a same-origin write whose body is not declared as JSON', async () => {
    const response = await joinCohort(
      new Request(`${APP}/api/join`, {
        method: 'POST',
        headers: { host: 'counterpoint.test', origin: APP, 'content-type': 'text/plain' },
        body: '{}',
      }),
    );
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toBe('Send the request body as JSON, with "Content-Type: application/json".');
  });

  it('refuses a cross-site request even when the browser only sends Sec-Fetch-Site', async () => {
    const response = await joinCohort(
      new Request(`${APP}/api/join`, {
        method: 'POST',
        headers: { host: 'counterpoint.test', 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect(response.status).toBe(403);
  });
});

describe('request bodies', () => {
  it('stops reading a chunked body at the 64 KB cap with 413, without pulling the rest', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 50) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const before = await db.annotation.count();
    const response = await postAnnotation(tokenPost(endless), slugContext());
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toBe('The request body is over 64 KB; send less at a time.');
    // 50 MB were on offer; the adapter stopped after the first megabyte chunk (plus read-ahead).
    expect(pulled).toBeLessThanOrEqual(3);
    expect(await db.annotation.count()).toBe(before);
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await postAnnotation(tokenPost('{"body": "unfinished'), slugContext());
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe('The request body is not valid JSON.');
  });

  it('answers 400 to JSON nested 20,000 deep, instead of overflowing the stack', async () => {
    const response = await postAnnotation(tokenPost(`${'['.repeat(20_000)}${']'.repeat(20_000)}`), slugContext());
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe('The JSON is nested more than 32 levels deep; no Counterpoint request needs that.');
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const response = await postAnnotation(tokenPost(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), slugContext());
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toBe('The request body is not valid UTF-8 text.');
  });

  it('lists every schema problem by field, with the first as the message', async () => {
    const response = await postAnnotation(
      tokenPost(JSON.stringify({ ...noteInput(), body: 'x'.repeat(10_001), motivation: 'SHOUTING' })),
      slugContext(),
    );
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; fields: { path: string; message: string }[] };
    expect(answer.fields).toContainEqual({ path: 'body', message: 'Keep a note under 10,000 characters.' });
    expect(answer.fields.map((f) => f.path).sort()).toEqual(['body', 'motivation']);
    expect(answer.error).toBe(answer.fields[0]!.message);
  });

  it('still writes a well-formed note, and says the answer must not be cached', async () => {
    const response = await postAnnotation(tokenPost(JSON.stringify(noteInput('A fine note.'))), slugContext());
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')?.split(', ')).toEqual(expect.arrayContaining(['private', 'no-store']));
    expect(((await response.json()) as { annotation: { body: string } }).annotation.body).toBe('A fine note.');
  });
});
