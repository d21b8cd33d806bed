import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TTx } from '@/lib/server/db/client';

type TNotice = {
  userId: string;
  kind: 'REPLY' | 'ARGUMENT_AGAINST' | 'AUTHOR_RESPONSE' | 'MODERATION' | 'APPEAL';
  title: string;
  href: string;
  payload?: Prisma.InputJsonValue;
};

/** Queues in-app notifications inside the writer's transaction (never to the person who acted). */
export async function notify(tx: TTx, actorId: string, notices: TNotice[]): Promise<void> {
  const data = notices.filter((n) => n.userId !== actorId).map((n) => ({ ...n, payload: n.payload ?? {} }));
  if (data.length > 0) await tx.notification.createMany({ data });
}
