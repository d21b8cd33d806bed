// npm run bench:reader — the reader (/essays/<slug>, signed-in member) as the discussion grows:
// the demo essay with 0, then 2,000, then 20,000 notes (threads with replies by several authors,
// plus 50,000 ratings and 5,000 arguments from the start). At each size a hand-written floor
// (scripts/support/reader-floor.ts: node:http + pg, the same data, minimal HTML) and the app are
// loaded in turns by 8 concurrent readers; prints page bytes (raw and gzip), p50/p95, req/s, the
// ratios, SQL statements per view (one request through scripts/support/sql-statement-counter.ts),
// and the p95 of a page of 50 threads from GET /api/essays/<slug>/threads when that route exists
// (with the floor's twin of that route in turns, for the ratio).
// Targets are printed beside the numbers with PASS/FAIL; the exit code is 0 either way (a bench
// reports, it does not gate). Fresh database on the server in DATABASE_URL (else embedded PGlite)
// and a production build. Ports 3150-3153.
// Options: --sizes=20000 (comma-separated note counts, instead of 0,2000,20000) and --threads-only
// (skip the reader view, measure only the thread API) — to iterate on one figure quickly.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { poolSettings } from '../lib/server/db/pool-settings';
import { appEnv, startAppServer, startAppUnderTest } from './support/app-under-test';
import { signInOverHttp, type THttpSession } from './support/http-session';
import { addNotes, prepareBenchEssay, seedRatingsAndArguments } from './support/reader-bench-seed';
import { startSqlStatementCounter } from './support/sql-statement-counter';

const sizesOption = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length);
const SIZES = sizesOption ? sizesOption.split(',').map(Number) : [0, 2_000, 20_000];
if (SIZES.length === 0 || SIZES.some((n) => !Number.isSafeInteger(n) || n < 0) || SIZES.some((n, i) => i > 0 && n < SIZES[i - 1]!))
  throw new Error('--sizes takes ascending note counts, e.g. --sizes=0,20000');
const THREADS_ONLY = process.argv.includes('--threads-only');
const READERS = 8;
const RATINGS = 50_000;
const ARGUMENTS = 5_000;
// Per side and size: at most this many requests within this many seconds, in ROUNDS alternating
// turns (floor, app, floor, app, …) so that both see the same machine. A side whose single
// request takes longer than SLOW_MS gets one turn of one request per reader instead.
const REQUESTS = 400;
const SECONDS = 40;
const ROUNDS = 4;
const SLOW_MS = 3_000;
const THREAD_PAGE_REQUESTS = 400;
const THREAD_PAGE_SECONDS = 20;
const slug = DEMO_ESSAY.slug;

type TRun = { latencies: number[]; seconds: number };
type TSide = { bytes: number; gzipBytes: number; run: TRun; statements: number };
type TSizeResult = {
  notes: number;
  totalNotes: number;
  /** The reader view, floor and app (null with --threads-only). */
  views: { floor: TSide; app: TSide } | null;
  /** Pages of 50 threads, the app's route and the floor's twin of it. */
  threads: { app: TRun; floor: TRun; ceiling: TRun } | null;
  threadStatements: number | null;
};

const percentile = (sorted: number[], p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const stats = ({ latencies, seconds }: TRun) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), rps: latencies.length / seconds, n: latencies.length };
};
const ms = (n: number): string => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(n < 100 ? 1 : 0)} ms`);
const size = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} KB` : `${n} B`);
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

/** Reads a whole response; throws unless it is 200 (a failed view must not count as a fast one). */
async function read(response: Response): Promise<Buffer> {
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${response.url}: ${response.status} ${body.toString().slice(0, 200)}`);
  return body;
}

/** READERS workers issuing `request` until `count` were sent or `seconds` passed. */
async function load(request: () => Promise<unknown>, count: number, seconds: number): Promise<TRun> {
  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      // Every reader sends at least one, so a slow side still has READERS samples.
      for (let mine = 0; sent < count && (mine === 0 || performance.now() < deadline); mine += 1) {
        sent += 1;
        const t = performance.now();
        await request();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function startFloor(port: number, databaseUrl: string, viewerId: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/support/reader-floor.ts'], {
    env: {
      ...process.env,
      FLOOR_PORT: String(port),
      FLOOR_VIEWER_ID: viewerId,
      DATABASE_URL: databaseUrl,
      FLOOR_PREPARED: app.kind === 'server' ? '1' : '',
      FLOOR_POOL_MAX: String(poolSettings(appEnv(port, databaseUrl, app.kind)).max),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the floor exited with ${code}`)));
  });
}

const app = await startAppUnderTest(3150);
const appCounter = await startSqlStatementCounter({ target: app.databaseUrl });
const floorCounter = await startSqlStatementCounter({ target: app.databaseUrl });
const counted = await startAppServer(3151, appCounter.url, app.kind);
const children: ChildProcess[] = [];
const client = new pg.Client({ connectionString: app.databaseUrl });
try {
  await client.connect();
  const seedStarted = performance.now();
  // Enough members that every (member, claim, axis) rating is distinct.
  const claimCount = Number(
    (
      await client.query(
        `SELECT count(*) FROM "ClaimVersion" cv JOIN "Essay" e ON e."currentRevisionId" = cv."revisionId" WHERE e.slug = $1`,
        [slug],
      )
    ).rows[0].count,
  );
  const essay = await prepareBenchEssay(client, slug, Math.ceil(RATINGS / (claimCount * 2)) + 1);
  await seedRatingsAndArguments(client, essay, RATINGS, ARGUMENTS);
  const member = (await client.query(`SELECT id FROM "User" WHERE email = $1`, [DEMO_USERS.member.email])).rows[0].id as string;
  console.log(
    `bench:reader — ${essay.claims.length} claims, ${RATINGS.toLocaleString('en')} ratings, ${ARGUMENTS.toLocaleString('en')} arguments (${((performance.now() - seedStarted) / 1000).toFixed(1)} s to seed); ${READERS} concurrent readers`,
  );

  children.push(await startFloor(3152, app.databaseUrl, member));
  children.push(await startFloor(3153, floorCounter.url, member));
  const floorUrl = 'http://127.0.0.1:3152';
  const countedFloorUrl = 'http://127.0.0.1:3153';
  const appSession = await signInOverHttp(app.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD);
  const countedSession = await signInOverHttp(counted.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD);
  const gzipHeaders = { 'accept-encoding': 'gzip' };
  const floorView = async (base = floorUrl) => read(await fetch(`${base}/essays/${slug}`, { headers: gzipHeaders }));
  const appView = async (session: THttpSession = appSession) => read(await session.fetch(`/essays/${slug}`, { headers: gzipHeaders }));

  async function statementsOf(counter: typeof appCounter, view: () => Promise<unknown>): Promise<number> {
    await view(); // warm: the first request of a server compiles and connects
    counter.reset();
    await view();
    await new Promise((r) => setTimeout(r, 200)); // anything the view left running after its response
    return counter.count();
  }

  const threadsProbe = await appSession.fetch(`/api/essays/${slug}/threads?limit=50`);
  await threadsProbe.arrayBuffer();
  const hasThreadsApi = threadsProbe.status === 200;
  if (!hasThreadsApi) console.log(`GET /api/essays/${slug}/threads: ${threadsProbe.status} — thread page: not available`);

  /** The reader view, floor and app in turns; its statements once. */
  async function measureViews(batch: number): Promise<NonNullable<TSizeResult['views']>> {
    const t = performance.now();
    const floorPage = await floorView();
    const floorMs = performance.now() - t;
    const t2 = performance.now();
    const appPage = await appView();
    const appMs = performance.now() - t2;
    const appStatements = await statementsOf(appCounter, () => appView(countedSession));
    // Which statements they are, once: they should not change with the number of notes.
    if (batch === 0)
      console.log(
        `statements of one view:\n${appCounter
          .statements()
          .map((sql) => `  ${sql.slice(0, 110)}`)
          .join('\n')}`,
      );
    const floorStatements = await statementsOf(floorCounter, () => floorView(countedFloorUrl));

    const rounds = (ms: number) => (ms > SLOW_MS ? 1 : ROUNDS);
    const floorRun: TRun = { latencies: [], seconds: 0 };
    const appRun: TRun = { latencies: [], seconds: 0 };
    const turns = Math.max(rounds(floorMs), rounds(appMs));
    for (let turn = 0; turn < turns; turn += 1) {
      for (const [run, view, slow] of [
        [floorRun, floorView, floorMs > SLOW_MS],
        [appRun, appView, appMs > SLOW_MS],
      ] as const) {
        if (slow && turn > 0) continue;
        const part = await load(() => view(), slow ? READERS : REQUESTS / turns, SECONDS / turns);
        run.latencies.push(...part.latencies);
        run.seconds += part.seconds;
      }
    }
    return {
      floor: { bytes: floorPage.length, gzipBytes: gzipSync(floorPage).length, run: floorRun, statements: floorStatements },
      app: { bytes: appPage.length, gzipBytes: gzipSync(appPage).length, run: appRun, statements: appStatements },
    };
  }

  const results: TSizeResult[] = [];
  let added = 0;
  for (const [batch, notes] of SIZES.entries()) {
    if (notes > added) {
      const t = performance.now();
      await addNotes(client, essay, notes - added, batch);
      console.log(`\nseeded ${(notes - added).toLocaleString('en')} notes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      added = notes;
    }
    const totalNotes = Number((await client.query(`SELECT count(*) FROM "Annotation" WHERE "essayId" = $1`, [essay.id])).rows[0].count);
    const views = THREADS_ONLY ? null : await measureViews(batch);

    let threads: { app: TRun; floor: TRun; ceiling: TRun } | null = null;
    let threadStatements: number | null = null;
    if (hasThreadsApi) {
      // Each reader scrolls: the first page, then the next by its cursor, back to the first at the end.
      const scroller = (get: (query: string) => Promise<Response>) => {
        const cursors = new Array<string | null>(READERS).fill(null);
        let next = 0;
        const page = async (reader = next++ % READERS) => {
          const cursor = cursors[reader];
          const body = await read(await get(`limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
          cursors[reader] = (JSON.parse(body.toString()) as { nextCursor: string | null }).nextCursor;
        };
        return { page, restart: () => cursors.fill(null) };
      };
      const countedPages = scroller((query) => countedSession.fetch(`/api/essays/${slug}/threads?${query}`));
      threadStatements = await statementsOf(appCounter, () => {
        countedPages.restart(); // a first page, with its summary
        return countedPages.page(0);
      });
      // The floor answers the same pages (scripts/support/reader-floor.ts), in turns with the app.
      const sides = {
        floor: scroller((query) => fetch(`${floorUrl}/api/essays/${slug}/threads?${query}`)),
        app: scroller((query) => appSession.fetch(`/api/essays/${slug}/threads?${query}`)),
      };
      // The framework's ceiling: GET /api/health on the same server, a route that does nothing —
      // the least any route of the app can cost here, so the app's p95 can be read against it.
      const health = async () => read(await fetch(`${app.baseUrl}/api/health`));
      const ceiling = { page: health };
      threads = { floor: { latencies: [], seconds: 0 }, app: { latencies: [], seconds: 0 }, ceiling: { latencies: [], seconds: 0 } };
      for (let turn = 0; turn < ROUNDS; turn += 1) {
        for (const side of ['floor', 'app', 'ceiling'] as const) {
          const run = side === 'ceiling' ? ceiling : sides[side];
          const part = await load(() => run.page(), THREAD_PAGE_REQUESTS / ROUNDS, THREAD_PAGE_SECONDS / ROUNDS);
          threads[side].latencies.push(...part.latencies);
          threads[side].seconds += part.seconds;
        }
      }
    }

    const result: TSizeResult = { notes, totalNotes, views, threads, threadStatements };
    results.push(result);
    report(result);
  }
  summary(results);
} finally {
  await client.end().catch(() => undefined);
  for (const child of children) child.kill('SIGTERM');
  await counted.stop();
  await appCounter.stop();
  await floorCounter.stop();
  await app.stop();
}

function report({ notes, totalNotes, views, threads, threadStatements }: TSizeResult): void {
  // Timings on a shared 2-core machine mean little without how busy it was.
  console.log(
    `── ${notes.toLocaleString('en')} bench notes (${totalNotes.toLocaleString('en')} on the essay; load average ${loadavg()[0]!.toFixed(1)}) ──`,
  );
  if (views) reportViews(views);
  if (threads) {
    const t = stats(threads.app);
    const f = stats(threads.floor);
    console.log(
      `  thread pages  p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  ${t.rps.toFixed(1)} req/s  (${t.n} pages of 50, ${threadStatements} statements per page)${notes === 20_000 ? ` (target p95 ≤ 50 ms) ${verdict(t.p95 <= 50)}` : ''}`,
    );
    console.log(
      `  thread floor  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ${f.rps.toFixed(1)} req/s  (${f.n} pages)   p95 app/floor ${(t.p95 / f.p95).toFixed(1)}×`,
    );
    const c = stats(threads.ceiling);
    console.log(
      `  framework ceiling (GET /api/health)  p50 ${ms(c.p50)}  p95 ${ms(c.p95)}  ${c.rps.toFixed(1)} req/s   p95 app/ceiling ${(t.p95 / c.p95).toFixed(1)}×`,
    );
  } else console.log('  thread pages  not available');
}

function reportViews({ floor, app }: NonNullable<TSizeResult['views']>): void {
  const f = stats(floor.run);
  const a = stats(app.run);
  console.log(
    `  page bytes    floor ${size(floor.bytes)} (gzip ${size(floor.gzipBytes)})   app ${size(app.bytes)} (gzip ${size(app.gzipBytes)})`,
  );
  console.log(`  floor         p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  ${f.rps.toFixed(1)} req/s  (${f.n} requests)`);
  console.log(`  app           p50 ${ms(a.p50)}  p95 ${ms(a.p95)}  ${a.rps.toFixed(2)} req/s  (${a.n} requests)`);
  console.log(
    `  ratio         p95 app/floor ${(a.p95 / f.p95).toFixed(1)}× (target ≤ 3×) ${verdict(a.p95 <= 3 * f.p95)}   req/s app/floor ${(a.rps / f.rps).toFixed(3)}`,
  );
  console.log(`  statements    app ${app.statements} per view (target ≤ 6) ${verdict(app.statements <= 6)}   floor ${floor.statements}`);
}

function summary(results: TSizeResult[]): void {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const label = (r: TSizeResult): string => r.notes.toLocaleString('en');
  const threadP95 = (r: TSizeResult): string => (r.threads ? ms(stats(r.threads.app).p95) : 'n/a');
  const threadFloorP95 = (r: TSizeResult): string => (r.threads ? ms(stats(r.threads.floor).p95) : 'n/a');
  console.log('\n── targets ──');
  const threads = last.threads ? stats(last.threads.app).p95 : null;
  const isTwentyK = last.notes === 20_000;
  console.log(
    `  thread page p95 at ${label(last)}: ${threads === null ? 'not available' : `${ms(threads)}${isTwentyK ? ` (target ≤ 50 ms at 20,000) ${verdict(threads <= 50)}` : ''}`}`,
  );
  const withViews = results.flatMap((r) => (r.views ? [{ ...r, views: r.views }] : []));
  if (withViews.length < results.length) {
    console.log(`\n| notes | thread page p95 app / floor | statements per thread page |\n|---|---|---|`);
    for (const r of results) console.log(`| ${label(r)} | ${threadP95(r)} / ${threadFloorP95(r)} | ${r.threadStatements ?? 'n/a'} |`);
    return;
  }
  const [firstViews, lastViews] = [first.views!, last.views!];
  const bytesRatio = lastViews.app.bytes / firstViews.app.bytes;
  const p95Ratio = stats(lastViews.app.run).p95 / stats(firstViews.app.run).p95;
  console.log(
    `  page bytes at ${label(last)} / at ${label(first)}: ${bytesRatio.toFixed(2)}× (target ≤ 1.5×) ${verdict(bytesRatio <= 1.5)}`,
  );
  console.log(`  app p95 at ${label(last)} / at ${label(first)}: ${p95Ratio.toFixed(2)}× (target ≤ 1.5×) ${verdict(p95Ratio <= 1.5)}`);
  for (const r of withViews) {
    const ratio = stats(r.views.app.run).p95 / stats(r.views.floor.run).p95;
    console.log(`  app p95 / floor p95 at ${label(r)}: ${ratio.toFixed(1)}× (target ≤ 3×) ${verdict(ratio <= 3)}`);
  }
  for (const r of withViews)
    console.log(`  statements per view at ${label(r)}: ${r.views.app.statements} (target ≤ 6) ${verdict(r.views.app.statements <= 6)}`);
  console.log(
    '\n| notes | page (gzip) | app p50 / p95 | floor p50 / p95 | p95 app/floor | req/s app / floor | statements app / floor | thread page p95 app / floor |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of withViews) {
    const { app, floor } = r.views;
    const a = stats(app.run);
    const f = stats(floor.run);
    console.log(
      `| ${label(r)} | ${size(app.bytes)} (${size(app.gzipBytes)}) | ${ms(a.p50)} / ${ms(a.p95)} | ${ms(f.p50)} / ${ms(f.p95)} | ${(a.p95 / f.p95).toFixed(1)}× | ${a.rps.toFixed(2)} / ${f.rps.toFixed(1)} | ${app.statements} / ${floor.statements} | ${threadP95(r)} / ${threadFloorP95(r)} |`,
    );
  }
}
process.exit(0);
