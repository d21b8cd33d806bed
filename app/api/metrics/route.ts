import { AppError } from '@/lib/server/errors';
import { errorResponse } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';
import { log } from '@/lib/server/log';
import { MIN_METRICS_TOKEN_LENGTH, metricsAccess } from '@/lib/server/metrics/metrics-access';
import { metrics } from '@/lib/server/metrics/metrics';

// Prometheus metrics of this instance (lib/server/metrics/metrics.ts): request latency by route
// pattern, live subscribers, the database pool, rate-limit rejections, process figures. Labels
// are route patterns and policy names, never paths, users or essays. Off (404) unless
// COUNTERPOINT_METRICS_TOKEN is set; then a 401 without it (ADR 0012).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return observeRoute(request, async () => {
    const access = metricsAccess(request.headers.get('authorization'), process.env.COUNTERPOINT_METRICS_TOKEN);
    if (access === 'token too short') {
      log().warn(
        { event: 'metrics.token-too-short' },
        `COUNTERPOINT_METRICS_TOKEN is shorter than ${MIN_METRICS_TOKEN_LENGTH} characters: /api/metrics stays off`,
      );
    }
    if (access === 'off' || access === 'token too short') return errorResponse(new AppError('NOT_FOUND', 'Not found.'));
    if (access === 'denied') {
      return errorResponse(
        new AppError('UNAUTHENTICATED', 'Send the metrics token (COUNTERPOINT_METRICS_TOKEN) as "Authorization: Bearer <token>".'),
        { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      );
    }
    const { registry } = metrics();
    return new Response(await registry.metrics(), {
      headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' },
    });
  });
}
