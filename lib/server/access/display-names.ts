import 'server-only';
// SECURITY: every name of a person that leaves the server is made here, by the display-name rule
// (lib/domain/access/display-name.ts): plain members see pseudonyms, staff "pseudonym (real
// name)". Other people's user ids never leave either: payloads carry a per-cohort handle.
import { createHmac } from 'node:crypto';
import { displayNameFor } from '@/lib/domain/access/display-name';
import { standingOf, type TStanding } from '@/lib/domain/access/permissions';
import type { TPersonView } from '@/lib/schemas/person';
import { nextAuthSecret } from '@/lib/server/env';
import { db, type TDb, type TTx } from '@/lib/server/db/client';

/** Who is looking, and where: the essay's or cohort's access plus the viewer's id. */
export type TNameViewer = { viewerId: string | null; cohortId: string | null; standing: TStanding };

export type { TPersonView };

export type TNameBook = {
  /** The person as this viewer sees them; ids not asked for come out as an unnamed stranger. */
  of(userId: string): TPersonView;
};

/**
 * How stored text (a notification title) names people: as a plain member of the cohort sees them,
 * so a pseudonym holds whoever reads it later.
 */
export const STORED_NAME_VIEWER = (cohortId: string | null): TNameViewer => ({
  viewerId: null,
  cohortId,
  standing: cohortId === null ? 'ANONYMOUS' : 'MEMBER',
});

/**
 * The name viewer for an essay when only the viewer's id is at hand: their standing and the
 * essay's cohort. It decides names only — whether they may read the essay is the caller's check.
 */
export async function nameViewerOfEssay(client: TDb | TTx, viewerId: string | null, essayId: string): Promise<TNameViewer> {
  const essay = await client.essay.findUniqueOrThrow({
    where: { id: essayId },
    select: {
      cohortId: true,
      cohort: {
        select: {
          memberships: { where: { userId: viewerId ?? '' }, take: viewerId === null ? 0 : 1, select: { role: true, suspendedUntil: true } },
        },
      },
    },
  });
  const membership = essay.cohort?.memberships[0] ?? null;
  return { viewerId, cohortId: essay.cohortId, standing: standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() }) };
}

/**
 * An opaque, stable stand-in for a user id within one cohort (public essays share one scope): it
 * lets a client group notes by author without learning who the author is, and differs between
 * cohorts so handles cannot be joined across them.
 */
export function personHandle(cohortId: string | null, userId: string): string {
  return createHmac('sha256', nextAuthSecret())
    .update(`person:${cohortId ?? 'public'}:${userId}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * The names of these users as the viewer may see them, in one round trip (users with their
 * membership of the cohort, and the cohort's setting). Works inside a transaction too.
 */
export async function displayNamesFor(client: TDb | TTx, viewer: TNameViewer, userIds: readonly string[]): Promise<TNameBook> {
  const ids = [...new Set(userIds)];
  const { cohortId } = viewer;
  const [users, cohort] = await Promise.all([
    ids.length === 0
      ? Promise.resolve([])
      : client.user.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            name: true,
            memberships: { where: { cohortId: cohortId ?? '' }, take: cohortId === null ? 0 : 1, select: { pseudonym: true } },
          },
        }),
    cohortId === null ? Promise.resolve(null) : client.cohort.findUnique({ where: { id: cohortId }, select: { allowPseudonyms: true } }),
  ]);
  const context = { standing: viewer.standing, isCohort: cohortId !== null, allowPseudonyms: cohort?.allowPseudonyms ?? false };
  const byId = new Map(
    users.map((user) => {
      const membership = user.memberships[0] ?? null;
      const isViewer = user.id === viewer.viewerId;
      const name = displayNameFor(context, {
        realName: user.name,
        pseudonym: membership?.pseudonym ?? null,
        isMember: membership !== null,
        isViewer,
      });
      return [user.id, { handle: personHandle(cohortId, user.id), name, isViewer }] as const;
    }),
  );
  return {
    of: (userId) => byId.get(userId) ?? { handle: personHandle(cohortId, userId), name: 'Unknown', isViewer: userId === viewer.viewerId },
  };
}

/** The viewer's own name on an essay's page ("as Quiet Heron"): the name they chose in its cohort. */
export async function ownNameOnEssay(viewerId: string, essayId: string): Promise<string> {
  const names = await displayNamesFor(db, await nameViewerOfEssay(db, viewerId, essayId), [viewerId]);
  return names.of(viewerId).name;
}
