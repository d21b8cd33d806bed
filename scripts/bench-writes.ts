// npm run bench:writes — 64 signed-in clients writing: rating PUTs, then annotation POSTs, each
// against the app and against a hand-written floor (scripts/support/writes-floor.ts: node:http +
// pg, the same SQL writes), interleaved in rounds so both see the same machine. Prints req/s, the
// app/floor ratio, p95 and SQL statements per write (counted on a second server that talks to
// PostgreSQL through sql-statement-counter.ts, on its own thread), then checks in SQL that every acknowledged
// write is there. A third side in each round, the framework's ceiling, is GET /api/health on the
// same server (a route that does nothing): how fast Next.js answers at all on this machine, which
// bounds any route of the app and shows how much of the gap to the floor is the framework's. Fresh database on the server in DATABASE_URL (else embedded PGlite).
//   npm run bench:writes -- --only rating   one kind of write (rating or annotation)
//   npm run bench:writes -- --embedded   the app as `npm start` runs it without DATABASE_URL,
//                                        64 concurrent readers and writers; errors by status.
import pg from 'pg';
import { describeRange } from '@/lib/domain/anchoring';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { poolSettings } from '../lib/server/db/pool-settings';
import { appEnv, startAppServer, startAppUnderTest } from './support/app-under-test';
import { signInOverHttp, type THttpSession } from './support/http-session';
import { startSqlStatementCounterThread } from './support/sql-statement-counter-thread';
import { mergeLoad, percentile, runLoad, type TLoadResult } from './support/load-loop';
import { startWritesFloor } from './support/writes-floor';

if (process.argv.includes('--embedded')) {
  await import('./support/bench-writes-embedded');
  process.exit(0);
}

const CLIENTS = 64;
const ROUNDS = 3;
const ROUND_MS = 5_000;
const APP_PORT = 3140;
const FLOOR_PORT = 3141;
const COUNTED_PORT = 3142;
const TARGETS = { rating: 0.35, annotation: 0.4 };
const DIMENSIONS = ['AGREEMENT', 'EVIDENCE'] as const;

// The measured server talks to PostgreSQL directly, as the floor does; a second server on the same
// database, through the statement counter (a proxy that parses every message, on a thread of
// this process), answers the one request whose statements are counted. Measuring through the
// counter would charge the app for the counter's hops and CPU, which the floor never pays.
const app = await startAppUnderTest(APP_PORT);
const counter = await startSqlStatementCounterThread({ target: app.databaseUrl });
const counted = await startAppServer(COUNTED_PORT, counter.url, app.kind);
const admin = new pg.Client({ connectionString: app.databaseUrl });
await admin.connect();
// The floor gets the app's pool size: on the embedded database one connection (embedded-limits.ts).
const floorPool = poolSettings(appEnv(APP_PORT, app.databaseUrl, app.kind)).max;
const floor = await startWritesFloor(app.databaseUrl, FLOOR_PORT, floorPool, { isPrepared: app.kind === 'server' });
try {
  // 64 members of the demo cohort, signed in over HTTP like browsers (they share the demo password hash).
  const { rows: essays } = await admin.query<{ id: string; cohortId: string; revisionId: string; text: string }>(
    `SELECT e.id, e."cohortId", r.id AS "revisionId", r.text FROM "Essay" e JOIN "EssayRevision" r ON r.id = e."currentRevisionId" WHERE e.slug = $1`,
    [DEMO_ESSAY.slug],
  );
  const essay = essays[0]!;
  const { rows: claims } = await admin.query<{ claimId: string; start: number; end: number }>(
    `SELECT "claimId", start, "end" FROM "ClaimVersion" WHERE "revisionId" = $1 ORDER BY start`,
    [essay.revisionId],
  );
  await admin.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT 'bench-user-' || n, 'bench-' || n || '@counterpoint.test', 'Bench ' || n, (SELECT "passwordHash" FROM "User" WHERE email = $1), now()
     FROM generate_series(1, $2::int) n`,
    [DEMO_USERS.member.email, CLIENTS],
  );
  await admin.query(
    `INSERT INTO "Membership" (id, "cohortId", "userId", role) SELECT 'bench-m-' || n, $1, 'bench-user-' || n, 'MEMBER' FROM generate_series(1, $2::int) n`,
    [essay.cohortId, CLIENTS],
  );
  const sessions: THttpSession[] = [];
  for (let n = 1; n <= CLIENTS; n += 1) sessions.push(await signInOverHttp(app.baseUrl, `bench-${n}@counterpoint.test`, DEMO_PASSWORD));
  const countedSession = await signInOverHttp(counted.baseUrl, 'bench-1@counterpoint.test', DEMO_PASSWORD);
  const userOf = (client: number) => `bench-user-${client + 1}`;
  const floorUrl = `http://127.0.0.1:${FLOOR_PORT}`;

  // What each client was told was stored: ratings by key (last answer wins), notes by body.
  const lastRating = new Map<string, number>();
  const ackedNotes: string[] = [];
  const ratingOf = (client: number, n: number) => {
    const claim = claims[(client * 7 + n) % claims.length]!;
    return { claimId: claim.claimId, dimension: DIMENSIONS[n % 2]!, value: ((client + n) % 5) + 1 };
  };
  // Which server a write goes to: the measured one (client's own session) or the counted one.
  type TOn = { session: (client: number) => THttpSession; headers: Record<string, string> };
  const measured: TOn = { session: (client) => sessions[client]!, headers: { 'content-type': 'application/json', origin: app.baseUrl } };
  const countedOn: TOn = { session: () => countedSession, headers: { 'content-type': 'application/json', origin: counted.baseUrl } };
  const send = {
    rating: {
      app: async (client: number, n: number, on: TOn = measured) => {
        const r = ratingOf(client, n);
        const response = await on.session(client).fetch(`/api/claims/${r.claimId}/ratings/${r.dimension.toLowerCase()}`, {
          method: 'PUT',
          headers: on.headers,
          body: JSON.stringify({ value: r.value }),
        });
        await response.arrayBuffer();
        if (response.ok) lastRating.set(`${userOf(client)}|${r.claimId}|${r.dimension}`, r.value);
        return response.status;
      },
      floor: async (client: number, n: number) => {
        const r = ratingOf(client, n);
        const response = await fetch(`${floorUrl}/rating`, {
          method: 'PUT',
          headers: { 'x-user': userOf(client) },
          body: JSON.stringify(r),
        });
        await response.arrayBuffer();
        if (response.ok) lastRating.set(`${userOf(client)}|${r.claimId}|${r.dimension}`, r.value);
        return response.status;
      },
    },
    annotation: {
      app: async (client: number, n: number, on: TOn = measured) => {
        const claim = claims[(client + n) % claims.length]!;
        const body = `bench app ${client}-${n}-${Math.random().toString(36).slice(2)}`;
        const response = await on.session(client).fetch(`/api/essays/${DEMO_ESSAY.slug}/annotations`, {
          method: 'POST',
          headers: on.headers,
          body: JSON.stringify({
            revisionId: essay.revisionId,
            motivation: 'COMMENTING',
            body,
            selectors: describeRange(essay.text, claim.start, claim.end),
          }),
        });
        await response.arrayBuffer();
        if (response.ok) ackedNotes.push(body);
        return response.status;
      },
      floor: async (client: number, n: number) => {
        const claim = claims[(client + n) % claims.length]!;
        const body = `bench floor ${client}-${n}-${Math.random().toString(36).slice(2)}`;
        const selectors = describeRange(essay.text, claim.start, claim.end);
        const response = await fetch(`${floorUrl}/annotation`, {
          method: 'POST',
          headers: { 'x-user': userOf(client) },
          body: JSON.stringify({
            essayId: essay.id,
            revisionId: essay.revisionId,
            claimIds: [claim.claimId],
            body,
            selectors: [selectors.quote, selectors.position],
            start: claim.start,
            end: claim.end,
          }),
        });
        await response.arrayBuffer();
        if (response.ok) ackedNotes.push(body);
        return response.status;
      },
    },
  };

  const emptyRoute = async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    await response.arrayBuffer();
    return response.status;
  };
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const statuses = (r: TLoadResult) => [...r.byStatus].map(([s, c]) => `${s}×${c}`).join(' ');
  console.log(`bench:writes — ${CLIENTS} signed-in clients, ${ROUNDS} interleaved rounds of ${ROUND_MS / 1000} s per side`);
  // `-- --only rating` (or annotation) runs one kind, e.g. under a profiler.
  const only = process.argv[process.argv.indexOf('--only') + 1];
  const kinds = (['rating', 'annotation'] as const).filter((kind) => !process.argv.includes('--only') || kind === only);
  for (const kind of kinds) {
    // Statements per write: one request alone through the counter (the floor's are counted by hand in writes-floor.ts).
    await send[kind].app(0, 1_000_000, countedOn); // warm the route
    await counter.reset();
    await send[kind].app(0, 1_000_001, countedOn);
    const statements = await counter.count();
    let appTotal: TLoadResult | null = null;
    let floorTotal: TLoadResult | null = null;
    let ceilingTotal: TLoadResult | null = null;
    for (let round = 0; round < ROUNDS; round += 1) {
      floorTotal = mergeLoad(floorTotal, await runLoad(CLIENTS, ROUND_MS, (c, n) => send[kind].floor(c, round * 100_000 + n)));
      appTotal = mergeLoad(appTotal, await runLoad(CLIENTS, ROUND_MS, (c, n) => send[kind].app(c, round * 100_000 + n)));
      ceilingTotal = mergeLoad(ceilingTotal, await runLoad(CLIENTS, ROUND_MS, emptyRoute));
    }
    const ceilingRate = ceilingTotal!.ok / ceilingTotal!.seconds;
    const appRate = appTotal!.ok / appTotal!.seconds;
    const floorRate = floorTotal!.ok / floorTotal!.seconds;
    const ratio = appRate / floorRate;
    console.log(`\n${kind} (${kind === 'rating' ? 'PUT /api/claims/…/ratings/…' : 'POST /api/essays/…/annotations'})`);
    console.log(
      `  app:   ${fmt(appRate)} req/s  p50 ${fmt(percentile(appTotal!.latencies, 50))} ms  p95 ${fmt(percentile(appTotal!.latencies, 95))} ms  [${statuses(appTotal!)}]`,
    );
    console.log(
      `  floor: ${fmt(floorRate)} req/s  p50 ${fmt(percentile(floorTotal!.latencies, 50))} ms  p95 ${fmt(percentile(floorTotal!.latencies, 95))} ms  [${statuses(floorTotal!)}]`,
    );
    console.log(
      `  ratio app/floor ${fmt(ratio, 3)} (target ≥ ${TARGETS[kind]}: ${ratio >= TARGETS[kind] ? 'PASS' : 'FAIL'})  statements per app write: ${statements} (floor: ${kind === 'rating' ? 1 : 7})`,
    );
    console.log(
      `  framework ceiling (GET /api/health, same clients): ${fmt(ceilingRate)} req/s = ${fmt(ceilingRate / floorRate, 3)} of the floor; the app's writes run at ${fmt(appRate / ceilingRate, 3)} of it, the target needs ${fmt((TARGETS[kind] * floorRate) / ceilingRate, 3)}`,
    );
  }

  // Every acknowledged write, checked in SQL: each rating holds the value last acknowledged for
  // its key (and its reveal exists); each acknowledged note exists with its feed event.
  const keys = [...lastRating.keys()].map((k) => k.split('|'));
  const { rows: ratingRows } = await admin.query<{ key: string; value: number; revealed: boolean }>(
    `SELECT k.u || '|' || k.c || '|' || k.d AS key, r.value,
            EXISTS (SELECT 1 FROM "RatingReveal" v WHERE v."userId" = k.u AND v."claimId" = k.c AND v.dimension::text = k.d) AS revealed
     FROM unnest($1::text[], $2::text[], $3::text[]) AS k(u, c, d)
     LEFT JOIN "Rating" r ON r."userId" = k.u AND r."claimId" = k.c AND r.dimension::text = k.d`,
    [keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2])],
  );
  const lostRatings = ratingRows.filter((row) => row.value !== lastRating.get(row.key) || !row.revealed).length;
  const { rows: noteRows } = await admin.query<{ found: number }>(
    `SELECT count(*)::int AS found FROM "Annotation" a WHERE a.body = ANY($1::text[])
       AND EXISTS (SELECT 1 FROM "EssayEvent" e WHERE e."annotationId" = a.id)`,
    [ackedNotes],
  );
  const lostNotes = ackedNotes.length - noteRows[0]!.found;
  console.log(
    `\nacknowledged writes checked in SQL: ${lastRating.size} rating keys (${lostRatings} lost or stale), ${ackedNotes.length} notes (${lostNotes} lost)`,
  );
  console.log(`lost: ${lostRatings + lostNotes} (target 0: ${lostRatings + lostNotes === 0 ? 'PASS' : 'FAIL'})`);
} finally {
  await floor.stop();
  await admin.end();
  await counted.stop();
  await app.stop();
  await counter.stop();
}
process.exit(0);
