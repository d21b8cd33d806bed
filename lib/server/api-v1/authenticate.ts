import 'server-only';
// SECURITY: the one place an /api/v1 request becomes a person. A bearer token (or, for reads,
// the browser's session) yields a viewer id; what that viewer may see and do is then decided by
// the same access helpers as the web app (essayReadableWhere, getEssayAccess, assertCan…), so a
// token never reaches more than its owner could in the browser.
import type { TTokenScope } from '@/lib/schemas/api-v1';
import { getViewer } from '@/lib/server/auth/viewer';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { hashToken, TOKEN_PATTERN } from '@/lib/server/services/token/token-secret';

export type TApiNeed = 'read' | 'write';
export type TApiCaller = { viewerId: string | null; via: 'token' | 'session' | 'anonymous'; scope: TTokenScope | null };

// lastUsedAt is a hint for its owner ("is this token still in use?"), not an audit log: writing
// it once a minute spares every API read a row update.
const TOUCH_EVERY_MS = 60_000;

/**
 * Who is calling. `Authorization: Bearer cp_…` → the token's owner (unknown or revoked: 401; a
 * READ token asked to write: 403). Without the header, reads run as the signed-in browser
 * session, or anonymously (public essays only); writes always need a token with write scope.
 */
export async function authenticateApiRequest(request: Request, need: TApiNeed): Promise<TApiCaller> {
  const header = request.headers.get('authorization');
  if (header === null) {
    if (need === 'write') {
      throw new AppError(
        'UNAUTHENTICATED',
        'Writing through the API needs a personal access token with write scope: send "Authorization: Bearer cp_…" (create one on /account).',
      );
    }
    const viewer = await getViewer();
    return viewer ? { viewerId: viewer.id, via: 'session', scope: null } : { viewerId: null, via: 'anonymous', scope: null };
  }
  const raw = /^Bearer +(\S+)\s*$/i.exec(header)?.[1];
  if (!raw) throw new AppError('UNAUTHENTICATED', 'Send the token as "Authorization: Bearer cp_…".');
  if (!TOKEN_PATTERN.test(raw)) {
    throw new AppError(
      'UNAUTHENTICATED',
      'That is not a Counterpoint token: tokens start with "cp_" followed by 43 characters. Create one on /account.',
    );
  }
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { id: true, userId: true, scope: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token)
    throw new AppError(
      'UNAUTHENTICATED',
      'This token is not valid: it may be mistyped, or its account was deleted. Create a new one on /account.',
    );
  if (token.revokedAt) {
    throw new AppError(
      'UNAUTHENTICATED',
      `This token was revoked on ${token.revokedAt.toISOString().slice(0, 10)}. Create a new one on /account.`,
    );
  }
  const now = Date.now();
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) }, select: { id: true } });
  }
  if (need === 'write' && token.scope !== 'WRITE')
    throw new AppError('FORBIDDEN', 'This token is read-only: create a token with write scope.');
  return { viewerId: token.userId, via: 'token', scope: token.scope };
}

/** The caller's user id for a write (authenticateApiRequest guarantees one for writes). */
export function writerOf(caller: TApiCaller): string {
  if (caller.viewerId === null) throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  return caller.viewerId;
}
