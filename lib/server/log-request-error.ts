import 'server-only';
import type { Instrumentation } from 'next';
import { REQUEST_ID_HEADER } from '@/lib/server/http/request-id';
import { errorFields, log } from '@/lib/server/log';

type TErrorRequest = Parameters<Instrumentation.onRequestError>[1];
type TErrorContext = Parameters<Instrumentation.onRequestError>[2];

/**
 * One line for an error Next.js caught while serving a request (instrumentation.ts): the request
 * id proxy.ts set, the route pattern (`/essays/[slug]`, never the path with its slug), the
 * method, what kind of work failed, and the error's class, code, first line and stack frames.
 */
export function logRequestError(error: unknown, request: TErrorRequest, context: TErrorContext): void {
  const given = request.headers[REQUEST_ID_HEADER];
  log().error(
    {
      requestId: typeof given === 'string' ? given : undefined,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      // React's digest is what the error page shows the person instead of the message.
      digest: (error as { digest?: unknown } | null)?.digest,
      error: errorFields(error, { withStack: true }),
    },
    'request failed',
  );
}
