import { AppError } from '@/lib/server/errors';
import { errorResponse } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';

// Any /api address no route serves, by any method: a JSON 404 that a script can read, with its
// request id like every API answer, instead of the HTML not-found page. Next tries every other
// route first: a catch-all only answers what nothing else matches.
async function noSuchRoute(request: Request): Promise<Response> {
  return observeRoute(request, async () =>
    errorResponse(new AppError('NOT_FOUND', 'No API route answers at this address. The API is described at /api/v1/openapi.json.')),
  );
}

export { noSuchRoute as GET, noSuchRoute as POST, noSuchRoute as PUT, noSuchRoute as PATCH, noSuchRoute as DELETE };
