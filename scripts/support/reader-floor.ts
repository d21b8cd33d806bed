// The hand-written floor of bench:reader: node:http + pg answering GET /essays/<slug> with the data
// a reader's first view needs — the essay, its claims with counts, where the highlights are, the
// first 50 threads with their replies and authors' names — as minimal HTML, gzipped when asked
// like the app's pages. Four statements, no framework, no session decoding (the viewer is fixed):
// what the app costs beyond this is the framework's and the app's own.
// It also answers GET /api/essays/<slug>/threads?limit=…&cursor=… like the app's thread API (anchored
// tab, no filters): the access row, then one statement for the page of threads with their first
// replies, reply counts, claims and authors' names, as JSON with a keyset cursor.
// Run as its own process (the load generator must not share its event loop):
//   FLOOR_PORT=… FLOOR_VIEWER_ID=… DATABASE_URL=… [FLOOR_POOL_MAX=…] node --import tsx scripts/support/reader-floor.ts
import http from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import pg from 'pg';

const THREADS = 50;
const INLINE_REPLIES = 20;
const MAX_DENSITY = 5;

// FLOOR_POOL_MAX: the app's own pool size — on the embedded database one connection, as the app
// (embedded-limits.ts): PGlite is one session, and concurrent connections clobber each other.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.FLOOR_POOL_MAX ?? 10) });
// FLOOR_PREPARED=1: name the statements (parsed once per connection), as the app does on a
// PostgreSQL server (lib/server/db/pool-query.ts); not on the embedded database (one shared session).
const isPrepared = process.env.FLOOR_PREPARED === '1';
const named = (name: string, text: string, values: unknown[]) => ({ name: isPrepared ? `floor-${name}` : undefined, text, values });
const viewerId = process.env.FLOOR_VIEWER_ID ?? '';
const gzipAsync = promisify(gzip);

const ESSAY_SQL = `
  SELECT e.id, e.title, e."authorName", e."cohortId", r.id AS "revisionId", r.text, m.role
  FROM "Essay" e
  JOIN "EssayRevision" r ON r.id = e."currentRevisionId"
  LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = $2
  WHERE e.slug = $1`;

// Counts per claim in the same statement (index lookups per claim, as the app's counts).
const CLAIMS_SQL = `
  SELECT cv."claimId" AS id, s.title AS section, cv.text,
    (SELECT count(*) FROM "AnnotationClaim" ac JOIN "Annotation" a ON a.id = ac."annotationId"
      WHERE ac."claimId" = cv."claimId" AND a."deletedAt" IS NULL AND (a.visibility = 'COHORT' OR a."authorId" = $2))::int AS notes,
    CASE WHEN EXISTS (SELECT 1 FROM "RatingReveal" rr WHERE rr."userId" = $2 AND rr."claimId" = cv."claimId" AND rr.dimension = 'AGREEMENT')
      THEN (SELECT count(*) FROM "Rating" ra WHERE ra."claimId" = cv."claimId" AND ra.dimension = 'AGREEMENT')::int END AS ratings,
    (SELECT count(*) FROM "Argument" ar WHERE ar."targetClaimId" = cv."claimId" AND ar."deletedAt" IS NULL)::int AS arguments
  FROM "ClaimVersion" cv JOIN "Section" s ON s.id = cv."sectionId"
  WHERE cv."revisionId" = $1
  ORDER BY s."order", cv."order"`;

// Merged highlight runs with a capped density: +1 at each root's start, -1 at its end.
const HIGHLIGHTS_SQL = `
  WITH roots AS (
    SELECT a."start" AS s, a."end" AS e FROM "Annotation" a
    WHERE a."essayId" = $1 AND a."parentId" IS NULL AND a."deletedAt" IS NULL AND a."anchorStatus" <> 'ORPHANED'
      AND a."start" IS NOT NULL AND a."end" > a."start" AND (a.visibility = 'COHORT' OR a."authorId" = $2)
  ),
  boundaries AS (
    SELECT pos, sum(delta) AS delta FROM (SELECT s AS pos, 1 AS delta FROM roots UNION ALL SELECT e, -1 FROM roots) x GROUP BY pos
  ),
  segments AS (
    SELECT pos AS s, lead(pos) OVER (ORDER BY pos) AS e, sum(delta) OVER (ORDER BY pos ROWS UNBOUNDED PRECEDING) AS depth FROM boundaries
  ),
  drawn AS (SELECT s, e, least(depth, ${MAX_DENSITY}) AS density FROM segments WHERE e IS NOT NULL AND depth > 0),
  starts AS (
    SELECT s, e, density, CASE WHEN lag(e) OVER w = s AND lag(density) OVER w = density THEN 0 ELSE 1 END AS is_new
    FROM drawn WINDOW w AS (ORDER BY s)
  ),
  runs AS (SELECT s, e, density, sum(is_new) OVER (ORDER BY s ROWS UNBOUNDED PRECEDING) AS run FROM starts)
  SELECT min(s)::int AS s, max(e)::int AS e, min(density)::int AS d FROM runs GROUP BY run ORDER BY 1`;

// The first threads in document order, each with its first replies, and every author's name.
const THREADS_SQL = `
  WITH roots AS (
    SELECT a.id, a.id AS "rootId", a."authorId", a.motivation::text, a."bodyHtml", a.tags, a."createdAt", a."hiddenAt", a."deletedAt", 0 AS depth
    FROM "Annotation" a
    WHERE a."essayId" = $1 AND a."parentId" IS NULL AND a."anchorStatus" <> 'ORPHANED' AND a."start" IS NOT NULL AND a."end" IS NOT NULL
      AND (a.visibility = 'COHORT' OR a."authorId" = $2)
    ORDER BY a."start", a."end", a."createdAt", a.id
    LIMIT ${THREADS}
  ),
  replies AS (
    SELECT r.* FROM roots, LATERAL (
      SELECT x.id, x."rootId", x."authorId", x.motivation::text, x."bodyHtml", x.tags, x."createdAt", x."hiddenAt", x."deletedAt", 1 AS depth
      FROM "Annotation" x
      WHERE x."rootId" = roots.id AND (x.visibility = 'COHORT' OR x."authorId" = $2)
      ORDER BY x."createdAt", x.id LIMIT ${INLINE_REPLIES}
    ) r
  ),
  notes AS (SELECT * FROM roots UNION ALL SELECT * FROM replies)
  SELECT n.*, coalesce(m.pseudonym, 'Member') AS name
  FROM notes n LEFT JOIN "Membership" m ON m."cohortId" = $3 AND m."userId" = n."authorId"`;

// A page of threads after a keyset (start, end, createdAt, id), as the app's anchored tab.
const THREAD_PAGE_SQL = `
  WITH roots AS (
    SELECT a.id, a."authorId", a.motivation::text, a.body, a."bodyHtml", a.tags, a.selectors, a."start", a."end", a."createdAt",
           a."hiddenAt", a."deletedAt"
    FROM "Annotation" a
    WHERE a."essayId" = $1 AND a."parentId" IS NULL AND a."anchorStatus" <> 'ORPHANED' AND a."start" IS NOT NULL AND a."end" IS NOT NULL
      AND (a.visibility = 'COHORT' OR a."authorId" = $2)
      AND ($4::int IS NULL OR (a."start", a."end", a."createdAt", a.id) > ($4::int, $5::int, $6::timestamp(3), $7::text))
    ORDER BY a."start", a."end", a."createdAt", a.id
    LIMIT $8
  )
  SELECT roots.*, coalesce(m.pseudonym, 'Member') AS name,
    ARRAY(SELECT ac."claimId" FROM "AnnotationClaim" ac WHERE ac."annotationId" = roots.id) AS "claimIds",
    (SELECT count(*) FROM "Annotation" x WHERE x."rootId" = roots.id AND (x.visibility = 'COHORT' OR x."authorId" = $2))::int AS "replyCount",
    (SELECT coalesce(json_agg(r), '[]') FROM (
      SELECT x.id, x."parentId", x.body, x."bodyHtml", x."createdAt", x."hiddenAt", x."deletedAt", coalesce(rm.pseudonym, 'Member') AS name
      FROM "Annotation" x LEFT JOIN "Membership" rm ON rm."cohortId" = $3 AND rm."userId" = x."authorId"
      WHERE x."rootId" = roots.id AND (x.visibility = 'COHORT' OR x."authorId" = $2)
      ORDER BY x."createdAt", x.id LIMIT ${INLINE_REPLIES}
    ) r) AS replies
  FROM roots LEFT JOIN "Membership" m ON m."cohortId" = $3 AND m."userId" = roots."authorId"
  ORDER BY roots."start", roots."end", roots."createdAt", roots.id`;

type TFloorReply = { id: string; body: string; bodyHtml: string; hiddenAt: string | null; deletedAt: string | null };

async function threadPage(slug: string, search: URLSearchParams): Promise<string | null> {
  const essay = (await pool.query(named('essay', ESSAY_SQL, [slug, viewerId]))).rows[0];
  if (!essay || (essay.cohortId !== null && essay.role === null)) return null;
  const limit = Math.min(100, Number(search.get('limit') ?? 50));
  const cursor = search.get('cursor');
  const key = cursor
    ? (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [number, number, string, string])
    : [null, null, null, null];
  const { rows } = await pool.query(named('thread-page', THREAD_PAGE_SQL, [essay.id, viewerId, essay.cohortId, ...key, limit + 1]));
  const page = rows.slice(0, limit);
  const withheld = <T extends { body: string; bodyHtml: string; hiddenAt: unknown; deletedAt: unknown }>(n: T): T =>
    n.hiddenAt || n.deletedAt ? { ...n, body: '', bodyHtml: '' } : n;
  const threads = page.map(({ replies, replyCount, ...root }) => ({
    root: withheld(root),
    replies: (replies as TFloorReply[]).map(withheld),
    moreReplies: replyCount - (replies as TFloorReply[]).length,
  }));
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([last.start, last.end, last.createdAt.toISOString(), last.id])).toString('base64url')
      : null;
  return JSON.stringify({ threads, nextCursor });
}

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

type TNote = {
  id: string;
  rootId: string;
  name: string;
  bodyHtml: string;
  tags: string[];
  hiddenAt: Date | null;
  deletedAt: Date | null;
  depth: number;
};

async function readerHtml(slug: string): Promise<string | null> {
  const essay = (await pool.query(named('essay', ESSAY_SQL, [slug, viewerId]))).rows[0];
  if (!essay || (essay.cohortId !== null && essay.role === null)) return null;
  const [claims, highlights, notes] = await Promise.all([
    pool.query(named('claims', CLAIMS_SQL, [essay.revisionId, viewerId])),
    pool.query(named('highlights', HIGHLIGHTS_SQL, [essay.id, viewerId])),
    pool.query<TNote>(named('threads', THREADS_SQL, [essay.id, viewerId, essay.cohortId])),
  ]);
  const text: string = essay.text;
  const parts: string[] = [];
  let at = 0;
  for (const { s, e, d } of highlights.rows) {
    parts.push(escape(text.slice(at, s)), `<mark data-d="${d}">`, escape(text.slice(s, e)), '</mark>');
    at = e;
  }
  parts.push(escape(text.slice(at)));
  const claimItems = claims.rows.map(
    (c) =>
      `<li id="${c.id}">${escape(c.text)} <small>${c.notes} notes · ${c.ratings ?? '?'} ratings · ${c.arguments} arguments</small></li>`,
  );
  const noteHtml = (n: TNote) =>
    `<li>${escape(n.name)}: ${n.deletedAt || n.hiddenAt ? '<em>withheld</em>' : n.bodyHtml} ${n.tags.map(escape).join(' ')}</li>`;
  const byRoot = new Map<string, TNote[]>();
  for (const n of notes.rows.filter((n) => n.depth === 1)) byRoot.set(n.rootId, [...(byRoot.get(n.rootId) ?? []), n]);
  const threads = notes.rows
    .filter((n) => n.depth === 0)
    .map((root) => `<section>${noteHtml(root)}<ol>${(byRoot.get(root.id) ?? []).map(noteHtml).join('')}</ol></section>`);
  return `<!doctype html><html><head><title>${escape(essay.title)}</title></head><body><h1>${escape(essay.title)}</h1><p>${escape(essay.authorName)}</p><article>${parts.join('')}</article><ol>${claimItems.join('')}</ol><aside>${threads.join('')}</aside></body></html>`;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://floor');
  const threadsSlug = /^\/api\/essays\/([^/]+)\/threads$/.exec(url.pathname)?.[1];
  const isGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  void (async () => {
    try {
      // The app's thread API is JSON, gzipped when asked (next start compresses route answers too).
      const json = threadsSlug ? await threadPage(decodeURIComponent(threadsSlug), url.searchParams) : undefined;
      if (json !== undefined) {
        if (json === null) {
          response.writeHead(404).end('Not found');
          return;
        }
        const body = isGzip ? await gzipAsync(json) : Buffer.from(json);
        response.writeHead(200, { 'content-type': 'application/json', ...(isGzip ? { 'content-encoding': 'gzip' } : {}) });
        response.end(body);
        return;
      }
      const slug = /^\/essays\/([^/?]+)/.exec(url.pathname)?.[1];
      const html = slug ? await readerHtml(decodeURIComponent(slug)) : null;
      if (html === null) {
        response.writeHead(404).end('Not found');
        return;
      }
      const body = isGzip ? await gzipAsync(html) : Buffer.from(html);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(isGzip ? { 'content-encoding': 'gzip' } : {}) });
      response.end(body);
    } catch (error) {
      console.error(error);
      response.writeHead(500).end();
    }
  })();
});
server.listen(Number(process.env.FLOOR_PORT), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
