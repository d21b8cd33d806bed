'use server';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/server/http/client-ip';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { firstIssue, ZSignUp } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db/client';
import { toAppError } from '@/lib/server/errors';
import { logRefusal } from '@/lib/server/http/json-route';
import { createUser } from '@/lib/server/services/user/create-user';

export type TSignUpResult = { ok: true } | { ok: false; error: string };

export async function signUpAction(input: unknown): Promise<TSignUpResult> {
  const parsed = ZSignUp.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  try {
    await consumeRateLimit('signUp', `ip:${clientIp(await headers())}`);
    await createUser(db, parsed.data);
    return { ok: true };
  } catch (error) {
    // One log line per refusal, as the API routes write (an outage's cause included).
    const appError = toAppError(error);
    logRefusal(appError);
    return { ok: false, error: appError.message };
  }
}
