// Bulk data for bench:reader on the demo essay, in a few statements each (unnest / generate_series):
// members, ratings and arguments once, then notes in batches. Seeded: the same discussion every
// run, so numbers compare across commits.
import type pg from 'pg';
import { describeRange } from '@/lib/domain/anchoring';
import { seededRandom } from '@/lib/domain/random/seeded-random';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '@/lib/server/markdown/render-markdown';

export type TBenchEssay = {
  id: string;
  revisionId: string;
  cohortId: string;
  text: string;
  claims: { id: string; start: number; end: number }[];
  /** Who writes the notes: the demo's members plus some bench members. */
  authorIds: string[];
};

const BODIES = [
  'This is the crux of the argument.',
  'Is there **evidence** for this? The next paragraph assumes it.',
  'Compare with the [Kellogg–Briand Pact](https://en.wikipedia.org/wiki/Kellogg%E2%80%93Briand_Pact): alliances of words.',
  'I read this differently:\n\n- deterrence works *between* blocs\n- not within them',
  'Agreed, and the numbers in the appendix say the same.',
  'Source? This reads as an opinion stated as fact.',
  'The author conflates alliances with *treaties*.',
  'Good point. Though the 1914 case cuts the other way.',
  'A question for the session: who pays for collective defence?',
  '> so little global peace\n\nPeace compared with what baseline?',
];
const TAGS = [[], [], [], ['evidence'], ['question'], ['history'], ['evidence', 'history'], ['definition']];

/** Reads the demo essay and adds `members` bench members to its cohort (who rate and write). */
export async function prepareBenchEssay(client: pg.Client, slug: string, members: number): Promise<TBenchEssay> {
  const essay = (
    await client.query(
      `SELECT e.id, e."cohortId", r.id AS "revisionId", r.text FROM "Essay" e JOIN "EssayRevision" r ON r.id = e."currentRevisionId" WHERE e.slug = $1`,
      [slug],
    )
  ).rows[0];
  const claims = (
    await client.query(`SELECT "claimId" AS id, "start", "end" FROM "ClaimVersion" WHERE "revisionId" = $1 ORDER BY "start"`, [
      essay.revisionId,
    ])
  ).rows;
  await client.query(
    `INSERT INTO "User" (id, email, name, "updatedAt")
     SELECT 'bench-user-' || g, 'bench-' || g || '@bench.test', 'Bench Reader ' || g, now() FROM generate_series(1, $1::int) g`,
    [members],
  );
  await client.query(
    `INSERT INTO "Membership" (id, "cohortId", "userId", role)
     SELECT 'bench-membership-' || g, $1, 'bench-user-' || g, 'MEMBER' FROM generate_series(1, $2::int) g`,
    [essay.cohortId, members],
  );
  const demoMembers = (
    await client.query(`SELECT "userId" FROM "Membership" WHERE "cohortId" = $1 AND "userId" NOT LIKE 'bench-%'`, [essay.cohortId])
  ).rows;
  return {
    id: essay.id,
    revisionId: essay.revisionId,
    cohortId: essay.cohortId,
    text: essay.text,
    claims,
    authorIds: [
      ...demoMembers.map((m) => m.userId as string),
      ...Array.from({ length: Math.min(members, 40) }, (_, i) => `bench-user-${i + 1}`),
    ],
  };
}

/** `ratings` ratings from bench members over the essay's claims and both axes, and `count` arguments. */
export async function seedRatingsAndArguments(client: pg.Client, essay: TBenchEssay, ratings: number, count: number): Promise<void> {
  // Every (member, claim, axis) once, cut at `ratings`; values spread by a hash, not at random, to stay repeatable.
  await client.query(
    `INSERT INTO "Rating" (id, "userId", "claimId", dimension, value, "updatedAt")
     SELECT 'bench-rating-' || row_number() OVER (), u.id, c.id, d.dimension::"RatingDimension", 1 + abs(hashtext(u.id || c.id || d.dimension)) % 5, now()
     FROM "User" u
     CROSS JOIN unnest($1::text[]) AS c(id)
     CROSS JOIN (VALUES ('AGREEMENT'), ('EVIDENCE')) AS d(dimension)
     WHERE u.id LIKE 'bench-user-%'
     LIMIT $2`,
    [essay.claims.map((c) => c.id), ratings],
  );
  // A quarter answer a claim, the rest an earlier argument (a row of the same statement: FK checks run at its end).
  await client.query(
    `INSERT INTO "Argument" (id, "essayId", "authorId", text, stance, "attackKind", "targetClaimId", "targetArgumentId", "createdAt", "updatedAt")
     SELECT 'bench-argument-' || g, $1, ($2::text[])[1 + g % cardinality($2::text[])],
            'Bench argument ' || g || ': alliances deter war only while members trust each other.',
            s.stance::"Stance", CASE WHEN s.stance = 'ATTACK' THEN 'REBUT'::"AttackKind" END,
            CASE WHEN g <= cardinality($3::text[]) OR g % 4 = 0 THEN ($3::text[])[1 + g % cardinality($3::text[])] END,
            CASE WHEN g <= cardinality($3::text[]) OR g % 4 = 0 THEN NULL ELSE 'bench-argument-' || (1 + abs(hashtext(g::text)) % (g - 1)) END,
            now() - make_interval(secs => $4::int - g), now()
     FROM generate_series(1, $4::int) g
     CROSS JOIN LATERAL (SELECT CASE WHEN g % 5 < 3 THEN 'SUPPORT' ELSE 'ATTACK' END AS stance) s`,
    [essay.id, essay.authorIds, essay.claims.map((c) => c.id), count],
  );
}

/**
 * Adds `count` notes: 40% thread roots (most on a claim, some elsewhere in the text, a few
 * orphaned, some private to their bench author), 60% replies to this batch's roots. Bodies are
 * Markdown rendered once here, as a write would store them.
 */
export async function addNotes(client: pg.Client, essay: TBenchEssay, count: number, batch: number): Promise<void> {
  const rand = seededRandom(20261204 + batch);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const rendered = BODIES.map((body) => ({ body, html: renderMarkdown(body) }));
  const columns = {
    id: [] as string[],
    authorId: [] as string[],
    parentId: [] as (string | null)[],
    motivation: [] as string[],
    selectors: [] as string[],
    body: [] as string[],
    bodyHtml: [] as string[],
    tags: [] as string[],
    visibility: [] as string[],
    anchorStatus: [] as string[],
    start: [] as (number | null)[],
    end: [] as (number | null)[],
    createdAt: [] as string[],
  };
  const links: { annotationId: string; claimId: string }[] = [];
  const roots: string[] = [];
  const base = Date.now() - 30 * 24 * 3600 * 1000 + batch * 24 * 3600 * 1000;
  for (let i = 0; i < count; i += 1) {
    const id = `bench-note-${batch}-${i}`;
    const isRoot = roots.length === 0 || rand() < 0.4;
    const body = pick(rendered);
    columns.id.push(id);
    columns.authorId.push(pick(essay.authorIds));
    columns.body.push(body.body);
    columns.bodyHtml.push(body.html);
    columns.createdAt.push(new Date(base + i * 1000).toISOString());
    if (isRoot) {
      const claim = rand() < 0.8 ? pick(essay.claims) : null;
      const [from, to] = claim ? [claim.start, claim.end] : [0, essay.text.length];
      const start = from + Math.floor(rand() * Math.max(1, to - from - 20));
      const end = Math.min(to, start + 10 + Math.floor(rand() * 110));
      const isOrphaned = rand() < 0.02;
      columns.parentId.push(null);
      columns.motivation.push(pick(['COMMENTING', 'COMMENTING', 'QUESTIONING', 'HIGHLIGHTING']));
      columns.selectors.push(JSON.stringify(Object.values(describeRange(essay.text, start, end))));
      columns.tags.push(`{${pick(TAGS).join(',')}}`);
      const isPrivate = rand() < 0.05;
      columns.visibility.push(isPrivate ? 'PRIVATE' : 'COHORT');
      columns.anchorStatus.push(isOrphaned ? 'ORPHANED' : 'ANCHORED');
      columns.start.push(isOrphaned ? null : start);
      columns.end.push(isOrphaned ? null : end);
      if (claim && !isOrphaned) links.push({ annotationId: id, claimId: claim.id });
      if (!isPrivate) roots.push(id);
    } else {
      columns.parentId.push(pick(roots));
      columns.motivation.push('REPLYING');
      columns.selectors.push('[]');
      columns.tags.push('{}');
      columns.visibility.push('COHORT');
      columns.anchorStatus.push('ANCHORED');
      columns.start.push(null);
      columns.end.push(null);
    }
  }
  await client.query(
    `INSERT INTO "Annotation" (id, "essayId", "revisionId", "authorId", "parentId", "rootId", motivation, selectors, body, "bodyHtml",
       "bodyHtmlVersion", tags, visibility, "anchorStatus", "start", "end", "createdAt", "updatedAt")
     SELECT n.id, $1, $2, n."authorId", n."parentId", n."parentId", n.motivation::"Motivation", n.selectors::jsonb, n.body, n."bodyHtml",
       $3, n.tags::text[], n.visibility::"AnnotationVisibility", n."anchorStatus"::"AnchorStatus", n."start", n."end", n."createdAt"::timestamp, n."createdAt"::timestamp
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[],
       $14::int[], $15::int[], $16::text[]) AS n(id, "authorId", "parentId", motivation, selectors, body, "bodyHtml", tags, visibility, "anchorStatus", "start", "end", "createdAt")`,
    [
      essay.id,
      essay.revisionId,
      MARKDOWN_RENDERER_VERSION,
      columns.id,
      columns.authorId,
      columns.parentId,
      columns.motivation,
      columns.selectors,
      columns.body,
      columns.bodyHtml,
      columns.tags,
      columns.visibility,
      columns.anchorStatus,
      columns.start,
      columns.end,
      columns.createdAt,
    ],
  );
  await client.query(`INSERT INTO "AnnotationClaim" ("annotationId", "claimId") SELECT * FROM unnest($1::text[], $2::text[])`, [
    links.map((l) => l.annotationId),
    links.map((l) => l.claimId),
  ]);
  await client.query('ANALYZE "Annotation"; ANALYZE "AnnotationClaim"');
}
