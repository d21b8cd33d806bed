import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

/**
 * Revokes one of the viewer's tokens; it stops working on the next request. Revoking twice is
 * harmless (the first date stands). Someone else's token is a 404, like a missing one.
 */
export async function revokeApiToken(viewerId: string, tokenId: string): Promise<{ id: string; revokedAt: string }> {
  // userId in the filter: a token id alone never reaches another person's token.
  await db.apiToken.updateMany({ where: { id: tokenId, userId: viewerId, revokedAt: null }, data: { revokedAt: new Date() } });
  const token = await db.apiToken.findFirst({ where: { id: tokenId, userId: viewerId }, select: { id: true, revokedAt: true } });
  if (!token?.revokedAt) throw new AppError('NOT_FOUND', 'No such token among yours.');
  return { id: token.id, revokedAt: token.revokedAt.toISOString() };
}
