// npm run bench:browser — what one reader view in a real browser costs the server: Chromium opens
// the demo essay signed in, as a member, 30 times; each view waits for its first notes and its live
// stream, then for the page to go quiet. Prints the requests a view makes (static chunks aside) and
// the server's CPU per view (/proc/<pid>/stat), against a hand-written floor in the same run: the
// requests the reader needs, each once, sent over plain HTTP without a browser (the page, the
// icon, the read receipt, the first page of threads, the live stream opened and closed).
// Regressions the server-side benches cannot see show here: e.g. prefetching every link on
// sight made 21 requests a view where 5 are needed, and tripled the server's CPU per view.
// Needs Chromium at /usr/bin/chromium (apt-get install -y chromium). Fresh database on the server
// in DATABASE_URL (else embedded PGlite).
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from '../prisma/demo-data';
import { startAppUnderTest } from './support/app-under-test';
import { signInOverHttp } from './support/http-session';

const VIEWS = 30;
const WARM_VIEWS = 5;
const path = `/essays/${DEMO_ESSAY.slug}`;

/** The server's user + system CPU time so far, in ms (clock ticks of 10 ms on Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const app = await startAppUnderTest(3160);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ baseURL: app.baseUrl, viewport: { width: 1400, height: 900 } });
  await page.goto('/signin');
  await page.getByLabel('Email').fill(DEMO_USERS.member.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  let requests = 0;
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/_next/static/')) requests += 1;
  });
  const view = async (reader: Page) => {
    await reader.goto(path);
    await reader.getByTestId('annotation-thread').first().waitFor();
    await reader.locator('[data-testid="live-status"][data-state="connected"]').waitFor();
    // Quiet: two idle periods of the page's main thread, then half a second for late requests.
    await reader.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    await reader.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  };
  for (let i = 0; i < WARM_VIEWS; i++) await view(page);
  requests = 0;
  let started = cpuMs(app.pid);
  for (let i = 0; i < VIEWS; i++) await view(page);
  const browserCpu = (cpuMs(app.pid) - started) / VIEWS;
  const browserRequests = requests / VIEWS;
  await page.goto('about:blank');

  // The floor: each request the reader needs, once, from a plain HTTP client.
  const session = await signInOverHttp(app.baseUrl, DEMO_USERS.member.email, DEMO_PASSWORD);
  const gzip = { 'accept-encoding': 'gzip' };
  const direct = async () => {
    const html = await (await session.fetch(path, { headers: gzip })).text();
    const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
    if (icon) await (await session.fetch(icon.replaceAll('&amp;', '&'))).arrayBuffer();
    await (await session.fetch(`/api/essays/${DEMO_ESSAY.slug}/read`, { method: 'POST', headers: { origin: app.baseUrl } })).arrayBuffer();
    await (await session.fetch(`/api/essays/${DEMO_ESSAY.slug}/threads?limit=50`, { headers: gzip })).arrayBuffer();
    const stream = new AbortController();
    const events = await session.fetch(`/api/essays/${DEMO_ESSAY.slug}/events?since=0`, { signal: stream.signal });
    const reader = events.body!.getReader();
    await reader.read();
    stream.abort();
    await reader.cancel().catch(() => undefined);
  };
  for (let i = 0; i < WARM_VIEWS; i++) await direct();
  started = cpuMs(app.pid);
  for (let i = 0; i < VIEWS; i++) await direct();
  const floorCpu = (cpuMs(app.pid) - started) / VIEWS;

  console.log(`bench:browser — ${VIEWS} views of ${path} in Chromium, signed in as a member`);
  console.log(`  requests to the server per view: ${browserRequests.toFixed(1)} (the floor's: 5)`);
  console.log(
    `  server CPU per view: browser ${browserCpu.toFixed(1)} ms, floor ${floorCpu.toFixed(1)} ms, browser/floor ${(browserCpu / floorCpu).toFixed(2)}×`,
  );
} finally {
  await browser.close();
  await app.stop();
}
