// npm run bench:essay-import — how long adding a 5,000-word web article to a cohort takes. A local
// HTTP server (allowed through COUNTERPOINT_IMPORT_ALLOW_HOSTS) serves the op-ed fixture page with
// its body replaced by 5,000 words in 20 sections; each run imports it as a draft through the same
// service the cohort page calls, and the stages are also timed one by one (fetch through the SSRF
// guard; jsdom + Readability + parse; the one-transaction write). Prints p50/max per stage.
// Uses a fresh database (on the server in DATABASE_URL, else embedded PGlite).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '@/lib/domain/random/seeded-random';
import { applyMigrations } from '@/lib/server/db/migrate';
import { createFreshDatabase } from '../tests/support/test-database';

const WORDS = 5_000;
const RUNS = 10;

const random = seededRandom(20_261_205);
const vocabulary = (
  'alliance security peace deterrence treaty power state region trade water city budget tariff policy market public ' +
  'private cost price risk rival bloc war order rule law court vote citizen council network infrastructure reform'
).split(' ');
const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
const sentence = () => {
  const words = Array.from({ length: 8 + Math.floor(random() * 14) }, pick);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
};
let body = '';
let words = 0;
for (let section = 1; words < WORDS; section += 1) {
  body += `<h2>Part ${section} of the argument</h2>\n`;
  for (let p = 0; p < 8 && words < WORDS; p += 1) {
    const sentences = Array.from({ length: 3 }, sentence);
    words += sentences.join(' ').split(' ').length;
    body += `<p>${sentences.join(' ')}</p>\n`;
  }
}
const fixture = readFileSync('tests/fixtures/articles/op-ed.html', 'utf8');
const page = fixture.replace(
  /<div class="entry-content">[\s\S]*?<p><strong>About the author/,
  `<div class="entry-content">\n${body}<p><strong>About the author`,
);

const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/long-read/`;
process.env.COUNTERPOINT_IMPORT_ALLOW_HOSTS = '127.0.0.1';

const database = await createFreshDatabase(process.env.DATABASE_URL, 'counterpoint_bench');
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { db } = await import('@/lib/server/db/client');
  const { makeCohort, makeUser } = await import('../prisma/factories');
  const { fetchArticlePage } = await import('@/lib/server/essay-import/fetch-article-page');
  const { extractArticle } = await import('@/lib/server/essay-import/extract-article');
  const { importEssay } = await import('@/lib/server/services/essay/import-essay');
  const { importEssayDraft } = await import('@/lib/server/services/essay/import-essay-draft');
  const owner = await makeUser(db, 'Bench Owner');
  const cohort = await makeCohort(db, [{ userId: owner.id, role: 'OWNER' }]);

  const timings: Record<'whole import' | 'fetch' | 'extract + parse' | 'store', number[]> = {
    'whole import': [],
    fetch: [],
    'extract + parse': [],
    store: [],
  };
  let claims = 0;
  for (let run = 0; run < RUNS; run += 1) {
    let started = performance.now();
    const draft = await importEssayDraft(owner.id, cohort.id, { source: 'url', url });
    timings['whole import'].push(performance.now() - started);
    claims = draft.claimCount;

    started = performance.now();
    const fetched = await fetchArticlePage(url);
    timings.fetch.push(performance.now() - started);
    started = performance.now();
    const article = extractArticle({ html: fetched.bytes, url: fetched.url, contentType: fetched.contentType });
    timings['extract + parse'].push(performance.now() - started);
    started = performance.now();
    await importEssay(db, article.parsed, { title: `Bench ${run}`, authorName: 'Bench', cohortId: cohort.id, draftBy: owner.id });
    timings.store.push(performance.now() - started);
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, first ${values[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
  };
  console.log(
    `bench:essay-import — a ${words.toLocaleString('en')}-word article page (${(Buffer.byteLength(page) / 1024).toFixed(0)} KB, ${claims} claims), ${RUNS} runs`,
  );
  for (const [stage, values] of Object.entries(timings)) console.log(`  ${stage}: ${stats(values)}`);
  await db.$disconnect();
} finally {
  server.close();
  await database.drop();
}
