import 'server-only';
import { NextResponse } from 'next/server';
import { AppError, toAppError } from '@/lib/server/errors';

/** Reads a JSON request body; malformed JSON is a 400, not a crash. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body must be JSON.');
  }
}

/** Runs a route handler body; AppErrors become `{ error }` with their status, others a logged 500. */
export async function jsonRoute(run: () => Promise<{ status?: number; body: unknown }>): Promise<NextResponse> {
  try {
    const { status = 200, body } = await run();
    return NextResponse.json(body, { status });
  } catch (error) {
    const appError = toAppError(error);
    const headers: Record<string, string> = appError.retryAfterSeconds ? { 'Retry-After': String(appError.retryAfterSeconds) } : {};
    return NextResponse.json({ error: appError.message }, { status: appError.status, headers });
  }
}
