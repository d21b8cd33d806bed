import 'server-only';
import type { z } from 'zod';
import { IDEMPOTENT_REPLAYED_HEADER } from '@/lib/schemas/write-key';
import { authenticateApiRequest, writerOf } from '@/lib/server/api-v1/authenticate';
import { requireCookieViewer } from '@/lib/server/auth/viewer';
import { AppError } from '@/lib/server/errors';
import { errorResponse } from '@/lib/server/http/json-route';
import { jsonResponse } from '@/lib/server/http/json-response';
import { observeRoute } from '@/lib/server/http/observe-route';
import { parseJsonText, readBodyBytes, readBodyText } from '@/lib/server/http/read-json-body';
import { isSameOriginRequest } from '@/lib/server/http/same-origin';
import { readWriteKey, type TWriteKey } from '@/lib/server/http/write-key';
import { consumeRateLimit, type TRatePolicy } from '@/lib/server/rate-limit';
import { parseInput } from '@/lib/server/validation';

/** What a write route accepts; see docs/adr/0004-write-adapter.md. */
export type TWriteOptions<TSchema extends z.ZodType> = {
  /**
   * Who may write. `session`: the signed-in browser (cookie), which must also prove the request
   * came from our own pages. `token`: a personal access token with write scope (/api/v1).
   */
  auth: 'session' | 'token';
  /** The shared schema of the JSON body; `'none'` for routes that take no body (most DELETEs). */
  body: TSchema | 'none';
  /** The byte cap on the body. */
  maxBytes?: number;
  /**
   * Also accept `multipart/form-data` (file uploads): its fields, with files as `File`s, are
   * what the schema parses. The same-origin rule still applies; see ADR 0004.
   */
  isMultipartAllowed?: boolean;
  /** Which per-user budget a call spends one point of (`write` unless the route says otherwise). */
  limit?: TRatePolicy;
  /**
   * A create that honours the `Idempotency-Key` header: the run gets the key (null without one)
   * and passes it to its service, which records it with what it makes (write-key.ts).
   */
  isIdempotent?: boolean;
};

export type TWriteResult = { status?: number; body: unknown };

/** A JSON write is a short form or note; the few routes that take more say so (the import). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

// Answers depend on who asks, so shared caches must not keep them.
const WRITE_HEADERS = { 'Cache-Control': 'private, no-store', Vary: 'Authorization, Cookie' };

/**
 * The one way a route handler writes: authenticate (cookie session with the same-origin and
 * JSON content-type rules, or a write token), spend a write point, read the body as a capped
 * stream, parse JSON (depth-capped) with the route's shared schema, run, answer JSON. Every
 * refusal is a 4xx `{ error }` written for a person, before anything is written.
 *
 * @example
 * export async function POST(request: Request) {
 *   return writeRoute(request, { auth: 'session', body: ZCreateCohort }, async ({ userId, input }) =>
 *     ({ status: 201, body: { cohort: await createCohort(userId, input) } }));
 * }
 */
export async function writeRoute<TSchema extends z.ZodType>(
  request: Request,
  options: TWriteOptions<TSchema>,
  run: (call: { userId: string; input: z.output<TSchema>; writeKey: TWriteKey | null }) => Promise<TWriteResult>,
): Promise<Response> {
  return observeRoute(request, async () => {
    try {
      const userId = await authenticateWriter(request, options);
      await consumeRateLimit(options.limit ?? 'write', userId);
      const input = await readInput(request, options);
      const writeKey = options.isIdempotent ? readWriteKey(request, input) : null;
      const { status = 200, body } = await run({ userId, input, writeKey });
      const headers = writeKey?.isReplay ? { ...WRITE_HEADERS, [IDEMPOTENT_REPLAYED_HEADER]: 'true' } : WRITE_HEADERS;
      return jsonResponse(body, { status, headers });
    } catch (error) {
      const headers: Record<string, string> = { ...WRITE_HEADERS };
      if (options.auth === 'token' && error instanceof AppError && error.status === 401) {
        headers['WWW-Authenticate'] = 'Bearer realm="Counterpoint API"';
      }
      return errorResponse(error, headers);
    }
  });
}

async function authenticateWriter(request: Request, options: TWriteOptions<z.ZodType>): Promise<string> {
  if (options.auth === 'token') {
    return writerOf(await authenticateApiRequest(request, 'write'));
  }
  // SECURITY: the browser attaches the cookie to requests that other sites make, so a cookie
  // write must show it came from our pages, and a JSON content type (which a plain HTML form or a
  // "simple" cross-site fetch cannot send) is required as a second line of defence.
  if (!isSameOriginRequest(request.headers)) {
    throw new AppError(
      'FORBIDDEN',
      'This request did not come from a Counterpoint page, so it was refused. Reload the page and try again; scripts should use an API token.',
    );
  }
  const contentType = request.headers.get('content-type');
  if (options.body !== 'none' && !isJsonContentType(contentType) && !(options.isMultipartAllowed && isMultipart(contentType))) {
    throw new AppError('FORBIDDEN', 'Send the request body as JSON, with "Content-Type: application/json".');
  }
  return (await requireCookieViewer()).id;
}

async function readInput<TSchema extends z.ZodType>(request: Request, options: TWriteOptions<TSchema>): Promise<z.output<TSchema>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (options.body !== 'none' && options.isMultipartAllowed && isMultipart(request.headers.get('content-type'))) {
    return parseInput(options.body, await readFormFields(request, maxBytes));
  }
  const text = await readBodyText(request, maxBytes);
  if (options.body !== 'none') return parseInput(options.body, parseJsonText(text));
  if (text.trim() !== '') throw new AppError('BAD_REQUEST', 'This request takes no body: send it empty.');
  return undefined as z.output<TSchema>;
}

function isMultipart(value: string | null): boolean {
  return value !== null && value.split(';')[0]!.trim().toLowerCase() === 'multipart/form-data';
}

/** A multipart body, read under the byte cap first, as a plain object of its fields (files as `File`). */
async function readFormFields(request: Request, maxBytes: number): Promise<Record<string, FormDataEntryValue>> {
  const bytes = await readBodyBytes(request, maxBytes);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch {
    throw new AppError('BAD_REQUEST', 'The form data could not be read. Reload the page and send the form again.');
  }
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [name, value] of form.entries()) fields[name] ??= value;
  return fields;
}

function isJsonContentType(value: string | null): boolean {
  return value !== null && value.split(';')[0]!.trim().toLowerCase() === 'application/json';
}
