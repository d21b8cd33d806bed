// Adding an essay to a cohort as a draft, through the route a browser calls (POST
// /api/cohorts/<id>/essays: JSON for pasted text and web addresses, multipart for files) and
// the service behind it, on the real database: what staff add becomes a DRAFT they imported, and
// every bad input is a 4xx with a message a person can act on and writes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { importEssayDraft } from '@/lib/server/services/essay/import-essay-draft';
import { makeCohort, makeUser } from '@/prisma/factories';
import { startArticleServer, type TArticleServer } from '@/tests/support/article-server';
import { inRequestScope, sessionCookieFor } from '@/tests/support/request-scope';

// After request-scope, which sets up the request stores that next/headers needs when it loads.
const { POST: addEssay } = await import('@/app/api/cohorts/[id]/essays/route');

const APP = 'http://counterpoint.test';
const DOCX = readFileSync(path.resolve(import.meta.dirname, '../fixtures/essays/libraries.docx'));
let people: Record<'owner' | 'moderator' | 'member' | 'outsider', { id: string; email: string }>;
let cohortId: string;
let server: TArticleServer;

beforeAll(async () => {
  const [owner, moderator, member, outsider] = await Promise.all(
    ['Owner', 'Moderator', 'Member', 'Outsider'].map((name) => makeUser(db, name)),
  );
  people = { owner: owner!, moderator: moderator!, member: member!, outsider: outsider! };
  cohortId = (
    await makeCohort(db, [
      { userId: owner!.id, role: 'OWNER' },
      { userId: moderator!.id, role: 'MODERATOR' },
      { userId: member!.id, role: 'MEMBER' },
    ])
  ).id;
  server = await startArticleServer();
  process.env.COUNTERPOINT_IMPORT_ALLOW_HOSTS = '127.0.0.1';
});
afterAll(async () => {
  delete process.env.COUNTERPOINT_IMPORT_ALLOW_HOSTS;
  await server.close();
});

async function post(
  person: keyof typeof people,
  body: BodyInit,
  contentType?: string,
  isFreshAllowance = true,
): Promise<{ status: number; json: Record<string, unknown> }> {
  // Each request starts with a fresh allowance unless the test is about the allowance.
  if (isFreshAllowance) await db.$executeRaw`DELETE FROM rate_limits`;
  const headers: Record<string, string> = {
    host: 'counterpoint.test',
    origin: APP,
    cookie: await sessionCookieFor(people[person].id, people[person].email),
  };
  if (contentType) headers['content-type'] = contentType;
  const request = new Request(`${APP}/api/cohorts/${cohortId}/essays`, { method: 'POST', headers, body });
  const response = await inRequestScope(request, () => addEssay(request, { params: Promise.resolve({ id: cohortId }) }));
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
const postJson = (person: keyof typeof people, body: unknown) => post(person, JSON.stringify(body), 'application/json');
function postFile(person: keyof typeof people, name: string, bytes: Buffer | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('source', 'file');
  form.set('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return post(person, form); // fetch sets the multipart boundary itself
}

const counts = () =>
  Promise.all([db.essay.count(), db.essayRevision.count(), db.section.count(), db.claim.count(), db.claimVersion.count()]);

async function draftOf(slug: string) {
  return db.essay.findUniqueOrThrow({
    where: { slug },
    select: {
      title: true,
      authorName: true,
      status: true,
      publishedAt: true,
      createdById: true,
      cohortId: true,
      sourceName: true,
      sourceUrl: true,
      metadata: true,
      currentRevision: { select: { sections: { select: { title: true }, orderBy: { order: 'asc' } } } },
    },
  });
}

describe('staff add an essay as a draft', () => {
  it('an owner pastes Markdown: a DRAFT in the cohort, imported by them, with its sections', async () => {
    const markdown =
      '# Tools, Not Just Books\n\n*By Priya Natarajan*\n\nLibraries lend books. They could lend drills.\n\n## Why\n\nA drill is used for minutes in its life.\n';
    const { status, json } = await postJson('owner', { source: 'text', text: markdown });
    expect(status).toBe(201);
    const essay = json.essay as { slug: string; previewUrl: string; claimCount: number };
    expect(essay.previewUrl).toBe(`/essays/${essay.slug}/draft`);
    expect(essay.claimCount).toBe(3);
    const draft = await draftOf(essay.slug);
    expect(draft).toMatchObject({
      title: 'Tools, Not Just Books',
      authorName: 'Priya Natarajan',
      status: 'DRAFT',
      publishedAt: null,
      createdById: people.owner.id,
      cohortId,
    });
    expect(draft.currentRevision?.sections.map((section) => section.title)).toEqual([null, 'Why']);
  });

  it('a moderator uploads a .docx: headings become sections, the by-line the author, "About the author" the trailer', async () => {
    const { status, json } = await postFile('moderator', 'libraries.docx', DOCX, { title: 'Lend Tools Too' });
    expect(status).toBe(201);
    const draft = await draftOf((json.essay as { slug: string }).slug);
    expect(draft).toMatchObject({
      title: 'Lend Tools Too',
      authorName: 'Priya Natarajan',
      status: 'DRAFT',
      createdById: people.moderator.id,
    });
    expect(draft.currentRevision?.sections.map((section) => section.title)).toEqual([
      null,
      'Why lending works',
      'What it would take',
      'The objection from cost',
    ]);
    expect(draft.metadata).toMatchObject({ about: 'Priya Natarajan is a librarian in Madurai who runs a seed and tool library.' });
  });

  it('uploads .txt, .md and .html files', async () => {
    const txt = await postFile('owner', 'essay.txt', 'Jane Doe\nPeace is hard. War is easy.\nWhy It Matters:\nBecause people live there.');
    expect(txt.status).toBe(201);
    expect((await draftOf((txt.json.essay as { slug: string }).slug)).authorName).toBe('Jane Doe');
    const md = await postFile('owner', 'essay.md', '# On Maps\n\nBy Ada Cartographer\n\nMaps lie. They must.\n');
    expect(md.status).toBe(201);
    const html = await postFile(
      'owner',
      'saved-page.html',
      readFileSync(path.resolve(import.meta.dirname, '../fixtures/articles/op-ed.html')),
    );
    expect(html.status).toBe(201);
    expect(await draftOf((html.json.essay as { slug: string }).slug)).toMatchObject({
      title: 'The Quiet Cost of Cheap Water',
      sourceName: 'The Civic Ledger',
    });
  });

  it('imports a web article: publisher and the final address kept as the source', async () => {
    const essay = await importEssayDraft(people.owner.id, cohortId, { source: 'url', url: `http://127.0.0.1:${server.port}/short-link` });
    const draft = await draftOf(essay.slug);
    expect(draft).toMatchObject({
      title: 'The Quiet Cost of Cheap Water',
      authorName: 'Meera Raghunathan',
      sourceName: 'The Civic Ledger',
      sourceUrl: `http://127.0.0.1:${server.port}/2026/10/cheap-water/`,
      status: 'DRAFT',
    });
  });
});

/** The fixture .docx with its central directory claiming 100 MB for its first part (a zip bomb's shape). */
function zipBombLike(): Buffer {
  const bytes = Buffer.from(DOCX);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const directory = bytes.readUInt32LE(end + 16);
  bytes.writeUInt32LE(100 * 1024 * 1024, directory + 24);
  return bytes;
}

describe('refusals write nothing', () => {
  const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
  it.each([
    ['a member', () => postJson('member', { source: 'text', text: 'Jane Doe\nA claim.' }), 403, /role in this cohort does not allow/],
    ['an outsider', () => postJson('outsider', { source: 'text', text: 'Jane Doe\nA claim.' }), 404, /No such cohort/],
    ['an empty paste', () => postJson('owner', { source: 'text', text: '   ' }), 400, /Paste the text of the essay/],
    ['an empty upload', () => postFile('owner', 'empty.txt', ''), 400, /The file is empty/],
    [
      'a binary upload',
      () => postFile('owner', 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0, 3, 4, 5])),
      400,
      /does not look like text/,
    ],
    ['a .docx that is not one', () => postFile('owner', 'essay.docx', 'Jane Doe\nThis is plain text renamed.'), 400, /not a Word document/],
    [
      'a .docx that would unpack to more than 64 MB',
      () => postFile('owner', 'bomb.docx', zipBombLike()),
      400,
      /unpacks to more than 64 MB/,
    ],
    ['a file type it does not read', () => postFile('owner', 'essay.pdf', '%PDF-1.7'), 400, /Upload a \.txt, \.md, \.html or \.docx file/],
    ['a file over the limit', () => postFile('owner', 'huge.txt', tooBig), 400, /The file is over 5 MB/],
    ['a request body over the cap', () => postFile('owner', 'huger.txt', Buffer.alloc(6 * 1024 * 1024, 'a')), 413, /over 5\.0625 MB/],
    [
      'a title over the limit',
      () => postJson('owner', { source: 'text', text: 'Jane Doe\nA claim.', title: 'T'.repeat(201) }),
      400,
      /Keep the title under 200 characters/,
    ],
    [
      'an essay with no author anywhere',
      () => postJson('owner', { source: 'text', text: 'Peace is hard to keep. Wars are easy to start.' }),
      400,
      /fill in the Author field/,
    ],
    [
      'an article with no readable text',
      () => postJson('owner', { source: 'url', url: `http://127.0.0.1:${server.port}/home` }),
      400,
      /No article was found/,
    ],
    [
      'a paywalled article',
      () => postJson('owner', { source: 'url', url: `http://127.0.0.1:${server.port}/paywalled` }),
      400,
      /only the start of the article/,
    ],
    [
      'a URL that redirects to a blocked address',
      () => postJson('owner', { source: 'url', url: `http://127.0.0.1:${server.port}/to-metadata` }),
      400,
      /169\.254\.169\.254 is a private or reserved/,
    ],
    ['no source', () => postJson('owner', { text: 'Jane Doe\nA claim.' }), 400, /Say where the essay comes from/],
  ])('%s', async (_what, send, status, message) => {
    const before = await counts();
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.json.error).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('allows 30 additions an hour per person, then answers 429 with when to try again', async () => {
    await db.$executeRaw`DELETE FROM rate_limits`;
    // Refused requests count too: each one may have cost a fetch and a parse.
    for (let i = 0; i < 30; i += 1) expect((await post('moderator', '{}', 'application/json', false)).status).toBe(400);
    const before = await counts();
    const answer = await post('moderator', JSON.stringify({ source: 'text', text: 'Jane Doe\nA claim.' }), 'application/json', false);
    expect(answer.status).toBe(429);
    expect(answer.json.error).toMatch(/You added 30 essays in the last hour, the most allowed; try again in 60 minutes/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a multipart body from another site like any cookie write', async () => {
    const form = new FormData();
    form.set('source', 'file');
    form.set('file', new File(['Jane Doe\nA claim.'], 'essay.txt'));
    const request = new Request(`${APP}/api/cohorts/${cohortId}/essays`, {
      method: 'POST',
      headers: {
        host: 'counterpoint.test',
        origin: 'https://evil.example',
        cookie: await sessionCookieFor(people.owner.id, people.owner.email),
      },
      body: form,
    });
    const before = await counts();
    const response = await inRequestScope(request, () => addEssay(request, { params: Promise.resolve({ id: cohortId }) }));
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
