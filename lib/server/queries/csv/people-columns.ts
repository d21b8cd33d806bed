import 'server-only';
import { createHmac } from 'node:crypto';
import { db } from '@/lib/server/db/client';
import { nextAuthSecret } from '@/lib/server/env';
import type { TCsvAccess } from '@/lib/server/queries/csv/csv-access';

export type TPeople = { headers: (prefix: string) => string[]; cells: (userId: string) => string[] };

/**
 * A person in an export: a pseudonym, the same in every table of one essay and different in
 * another essay's (HMAC-SHA256 of the essay and user ids, first 12 hex characters). The key is
 * the server's secret, so someone holding a file and a user id cannot check who is who. With
 * names (owners only), the account name follows it.
 */
export async function peopleColumns(access: TCsvAccess, userIds: string[]): Promise<TPeople> {
  const secret = nextAuthSecret();
  const pseudonym = (userId: string) =>
    createHmac('sha256', secret).update(`csv-pseudonym:${access.essayId}:${userId}`).digest('hex').slice(0, 12);
  if (!access.withNames) return { headers: (prefix) => [prefix], cells: (userId) => [pseudonym(userId)] };
  const users = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return { headers: (prefix) => [prefix, `${prefix}_name`], cells: (userId) => [pseudonym(userId), names.get(userId) ?? ''] };
}
