// npm run bench:search — full-text search (GET /api/v1/search, signed-in member) over the demo
// essay grown to 20,000 notes (threads with replies, some private) and 5,000 arguments, by 8
// concurrent clients, against a floor: a bare pg client (a pool of 8) running the same search
// statement (lib/server/queries/search/search-sql.ts) with the same scope, in turns with the app
// so both see the same machine. Queries rotate through common words (thousands of matches to
// rank), a phrase, an exclusion, an `or` and a rare word. Prints p50/p95 per side and per query,
// and the ratio against a hand-written target; the exit code is 0 either way (a bench reports).
// Fresh database on the server in DATABASE_URL (else embedded PGlite) and a production build.
// Port: COUNTERPOINT_TEST_PORT (default 3160).
import { loadavg } from 'node:os';
import pg from 'pg';
import { searchStatement } from '@/lib/server/queries/search/search-sql';
import { SEARCH_KINDS, SEARCH_PAGE_SIZE } from '@/lib/schemas/search';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { startAppUnderTest } from './support/app-under-test';
import { signInOverHttp } from './support/http-session';
import { mergeLoad, percentile, runLoad, type TLoadResult } from './support/load-loop';
import { addNotes, prepareBenchEssay, seedRatingsAndArguments } from './support/reader-bench-seed';

const NOTES = 20_000;
const ARGUMENTS = 5_000;
const CLIENTS = 8;
const ROUNDS = 4;
const ROUND_MS = 8_000;
/** The app may spend this much more than the bare statement at p95: HTTP, session, access, names, JSON. */
const TARGET_RATIO = 3;
// What people type, over the seeded bodies (scripts/support/reader-bench-seed.ts): "alliances" and
// "trust" match most of the 5,000 arguments and thousands of notes, so every hit is ranked.
const QUERIES = ['alliances', 'trust', '"alliances of words"', 'evidence -appendix', 'kellogg or 1914', 'peace baseline', 'crux'];

const port = Number(process.env.COUNTERPOINT_TEST_PORT ?? 3160);
const app = await startAppUnderTest(port);
const client = new pg.Client({ connectionString: app.databaseUrl });
const floorPool = new pg.Pool({ connectionString: app.databaseUrl, max: CLIENTS });
try {
  await client.connect();
  const seedStarted = performance.now();
  const essay = await prepareBenchEssay(client, DEMO_ESSAY.slug, 60);
  await seedRatingsAndArguments(client, essay, 0, ARGUMENTS);
  await addNotes(client, essay, NOTES, 0);
  await client.query('ANALYZE');
  const counts = (
    await client.query(
      `SELECT (SELECT count(*) FROM "Annotation") AS notes, (SELECT count(*) FROM "Argument") AS arguments, (SELECT count(*) FROM "ClaimVersion") AS claims`,
    )
  ).rows[0];
  console.log(
    `bench:search — ${Number(counts.notes).toLocaleString('en')} notes, ${Number(counts.arguments).toLocaleString('en')} arguments, ${Number(counts.claims).toLocaleString('en')} claim versions (${((performance.now() - seedStarted) / 1000).toFixed(1)} s to seed); ${CLIENTS} concurrent clients`,
  );

  const member = (await client.query(`SELECT id FROM "User" WHERE email = $1`, [DEMO_USERS.member.email])).rows[0].id as string;
  // The floor's scope, which the app reads per request (listReadableEssayAccess): here once, by
  // hand, for the member — published essays that are public or of their cohorts; on those without
  // "post before you see" (all of the demo's) they see others' notes and arguments.
  const readable = (
    await client.query(
      `SELECT e.id, e."postBeforeSee" FROM "Essay" e
        WHERE e.status = 'PUBLISHED'
          AND (e."cohortId" IS NULL OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."cohortId" = e."cohortId" AND m."userId" = $1))`,
      [member],
    )
  ).rows as { id: string; postBeforeSee: boolean }[];
  const scope = {
    viewerId: member,
    readable: readable.map((e) => e.id),
    seeing: readable.filter((e) => !e.postBeforeSee).map((e) => e.id),
  };
  const statements = QUERIES.map((query) =>
    searchStatement(scope, { query, kinds: [...SEARCH_KINDS], after: null, limit: SEARCH_PAGE_SIZE + 1 }),
  );

  const session = await signInOverHttp(app.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD);
  const matches: number[] = [];
  for (const [i, query] of QUERIES.entries()) {
    const response = await session.fetch(`/api/v1/search?q=${encodeURIComponent(query)}`);
    const body = (await response.json()) as { results: unknown[] };
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(body)}`);
    const floorRows = (await floorPool.query(statements[i]!.text, statements[i]!.values as unknown[])).rows.length;
    const total = Number(
      (
        await client.query(
          `SELECT (SELECT count(*) FROM "Annotation" WHERE "searchVector" @@ websearch_to_tsquery('english', $1))
                + (SELECT count(*) FROM "Argument" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)) AS n`,
          [query],
        )
      ).rows[0].n,
    );
    matches.push(total);
    console.log(
      `  ${query.padEnd(22)} ${String(total).padStart(6)} notes + arguments match; first page: app ${body.results.length}, floor ${Math.min(floorRows, SEARCH_PAGE_SIZE)}`,
    );
  }

  const perQuery = QUERIES.map(() => ({ app: [] as number[], floor: [] as number[] }));
  const send = (side: 'app' | 'floor') => async (clientIndex: number, n: number) => {
    const q = (clientIndex + n) % QUERIES.length;
    const started = performance.now();
    let status = 200;
    if (side === 'app') {
      const response = await session.fetch(`/api/v1/search?q=${encodeURIComponent(QUERIES[q]!)}`);
      await response.arrayBuffer();
      status = response.status;
    } else {
      await floorPool.query(statements[q]!.text, statements[q]!.values as unknown[]);
    }
    perQuery[q]![side].push(performance.now() - started);
    return status;
  };
  // Warm both: the first requests compile routes and plan statements.
  await runLoad(CLIENTS, 2_000, send('app'));
  await runLoad(CLIENTS, 2_000, send('floor'));
  for (const entry of perQuery) entry.app.length = entry.floor.length = 0;

  let appRun: TLoadResult | null = null;
  let floorRun: TLoadResult | null = null;
  for (let round = 0; round < ROUNDS; round += 1) {
    floorRun = mergeLoad(floorRun, await runLoad(CLIENTS, ROUND_MS, send('floor')));
    appRun = mergeLoad(appRun, await runLoad(CLIENTS, ROUND_MS, send('app')));
  }
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const line = (name: string, run: TLoadResult) =>
    `  ${name.padEnd(6)} p50 ${ms(percentile(run.latencies, 50))}  p95 ${ms(percentile(run.latencies, 95))}  ${(run.requests / run.seconds).toFixed(1)} req/s  (${run.requests} requests, ${run.ok} ok)`;
  console.log(`\n── ${CLIENTS} clients, ${ROUNDS} rounds of ${ROUND_MS / 1000} s per side (load average ${loadavg()[0]!.toFixed(1)}) ──`);
  console.log(line('floor', floorRun!));
  console.log(line('app', appRun!));
  console.log('\n| query | matches | app p50 / p95 | floor p50 / p95 |\n|---|---|---|---|');
  for (const [i, query] of QUERIES.entries()) {
    const { app: a, floor: f } = perQuery[i]!;
    console.log(
      `| ${query} | ${matches[i]} | ${ms(percentile(a, 50))} / ${ms(percentile(a, 95))} | ${ms(percentile(f, 50))} / ${ms(percentile(f, 95))} |`,
    );
  }
  const appP95 = percentile(appRun!.latencies, 95);
  const floorP95 = percentile(floorRun!.latencies, 95);
  const ratio = appP95 / floorP95;
  console.log(
    `\nsearch p95 at ${NOTES.toLocaleString('en')} notes + ${ARGUMENTS.toLocaleString('en')} arguments: app ${ms(appP95)}, floor ${ms(floorP95)}, ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'}`,
  );
} finally {
  await client.end().catch(() => undefined);
  await floorPool.end().catch(() => undefined);
  await app.stop();
}
process.exit(0);
