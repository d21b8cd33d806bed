// npm run bench:scaleout — two app instances on one fresh database behind nginx (the shipped
// deploy/nginx/counterpoint.conf, ports changed). Prints:
//  1. live delivery latency (POST sent on A → event parsed by the reader) for readers on B, the
//     other instance, against readers on A itself in the same run — the floor: crossing instances
//     adds PostgreSQL's NOTIFY and B's own read of the feed;
//  2. a rolling restart under load through nginx: one instance at a time is stopped (SIGTERM) and
//     a new one started on its port, while writers post notes, readers GET pages and live readers
//     follow the essay; prints requests sent and lost (not 2xx, or no answer), acknowledged writes
//     missing from the database, and live events missed or repeated. The target is 0 for each.
// Needs a PostgreSQL server in DATABASE_URL (several instances share it; PGlite serves one) and
// nginx (/usr/sbin/nginx, or NGINX_PATH). Ports: COUNTERPOINT_TEST_EXTRA_PORTS ("3211-3219") or free ones.
import pg from 'pg';
import { describeRange } from '@/lib/domain/anchoring';
import { applyMigrations } from '@/lib/server/db/migrate';
import { DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { startAppInstance, type TAppInstance } from '../tests/support/app-instance';
import { extraPorts } from '../tests/support/extra-ports';
import type { TEventSourceClient } from '../tests/support/event-source-client';
import { followLive, noteBodies, noteEvents, streamsOpened } from '../tests/support/follow-live';
import { startNginx } from '../tests/support/nginx-proxy';
import { createFreshDatabase } from '../tests/support/test-database';
import { appEnv, buildIfStale } from './support/app-under-test';
import { signInOverHttp, type THttpSession } from './support/http-session';
import { percentile } from './support/load-loop';

const READERS_PER_INSTANCE = 20;
const POSTS = 100;
const WRITERS = 4;
const PAGE_READERS = 4;
const LIVE_READERS = 8;
/** Cross-instance p95 may cost this much over same-instance p95 before the run says so. */
const CROSS_INSTANCE_BUDGET_MS = 100;

if (!process.env.DATABASE_URL) {
  console.error('bench:scaleout needs DATABASE_URL (a PostgreSQL server): several instances cannot share the embedded database.');
  process.exit(1);
}
const database = await createFreshDatabase(process.env.DATABASE_URL, 'counterpoint_bench');
const [portA, portB, proxyPort] = (await extraPorts(3)) as [number, number, number];
const started: TAppInstance[] = [];
let stopProxy: (() => Promise<void>) | null = null;
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import('../prisma/seed');
  const { db } = await import('@/lib/server/db/client');
  await seedDemo(db);
  const { makeCohort, makeEssay } = await import('../prisma/factories');
  const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const cohort = await makeCohort(db, [
    { userId: await idOf(DEMO_USERS.member.email), role: 'MEMBER' },
    { userId: await idOf(DEMO_USERS.moderator.email), role: 'MODERATOR' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  await db.$disconnect();

  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const env = {
    ...(appEnv(proxyPort, database.url, 'server') as Record<string, string>),
    NEXTAUTH_URL: proxyUrl,
    COUNTERPOINT_TRUSTED_PROXIES: '1',
    COUNTERPOINT_LIVE_MAX_STREAMS: '100', // the most live-settings.ts accepts
  };
  await buildIfStale(appEnv(proxyPort, database.url, 'server'));
  const start = async (name: string, port: number) => {
    const instance = await startAppInstance({ name, port, env });
    started.push(instance);
    return instance;
  };
  let [a, b] = await Promise.all([start('a', portA), start('b', portB)]);
  const proxy = await startNginx({ listenPort: proxyPort, upstreamPorts: [portA, portB] });
  stopProxy = proxy.stop;

  const sentence = 'Alliances deter war.';
  const at = revision.text.indexOf(sentence);
  const noteBody = (body: string) =>
    JSON.stringify({
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      selectors: describeRange(revision.text, at, at + sentence.length),
    });
  const post = (session: THttpSession, origin: string, body: string) =>
    session.fetch(`/api/essays/${essay.slug}/annotations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: noteBody(body),
    });
  const bodyOf = (data: string) => (JSON.parse(data) as { annotation: { body: string } }).annotation.body;
  const eventsUrl = (base: string) => `${base}/api/essays/${essay.slug}/events`;
  const waitFor = async (check: () => boolean, ms: number) => {
    const deadline = performance.now() + ms;
    while (!check() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  // 1. Cross-instance delivery.
  const posterA = await signInOverHttp(a.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD);
  const readerSession = await signInOverHttp(a.baseUrl, DEMO_USERS.moderator.email, DEMO_PASSWORD);
  const follow = (base: string) => followLive(eventsUrl(base), { cookie: readerSession.cookie });
  const onA = Array.from({ length: READERS_PER_INSTANCE }, () => follow(a.baseUrl));
  const onB = Array.from({ length: READERS_PER_INSTANCE }, () => follow(b.baseUrl));
  await waitFor(() => [...onA, ...onB].every((live) => streamsOpened(live) === 1), 30_000);
  const sentAt = new Map<string, number>();
  for (let i = 0; i < POSTS; i += 1) {
    const body = `cross-${i}`;
    sentAt.set(body, performance.now());
    const answer = await post(posterA, a.baseUrl, body);
    if (answer.status !== 201) throw new Error(`POST on A answered ${answer.status}: ${await answer.text()}`);
  }
  const delivered = (readers: TEventSourceClient[]) => readers.reduce((n, live) => n + noteEvents(live).length, 0);
  await waitFor(() => delivered(onA) + delivered(onB) >= 2 * READERS_PER_INSTANCE * POSTS, 30_000);
  const latencies = (readers: TEventSourceClient[]) =>
    readers.flatMap((live) => noteEvents(live).map((event) => event.at - sentAt.get(bodyOf(event.data))!));
  const duplicates = (readers: TEventSourceClient[]) =>
    readers.reduce((n, live) => n + noteEvents(live).length - new Set(noteEvents(live).map((event) => event.id)).size, 0);
  [...onA, ...onB].forEach((live) => live.close());
  const sameP95 = percentile(latencies(onA), 95);
  const crossP95 = percentile(latencies(onB), 95);
  const expectedPer = READERS_PER_INSTANCE * POSTS;
  console.log(`bench:scaleout — ${POSTS} notes posted on A; ${READERS_PER_INSTANCE} live readers on A, ${READERS_PER_INSTANCE} on B`);
  for (const [name, readers] of [
    ['same instance (A → A, floor)', onA],
    ['cross instance (A → B)', onB],
  ] as const) {
    const values = latencies(readers);
    console.log(
      `  ${name}: delivered ${values.length}/${expectedPer}, duplicates ${duplicates(readers)}; ms p50 ${percentile(values, 50).toFixed(1)}  p95 ${percentile(values, 95).toFixed(1)}  max ${percentile(values, 100).toFixed(1)}`,
    );
  }
  console.log(
    `  cross-instance p95 − same-instance p95: ${(crossP95 - sameP95).toFixed(1)} ms (budget ${CROSS_INSTANCE_BUDGET_MS} ms: ${crossP95 - sameP95 <= CROSS_INSTANCE_BUDGET_MS ? 'within' : 'OVER'})`,
  );

  // 2. Rolling restart under load, everything through nginx.
  const writers = await Promise.all(
    Array.from({ length: WRITERS }, () => signInOverHttp(proxy.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD)),
  );
  const live = Array.from({ length: LIVE_READERS }, () => followLive(eventsUrl(proxy.baseUrl), { cookie: readerSession.cookie }));
  await waitFor(() => live.every((reader) => streamsOpened(reader) >= 1), 30_000);
  let isLoading = true;
  const outcomes = new Map<string, number>();
  const acknowledged: string[] = [];
  const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  const send = async (request: () => Promise<Response>, onOk?: (response: Response) => Promise<void>) => {
    try {
      const response = await request();
      if (response.status < 300) {
        count('2xx');
        await onOk?.(response);
      } else {
        count(String(response.status));
        await response.body?.cancel();
      }
    } catch (error) {
      count(`no answer (${String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message).slice(0, 40)})`);
    }
  };
  let written = 0;
  const loops = [
    ...writers.map(async (session) => {
      while (isLoading) {
        const body = `rolling-${(written += 1)}`;
        await send(
          () => post(session, proxy.baseUrl, body),
          async (response) => {
            await response.json();
            acknowledged.push(body);
          },
        );
      }
    }),
    ...Array.from({ length: PAGE_READERS }, async (_, i) => {
      while (isLoading) {
        const path = i % 2 === 0 ? `/essays/${essay.slug}` : `/api/essays/${essay.slug}/threads`;
        await send(
          () => fetch(`${proxy.baseUrl}${path}`, { headers: { cookie: readerSession.cookie } }),
          async (response) => void (await response.arrayBuffer()),
        );
      }
    }),
  ];
  const restartStarted = performance.now();
  const timeline: string[] = [];
  for (const [name, port] of [
    ['a', portA],
    ['b', portB],
  ] as const) {
    const old = name === 'a' ? a : b;
    const t0 = performance.now();
    const code = await old.stop('SIGTERM');
    const t1 = performance.now();
    const fresh = await start(name, port);
    if (name === 'a') a = fresh;
    else b = fresh;
    timeline.push(
      `${name.toUpperCase()}: drained and exited ${code} in ${((t1 - t0) / 1000).toFixed(1)} s, replacement serving after ${((performance.now() - t1) / 1000).toFixed(1)} s`,
    );
  }
  // Let the load run on the new pair for a moment, then stop it.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  isLoading = false;
  await Promise.all(loops);
  const restartSeconds = (performance.now() - restartStarted) / 1000;

  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const stored = await admin.query<{ body: string }>(`SELECT body FROM "Annotation" WHERE "essayId" = $1 AND body LIKE 'rolling-%'`, [
    essay.id,
  ]);
  await admin.end();
  const storedBodies = new Set(stored.rows.map((row) => row.body));
  const missingWrites = acknowledged.filter((body) => !storedBodies.has(body)).length;
  await waitFor(() => live.every((reader) => acknowledged.every((body) => noteBodies(reader).includes(body))), 15_000);
  live.forEach((reader) => reader.close());
  const liveMissed = live.reduce((n, reader) => {
    const seen = new Set(noteBodies(reader));
    return n + acknowledged.filter((body) => !seen.has(body)).length;
  }, 0);
  const liveDuplicates = duplicates(live);
  const requests = [...outcomes.values()].reduce((n, c) => n + c, 0);
  const lost = requests - (outcomes.get('2xx') ?? 0);
  const moved = live.filter((reader) => streamsOpened(reader) > 1).length;

  console.log(
    `rolling restart through nginx (${restartSeconds.toFixed(1)} s): ${WRITERS} writers, ${PAGE_READERS} page readers, ${LIVE_READERS} live readers`,
  );
  for (const line of timeline) console.log(`  ${line}`);
  console.log(`  requests ${requests}: ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
  console.log(`  requests lost: ${lost} (target 0)`);
  console.log(`  notes acknowledged ${acknowledged.length}, missing from the database ${missingWrites} (target 0)`);
  console.log(
    `  live readers moved ${moved}/${LIVE_READERS}; events missed ${liveMissed}, repeated ${liveDuplicates} (target 0, 0); streams given up ${live.filter((r) => r.finalAnswer() !== null).length}`,
  );
} finally {
  await stopProxy?.();
  await Promise.all(started.map((instance) => instance.stop('SIGKILL')));
  await database.drop();
}
process.exit(0);
