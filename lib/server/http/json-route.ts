import 'server-only';
import type { NextResponse } from 'next/server';
import { toAppError } from '@/lib/server/errors';
import { jsonResponse } from '@/lib/server/http/json-response';

/** Runs a read handler body; AppErrors become `{ error }` with their status, others a logged 500. */
export async function jsonRoute(run: () => Promise<{ status?: number; body: unknown }>): Promise<NextResponse> {
  try {
    const { status = 200, body } = await run();
    return jsonResponse(body, { status });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * The one mapping from a thrown error to an answer: `{ error }` (plus `fields` for schema
 * problems) with the AppError's status and Retry-After when rate limited; anything that is not an
 * AppError is logged and answered with a generic 500.
 */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): NextResponse {
  const appError = toAppError(error);
  const all: Record<string, string> = { ...headers };
  if (appError.retryAfterSeconds) all['Retry-After'] = String(appError.retryAfterSeconds);
  const body = appError.fields ? { error: appError.message, fields: appError.fields } : { error: appError.message };
  return jsonResponse(body, { status: appError.status, headers: all });
}
