import 'server-only';
import type { TApiTokenSummary } from '@/lib/schemas/api-v1';
import { db } from '@/lib/server/db/client';

/** The viewer's tokens for /account, newest first (index ApiToken(userId, createdAt)); never the hash. */
export async function listTokensForViewer(viewerId: string): Promise<TApiTokenSummary[]> {
  const tokens = await db.apiToken.findMany({
    where: { userId: viewerId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, name: true, scope: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    scope: t.scope,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}
