// The hand-written floor of bench:writes: node:http + pg doing the same SQL writes as the app with
// no framework, no session, no validation — the user comes in a header and the body is trusted. What
// the app spends above this is the price of Next.js, next-auth, zod, access checks and Prisma.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import pg from 'pg';

export type TFloorRating = { claimId: string; dimension: 'AGREEMENT' | 'EVIDENCE'; value: number };
export type TFloorAnnotation = {
  essayId: string;
  revisionId: string;
  claimIds: string[];
  body: string;
  selectors: unknown[];
  start: number;
  end: number;
};

async function readJson<T>(request: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

// The rating, the reveal, and the axis's distribution as the client shows it, in one statement.
// The distribution counts the others (a CTE's writes are not visible to its own SELECT) plus the new value.
const RATE_SQL = `
  WITH rated AS (
    INSERT INTO "Rating" (id, "userId", "claimId", dimension, value, "createdAt", "updatedAt")
    VALUES ($1, $2, $3, $4::"RatingDimension", $5, now(), now())
    ON CONFLICT ("userId", "claimId", dimension) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()
    RETURNING 1
  ), revealed AS (
    INSERT INTO "RatingReveal" ("userId", "claimId", dimension, "createdAt") VALUES ($2, $3, $4::"RatingDimension", now())
    ON CONFLICT DO NOTHING RETURNING 1
  )
  SELECT value, count(*)::int AS count FROM "Rating"
  WHERE "claimId" = $3 AND dimension = $4::"RatingDimension" AND "userId" <> $2 GROUP BY value`;

/**
 * `isPrepared`: name the statements (server-side prepared, parsed once per connection), as the app
 * does on a PostgreSQL server (lib/server/db/pool-query.ts) — not on the embedded database, whose
 * connections share one session.
 */
export async function startWritesFloor(
  databaseUrl: string,
  port: number,
  poolSize: number,
  { isPrepared }: { isPrepared: boolean },
): Promise<{ stop: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const named = (name: string, text: string, values: unknown[]) => ({ name: isPrepared ? `floor-${name}` : undefined, text, values });
  const server: Server = createServer((request, response) => {
    const userId = String(request.headers['x-user']);
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const handle = async () => {
      if (request.url === '/rating') {
        const input = await readJson<TFloorRating>(request);
        const { rows } = await pool.query<{ value: number; count: number }>(
          named('rate', RATE_SQL, [randomUUID(), userId, input.claimId, input.dimension, input.value]),
        );
        const histogram = [0, 0, 0, 0, 0];
        for (const row of rows) histogram[row.value - 1] = row.count;
        histogram[input.value - 1]! += 1;
        return answer(200, { rating: { dimension: input.dimension, mine: input.value, histogram } });
      }
      const input = await readJson<TFloorAnnotation>(request);
      const id = randomUUID();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(named('lock', 'SELECT pg_advisory_xact_lock(hashtext($1))', [input.essayId]));
        await client.query(
          named(
            'note',
            `INSERT INTO "Annotation" (id, "essayId", "revisionId", "authorId", motivation, selectors, body, "start", "end", "updatedAt")
             VALUES ($1, $2, $3, $4, 'COMMENTING', $5, $6, $7, $8, now())`,
            [id, input.essayId, input.revisionId, userId, JSON.stringify(input.selectors), input.body, input.start, input.end],
          ),
        );
        await client.query(
          named('claims', `INSERT INTO "AnnotationClaim" ("annotationId", "claimId") SELECT $1, unnest($2::text[])`, [id, input.claimIds]),
        );
        await client.query(
          named('event', `INSERT INTO "EssayEvent" ("essayId", type, "annotationId") VALUES ($1, 'annotation.created', $2)`, [
            input.essayId,
            id,
          ]),
        );
        await client.query(named('notify', `SELECT pg_notify('essay_events', $1)`, [input.essayId]));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      return answer(201, { annotation: { id, body: input.body } });
    };
    handle().catch((error: Error) => answer(500, { error: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
