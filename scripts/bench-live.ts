// npm run bench:live — 100 SSE subscribers on one essay, 200 annotations posted over HTTP; prints
// delivery latency (POST sent → event parsed by each subscriber) as p50/p95/max, plus misses and
// duplicates. Uses a fresh database (on the server in DATABASE_URL, else embedded PGlite).
import { describeRange } from '@/lib/domain/anchoring';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { startAppUnderTest } from './support/app-under-test';
import { signInOverHttp } from './support/http-session';

const SUBSCRIBERS = 100;
const POSTS = 200;

const app = await startAppUnderTest(3200);
try {
  const { db } = await import('@/lib/server/db/client');
  const essay = await db.essay.findUniqueOrThrow({
    where: { slug: DEMO_ESSAY.slug },
    select: { currentRevision: { select: { id: true, text: true, claimVersions: { select: { start: true, end: true } } } } },
  });
  const revision = essay.currentRevision!;
  await db.$disconnect();
  const poster = await signInOverHttp(app.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD);
  const reader = await signInOverHttp(app.baseUrl, DEMO_USERS.moderator.email, DEMO_PASSWORD);

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let duplicates = 0;
  const controllers: AbortController[] = [];
  const received: Set<string>[] = [];
  let ready = 0;

  for (let s = 0; s < SUBSCRIBERS; s += 1) {
    const seen = new Set<string>();
    received.push(seen);
    const controller = new AbortController();
    controllers.push(controller);
    const response = await reader.fetch(`/api/essays/${DEMO_ESSAY.slug}/events`, { signal: controller.signal });
    const decoder = new TextDecoder();
    let buffer = '';
    ready += 1;
    void (async () => {
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const data = message.split('\n').find((line) => line.startsWith('data: '));
            if (!data) continue;
            const event = JSON.parse(data.slice(6)) as { annotation: { body: string } };
            const marker = event.annotation.body;
            if (seen.has(marker)) duplicates += 1;
            seen.add(marker);
            const start = sentAt.get(marker);
            if (start !== undefined) latencies.push(performance.now() - start);
          }
        }
      } catch {
        // aborted at the end
      }
    })();
  }
  console.log(`${ready} subscribers connected`);

  const claims = revision.claimVersions;
  const postStarted = performance.now();
  for (let i = 0; i < POSTS; i += 1) {
    const claim = claims[i % claims.length]!;
    const marker = `bench-${i}`;
    sentAt.set(marker, performance.now());
    const response = await poster.fetch(`/api/essays/${DEMO_ESSAY.slug}/annotations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        revisionId: revision.id,
        motivation: 'COMMENTING',
        body: marker,
        selectors: describeRange(revision.text, claim.start, claim.end),
      }),
    });
    if (response.status !== 201) throw new Error(`POST failed: ${response.status} ${await response.text()}`);
  }
  const postMs = performance.now() - postStarted;

  const expected = SUBSCRIBERS * POSTS;
  const deadline = performance.now() + 30_000;
  while (latencies.length < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  controllers.forEach((c) => c.abort());

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1) ?? 'n/a';
  console.log(`bench:live — ${SUBSCRIBERS} subscribers, ${POSTS} annotations (${(postMs / POSTS).toFixed(1)} ms per POST)`);
  console.log(`delivered ${latencies.length}/${expected}, missed ${expected - latencies.length}, duplicates ${duplicates}`);
  console.log(`delivery latency ms: p50 ${pct(50)}  p95 ${pct(95)}  max ${pct(100)}`);
} finally {
  await app.stop();
}
process.exit(0);
