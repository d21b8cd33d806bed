import 'server-only';
import { routePatternOf } from '@/lib/server/http/api-route-patterns';
import { REQUEST_ID_HEADER, requestIdOf } from '@/lib/server/http/request-id';
import { requestContext, type TRequestContext } from '@/lib/server/log';
import { metrics } from '@/lib/server/metrics/metrics';

/**
 * Runs one API request inside its context: the request id (proxy.ts's, else a fresh one) and the
 * route pattern go on every log line written meanwhile (log.ts), the answer carries the id back
 * in X-Request-Id, and its latency goes into the route's histogram. The route adapters
 * (jsonRoute, writeRoute, apiRoute) call this, so every API route is measured; `handle` must
 * answer rather than throw (they turn errors into answers with errorResponse).
 */
export async function observeRoute(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  const context: TRequestContext = {
    requestId: requestIdOf(request.headers),
    method: request.method,
    route: routePatternOf(new URL(request.url).pathname),
  };
  const response = await requestContext.run(context, handle);
  // Behind proxy.ts the id is on the answer already (Next keeps the first value it was given).
  response.headers.set(REQUEST_ID_HEADER, context.requestId);
  metrics().requestDuration.observe(
    { method: context.method, route: context.route, status: String(response.status) },
    (performance.now() - started) / 1000,
  );
  return response;
}
