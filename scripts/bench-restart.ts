// npm run bench:restart — issue 13's scenario over HTTP. On a throwaway PostgreSQL cluster
// (tests/support/throwaway-postgres.ts), `next start` serves 32 signed-in writers (rating PUTs and
// note POSTs, closed loop; 100 ms pause after a refusal) and 50 live readers (EventSource-like:
// tests/support/event-source-client.ts). After a warm-up PostgreSQL is stopped (fast: every
// session ends) for 3 s, 10 readers lose their connection as it goes down, and it is started
// again. Prints writes acknowledged and lost (checked in SQL), outage answers by status, latency
// during the outage, recovery and stream resume times, gaps and duplicates, LISTEN connections.
// Floor, same run: a bare pg client that polls the cluster every 20 ms — when a fresh connection
// first works, "the database is back"; the app cannot serve before that.
//   COUNTERPOINT_BENCH_PORT=<port> to serve on another port than 3150.
import { loadavg } from 'node:os';
import pg from 'pg';
import { describeRange } from '@/lib/domain/anchoring';
import { applyMigrations } from '@/lib/server/db/migrate';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { followEventSource, type TEventSourceClient } from '../tests/support/event-source-client';
import { startThrowawayPostgres } from '../tests/support/throwaway-postgres';
import { startAppServer } from './support/app-under-test';
import { signInOverHttp, type THttpSession } from './support/http-session';
import { percentile } from './support/load-loop';

const WRITERS = 32;
const READERS = 50;
/** Readers whose connection is cut as the database goes down: they reconnect during the outage. */
const DROPPED_READERS = 10;
const WARM_UP_MS = 5_000;
const OUTAGE_MS = 3_000;
const AFTER_MS = 10_000;
const PORT = Number(process.env.COUNTERPOINT_BENCH_PORT ?? 3150);
const DIMENSIONS = ['agreement', 'evidence'] as const;

type TAnswer = { sentAt: number; answeredAt: number; status: string };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');

async function sql<TRow extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<TRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<TRow>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const cluster = await startThrowawayPostgres();
let stopServer: (() => Promise<void>) | null = null;
const readers: TEventSourceClient[] = [];
// The server's log: lines per phase (issue 13 found ~8 lines per failed request), and its tail if it dies.
const serverLog: { at: number; line: string }[] = [];
const serverLogTail = () => serverLog.slice(-20).map((entry) => entry.line);
try {
  const url = cluster.url;
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { seedDemo } = await import('../prisma/seed');
  const { db } = await import('@/lib/server/db/client');
  await seedDemo(db);
  await db.$disconnect();

  const [essay] = await sql<{ id: string; cohortId: string; revisionId: string; text: string }>(
    url,
    `SELECT e.id, e."cohortId", r.id AS "revisionId", r.text FROM "Essay" e JOIN "EssayRevision" r ON r.id = e."currentRevisionId" WHERE e.slug = $1`,
    [DEMO_ESSAY.slug],
  );
  const claims = await sql<{ claimId: string; start: number; end: number }>(
    url,
    `SELECT "claimId", start, "end" FROM "ClaimVersion" WHERE "revisionId" = $1 ORDER BY start`,
    [essay!.revisionId],
  );
  // Writers and readers: members of the demo cohort with the demo password's hash.
  await sql(
    url,
    `WITH users AS (
       INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
       SELECT 'restart-user-' || n, 'restart-' || n || '@counterpoint.test', 'Restart ' || n, (SELECT "passwordHash" FROM "User" WHERE email = $1), now()
       FROM generate_series(1, $2::int) n RETURNING id)
     INSERT INTO "Membership" (id, "cohortId", "userId", role) SELECT 'restart-m-' || id, $3, id, 'MEMBER' FROM users`,
    [DEMO_USERS.member.email, WRITERS + READERS, essay!.cohortId],
  );

  const server = await startAppServer(PORT, url, 'server', {
    onOutput: (text) =>
      serverLog.push(
        ...text
          .split('\n')
          .filter(Boolean)
          .map((line) => ({ at: performance.now(), line })),
      ),
  });
  stopServer = server.stop;
  const sessions: THttpSession[] = [];
  for (let n = 1; n <= WRITERS + READERS; n += 1)
    sessions.push(await signInOverHttp(server.baseUrl, `restart-${n}@counterpoint.test`, DEMO_PASSWORD));
  const writerSessions = sessions.slice(0, WRITERS);
  const readerSessions = sessions.slice(WRITERS);

  // Readers start at the newest event: what they must receive is every event after it.
  const [{ startId }] = (await sql<{ startId: string }>(
    url,
    `SELECT coalesce(max(id), 0)::text AS "startId" FROM "EssayEvent" WHERE "essayId" = $1`,
    [essay!.id],
  )) as [{ startId: string }];
  for (const session of readerSessions) {
    readers.push(
      followEventSource((lastEventId, signal) =>
        session.fetch(`/api/essays/${DEMO_ESSAY.slug}/events${lastEventId ? '' : `?since=${startId}`}`, {
          signal,
          headers: lastEventId ? { 'last-event-id': lastEventId } : {},
        }),
      ),
    );
  }

  const answers: TAnswer[] = [];
  const ratingAttempts = new Map<string, { value: number; isAcked: boolean }[]>();
  const ackedNotes: string[] = [];
  let isWriting = true;
  const headers = { 'content-type': 'application/json', origin: server.baseUrl };
  const writing = writerSessions.map(async (session, w) => {
    for (let n = 0; isWriting; n += 1) {
      const claim = claims[(w * 7 + n) % claims.length]!;
      const sentAt = performance.now();
      let status: string;
      try {
        if (n % 2 === 0) {
          const dimension = DIMENSIONS[(n / 2) % 2]!;
          const value = ((w + n) % 5) + 1;
          const key = `restart-user-${w + 1}|${claim.claimId}|${dimension.toUpperCase()}`;
          const attempt = { value, isAcked: false };
          ratingAttempts.set(key, [...(ratingAttempts.get(key) ?? []), attempt]);
          const response = await session.fetch(`/api/claims/${claim.claimId}/ratings/${dimension}`, {
            method: 'PUT',
            headers,
            body: JSON.stringify({ value }),
          });
          await response.arrayBuffer();
          attempt.isAcked = response.ok;
          status = String(response.status);
        } else {
          const body = `restart note ${w}-${n}`;
          const response = await session.fetch(`/api/essays/${DEMO_ESSAY.slug}/annotations`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              revisionId: essay!.revisionId,
              motivation: 'COMMENTING',
              body,
              selectors: describeRange(essay!.text, claim.start, claim.end),
            }),
          });
          await response.arrayBuffer();
          if (response.ok) ackedNotes.push(body);
          status = String(response.status);
        }
      } catch (error) {
        status = `network (${(error as Error).message.slice(0, 40)})`;
      }
      answers.push({ sentAt, answeredAt: performance.now(), status });
      if (!status.startsWith('2')) await sleep(100);
    }
  });

  // Page readers: 4 clients loading the essay's page every 200 ms (a page cannot choose its status;
  // proxy.ts answers 503 while the database is unreachable).
  const pageAnswers: TAnswer[] = [];
  const loadingPages = readerSessions.slice(0, 4).map(async (session) => {
    while (isWriting) {
      const sentAt = performance.now();
      let status: string;
      try {
        const response = await session.fetch(`/essays/${DEMO_ESSAY.slug}`, { redirect: 'manual' });
        await response.arrayBuffer();
        status = String(response.status);
      } catch (error) {
        status = `network (${(error as Error).message.slice(0, 40)})`;
      }
      pageAnswers.push({ sentAt, answeredAt: performance.now(), status });
      await sleep(200);
    }
  });

  // The floor: a bare pg client trying a fresh connection every 20 ms from the moment pg_ctl start is run.
  let floorBackAt = Number.NaN;
  let isPolling = false;
  const pollFloor = async () => {
    while (isPolling) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('SELECT 1');
        floorBackAt = performance.now();
        isPolling = false;
      } catch {
        await sleep(20);
      } finally {
        await client.end().catch(() => undefined);
      }
    }
  };

  console.log(
    `bench:restart — ${WRITERS} writers, ${READERS} live readers (${DROPPED_READERS} lose their connection at the outage); outage ${OUTAGE_MS / 1000} s; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  // Warm-up: at least WARM_UP_MS, and until every reader has had a live event.
  const warmStart = performance.now();
  await sleep(WARM_UP_MS);
  await Promise.all(readers.map((r) => r.until((c) => c.events.length > 0, 60_000)));
  const warmEvents = readers.map((r) => r.events.length);
  const downAt = performance.now();
  await cluster.stop('fast');
  const stoppedAt = performance.now();
  const dropped = readers.slice(0, DROPPED_READERS);
  for (const reader of dropped) reader.drop();
  await sleep(OUTAGE_MS);
  isPolling = true;
  const polling = pollFloor();
  const startAt = performance.now();
  await cluster.start();
  await polling;
  const dbBackAt = floorBackAt;
  await sleep(AFTER_MS);
  isWriting = false;
  await Promise.all([...writing, ...loadingPages]);

  // Readers catch up; then an event written straight to the database (another instance) must reach them via LISTEN.
  const feed = (
    await sql<{ id: string }>(url, `SELECT id::text AS id FROM "EssayEvent" WHERE "essayId" = $1 AND id > $2 ORDER BY "EssayEvent".id`, [
      essay!.id,
      startId,
    ])
  ).map((row) => row.id);
  const caughtUp = await Promise.all(readers.map((r) => r.until((c) => c.events.at(-1)?.id === feed.at(-1), 30_000)));
  const outsideAt = performance.now();
  const [outside] = await sql<{ id: string }>(
    url,
    `WITH note AS (SELECT id FROM "Annotation" WHERE "essayId" = $1 ORDER BY "createdAt" DESC LIMIT 1),
          appended AS (INSERT INTO "EssayEvent" ("essayId", type, "annotationId") SELECT $1, 'annotation.updated', id FROM note RETURNING id)
     SELECT id::text, pg_notify('essay_events', $1) FROM appended`,
    [essay!.id],
  );
  const heard = await Promise.all(readers.map((r) => r.until((c) => c.events.some((e) => e.id === outside!.id), 10_000)));
  const outsideDelivery = readers.map((r) => (r.events.find((e) => e.id === outside!.id)?.at ?? Number.NaN) - outsideAt);
  const [{ listeners }] = (await sql<{ listeners: number }>(
    url,
    `SELECT count(*)::int AS listeners FROM pg_stat_activity WHERE application_name = 'counterpoint-live'`,
  )) as [{ listeners: number }];

  // Acknowledged writes, checked in SQL: notes stored with their feed event; each rating key holds
  // its last acknowledged value or a later attempt's (one answered 503 after it committed).
  const storedNotes = await sql<{ body: string }>(
    url,
    `SELECT a.body FROM "Annotation" a WHERE a.body = ANY($1::text[]) AND EXISTS (SELECT 1 FROM "EssayEvent" e WHERE e."annotationId" = a.id)`,
    [ackedNotes],
  );
  const lostNotes = ackedNotes.length - new Set(storedNotes.map((row) => row.body)).size;
  const storedRatings = await sql<{ key: string; value: number }>(
    url,
    `SELECT r."userId" || '|' || r."claimId" || '|' || r.dimension::text AS key, r.value FROM "Rating" r WHERE r."userId" LIKE 'restart-user-%'`,
  );
  const ratingByKey = new Map(storedRatings.map((row) => [row.key, row.value]));
  let ackedRatings = 0;
  let lostRatings = 0;
  for (const [key, attempts] of ratingAttempts) {
    ackedRatings += attempts.filter((a) => a.isAcked).length;
    const lastAcked = attempts.findLastIndex((a) => a.isAcked);
    if (lastAcked >= 0 && !attempts.slice(lastAcked).some((a) => a.value === ratingByKey.get(key))) lostRatings += 1;
  }

  // Streams: every reader should hold exactly the feed after its start, then the outside event.
  const expected = [...feed, outside!.id];
  let gaps = 0;
  let duplicates = 0;
  for (const reader of readers) {
    const ids = reader.events.filter((e) => e.event === 'message').map((e) => e.id!);
    duplicates += ids.length - new Set(ids).size;
    const got = new Set(ids);
    gaps += expected.filter((id) => !got.has(id)).length;
  }
  const held = readers.slice(DROPPED_READERS);
  const resume = held.map((r) => (r.events.find((e) => e.at > dbBackAt)?.at ?? Number.NaN) - dbBackAt);
  const reconnect = dropped.map(
    (r) => (r.connections.find((c) => c.at > downAt && c.status === 200 && !c.isRetryLater)?.answeredAt ?? Number.NaN) - dbBackAt,
  );
  const firstNoteAfter = Math.min(...answers.filter((a) => a.answeredAt > dbBackAt && a.status === '201').map((a) => a.answeredAt));
  const retryLater = dropped.reduce((sum, r) => sum + r.connections.filter((c) => c.at > downAt && c.isRetryLater).length, 0);
  const finals = readers.filter((r) => r.finalAnswer() !== null).length;

  const during = answers.filter((a) => a.sentAt >= downAt && a.sentAt < dbBackAt);
  const outageLogLines = serverLog.filter((entry) => entry.at >= downAt && entry.at < dbBackAt + 1_000).length;
  const byStatus = new Map<string, number>();
  for (const answer of during) byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
  const firstAppSuccess = Math.min(...answers.filter((a) => a.answeredAt > dbBackAt && a.status.startsWith('2')).map((a) => a.answeredAt));
  const statuses500 = answers.filter((a) => a.status.startsWith('5') && a.status !== '503').length;
  const acknowledged = ackedRatings + ackedNotes.length;
  const lost = lostRatings + lostNotes;

  const warmAcked = answers.filter((a) => a.answeredAt < downAt && a.status.startsWith('2')).length;
  console.log(`\nwarm-up: ${warmAcked} writes acknowledged, readers had ${Math.min(...warmEvents)}–${Math.max(...warmEvents)} events each`);
  console.log(
    `outage: stop (fast) took ${fmt(stoppedAt - downAt)}; down for ${fmt(startAt - stoppedAt)}; pg_ctl start → a bare pg client connects: ${fmt(dbBackAt - startAt)} (floor)`,
  );
  console.log(
    `writes acknowledged: ${acknowledged} (${ackedRatings} ratings, ${ackedNotes.length} notes); lost: ${lost} (${lostRatings} rating keys, ${lostNotes} notes) — target 0: ${lost === 0 ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `answers to requests sent during the outage: ${[...byStatus].map(([s, c]) => `${s}×${c}`).join(' ') || 'none'}; 5xx other than 503 in the whole run: ${statuses500} — target 0: ${statuses500 === 0 ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `server log lines from the stop to 1 s after the database was back: ${outageLogLines} (${(outageLogLines / Math.max(1, during.length)).toFixed(1)} per outage request)`,
  );
  // The same requests before the outage, on the same loaded machine, for comparison.
  const pageStatuses = (answered: TAnswer[]) => {
    const counts = new Map<string, number>();
    for (const answer of answered) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${status}×${count}`).join(' ') || 'none';
  };
  // A page still rendering when PostgreSQL ends its session fails with 500 (a page cannot choose its
  // status); one asked for once the database is gone must get the proxy's 503.
  const inFlight = pageAnswers.filter((a) => a.sentAt < downAt && a.answeredAt >= downAt);
  const pagesDuring = pageAnswers.filter((a) => a.sentAt >= downAt && a.sentAt < dbBackAt);
  const page500s = pagesDuring.filter((a) => a.status.startsWith('5') && a.status !== '503').length;
  console.log(
    `page loads: in flight as the database stopped ${pageStatuses(inFlight)}; sent during the outage ${pageStatuses(pagesDuring)}; after ${pageStatuses(pageAnswers.filter((a) => a.sentAt >= dbBackAt))}; 5xx other than 503 sent during the outage: ${page500s} — target 0: ${page500s === 0 ? 'PASS' : 'FAIL'}`,
  );
  const latencyLine = (list: TAnswer[]) => {
    const ms = list.map((a) => a.answeredAt - a.sentAt);
    return `p50 ${fmt(percentile(ms, 50))}, p95 ${fmt(percentile(ms, 95))}, max ${fmt(Math.max(...ms))} (${ms.length} requests)`;
  };
  console.log(`request latency during the outage: ${latencyLine(during)}`);
  console.log(`request latency during the warm-up: ${latencyLine(answers.filter((a) => a.sentAt >= warmStart && a.answeredAt < downAt))}`);
  const recovery = firstAppSuccess - dbBackAt;
  console.log(
    `database back → first acknowledged write: ${fmt(recovery)} (floor: 0, by definition; from pg_ctl start: app ${fmt(firstAppSuccess - startAt)} vs bare client ${fmt(dbBackAt - startAt)}) — target ≤ 5 s: ${recovery <= 5_000 ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `held streams (${held.length}): database back → first event: p50 ${fmt(percentile(resume, 50))}, max ${fmt(Math.max(...resume))} (the first note acknowledged after it: ${fmt(firstNoteAfter - dbBackAt)})`,
  );
  console.log(
    `dropped streams (${dropped.length}): ${retryLater} "retry later" answers during the outage; database back → open again: p50 ${fmt(percentile(reconnect, 50))}, max ${fmt(Math.max(...reconnect))}`,
  );
  console.log(
    `streams: ${caughtUp.filter(Boolean).length}/${READERS} caught up with ${feed.length} events; gaps ${gaps}, duplicates ${duplicates}, stopped for good ${finals} — target 0: ${gaps + duplicates + finals === 0 ? 'PASS' : 'FAIL'}`,
  );
  console.log(
    `an event written straight to the database reached ${heard.filter(Boolean).length}/${READERS} readers (p50 ${fmt(percentile(outsideDelivery, 50))}); LISTEN connections: ${listeners} — target 1: ${listeners === 1 ? 'PASS' : 'FAIL'}`,
  );
} catch (error) {
  console.error('bench:restart failed; the last lines of the server log:');
  for (const entry of serverLogTail()) console.error(`  ${entry}`);
  throw error;
} finally {
  for (const reader of readers) reader.close();
  await stopServer?.();
  await cluster.destroy();
}
process.exit(0);
