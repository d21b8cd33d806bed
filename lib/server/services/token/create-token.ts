import 'server-only';
import { ZCreateApiToken, type TApiTokenSummary } from '@/lib/schemas/api-v1';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';
import { generateRawToken, hashToken } from '@/lib/server/services/token/token-secret';

// Enough for every script and notebook a person runs; a runaway client minting tokens stops here.
export const MAX_ACTIVE_TOKENS = 20;

/**
 * Creates a personal access token for the viewer. The raw token is returned this once and never
 * stored (only its SHA-256): the caller shows it to its owner and forgets it.
 */
export async function createApiToken(viewerId: string, input: unknown): Promise<{ token: string; apiToken: TApiTokenSummary }> {
  const data = parseInput(ZCreateApiToken, input);
  const token = generateRawToken();
  const row = await db.$transaction(async (tx) => {
    // Serialises one user's token creations, so two at once cannot both slip under the cap.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`api-token:${viewerId}`}))`;
    const active = await tx.apiToken.count({ where: { userId: viewerId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new AppError('CONFLICT', `You have ${MAX_ACTIVE_TOKENS} active tokens: revoke one you no longer use first.`);
    }
    return tx.apiToken.create({
      data: { userId: viewerId, name: data.name, scope: data.scope, tokenHash: hashToken(token) },
      select: { id: true, name: true, scope: true, createdAt: true },
    });
  });
  return {
    token,
    apiToken: { id: row.id, name: row.name, scope: row.scope, createdAt: row.createdAt.toISOString(), lastUsedAt: null, revokedAt: null },
  };
}
