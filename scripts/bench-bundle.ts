// npm run bench:bundle — the reader's first-load JavaScript, read from the production build
// (`next build` first when the build is stale): the chunks /essays/[slug] loads before it runs —
// the root main files of the page's build manifest plus the entry chunks of its layouts and page in
// its client reference manifest — each gzipped as the server sends it. Target ≤ 150 KB gzipped.
// `-- --chromium` also loads the page cold in Chromium (signed in, on a fresh seeded database) and
// prints the scripts it downloaded, to check the manifest method against a browser. `-- --no-build`
// measures the build that is there without rebuilding it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { appEnv, buildIfStale, startAppUnderTest } from './support/app-under-test';

const ROUTE = '/essays/[slug]/page';
const TARGET_KB = 150;
const NEXT = '.next';
// Libraries written for the server, or too big for a reader's first load, and what each costs.
const SIGNATURES: [string, RegExp][] = [
  ['zod', /\$ZodType|ZodError/],
  ['markdown-it', /markdown-it|linkify-it/],
  ['sanitize-html', /sanitize-html|htmlparser2/],
  ['prisma', /@prisma\/client|PrismaClient/],
  ['pg', /pg-protocol|pgpass/],
  ['ajv', /ajv\.js\.org|\bAjv\b/],
];

type TChunk = { file: string; raw: number; gzip: number; libraries: string[] };

/** The page's first-load chunks from the build's manifests (Next 16, Turbopack or webpack). */
export function firstLoadChunks(route = ROUTE): string[] {
  const buildManifest = JSON.parse(readFileSync(path.join(NEXT, 'server/app', route, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const sandbox = { __RSC_MANIFEST: {} as Record<string, { entryJSFiles: Record<string, string[]> }> };
  const referenceManifest = readFileSync(path.join(NEXT, 'server/app', `${route}_client-reference-manifest.js`), 'utf8');
  new Function('globalThis', referenceManifest)(sandbox);
  const entries = sandbox.__RSC_MANIFEST[route]!.entryJSFiles;
  // The root layout, any nested layouts and the page itself: every entry on the page's path.
  const onPath = Object.keys(entries).filter((key) => {
    const segment = key.replace(/^\[project\]\/app/, '').replace(/\/(layout|page)$/, '');
    return key.endsWith('/layout') ? route.startsWith(`${segment}/`) : key === `[project]/app${route}`;
  });
  return [...new Set([...buildManifest.rootMainFiles, ...onPath.flatMap((key) => entries[key]!)])];
}

function measure(files: string[]): TChunk[] {
  return files.map((file) => {
    const body = readFileSync(path.join(NEXT, file));
    const text = body.toString('utf8');
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body).length,
      libraries: SIGNATURES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name),
    };
  });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function chromiumDownloads(): Promise<{ url: string; encoded: number; decoded: number }[]> {
  const { chromium } = await import('@playwright/test');
  const { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } = await import('../prisma/demo-data');
  const app = await startAppUnderTest(3154);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // Sign in in one context, then load the reader in a fresh one with only the cookies: a cold cache.
    const signIn = await browser.newContext();
    const page = await signIn.newPage();
    await page.goto(`${app.baseUrl}/signin`);
    await page.getByLabel('Email').fill(DEMO_USERS.member.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    const cold = await browser.newContext({ storageState: await signIn.storageState() });
    const reader = await cold.newPage();
    const scripts: Promise<{ url: string; encoded: number; decoded: number }>[] = [];
    reader.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          return { url: new URL(request.url()).pathname, encoded: sizes.responseBodySize, decoded: (await response!.body()).length };
        })(),
      );
    });
    await reader.goto(`${app.baseUrl}/essays/${DEMO_ESSAY.slug}`, { waitUntil: 'networkidle' });
    return await Promise.all(scripts);
  } finally {
    await browser.close();
    await app.stop();
  }
}

// `-- --no-build` measures the build that is there, stale or not (e.g. one made before a change).
if (!process.argv.includes('--no-build')) {
  // The server's env check runs while the build collects page data; nothing connects then.
  await buildIfStale(appEnv(3154, process.env.DATABASE_URL ?? 'postgresql://127.0.0.1:5432/build-only', 'server'));
}
const files = firstLoadChunks();
const chunks = measure(files);
const total = chunks.reduce((sum, c) => ({ raw: sum.raw + c.raw, gzip: sum.gzip + c.gzip }), { raw: 0, gzip: 0 });
console.log(`bench:bundle — first-load JS of ${ROUTE} (build ${readFileSync(path.join(NEXT, 'BUILD_ID'), 'utf8').trim()})`);
for (const c of [...chunks].sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${c.file.padEnd(44)} ${kb(c.raw).padStart(9)} raw ${kb(c.gzip).padStart(9)} gzip  ${c.libraries.join(', ')}`);
}
const statsFile = path.join(NEXT, 'diagnostics/route-bundle-stats.json');
if (existsSync(statsFile)) {
  // Next 16 also writes its own list; say whether it agrees with the manifests.
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { route: string; firstLoadChunkPaths: string[] }[];
  const own = stats.find((s) => s.route === ROUTE.replace(/\/page$/, ''));
  const theirs = new Set(own?.firstLoadChunkPaths.map((p) => p.replace(/^\.next\//, '')) ?? []);
  const agrees = theirs.size === files.length && files.every((f) => theirs.has(f));
  console.log(
    `  (${NEXT}/diagnostics/route-bundle-stats.json lists ${agrees ? 'the same chunks' : `other chunks: ${[...theirs].join(', ')}`})`,
  );
}
const libraries = [...new Set(chunks.flatMap((c) => c.libraries))];
console.log(
  `first-load JS: ${kb(total.raw)} raw, ${kb(total.gzip)} gzipped (target ≤ ${TARGET_KB} KB) ${total.gzip <= TARGET_KB * 1024 ? 'PASS' : 'FAIL'}; server-sized libraries in it: ${libraries.length === 0 ? 'none' : libraries.join(', ')}`,
);

if (process.argv.includes('--chromium')) {
  const downloads = await chromiumDownloads();
  const encoded = downloads.reduce((sum, d) => sum + d.encoded, 0);
  const decoded = downloads.reduce((sum, d) => sum + d.decoded, 0);
  const first = new Set(files.map((f) => `/_next/${f}`));
  console.log(`Chromium, cold load signed in: ${downloads.length} scripts, ${kb(decoded)} raw, ${kb(encoded)} over the wire`);
  for (const d of downloads.sort((a, b) => b.encoded - a.encoded)) {
    console.log(
      `  ${d.url.padEnd(50)} ${kb(d.decoded).padStart(9)} raw ${kb(d.encoded).padStart(9)} wire ${first.has(d.url) ? '' : ' (not in the manifests’ first load)'}`,
    );
  }
  const missed = [...first].filter((f) => !downloads.some((d) => d.url === f));
  if (missed.length > 0) console.log(`  in the manifests but not downloaded: ${missed.join(', ')}`);
}
process.exit(0);
