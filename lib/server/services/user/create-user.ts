import 'server-only';
import { ZSignUp, type TSignUp } from '@/lib/schemas/auth';
import { hashPassword } from '@/lib/server/auth/password';
import type { TDb } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

/** Signs a new user up. A taken email is a 409 with a message that says what to do. */
export async function createUser(client: TDb, input: TSignUp): Promise<{ id: string }> {
  const data = ZSignUp.parse(input);
  const existing = await client.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new AppError('CONFLICT', 'An account with that email already exists. Sign in instead.');
  const passwordHash = await hashPassword(data.password);
  return client.user.create({ data: { email: data.email, name: data.name, passwordHash }, select: { id: true } });
}
