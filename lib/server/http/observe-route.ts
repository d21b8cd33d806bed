import 'server-only';
import { routePatternOf } from '@/lib/server/http/api-route-patterns';
import { REQUEST_ID_HEADER, requestIdFor } from '@/lib/server/http/request-id';
import { requestContext, type TRequestContext } from '@/lib/server/log';
import { metrics } from '@/lib/server/metrics/metrics';

/**
 * Runs one API request inside its context: the request id (request-id.ts: a trusted proxy's, else
 * a fresh one; proxy.ts does not run for API routes) and the route pattern go on every log line
 * written meanwhile (log.ts), the answer carries the id back in X-Request-Id, and its latency goes
 * into the route's histogram. The route adapters (jsonRoute, writeRoute, apiRoute) call this, and
 * the few routes without one call it themselves, so every API route is named and measured;
 * `handle` must answer rather than throw (the adapters turn errors into answers with errorResponse).
 */
export async function observeRoute(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  const context: TRequestContext = {
    requestId: requestIdFor(request.headers),
    method: request.method,
    route: routePatternOf(new URL(request.url).pathname),
  };
  const response = await requestContext.run(context, handle);
  response.headers.set(REQUEST_ID_HEADER, context.requestId);
  metrics().requestDuration.observe(
    { method: context.method, route: context.route, status: String(response.status) },
    (performance.now() - started) / 1000,
  );
  return response;
}
