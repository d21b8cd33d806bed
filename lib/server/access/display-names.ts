import 'server-only';
// SECURITY: every name of a person that leaves the server is made here, by the display-name rule
// (lib/domain/access/display-name.ts): plain members see pseudonyms, staff "pseudonym (real
// name)". Other people's user ids never leave either: payloads carry a per-cohort handle.
import { createHmac } from 'node:crypto';
import { displayNameFor } from '@/lib/domain/access/display-name';
import { standingOf, type TCohortRole, type TStanding } from '@/lib/domain/access/permissions';
import type { TPersonView } from '@/lib/schemas/person';
import { nextAuthSecret } from '@/lib/server/env';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TDb, TTx } from '@/lib/server/db/client';
import { queryRows } from '@/lib/server/db/pool-query';
import { AppError } from '@/lib/server/errors';

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
  // One statement: the essay's cohort and the viewer's membership of it (signed out: none).
  const rows = await queryRows<{ cohortId: string | null; role: TCohortRole | null; suspendedUntil: Date | null }>(
    client,
    Prisma.sql`
    SELECT e."cohortId", m.role::text AS role, m."suspendedUntil"
      FROM "Essay" e LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = ${viewerId}
     WHERE e.id = ${essayId}`,
  );
  const essay = rows[0];
  if (!essay) throw new AppError('NOT_FOUND', 'No such essay.');
  const membership = essay.role === null ? null : { role: essay.role, suspendedUntil: essay.suspendedUntil };
  return { viewerId, cohortId: essay.cohortId, standing: standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() }) };
}

// A page of threads names up to ~150 people; remembering handles spares an HMAC for each. The map
// is dropped whole when full (refilling it is cheap) or when the secret changes.
const MAX_REMEMBERED_HANDLES = 10_000;
const handles = new Map<string, string>();
let handlesSecret = '';

/**
 * An opaque, stable stand-in for a user id within one cohort (public essays share one scope): it
 * lets a client group notes by author without learning who the author is, and differs between
 * cohorts so handles cannot be joined across them.
 */
export function personHandle(cohortId: string | null, userId: string): string {
  const secret = nextAuthSecret();
  if (secret !== handlesSecret || handles.size >= MAX_REMEMBERED_HANDLES) {
    handles.clear();
    handlesSecret = secret;
  }
  const scoped = `person:${cohortId ?? 'public'}:${userId}`;
  let handle = handles.get(scoped);
  if (handle === undefined) {
    handle = createHmac('sha256', secret).update(scoped).digest('base64url').slice(0, 22);
    handles.set(scoped, handle);
  }
  return handle;
}

/** What the name rule needs of one user: their name and their membership of the viewer's cohort. */
export type TPersonNameRow = { id: string; name: string; pseudonym: string | null; isMember: boolean; allowPseudonyms: boolean | null };

/**
 * The SQL that reads a TPersonNameRow's columns for the user in `userIdColumn` (a column of the
 * statement it is joined into), so a query of notes can carry its authors' names instead of a
 * second round trip: JOIN these in, select `personNameColumnsSql(prefix)`, hand the rows to
 * nameBookOf. The aliases `pn_u`, `pn_m`, `pn_c` are taken.
 */
export function personNameJoinSql(cohortId: string | null, userIdColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    JOIN "User" pn_u ON pn_u.id = ${userIdColumn}
    LEFT JOIN "Membership" pn_m ON pn_m."cohortId" = ${cohortId} AND pn_m."userId" = pn_u.id
    LEFT JOIN "Cohort" pn_c ON pn_c.id = ${cohortId}`;
}

/** The columns of personNameJoinSql, each name prefixed (`authorName`, `authorPseudonym`, …). */
export function personNameColumnsSql(prefix: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`"${prefix}${name}"`);
  return Prisma.sql`pn_u.name AS ${column('Name')}, pn_m.pseudonym AS ${column('Pseudonym')},
    pn_m.id IS NOT NULL AS ${column('IsMember')}, pn_c."allowPseudonyms" AS ${column('AllowPseudonyms')}`;
}

/**
 * The names of these users as the viewer may see them, in one round trip (users with their
 * membership of the cohort, and the cohort's setting). Works inside a transaction too.
 */
export async function displayNamesFor(client: TDb | TTx, viewer: TNameViewer, userIds: readonly string[]): Promise<TNameBook> {
  const ids = [...new Set(userIds)];
  const { cohortId } = viewer;
  // One statement: the users (bound as one array, whatever their number) with their membership
  // of the cohort, and the cohort's setting (on every row; null outside a cohort).
  const rows =
    ids.length === 0
      ? []
      : await queryRows<TPersonNameRow>(
          client,
          Prisma.sql`
          SELECT u.id, u.name, m.pseudonym, m.id IS NOT NULL AS "isMember", c."allowPseudonyms"
            FROM "User" u
            LEFT JOIN "Membership" m ON m."cohortId" = ${cohortId} AND m."userId" = u.id
            LEFT JOIN "Cohort" c ON c.id = ${cohortId}
           WHERE u.id = ANY(${ids}::text[])`,
        );
  return nameBookOf(viewer, rows);
}

/** The name book of these users' rows (displayNamesFor's statement, or personNameJoinSql's columns). */
export function nameBookOf(viewer: TNameViewer, rows: readonly TPersonNameRow[]): TNameBook {
  const { cohortId } = viewer;
  const cohort = rows.length === 0 || cohortId === null ? null : { allowPseudonyms: rows[0]!.allowPseudonyms ?? false };
  const byId = new Map<string, TPersonView>();
  for (const row of rows) {
    if (!byId.has(row.id)) byId.set(row.id, personView(viewer, { ...row, allowPseudonyms: cohort?.allowPseudonyms ?? false }));
  }
  return {
    of: (userId) => byId.get(userId) ?? { handle: personHandle(cohortId, userId), name: 'Unknown', isViewer: userId === viewer.viewerId },
  };
}

type TNameRow = { id: string; name: string; pseudonym: string | null; isMember: boolean; allowPseudonyms: boolean };

/** One person as one viewer sees them in one cohort: the display-name rule and the handle. */
function personView(viewer: TNameViewer, row: TNameRow): TPersonView {
  const context = { standing: viewer.standing, isCohort: viewer.cohortId !== null, allowPseudonyms: row.allowPseudonyms };
  const isViewer = row.id === viewer.viewerId;
  const name = displayNameFor(context, {
    realName: row.name,
    pseudonym: row.isMember ? row.pseudonym : null,
    isMember: row.isMember,
    isViewer,
  });
  return { handle: personHandle(viewer.cohortId, row.id), name, isViewer };
}

export type TNameBookAcross = {
  /** The person as the viewer sees them in this name viewer's cohort (an unnamed stranger if not asked for). */
  of(viewer: TNameViewer, userId: string): TPersonView;
};

/**
 * displayNamesFor over several cohorts at once — each person named by the rule of the cohort
 * they wrote in, as the viewer stands there — in one round trip whatever the number of cohorts
 * (search results span essays). `people` pairs a name viewer with the user ids to name there.
 */
export async function displayNamesAcross(
  client: TDb | TTx,
  people: readonly { viewer: TNameViewer; userId: string }[],
): Promise<TNameBookAcross> {
  const keyOf = (cohortId: string | null, userId: string) => `${cohortId ?? ''}\u0000${userId}`;
  const pairs = [...new Map(people.map((p) => [keyOf(p.viewer.cohortId, p.userId), p])).values()];
  const rows =
    pairs.length === 0
      ? []
      : await client.$queryRaw<(TNameRow & { cohortId: string | null; allowPseudonyms: boolean | null })[]>`
          SELECT p."cohortId", u.id, u.name, m.pseudonym, m.id IS NOT NULL AS "isMember", c."allowPseudonyms"
            FROM unnest(${pairs.map((p) => p.viewer.cohortId)}::text[], ${pairs.map((p) => p.userId)}::text[]) AS p("cohortId", "userId")
            JOIN "User" u ON u.id = p."userId"
            LEFT JOIN "Membership" m ON m."cohortId" = p."cohortId" AND m."userId" = u.id
            LEFT JOIN "Cohort" c ON c.id = p."cohortId"`;
  const byKey = new Map(rows.map((row) => [keyOf(row.cohortId, row.id), row]));
  return {
    of: (viewer, userId) => {
      const row = byKey.get(keyOf(viewer.cohortId, userId));
      if (!row) return { handle: personHandle(viewer.cohortId, userId), name: 'Unknown', isViewer: userId === viewer.viewerId };
      return personView(viewer, { ...row, allowPseudonyms: row.allowPseudonyms ?? false });
    },
  };
}
