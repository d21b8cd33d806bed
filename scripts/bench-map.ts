// npm run bench:map — 2,000 arguments on the demo essay (random trees over its claims, impact and
// relevance votes), then: DF-QuAD strengths, the map's filter + layout, and the map page's load in
// Chromium (navigation until the SVG nodes are there), each as the median of a few runs.
// Uses a fresh database (on the server in DATABASE_URL, else embedded PGlite) and a production build.
import { chromium } from '@playwright/test';
import { computeStrengths } from '@/lib/domain/argument';
import { filterDebate, layoutMap, NO_MAP_FILTERS, visibleIn, viewportRect, type TMapInput } from '@/lib/domain/argument-map';
import { seededRandom } from '@/lib/domain/random/seeded-random';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { startAppUnderTest } from './support/app-under-test';

const ARGUMENTS = 2_000;
const CPU_RUNS = 7;
const PAGE_RUNS = 5;
const VOTE_SHARE = 0.3; // each member votes on this share of the arguments

async function timed<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function median(runs: number, run: () => unknown): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i += 1) all.push((await timed(run)).ms);
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, all };
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

const app = await startAppUnderTest(3300);
try {
  const { db } = await import('@/lib/server/db/client');
  const { getDebateForViewer } = await import('@/lib/server/queries/argument/get-debate-for-viewer');
  const essay = await db.essay.findUniqueOrThrow({
    where: { slug: DEMO_ESSAY.slug },
    select: { id: true, currentRevision: { select: { claimVersions: { select: { claimId: true } } } } },
  });
  const claimIds = essay.currentRevision!.claimVersions.map((c) => c.claimId);
  const users = await db.user.findMany({
    where: {
      email: {
        in: Object.values(DEMO_USERS)
          .filter((u) => u.role !== null)
          .map((u) => u.email),
      },
    },
    select: { id: true, email: true },
  });
  const member = users.find((u) => u.email === DEMO_USERS.member.email)!;

  // Random recursive trees: a quarter of the arguments answer a claim, the rest an earlier argument.
  // Seeded: the same debate every run, so numbers compare across commits.
  const rand = seededRandom(20261128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const start = Date.now() - ARGUMENTS * 1000;
  const rows = Array.from({ length: ARGUMENTS }, (_, i) => {
    const onClaim = i < claimIds.length || rand() < 0.25;
    const stance = rand() < 0.55 ? ('SUPPORT' as const) : ('ATTACK' as const);
    const words = 6 + Math.floor(rand() * 30);
    return {
      id: `bench-argument-${i}`,
      essayId: essay.id,
      authorId: pick(users).id,
      text: `Bench argument ${i}: ${Array.from({ length: words }, () => pick(['alliances', 'deter', 'trade', 'war', 'treaty', 'peace', 'members', 'power', 'balance', 'history'])).join(' ')}.`,
      stance,
      attackKind: stance === 'SUPPORT' ? null : onClaim || rand() < 0.7 ? ('REBUT' as const) : ('UNDERCUT' as const),
      targetClaimId: onClaim ? pick(claimIds) : null,
      targetArgumentId: onClaim ? null : `bench-argument-${Math.floor(rand() * i)}`,
      createdAt: new Date(start + i * 1000),
    };
  });
  // Parents always come earlier, so chunks in order never point forward.
  for (let i = 0; i < rows.length; i += 500) await db.argument.createMany({ data: rows.slice(i, i + 500) });
  const votes = users.flatMap((user) =>
    rows
      .filter(() => rand() < VOTE_SHARE)
      .map((row) => ({
        userId: user.id,
        argumentId: row.id,
        impact: Math.floor(rand() * 5),
        isRelevant: rand() < 0.1 ? false : rand() < 0.3 ? true : null,
      })),
  );
  for (let i = 0; i < votes.length; i += 1000) await db.impactVote.createMany({ data: votes.slice(i, i + 1000) });

  const debate = await getDebateForViewer(member.id, DEMO_ESSAY.slug);
  const depth = new Map<string, number>();
  for (const a of debate.arguments) depth.set(a.id, a.targetClaimId ? 1 : (depth.get(a.targetArgumentId ?? '') ?? 0) + 1);
  console.log(
    `bench:map — ${debate.claims.length} claims, ${debate.arguments.length} arguments (deepest ${Math.max(...depth.values())}), ${votes.length} impact votes`,
  );

  const query = await median(CPU_RUNS, () => getDebateForViewer(member.id, DEMO_ESSAY.slug));
  const strengths = await median(CPU_RUNS, () => computeStrengths(debate.graph));
  const input: TMapInput = { claims: debate.claims, arguments: debate.arguments };
  const layout = await median(CPU_RUNS, () => layoutMap(filterDebate(input, NO_MAP_FILTERS)));
  const contested = await median(CPU_RUNS, () =>
    layoutMap(filterDebate(input, { ...NO_MAP_FILTERS, isContestedOnly: true, minImpact: 1 })),
  );
  const map = layoutMap(input);
  console.log(`map size: ${Math.round(map.width)} × ${Math.round(map.height)} units`);
  const culled = await median(CPU_RUNS, () => visibleIn(map, viewportRect({ x: 0, y: 0, k: 1 }, { width: 1200, height: 700 }, 1)));
  await db.$disconnect();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Tall enough that the whole map canvas (70% of the window) is on screen for the drags below.
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${app.baseUrl}/signin`);
  await page.getByLabel('Email').fill(DEMO_USERS.member.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  const loads: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < PAGE_RUNS; i += 1) {
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(`${app.baseUrl}/essays/${DEMO_ESSAY.slug}/map`, { waitUntil: 'commit' });
    await page.locator('[data-testid="map-node"]').first().waitFor({ state: 'attached' });
    loads.push(performance.now() - started);
    await page.locator('[data-testid="argument-map"][data-hydrated="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    interactive.push(performance.now() - started);
  }
  const mapElement = page.getByTestId('argument-map');
  const renderedAfterLoad = Number(await mapElement.getAttribute('data-rendered-nodes'));
  // Dragging while the page records its animation frames: the longest gap
  // between two frames is the worst stutter a reader would see.
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`
    window.benchFrames = [];
    window.benchStop = false;
    requestAnimationFrame(function tick(t) {
      window.benchFrames.push(t);
      if (!window.benchStop) requestAnimationFrame(tick);
    });
  `);
  // Three drags, each nearly a screen up and left, so the view leaves the rendered window at least once.
  await mapElement.scrollIntoViewIfNeeded();
  const box = (await mapElement.boundingBox())!;
  for (let i = 0; i < 3; i += 1) {
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.9);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * 0.05, { steps: 30 });
    await page.mouse.up();
  }
  const frames = (await page.evaluate('window.benchStop = true, window.benchFrames')) as number[];
  const gaps = frames
    .slice(1)
    .map((t, i) => t - frames[i]!)
    .sort((a, b) => a - b);
  const renderedAfterDrag = Number(await mapElement.getAttribute('data-rendered-nodes'));
  // "Fit" zooms out to the whole map: every node in the DOM (labels dropped at that scale).
  const { ms: fitMs } = await timed(async () => {
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForFunction((total) => document.querySelectorAll('[data-testid="map-node"]').length === total, map.nodes.length);
  });
  await browser.close();
  const middle = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

  console.log(`getDebateForViewer (4 SQL queries + strengths), median of ${CPU_RUNS}: ${ms(query.median)}`);
  console.log(
    `computeStrengths on ${debate.graph.nodes.length} nodes / ${debate.graph.edges.length} edges, median of ${CPU_RUNS}: ${ms(strengths.median)}  (runs: ${strengths.all.map((n) => n.toFixed(1)).join(', ')})`,
  );
  console.log(
    `filterDebate + layoutMap, everything (${map.nodes.length} nodes, ${map.edges.length} edges), median of ${CPU_RUNS}: ${ms(layout.median)}  (runs: ${layout.all.map((n) => n.toFixed(1)).join(', ')})`,
  );
  console.log(`filterDebate + layoutMap, contested only with impact ≥ 1, median of ${CPU_RUNS}: ${ms(contested.median)}`);
  console.log(`viewport culling (visibleIn), median of ${CPU_RUNS}: ${ms(culled.median)}`);
  console.log(
    `map page load in Chromium (navigation → first SVG node), median of ${PAGE_RUNS}: ${ms(middle(loads))}  (runs: ${loads.map((n) => n.toFixed(0)).join(', ')})`,
  );
  console.log(
    `… until the map responds (hydrated), median of ${PAGE_RUNS}: ${ms(middle(interactive))}  (runs: ${interactive.map((n) => n.toFixed(0)).join(', ')})`,
  );
  console.log(
    `nodes in the DOM: ${renderedAfterLoad} of ${map.nodes.length} after load, ${renderedAfterDrag} after dragging three screens down and right`,
  );
  console.log(
    `frames during 3 × 30-step drags: ${frames.length}, median gap ${ms(gaps[Math.floor(gaps.length / 2)] ?? 0)}, longest ${ms(gaps[gaps.length - 1] ?? 0)}`,
  );
  console.log(`"Fit" (zoom out to all ${map.nodes.length} nodes in the DOM): ${ms(fitMs)}`);
} finally {
  await app.stop();
}
process.exit(0);
