import { jsonResponse } from '@/lib/server/http/json-response';
import { observeRoute } from '@/lib/server/http/observe-route';
import { readiness } from '@/lib/server/health/readiness';

// Readiness for a load balancer: 200 when the database answers, this version's migrations are
// applied and the live listener hears notifications; else 503 naming the failed check. Public
// (a load balancer has no session) and free of private data: fixed sentences, no driver errors.
export const dynamic = 'force-dynamic';

/** A database restart takes seconds; the app reconnects by itself (ADR 0013). */
const RETRY_AFTER_SECONDS = 5;
const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET(request: Request) {
  return observeRoute(request, async () => {
    const result = await readiness();
    if (result.isReady) return jsonResponse({ status: 'ready', checks: result.checks }, { headers: NO_STORE });
    return jsonResponse(
      { status: 'unavailable', failed: result.failed, error: result.reason, checks: result.checks },
      { status: 503, headers: { ...NO_STORE, 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    );
  });
}
