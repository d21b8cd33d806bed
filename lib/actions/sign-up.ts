'use server';
import { firstIssue, ZSignUp } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db/client';
import { toAppError } from '@/lib/server/errors';
import { createUser } from '@/lib/server/services/user/create-user';

export type TSignUpResult = { ok: true } | { ok: false; error: string };

export async function signUpAction(input: unknown): Promise<TSignUpResult> {
  const parsed = ZSignUp.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  try {
    await createUser(db, parsed.data);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: toAppError(error).message };
  }
}
