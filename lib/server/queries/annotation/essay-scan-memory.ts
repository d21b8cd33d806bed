import 'server-only';

/**
 * In-process memory of a whole-essay scan's result over the notes every reader may read (COHORT),
 * so it is not recomputed on every request. The key is read from the database on each request —
 * the current revision (re-anchoring moves notes without writing an event) and the newest
 * EssayEvent id (every note write appends one in its own transaction) — and read BEFORE the scan,
 * so whatever is stored under a key is at least as new as it. A stale entry is never matched, and
 * several app instances stay correct without talking to each other. Never store anything that
 * depends on the viewer: access checks and the viewer's own notes stay per request.
 * Bounded: least recently used essays are dropped beyond `maxSize` (in the caller's `sizeOf` units).
 */
export function essayScanMemory<T>(maxSize: number, sizeOf: (value: T) => number) {
  const entries = new Map<string, { key: string; value: T; size: number }>();
  let total = 0;
  const forget = (essayId: string) => {
    const entry = entries.get(essayId);
    if (!entry) return;
    total -= entry.size;
    entries.delete(essayId);
  };
  return {
    get(essayId: string, key: string): T | null {
      const entry = entries.get(essayId);
      if (!entry || entry.key !== key) return null;
      entries.delete(essayId);
      entries.set(essayId, entry); // most recently used last
      return entry.value;
    },
    set(essayId: string, key: string, value: T): void {
      const size = sizeOf(value);
      forget(essayId);
      if (size > maxSize) return;
      entries.set(essayId, { key, value, size });
      total += size;
      for (const [oldest] of entries) {
        if (total <= maxSize) break;
        forget(oldest);
      }
    },
  };
}

export function essayScanKey(revisionId: string | null, latestEventId: bigint | number): string {
  return `${revisionId ?? ''}:${latestEventId}`;
}

/** The SQL columns of the key, for a statement over `"Essay" essay`. Uses EssayEvent(essayId, id). */
export const ESSAY_SCAN_KEY_COLUMNS = `essay."currentRevisionId" AS "revisionId",
      COALESCE((SELECT ev.id FROM "EssayEvent" ev WHERE ev."essayId" = essay.id ORDER BY ev.id DESC LIMIT 1), 0) AS "latestEventId"`;
