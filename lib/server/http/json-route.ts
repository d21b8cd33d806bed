import 'server-only';
import type { NextResponse } from 'next/server';
import { type AppError, toAppError } from '@/lib/server/errors';
import { jsonResponse } from '@/lib/server/http/json-response';
import { observeRoute } from '@/lib/server/http/observe-route';
import { errorFields, log } from '@/lib/server/log';

/**
 * Runs a read handler body; AppErrors become `{ error }` with their status, others a logged 500.
 * The request is observed (observe-route.ts): its id on log lines and answer, its latency measured.
 */
export async function jsonRoute(request: Request, run: () => Promise<{ status?: number; body: unknown }>): Promise<Response> {
  return observeRoute(request, async () => {
    try {
      const { status = 200, body } = await run();
      return jsonResponse(body, { status });
    } catch (error) {
      return errorResponse(error);
    }
  });
}

/**
 * The one mapping from a thrown error to an answer: `{ error }` (plus `fields` for schema
 * problems) with the AppError's status and Retry-After when rate limited; anything that is not an
 * AppError is logged and answered with a generic 500. Writes one log line per refusal.
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): NextResponse {
  const appError = toAppError(error);
  logRefusal(appError);
  const all: Record<string, string> = { ...headers };
  if (appError.retryAfterSeconds) all['Retry-After'] = String(appError.retryAfterSeconds);
  const body = appError.fields ? { error: appError.message, fields: appError.fields } : { error: appError.message };
  return jsonResponse(body, { status: appError.status, headers: all });
}

/**
 * One line for an expected refusal (4xx, 503), without a stack: the request id, route and method
 * come from the request's context. An unexpected error (500) was logged by toAppError, with its
 * stack, and is not logged twice.
 */
export function logRefusal(appError: AppError): void {
  if (appError.code === 'INTERNAL') return;
  const level = appError.status >= 500 || appError.status === 429 ? 'warn' : 'info';
  const cause = appError.cause === undefined ? {} : { error: errorFields(appError.cause, { withStack: false }) };
  log()[level]({ status: appError.status, code: appError.code, ...cause }, appError.message);
}
