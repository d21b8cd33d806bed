import 'server-only';

// The route patterns of app/api, as Next.js names them. Metrics are labelled by pattern, never by
// the raw path: one time series per route, not one per essay slug or note id (a label per URL
// would grow the metrics without bound). tests/unit/http/api-route-patterns.test.ts checks that
// every route file under app/api is listed, and nothing else; a path matching none is labelled
// UNMATCHED_ROUTE.
export const API_ROUTE_PATTERNS = [
  // Whatever no other route serves: a JSON 404.
  '/api/[...path]',
  '/api/account/tokens',
  '/api/account/tokens/[id]',
  '/api/annotations/[id]',
  '/api/annotations/[id]/replies',
  '/api/arguments/[id]/vote',
  '/api/auth/[...nextauth]',
  '/api/claims/[id]/ratings',
  '/api/claims/[id]/ratings/[dimension]',
  '/api/cohorts',
  '/api/cohorts/[id]',
  '/api/cohorts/[id]/essays',
  '/api/cohorts/[id]/flags',
  '/api/cohorts/[id]/invites',
  '/api/cohorts/[id]/ledger',
  '/api/cohorts/[id]/members/[userId]',
  '/api/cohorts/[id]/moderation',
  '/api/cohorts/[id]/pseudonym',
  '/api/essays/[slug]/annotations',
  '/api/essays/[slug]/annotations/export',
  '/api/essays/[slug]/annotations/import',
  '/api/essays/[slug]/arguments',
  '/api/essays/[slug]/csv/[table]',
  '/api/essays/[slug]/digest.md',
  '/api/essays/[slug]/draft',
  '/api/essays/[slug]/draft/merge',
  '/api/essays/[slug]/draft/publish',
  '/api/essays/[slug]/draft/split',
  '/api/essays/[slug]/events',
  '/api/essays/[slug]/export/[format]',
  '/api/essays/[slug]/opinion-map',
  '/api/essays/[slug]/read',
  '/api/essays/[slug]/responses',
  '/api/essays/[slug]/settings',
  '/api/essays/[slug]/threads',
  '/api/flags',
  '/api/invites/[id]',
  '/api/join',
  '/api/moderation/[actionId]/appeal',
  '/api/notifications',
  '/api/responses/[id]/state',
  '/api/v1/claims/[id]/ratings',
  '/api/v1/claims/[id]/ratings/[dimension]',
  '/api/v1/essays',
  '/api/v1/essays/[slug]',
  '/api/v1/essays/[slug]/annotations',
  '/api/v1/essays/[slug]/arguments',
  '/api/v1/essays/[slug]/claims',
  '/api/v1/openapi.json',
  '/api/v1/search',
  '/api/health',
  '/api/metrics',
  '/api/ready',
] as const;

export const UNMATCHED_ROUTE = 'unmatched';

type TSegment = { kind: 'static'; text: string } | { kind: 'param' } | { kind: 'rest' };
type TPattern = { pattern: string; segments: TSegment[] };

const COMPILED: TPattern[] = API_ROUTE_PATTERNS.map((pattern) => ({
  pattern,
  segments: pattern
    .split('/')
    .filter(Boolean)
    .map((segment): TSegment => {
      if (segment.startsWith('[...')) return { kind: 'rest' };
      if (segment.startsWith('[')) return { kind: 'param' };
      return { kind: 'static', text: segment };
    }),
}));

/**
 * The pattern a path was served by, as Next.js routes it: static segments win over parameters
 * (`/api/essays/[slug]/draft/split` before a parameter in its place), and a catch-all takes the
 * rest. Anything else is UNMATCHED_ROUTE.
 *
 * @example routePatternOf('/api/essays/on-liberty/threads') // '/api/essays/[slug]/threads'
 */
export function routePatternOf(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  let best: { pattern: string; score: number } | null = null;
  for (const { pattern, segments } of COMPILED) {
    const score = matchScore(segments, parts);
    if (score !== null && (best === null || score > best.score)) best = { pattern, score };
  }
  return best?.pattern ?? UNMATCHED_ROUTE;
}

// Higher is more specific: each static segment counts 2, a parameter 1, a catch-all 0.
function matchScore(segments: TSegment[], parts: string[]): number | null {
  let score = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'rest') return parts.length > i ? score : null;
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.kind === 'static') {
      if (part !== segment.text) return null;
      score += 2;
    } else score += 1;
  }
  return parts.length === segments.length ? score : null;
}
