import 'server-only';
import { randomUUID } from 'node:crypto';
import { ZAddArgument } from '@/lib/schemas/argument';
import { getArgumentAccess, getArgumentHolds } from '@/lib/server/access/argument-access';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db, type TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import type { TWriteKey } from '@/lib/server/http/write-key';
import { parseInput } from '@/lib/server/validation';
import { notify } from '@/lib/server/services/notification/notify';
import { claimWriteKey, replayedResourceId } from '@/lib/server/services/write-key/claim-write-key';

/**
 * Adds a supporting or attacking argument to an essay claim or to another argument of the same
 * essay. New arguments cannot form a cycle: they only ever point at something that already exists.
 */
export async function addArgument(
  viewerId: string,
  essaySlug: string,
  input: unknown,
  writeKey: TWriteKey | null = null,
): Promise<{ id: string }> {
  const data = parseInput(ZAddArgument, input);
  const id = randomUUID();
  const result = await db.$transaction(async (tx) => {
    const essay = await getEssayAccess(tx, viewerId, { slug: essaySlug });
    // A repeat of an argument already made answers with it, even if its target was locked since.
    if (writeKey && !(await claimWriteKey(tx, viewerId, writeKey, id))) return null;
    assertCan(essay, 'argument.create');
    const target = await resolveTarget(tx, viewerId, essay.essayId, data.target);
    const created = await tx.argument.create({
      data: {
        id,
        essayId: essay.essayId,
        authorId: viewerId,
        text: data.text,
        elaboration: data.elaboration ?? null,
        stance: data.stance,
        attackKind: data.stance === 'ATTACK' ? data.attackKind! : null,
        targetClaimId: target.claimId,
        targetArgumentId: target.argumentId,
      },
      select: { id: true },
    });
    if (data.stance === 'ATTACK' && target.authorId) {
      await notify(tx, viewerId, [
        {
          userId: target.authorId,
          kind: 'ARGUMENT_AGAINST',
          title: `Someone ${data.attackKind === 'UNDERCUT' ? 'undercut' : 'rebutted'} your argument.`,
          href: `/essays/${essaySlug}/map#argument-${created.id}`,
          payload: { argumentId: created.id },
        },
      ]);
    }
    return created;
  });
  if (result !== null) return result;
  // The argument as the viewer may still reach it (a 404 once it is out of their reach).
  const { argument } = await getArgumentAccess(db, viewerId, await replayedResourceId(viewerId, writeKey!));
  return { id: argument.id };
}

/** Slow mode on an argument: one answer per N minutes per person anywhere in its discussion. */
async function enforceSlowMode(tx: TTx, viewerId: string, slowMode: { argumentId: string; minutes: number }): Promise<void> {
  // Posts under one slow-mode argument take turns, so two quick answers cannot both slip through.
  await tx.$queryRaw`SELECT 1 FROM "Argument" WHERE id = ${slowMode.argumentId} FOR UPDATE`;
  const mine = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE below AS (
      SELECT id, "authorId" FROM "Argument" WHERE "targetArgumentId" = ${slowMode.argumentId}
      UNION ALL
      SELECT a.id, a."authorId" FROM "Argument" a JOIN below b ON a."targetArgumentId" = b.id
    )
    SELECT id FROM below WHERE "authorId" = ${viewerId}`;
  if (mine.length === 0) return;
  const windowMs = slowMode.minutes * 60_000;
  const last = await tx.argument.findFirst({
    where: { id: { in: mine.map((row) => row.id) }, createdAt: { gt: new Date(Date.now() - windowMs) } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  if (!last) return;
  const seconds = Math.ceil((last.createdAt.getTime() + windowMs - Date.now()) / 1000);
  throw new AppError(
    'RATE_LIMITED',
    `This discussion is in slow mode: one answer every ${slowMode.minutes} minutes. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    { retryAfterSeconds: seconds },
  );
}

async function resolveTarget(tx: TTx, viewerId: string, essayId: string, target: { type: 'claim' | 'argument'; id: string }) {
  if (target.type === 'claim') {
    const claim = await tx.claim.findUnique({ where: { id: target.id }, select: { essayId: true } });
    if (!claim || claim.essayId !== essayId) throw new AppError('BAD_REQUEST', 'That claim is not part of this essay.');
    return { claimId: target.id, argumentId: null, authorId: null };
  }
  const { argument } = await getArgumentAccess(tx, viewerId, target.id);
  if (argument.essayId !== essayId) throw new AppError('BAD_REQUEST', 'That argument belongs to another essay.');
  if (argument.deletedAt) throw new AppError('CONFLICT', 'That argument was deleted: answer what it answered instead.');
  if (argument.hiddenAt) throw new AppError('CONFLICT', 'A moderator hid that argument: it takes no answers.');
  const holds = await getArgumentHolds(tx, target.id);
  if (holds.isLocked) throw new AppError('FORBIDDEN', 'A moderator locked this discussion: its arguments take no new answers.');
  if (holds.slowMode) await enforceSlowMode(tx, viewerId, holds.slowMode);
  return { claimId: null, argumentId: target.id, authorId: argument.authorId };
}
