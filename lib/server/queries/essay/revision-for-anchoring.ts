import 'server-only';
import { db } from '@/lib/server/db/client';

export type TRevisionForAnchoring = { id: string; text: string; claims: { id: string; start: number; end: number }[] };

// A revision's text and claim offsets never change once written (a revision of the essay is a new
// row; a draft's claims are merged and split, but nobody annotates a draft, so none is kept), so the few in use are kept in memory: annotating reads no essay text from the database
// while its revision is here. Bounded: the least recently used revision is dropped past the limit.
const KEPT_REVISIONS = 32;
const kept = new Map<string, TRevisionForAnchoring>();

/** The revision's text and claims in document order, for checking selectors and finding the claims a range touches. */
export async function getRevisionForAnchoring(revisionId: string): Promise<TRevisionForAnchoring | null> {
  const cached = kept.get(revisionId);
  if (cached) {
    kept.delete(revisionId);
    kept.set(revisionId, cached);
    return cached;
  }
  const row = await db.essayRevision.findUnique({
    where: { id: revisionId },
    select: { id: true, text: true, claimVersions: { select: { claimId: true, start: true, end: true }, orderBy: { start: 'asc' } } },
  });
  if (!row) return null;
  const revision = { id: row.id, text: row.text, claims: row.claimVersions.map((c) => ({ id: c.claimId, start: c.start, end: c.end })) };
  kept.set(revisionId, revision);
  if (kept.size > KEPT_REVISIONS) kept.delete(kept.keys().next().value!);
  return revision;
}
