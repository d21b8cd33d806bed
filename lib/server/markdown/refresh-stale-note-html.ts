// Start-up step, run by the launcher right after the migrations: re-renders every note whose stored
// HTML was made by an older renderer configuration (bodyHtmlVersion < MARKDOWN_RENDERER_VERSION;
// 0 for every row that existed before bodyHtml did). Reads never depend on it: they render stale
// rows on the fly (noteHtmlOf), so this only moves that work out of the request path.
// Uses `pg` rather than Prisma, like migrate.ts, so it runs before Next and without the app's pool.
import pg from 'pg';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '@/lib/server/markdown/render-markdown';

// Any constant works; it only has to differ from the migration lock and be the same for every instance.
const REFRESH_LOCK_KEY = 7_270_736_10;
const BATCH = 500;

export type TRefreshResult = { rendered: number; skipped: boolean };

/**
 * Idempotent and safe with several instances starting at once: an advisory lock lets one instance
 * do it while the others go on (their reads render what is still stale), and each UPDATE only
 * touches rows that are still stale and whose body is still the one rendered, so a note edited
 * meanwhile keeps the HTML its edit stored.
 */
export async function refreshStaleNoteHtml(connectionString: string): Promise<TRefreshResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const lock = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [REFRESH_LOCK_KEY]);
    if (!lock.rows[0]!.locked) return { rendered: 0, skipped: true };
    try {
      let rendered = 0;
      // Keyset pagination on the primary key: each batch is an index range, never a scan of the table.
      let after = '';
      for (;;) {
        const stale = await client.query<{ id: string; body: string }>(
          `SELECT id, body FROM "Annotation" WHERE id > $1 AND "bodyHtmlVersion" < $2 ORDER BY id LIMIT ${BATCH}`,
          [after, MARKDOWN_RENDERER_VERSION],
        );
        if (stale.rows.length === 0) return { rendered, skipped: false };
        after = stale.rows.at(-1)!.id;
        const updated = await client.query(
          `UPDATE "Annotation" AS a SET "bodyHtml" = u.html, "bodyHtmlVersion" = $4
             FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, body, html)
            WHERE a.id = u.id AND a.body = u.body AND a."bodyHtmlVersion" < $4`,
          [
            stale.rows.map((r) => r.id),
            stale.rows.map((r) => r.body),
            stale.rows.map((r) => renderMarkdown(r.body)),
            MARKDOWN_RENDERER_VERSION,
          ],
        );
        rendered += updated.rowCount ?? 0;
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [REFRESH_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
