// npm run bench:import — what an annotation import costs the rest of the server. In one process
// (as one app instance serves everything): an HTTP server answers GET /essay by reading the demo
// essay the way its page does; a client asks it every 25 ms, first with nothing else running
// (the floor), then while a 5,000-note import runs. Prints the import's time and outcome and the
// GET latency (p50/p95/max) against the floor. Imports: 5,000 notes quoting " " with random
// context and positions (the abusive file), then 5,000 ordinary notes on passages of the essay.
// Uses a fresh database (on the server in DATABASE_URL, else embedded PGlite).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { describeRange } from '@/lib/domain/anchoring';
import { seededRandom } from '@/lib/domain/random/seeded-random';
import { applyMigrations } from '@/lib/server/db/migrate';
import { DEMO_ESSAY, DEMO_USERS } from '../prisma/demo-data';
import { createFreshDatabase } from '../tests/support/test-database';

const NOTES = 5_000;
const GET_EVERY_MS = 25;
const FLOOR_MS = 3_000;

const database = await createFreshDatabase(process.env.DATABASE_URL, 'counterpoint_bench');
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import('../prisma/seed');
  const { db } = await import('@/lib/server/db/client');
  const { getEssayForViewer } = await import('@/lib/server/queries/essay/get-essay-for-viewer');
  const { importAnnotations } = await import('@/lib/server/services/web-annotation/import-annotations');
  await seedDemo(db);
  const member = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.member.email }, select: { id: true } });
  const essay = await db.essay.findUniqueOrThrow({
    where: { slug: DEMO_ESSAY.slug },
    select: { currentRevision: { select: { text: true } } },
  });
  const text = essay.currentRevision!.text;

  const server = createServer((_, response) => {
    getEssayForViewer(member.id, DEMO_ESSAY.slug).then(
      (essay) => response.end(JSON.stringify({ title: essay.title })),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/essay`;

  // GETs one after another (each waits for the previous answer), until `isDone()`.
  async function probe(isDone: () => boolean): Promise<number[]> {
    const latencies: number[] = [];
    while (!isDone()) {
      const asked = performance.now();
      await (await fetch(url)).text();
      latencies.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, GET_EVERY_MS));
    }
    return latencies;
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms (${values.length} GETs)`;
  };

  const floorUntil = performance.now() + FLOOR_MS;
  const floor = await probe(() => performance.now() > floorUntil);
  console.log(
    `bench:import — ${NOTES.toLocaleString('en')} notes per import on the demo essay (${text.length.toLocaleString('en')} characters)`,
  );
  console.log(`  GET with no import running (floor): ${stats(floor)}`);

  const random = seededRandom(20_261_204);
  const letters = 'abcdefghijklmnopqrstuvwxyz     ';
  const noise = () => Array.from({ length: 32 }, () => letters[Math.floor(random() * letters.length)]).join('');
  const annotation = (i: number, selector: object[]) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:bench-${i}`,
    type: 'Annotation',
    motivation: 'commenting',
    body: { type: 'TextualBody', value: `Note ${i}`, format: 'text/markdown' },
    target: { source: 'https://elsewhere.example/essay', selector },
  });
  const spaces = Array.from({ length: NOTES }, (_, i) => {
    const at = Math.floor(random() * text.length);
    return annotation(i, [
      { type: 'TextQuoteSelector', exact: ' ', prefix: noise(), suffix: noise() },
      { type: 'TextPositionSelector', start: at, end: at + 1 },
    ]);
  });
  const ordinary = Array.from({ length: NOTES }, (_, i) => {
    const start = Math.floor(random() * (text.length - 200));
    const { quote, position } = describeRange(text, start, start + 5 + Math.floor(random() * 150));
    return annotation(i, [quote, position]);
  });

  for (const [label, file, importer] of [
    ['" " with random context', spaces, DEMO_USERS.member.email],
    ['ordinary passages', ordinary, DEMO_USERS.moderator.email],
  ] as const) {
    const user = await db.user.findUniqueOrThrow({ where: { email: importer }, select: { id: true } });
    let isDone = false;
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const importing = importAnnotations(user.id, DEMO_ESSAY.slug, file)
      .then(
        (counts) =>
          `imported ${counts.imported}, anchored ${counts.anchored}, fuzzy ${counts.fuzzy}, orphaned ${counts.orphaned}, duplicates ${counts.duplicates}`,
        (error: unknown) => `refused: ${error instanceof Error ? error.message : String(error)}`,
      )
      .finally(() => (isDone = true));
    const during = await probe(() => isDone);
    const outcome = await importing;
    const cpu = process.cpuUsage(cpuBefore);
    console.log(
      `  import of ${label}: ${(performance.now() - began).toFixed(0)} ms, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (GETs included); ${outcome}`,
    );
    console.log(`    GET meanwhile: ${stats(during)}`);
  }
  server.close();
  await db.$disconnect();
} finally {
  await database.drop();
}
