// Bad input never breaks the server: every route handler the app has (found by walking app/, so a
// new route is swept too) is called with the inputs that used to answer 500 — a NUL in a path
// parameter, a query or a body field; malformed percent-escapes; a lone surrogate; a cursor dated
// year 0000; a body of zero-width spaces; malformed JSON — signed in as an owner of the cohort
// (cookie and API token), so the requests get past authentication to the code that reads them.
// Each answer must be below 500, and no table may gain or lose a row.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { getClaimAccess } from '@/lib/server/access/claim-access';
import { getCohortAccess } from '@/lib/server/access/cohort-access';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { inRequestScope, NextRequest, sessionCookieFor } from '@/tests/support/request-scope';

// A read of an opinion map (the digest, the map) that finds it stale starts its computation a few
// seconds later, off the request path; it writes the map's cache row, not anything the request
// asked for. Put off past this file, so it cannot land in the middle of another route's count.
process.env.COUNTERPOINT_OPINION_DEBOUNCE_MS = String(24 * 3_600_000);

const APP = 'http://counterpoint.test';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type TMethod = (typeof METHODS)[number];
type THandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const year0000Cursor = Buffer.from(JSON.stringify(['0000-01-01T00:00:00.000Z', 'x']), 'utf8').toString('base64url');
const nulIdCursor = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'a\u0000b']), 'utf8').toString('base64url');

/** Values put in every dynamic path segment (as Next.js would hand them to the handler). */
const BAD_PARAMS: Array<[string, string]> = [
  ['a NUL', '\u0000'],
  ['a NUL inside an id', 'cm0abc\u0000def'],
  ['%FF left undecoded', '%FF'],
  ['%C0%AF left undecoded', '%C0%AF'],
  ['a lone surrogate', 'ab\uD800'],
  ['zero-width spaces', '\u200B\u200B'],
  ['10,000 characters', 'x'.repeat(10_000)],
];

/** Query strings added to a request whose path parameters are valid. */
const BAD_QUERIES: Array<[string, string]> = [
  ['a year-0000 cursor', `?cursor=${year0000Cursor}`],
  ['a cursor whose id holds a NUL', `?cursor=${nulIdCursor}`],
  ['a garbage cursor', '?cursor=%%%garbage'],
  ['a NUL in every filter', '?claim=%00&motivation=%00&cursor=%00&limit=%00&page=%00&days=%00&status=%00&reason=%00&type=%00&since=%00'],
  ['a lone surrogate in a filter', '?claim=%ED%A0%80&status=%ED%A0%80'],
];

/** Every text or id field a handler reads, set to one bad value. */
function everyField(value: string): Record<string, unknown> {
  const target = { type: 'claim', id: value };
  return {
    body: value,
    text: value,
    name: value,
    description: value,
    pseudonym: value,
    note: value,
    reason: value,
    code: value,
    title: value,
    elaboration: value,
    email: value,
    password: value,
    state: value,
    status: value,
    role: value,
    scope: value,
    revisionId: value,
    userId: value,
    duplicateOfId: value,
    ids: [value],
    tags: [value],
    motivation: 'COMMENTING',
    kind: 'HIDE',
    stance: 'SUPPORT',
    value,
    impact: value,
    days: value,
    minutes: value,
    target,
    critique: { type: 'annotation', id: value },
    revision: { claimId: value, text: value },
    selectors: { quote: { type: 'TextQuoteSelector', exact: value }, position: { type: 'TextPositionSelector', start: 0, end: 5 } },
  };
}

/** Request bodies sent to writes whose path parameters are valid. */
const BAD_BODIES: Array<[string, string]> = [
  ['malformed JSON', '{"body": "unterminated'],
  ['a NUL in every field', JSON.stringify(everyField('a\u0000b'))],
  ['a lone surrogate in every field', JSON.stringify(everyField('ab\uD800cd'))],
  ['zero-width spaces in every field', JSON.stringify(everyField('\u200B\u200B\u200B'))],
  ['a JSON null', 'null'],
  ['a JSON string with a NUL', JSON.stringify('\u0000')],
];

type TRoute = { file: string; template: string; methods: Partial<Record<TMethod, THandler>> };

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

let w: { cookie: string; token: string; values: Record<string, string> };
let routes: TRoute[];

/** A valid value for each dynamic segment, so that body and query inputs reach the code that reads them. */
function validParams(template: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [, dots, name] of template.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) {
    if (dots) params[name!] = ['callback', 'credentials'];
    else if (name === 'id') params[name] = idFor(template);
    else params[name!] = w.values[name!] ?? 'unknown';
  }
  return params;
}

function idFor(template: string): string {
  if (template.startsWith('/api/annotations/')) return w.values.annotationId!;
  if (template.startsWith('/api/arguments/')) return w.values.argumentId!;
  if (template.includes('/claims/')) return w.values.claimId!;
  if (template.startsWith('/api/cohorts/')) return w.values.cohortId!;
  // Tokens, invites and responses: an id that names nothing, so no valid request deletes a thing.
  return 'cm0doesnotexist000000000';
}

/** The segment as it would appear in the address (a lone surrogate has no UTF-8: as the issue sent it). */
function urlSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function badParams(template: string, value: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [, dots, name] of template.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) params[name!] = dots ? ['callback', value] : value;
  return params;
}

// A NextRequest, as Next.js hands route handlers (next-auth reads its nextUrl).
function request(method: TMethod, url: string, body: string | null): Request {
  return new NextRequest(url, {
    method,
    headers: {
      cookie: w.cookie,
      authorization: `Bearer ${w.token}`,
      host: 'counterpoint.test',
      origin: APP,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    },
    body: method === 'GET' || body === null ? null : body,
  });
}

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limits', '_prisma_migrations')
    ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

/** Calls one handler as Next.js would, and answers its status (an escaped exception counts as 500). */
async function statusOf(
  route: TRoute,
  method: TMethod,
  url: string,
  params: Record<string, string | string[]>,
  body: string | null,
): Promise<number> {
  // Every request starts with a fresh allowance: a 429 would hide what the handler does with the input.
  await db.$executeRaw`DELETE FROM rate_limits`;
  const req = request(method, url, body);
  try {
    const response = await inRequestScope(req, () => route.methods[method]!(req, { params: Promise.resolve(params) }));
    // The live stream never ends by itself: its status is all we need.
    await response.body?.cancel().catch(() => undefined);
    return response.status;
  } catch (error) {
    // next/navigation's notFound() and redirect() are thrown on purpose and answered by Next.js.
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && /^NEXT_(HTTP_ERROR_FALLBACK;404|REDIRECT)/.test(digest)) return 404;
    // DEBUG_FUZZ=1 prints what escaped, to find the line that needs a fix.
    if (process.env.DEBUG_FUZZ) console.log('FUZZ', method, url.slice(0, 120), error);
    return 500;
  }
}

beforeAll(async () => {
  const owner = await makeUser(db, 'Fuzz Owner');
  const cohort = await makeCohort(db, [{ userId: owner.id, role: 'OWNER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
  const note = await createAnnotation(owner.id, essay.slug, {
    revisionId: revision.id,
    motivation: 'COMMENTING',
    body: 'A note.',
    selectors: describeRange(revision.text, 0, 15),
  });
  const argument = await addArgument(owner.id, essay.slug, {
    target: { type: 'claim', id: claim.id },
    stance: 'SUPPORT',
    text: 'Because.',
  });
  const { token } = await createApiToken(owner.id, { name: 'fuzz', scope: 'WRITE' });
  w = {
    cookie: await sessionCookieFor(owner.id, owner.email),
    token,
    values: {
      slug: essay.slug,
      annotationId: note.id,
      argumentId: argument.id,
      claimId: claim.id,
      cohortId: cohort.id,
      userId: owner.id,
      dimension: 'AGREEMENT',
      format: 'argdown',
      table: 'claims',
      actionId: 'cm0doesnotexist000000000',
    },
  };
  const appDir = path.resolve(import.meta.dirname, '../../app');
  routes = [];
  for (const file of routeFiles(appDir)) {
    const template = '/' + path.relative(appDir, path.dirname(file)).split(path.sep).join('/');
    const routeModule = (await import(file)) as Partial<Record<TMethod, THandler>>;
    const methods = Object.fromEntries(METHODS.filter((m) => typeof routeModule[m] === 'function').map((m) => [m, routeModule[m]]));
    routes.push({ file: path.relative(appDir, file), template, methods });
  }
}, 120_000);

describe('bad input on every route handler', () => {
  it('finds the route files, each exporting a handler', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
    for (const route of routes) expect(Object.keys(route.methods), route.file).not.toHaveLength(0);
  });

  it('answers every bad input below 500 and writes nothing', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const before = await rowCounts();
      for (const method of Object.keys(route.methods) as TMethod[]) {
        const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
        for (const [what, value] of BAD_PARAMS) {
          if (!route.template.includes('[')) break;
          const url = `${APP}${route.template.replace(/\[[^\]]+\]/g, urlSegment(value))}`;
          const status = await statusOf(route, method, url, badParams(route.template, value), hasBody ? '{}' : null);
          sent++;
          if (status >= 500) failures.push(`${method} ${route.template} — path: ${what} → ${status}`);
        }
        const validUrl = `${APP}${route.template.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => String(validParams(route.template)[name]))}`;
        if (method === 'GET') {
          for (const [what, query] of BAD_QUERIES) {
            const status = await statusOf(route, method, validUrl + query, validParams(route.template), null);
            sent++;
            if (status >= 500) failures.push(`${method} ${route.template} — query: ${what} → ${status}`);
          }
        }
        if (hasBody) {
          for (const [what, body] of BAD_BODIES) {
            const status = await statusOf(route, method, validUrl, validParams(route.template), body);
            sent++;
            if (status >= 500) failures.push(`${method} ${route.template} — body: ${what} → ${status}`);
          }
        }
      }
      const after = await rowCounts();
      for (const table of Object.keys(before)) {
        if (after[table] !== before[table])
          failures.push(`${route.template} changed the row count of ${table}: ${before[table]} → ${after[table]}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(400);
  }, 600_000);
});

describe('page parameters', () => {
  // Pages reach their data through these access checks; a 404 (NOT_FOUND) is what the page shows.
  it.each(BAD_PARAMS)('treats %s as a missing essay, cohort or claim', async (_what, value) => {
    await expect(getEssayAccess(db, w.values.userId!, { slug: value })).rejects.toMatchObject({ status: 404 });
    await expect(getCohortAccess(db, w.values.userId!, value)).rejects.toMatchObject({ status: 404 });
    await expect(getClaimAccess(db, w.values.userId!, value)).rejects.toMatchObject({ status: 404 });
  });
});
