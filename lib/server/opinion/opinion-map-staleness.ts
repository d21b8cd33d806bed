import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { OPINION_FORMAT_VERSION } from '@/lib/domain/opinion';
import type { TDb, TTx } from '@/lib/server/db/client';

/**
 * SQL: true when the stored opinion map of essay `e` is missing or out of date — ratings changed
 * since (the trigger bumped ratingsVersion), the essay has another current revision (other
 * claims), or the result is of an older shape.
 */
export function opinionMapStaleSql(map: string, essay: string): Prisma.Sql {
  const m = Prisma.raw(`"${map}"`);
  const e = Prisma.raw(`"${essay}"`);
  return Prisma.sql`(${m}."essayId" IS NULL OR ${m}.result IS NULL
    OR ${m}."computedVersion" IS DISTINCT FROM ${m}."ratingsVersion"
    OR ${m}."revisionId" IS DISTINCT FROM ${e}."currentRevisionId"
    OR (${m}.result->>'formatVersion')::int IS DISTINCT FROM ${OPINION_FORMAT_VERSION})`;
}

export async function isOpinionMapStale(client: TDb | TTx, essayId: string): Promise<boolean> {
  const rows = await client.$queryRaw<{ stale: boolean }[]>`
    SELECT ${opinionMapStaleSql('m', 'e')} AS stale
      FROM "Essay" e LEFT JOIN "OpinionMap" m ON m."essayId" = e.id
     WHERE e.id = ${essayId}`;
  return rows[0]?.stale ?? false;
}
