import 'server-only';
// SECURITY: counts and kinds only. No reason, flag note, note body or argument text is selected:
// what a moderator hid must not come back through its summary.
import type { TDigestModeration } from '@/lib/domain/digest/types';
import { db } from '@/lib/server/db/client';

type TRow = { what: 'action' | 'flag' | 'hidden-note' | 'hidden-argument'; kind: string; count: number };

/**
 * What moderation did on the essay's notes and arguments, in ONE statement: ledger entries by kind
 * and flags by status (through ModerationAction's and Flag's annotation/argument keys), and how
 * many notes and arguments are hidden now. Suspensions are cohort-wide, not the essay's: they are
 * in the cohort's ledger, not here.
 */
export async function readModeration(essayId: string): Promise<TDigestModeration> {
  const rows = await db.$queryRaw<TRow[]>`
    SELECT 'action' AS what, ma.kind::text AS kind, count(*)::int AS count
      FROM "ModerationAction" ma
      LEFT JOIN "Annotation" a ON a.id = ma."annotationId"
      LEFT JOIN "Argument" g ON g.id = ma."argumentId"
     WHERE a."essayId" = ${essayId} OR g."essayId" = ${essayId}
     GROUP BY ma.kind
    UNION ALL
    SELECT 'flag', f.status::text, count(*)::int
      FROM "Flag" f
      LEFT JOIN "Annotation" a ON a.id = f."annotationId"
      LEFT JOIN "Argument" g ON g.id = f."argumentId"
     WHERE a."essayId" = ${essayId} OR g."essayId" = ${essayId}
     GROUP BY f.status
    UNION ALL
    SELECT 'hidden-note', '', count(*)::int FROM "Annotation" a
     WHERE a."essayId" = ${essayId} AND a."hiddenAt" IS NOT NULL AND a."deletedAt" IS NULL
    UNION ALL
    SELECT 'hidden-argument', '', count(*)::int FROM "Argument" g
     WHERE g."essayId" = ${essayId} AND g."hiddenAt" IS NOT NULL AND g."deletedAt" IS NULL`;
  const of = (what: TRow['what']) => rows.filter((r) => r.what === what).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  return {
    actions: of('action').map((r) => ({ kind: r.kind, count: r.count })),
    flags: of('flag').map((r) => ({ status: r.kind, count: r.count })),
    hiddenNotes: of('hidden-note')[0]?.count ?? 0,
    hiddenArguments: of('hidden-argument')[0]?.count ?? 0,
  };
}
