// Issue 13: PostgreSQL restarts under the app. On a cluster of its own (the shared test server
// cannot be restarted under other runs), writers rate claims and post notes and readers follow
// the essay live while PostgreSQL is stopped (fast: every session is ended) for two seconds and
// started again. The app is its route handlers, called in this process inside Next's request
// scope (tests/support/request-scope.ts) with real Requests; `npm run bench:restart` does the
// same over HTTP against `next start`.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { followEventSource, type TEventSourceClient } from '@/tests/support/event-source-client';
import { postgresBinDir, startThrowawayPostgres, type TThrowawayPostgres } from '@/tests/support/throwaway-postgres';

const WRITERS = 8;
/** Half hold their stream through the outage; half lose it as it starts and reconnect like a browser. */
const READERS = 8;
const OUTAGE_MS = 2_000;
/** The bound: the app serves again within 5 s of the database accepting connections. */
const RECOVERY_BOUND_MS = 5_000;
const APP = 'http://counterpoint.test';
const TEXT = [
  'Jane Writer',
  'Alliances deter war. They also provoke rivals. Deterrence depends on credibility.',
  'Small states gain a voice. Large states gain reach. Commitments bind both.',
  'Peace needs trust. Trust needs time. Time is what alliances buy.',
].join('\n');

// Without PostgreSQL's server programs (the README's Node-only machine, embedded database) there
// is no cluster to restart; CI and this machine have them.
const bin = postgresBinDir();
if (!bin) console.warn('database-restart: skipped, PostgreSQL server binaries (initdb, pg_ctl) are not installed.');

type TAnswer = { kind: 'rating' | 'note'; sentAt: number; answeredAt: number; status: number; retryAfter: string | null };
type TRoute = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let cluster: TThrowawayPostgres;
let app: {
  putRating: TRoute;
  postNote: TRoute;
  openEvents: TRoute;
  /** proxy.ts, as Next runs it before every page: what a page request is answered, if it does not reach the page. */
  openPage: (path: string) => Promise<Response>;
  inRequestScope: <T>(request: Request, run: () => Promise<T>) => Promise<T>;
  sessionCookieFor: (userId: string, email: string) => Promise<string>;
  close: () => Promise<void>;
};
const savedEnv = { ...process.env };

beforeAll(async () => {
  if (!bin) return;
  cluster = await startThrowawayPostgres();
  const { applyMigrations } = await import('@/lib/server/db/migrate');
  await applyMigrations(cluster.url);
  // The app's modules read these when first imported, so they are set before the imports below.
  // Vitest runs each test file in a process of its own (forks pool, isolated), so pointing the
  // app's singletons (pool, Prisma, listener) at this cluster touches no other file.
  Object.assign(process.env, {
    DATABASE_URL: cluster.url,
    COUNTERPOINT_EMBEDDED: '',
    COUNTERPOINT_WRITES_PER_MINUTE: '100000',
    // Each refused request logs a warning; only unexpected errors (500s) should print here.
    COUNTERPOINT_LOG_LEVEL: 'error',
  });
  const scope = await import('@/tests/support/request-scope');
  const ratings = await import('@/app/api/claims/[id]/ratings/[dimension]/route');
  const notes = await import('@/app/api/essays/[slug]/annotations/route');
  const events = await import('@/app/api/essays/[slug]/events/route');
  const { db } = await import('@/lib/server/db/client');
  const { stopLiveListener } = await import('@/lib/server/live/essay-hub');
  const { proxy } = await import('@/proxy');
  app = {
    putRating: ratings.PUT as TRoute,
    postNote: notes.POST as TRoute,
    openEvents: events.GET as TRoute,
    openPage: (path) => proxy(new scope.NextRequest(`${APP}${path}`)),
    inRequestScope: scope.inRequestScope,
    sessionCookieFor: scope.sessionCookieFor,
    close: async () => {
      await stopLiveListener();
      await db.$disconnect();
    },
  };
}, 120_000);

afterAll(async () => {
  await app?.close();
  await cluster?.destroy();
  process.env = savedEnv;
});

async function seed() {
  const { db } = await import('@/lib/server/db/client');
  const { makeCohort, makeEssay, makeUser } = await import('@/prisma/factories');
  const writers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => makeUser(db, `Writer ${i}`)));
  const readers = await Promise.all(Array.from({ length: READERS }, (_, i) => makeUser(db, `Reader ${i}`)));
  const cohort = await makeCohort(
    db,
    [...writers, ...readers].map((user) => ({ userId: user.id, role: 'MEMBER' as const })),
  );
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claims = await db.claimVersion.findMany({ where: { revisionId: revision.id }, select: { claimId: true, start: true, end: true } });
  const cookieOf = async (user: { id: string; email: string }) => app.sessionCookieFor(user.id, user.email);
  return {
    essay,
    revision,
    claims,
    writers: await Promise.all(writers.map(async (user) => ({ ...user, cookie: await cookieOf(user) }))),
    readers: await Promise.all(readers.map(cookieOf)),
  };
}

function call(route: TRoute, path: string, params: Record<string, string>, init: RequestInit): Promise<Response> {
  const request = new Request(`${APP}${path}`, {
    ...init,
    headers: { host: 'counterpoint.test', origin: APP, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });
  return app.inRequestScope(request, () => route(request, { params: Promise.resolve(params) }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `predicate` until it holds (true) or `ms` pass (false). */
async function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await pause(20);
  }
  return true;
}

/** One statement on its own connection, as a script or another instance would run it (the restart ends any held one). */
async function sql<TRow extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<TRow[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query<TRow>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!bin)('a PostgreSQL restart under writers and live readers', () => {
  it('loses no acknowledged write, answers 503 with Retry-After meanwhile, recovers and resumes every stream exactly', async () => {
    const { essay, revision, claims, writers, readers } = await seed();

    const readerClients: TEventSourceClient[] = readers.map((cookie) =>
      followEventSource((lastEventId, signal) =>
        call(
          app.openEvents,
          `/api/essays/${essay.slug}/events`,
          { slug: essay.slug },
          { signal, headers: { cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) } },
        ),
      ),
    );

    // Writers alternate a rating (its value attempts per key kept, to check what must be stored)
    // and a note; after a refusal they pause 100 ms, so the outage is sampled often.
    const answers: TAnswer[] = [];
    const ratingAttempts = new Map<string, { value: number; isAcked: boolean }[]>();
    const ackedNotes: string[] = [];
    let isWriting = true;
    const writing = writers.map(async (writer, w) => {
      for (let n = 0; isWriting; n += 1) {
        const sentAt = performance.now();
        const claim = claims[(w + n) % claims.length]!;
        let response: Response;
        let onAck: () => void;
        if (n % 2 === 0) {
          const dimension = n % 4 === 0 ? 'agreement' : 'evidence';
          const value = ((w + n) % 5) + 1;
          const attempts = ratingAttempts.get(`${writer.id}|${claim.claimId}|${dimension.toUpperCase()}`) ?? [];
          ratingAttempts.set(`${writer.id}|${claim.claimId}|${dimension.toUpperCase()}`, attempts);
          const attempt = { value, isAcked: false };
          attempts.push(attempt);
          response = await call(
            app.putRating,
            `/api/claims/${claim.claimId}/ratings/${dimension}`,
            { id: claim.claimId, dimension },
            { method: 'PUT', headers: { cookie: writer.cookie }, body: JSON.stringify({ value }) },
          );
          onAck = () => (attempt.isAcked = true);
        } else {
          const body = `restart note ${w}-${n}`;
          response = await call(
            app.postNote,
            `/api/essays/${essay.slug}/annotations`,
            { slug: essay.slug },
            {
              method: 'POST',
              headers: { cookie: writer.cookie },
              body: JSON.stringify({
                revisionId: revision.id,
                motivation: 'COMMENTING',
                body,
                selectors: describeRange(revision.text, claim.start, claim.end),
              }),
            },
          );
          onAck = () => ackedNotes.push(body);
        }
        await response.text();
        answers.push({
          kind: n % 2 === 0 ? 'rating' : 'note',
          sentAt,
          answeredAt: performance.now(),
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
        });
        if (response.ok) onAck();
        await pause(response.ok ? 20 : 100);
      }
    });

    try {
      // Warm up: every reader has live notes before the database goes away.
      expect(await Promise.all(readerClients.map((r) => r.until((c) => c.events.length >= 3, 30_000)))).toEqual(readers.map(() => true));

      const downAt = performance.now();
      await cluster.stop('fast');
      // Half the readers lose their connection too (a tab reloaded, a proxy restarted); they come
      // back while the database is still down, and again after.
      const droppers = readerClients.slice(0, READERS / 2);
      for (const reader of droppers) reader.drop();
      // A page asked for now is answered by the proxy: 503, come back shortly (not a failed render).
      const pageDuring = await app.openPage(`/essays/${essay.slug}`);
      await pause(OUTAGE_MS);
      await cluster.start();
      const backAt = performance.now();

      // The app serves again without being restarted: a write answered 2xx after the database came back.
      const firstSuccess = () => answers.find((a) => a.answeredAt > backAt && a.status < 400);
      const recovered = await waitFor(() => firstSuccess() !== undefined, RECOVERY_BOUND_MS);
      const recoveryMs = (firstSuccess()?.answeredAt ?? Number.NaN) - backAt;
      const pageAfter = await app.openPage(`/essays/${essay.slug}`);
      await pause(1_500);
      isWriting = false;
      await Promise.all(writing);

      // Every reader ends with every event of the essay, once each, in order.
      const rows = await sql<{ id: string }>(`SELECT id::text AS id FROM "EssayEvent" WHERE "essayId" = $1 ORDER BY "EssayEvent".id`, [
        essay.id,
      ]);
      const feed = rows.map((row) => row.id);
      const caughtUp = await Promise.all(readerClients.map((r) => r.until((c) => c.events.at(-1)?.id === feed.at(-1), 20_000)));

      // Another instance (or a script) writes straight to the database: only the LISTEN
      // connection, re-established by itself, can tell the readers.
      const other = await sql<{ id: string }>(
        `WITH note AS (SELECT id FROM "Annotation" WHERE "essayId" = $1 ORDER BY "createdAt" LIMIT 1),
              appended AS (INSERT INTO "EssayEvent" ("essayId", type, "annotationId") SELECT $1, 'annotation.updated', id FROM note RETURNING id)
         SELECT id::text, pg_notify('essay_events', $1) FROM appended`,
        [essay.id],
      );
      const heardFromOutside = await Promise.all(readerClients.map((r) => r.until((c) => c.events.at(-1)?.id === other[0]!.id, 10_000)));
      const listeners = await sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'counterpoint-live'`,
      );

      const during = answers.filter((a) => a.sentAt >= downAt && a.sentAt < backAt);
      const refusals = answers.filter((a) => a.status >= 400);
      console.log(
        `database-restart: ${answers.filter((a) => a.status < 400).length} writes acknowledged, ${refusals.length} refused ` +
          `(${[...new Set(refusals.map((a) => a.status))].join(', ')}); outage ${((backAt - downAt) / 1000).toFixed(1)} s, ` +
          `max latency during it ${Math.max(0, ...during.map((a) => a.answeredAt - a.sentAt)).toFixed(0)} ms; ` +
          `first write after the database came back: ${recoveryMs.toFixed(0)} ms`,
      );

      // Recovery, within the bound.
      expect(recovered).toBe(true);
      expect(recoveryMs).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
      // The outage was met, and met with 503 + Retry-After only (never a 500).
      expect(during.length).toBeGreaterThan(0);
      expect(refusals.length).toBeGreaterThan(0);
      expect(refusals.filter((a) => a.status !== 503 || a.retryAfter !== '2')).toEqual([]);

      // Pages: a 503 with Retry-After during the outage; after it, the proxy lets them through to render.
      expect([pageDuring.status, pageDuring.headers.get('retry-after')]).toEqual([503, '2']);
      expect(pageAfter.status).toBe(200);
      expect(pageAfter.headers.get('x-middleware-next')).toBe('1');

      // No acknowledged write lost: each acknowledged note is stored with its feed event; each
      // rating holds its last acknowledged value, or a later attempt's (answered 503 after commit).
      const storedNotes = await sql<{ body: string }>(
        `SELECT a.body FROM "Annotation" a WHERE a."essayId" = $1 AND EXISTS (SELECT 1 FROM "EssayEvent" e WHERE e."annotationId" = a.id)`,
        [essay.id],
      );
      const stored = new Set(storedNotes.map((row) => row.body));
      expect(ackedNotes.length).toBeGreaterThan(0);
      expect(ackedNotes.filter((body) => !stored.has(body))).toEqual([]);
      const storedRatings = await sql<{ key: string; value: number }>(
        `SELECT r."userId" || '|' || r."claimId" || '|' || r.dimension::text AS key, r.value FROM "Rating" r WHERE r."userId" = ANY($1::text[])`,
        [writers.map((writer) => writer.id)],
      );
      const ratingByKey = new Map(storedRatings.map((row) => [row.key, row.value]));
      const lostRatings = [...ratingAttempts].filter(([key, attempts]) => {
        const lastAcked = attempts.findLastIndex((attempt) => attempt.isAcked);
        return lastAcked >= 0 && !attempts.slice(lastAcked).some((attempt) => attempt.value === ratingByKey.get(key));
      });
      expect(lostRatings).toEqual([]);

      // Streams: nobody was told to stop; the readers who lost their connection during the outage
      // were answered "retry later" (a stream, not an error) and came back; all resumed exactly.
      expect(readerClients.map((r) => r.finalAnswer())).toEqual(readers.map(() => null));
      const reconnectsDuringOutage = droppers.map((reader) =>
        reader.connections.filter((c) => c.at > downAt && c.at < backAt).map((c) => `${c.status}${c.isRetryLater ? ' retry later' : ''}`),
      );
      expect(reconnectsDuringOutage.filter((answers) => !answers.includes('200 retry later'))).toEqual([]);
      expect(caughtUp).toEqual(readers.map(() => true));
      for (const reader of readerClients) {
        const ids = reader.events.filter((e) => e.event === 'message').map((e) => e.id);
        // The first events may predate the reader's first connection only if it started at 0: it did.
        expect(ids).toEqual([...feed, other[0]!.id]);
      }
      expect(heardFromOutside).toEqual(readers.map(() => true));
      // One LISTEN connection after all this, not one per stream or per reconnect.
      expect(listeners[0]!.count).toBe(1);
    } finally {
      isWriting = false;
      await Promise.all(writing);
      for (const reader of readerClients) reader.close();
    }
  }, 180_000);
});
