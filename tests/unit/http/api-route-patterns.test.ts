// Metrics label requests by route pattern (api-route-patterns.ts). A route file missing from the
// list would be counted as "unmatched", and a listed pattern without a file is a leftover.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROUTE_PATTERNS, routePatternOf, UNMATCHED_ROUTE } from '@/lib/server/http/api-route-patterns';

const APP = path.resolve(import.meta.dirname, '../../../app');

/** `/api/...` for every route.ts under app/api, as Next.js names its route. */
function routeFiles(): string[] {
  return readdirSync(path.join(APP, 'api'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'route.ts')
    .map((entry) => `/${path.relative(APP, entry.parentPath).split(path.sep).join('/')}`)
    .sort();
}

describe('API_ROUTE_PATTERNS', () => {
  it('lists every route file under app/api, and nothing else', () => {
    expect([...API_ROUTE_PATTERNS].sort()).toEqual(routeFiles());
  });
});

describe('routePatternOf', () => {
  it.each([
    ['/api/health', '/api/health'],
    ['/api/ready', '/api/ready'],
    ['/api/metrics', '/api/metrics'],
    ['/api/essays/on-liberty/threads', '/api/essays/[slug]/threads'],
    ['/api/essays/on-liberty/draft/split', '/api/essays/[slug]/draft/split'],
    ['/api/claims/c1/ratings/agreement', '/api/claims/[id]/ratings/[dimension]'],
    ['/api/auth/callback/credentials', '/api/auth/[...nextauth]'],
    ['/api/v1/openapi.json', '/api/v1/openapi.json'],
    // Served by the catch-all's JSON 404: one label for every address nothing else answers.
    ['/api/essays', '/api/[...path]'],
    ['/api/no-such-route', '/api/[...path]'],
    ['/api/health/extra', '/api/[...path]'],
    ['/essays/on-liberty', UNMATCHED_ROUTE],
  ])('%s → %s', (pathname, pattern) => {
    expect(routePatternOf(pathname)).toBe(pattern);
  });
});
