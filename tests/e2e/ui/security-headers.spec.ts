import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

// Every page the app has, from its route files, so a new page is covered or this test fails.
function pagePatterns(dir = 'app', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === 'page.tsx') return [prefix || '/'];
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name === 'api') return [];
    const segment = entry.name.startsWith('(') ? '' : `/${entry.name}`;
    return pagePatterns(path.join(dir, entry.name), `${prefix}${segment}`);
  });
}
const PATTERNS = pagePatterns();
const patternOf = (pathname: string) =>
  PATTERNS.find((pattern) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, '[^/]+')}$`).test(pathname));

/** Opens a page, checks its headers, and that its scripts ran without a CSP violation. */
async function visit(page: Page, url: string, violations: string[]): Promise<void> {
  const response = (await page.goto(url)) as Response;
  expect(response, url).not.toBeNull();
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${url}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, `${url}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${url}: CSP`).toContain("object-src 'none'");
  expect(headers['x-frame-options'], url).toBe('DENY');
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
  // Served over plain http here: no HSTS.
  expect(headers['strict-transport-security'], url).toBeUndefined();
  await page.waitForLoadState('load');
  // Next.js's client runtime announces itself once its scripts ran (blocked scripts: nothing).
  await expect.poll(() => page.evaluate(() => 'next' in window), { message: `${url}: scripts ran` }).toBe(true);
  const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  violations.push(...seen.map((v) => `${url}: ${v}`));
}

async function watch(page: Page, violations: string[]): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
}

test('every page carries the security headers and runs under its CSP with no violation', async ({ browser }) => {
  test.setTimeout(180_000);
  // A draft of its own for the draft page, rather than one another spec may or may not have left.
  const draft = JSON.parse(
    execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/draft/plant-draft.ts', `CSP draft ${Date.now().toString(36)}`],
      {
        env: process.env,
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .at(-1) ?? '{}',
  ) as { slug: string };
  const violations: string[] = [];
  const visited = new Set<string>();

  const anonymous = await browser.newPage();
  await watch(anonymous, violations);
  for (const url of ['/', '/signin', '/signup', '/docs/api', '/join/not-a-real-code']) {
    await visit(anonymous, url, violations);
    visited.add(patternOf(new URL(anonymous.url()).pathname) ?? url);
  }
  await anonymous.close();

  // Signed in, follow the links people follow, one page per route pattern (owner, then author).
  for (const user of [DEMO_USERS.owner, DEMO_USERS.author]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watch(page, violations);
    await signIn(page, user.email);
    // The search page is reached through a GET form, not a link: start there too.
    const queue = ['/', '/cohorts', `/essays/${DEMO_ESSAY.slug}`, `/essays/${DEMO_ESSAY.slug}/author`, '/search?q=alliances'];
    if (user === DEMO_USERS.owner) queue.push(`/essays/${draft.slug}/draft`);
    const seenPaths = new Set<string>();
    const visitsOf = new Map<string, number>();
    // At most three visits per route pattern and user: three claim pages stand for all of them.
    while (queue.length > 0) {
      const next = queue.shift()!;
      const pathname = new URL(next, 'http://x').pathname;
      const pattern = patternOf(pathname);
      if (!pattern || pattern === '/signout' || seenPaths.has(pathname) || (visitsOf.get(pattern) ?? 0) >= 3) continue;
      seenPaths.add(pathname);
      visitsOf.set(pattern, (visitsOf.get(pattern) ?? 0) + 1);
      visited.add(pattern);
      await visit(page, next, violations);
      const links = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      queue.push(...links.filter((href) => !href.startsWith('/api/')).map((href) => href.split('#')[0]!));
    }
    await context.close();
  }

  // The sign-out page last: visiting it is harmless, it asks before signing out.
  const last = await browser.newPage();
  await watch(last, violations);
  await visit(last, '/signout', violations);
  visited.add('/signout');
  await last.close();

  expect(violations).toEqual([]);
  expect(PATTERNS.filter((pattern) => !visited.has(pattern))).toEqual([]);
});

test('API answers and static files carry the fixed headers too', async ({ request }) => {
  for (const url of ['/api/v1/essays', '/api/v1/openapi.json']) {
    const response = await request.get(url);
    expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    expect(response.headers()['x-frame-options'], url).toBe('DENY');
  }
});
