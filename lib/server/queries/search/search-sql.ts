import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { MATCH_START, MATCH_STOP } from '@/lib/domain/search/snippet-html';
import type { TSearchKind } from '@/lib/schemas/search';
import { noteVisibleSql } from '@/lib/server/queries/annotation/annotation-view-sql';
import type { TSearchKey } from '@/lib/server/queries/search/search-cursor';

/** Which essays the viewer reads, and on which of them they see others' notes and arguments. */
export type TSearchScope = {
  viewerId: string | null;
  /** Essays the viewer may read (getEssayAccess's rule: public or their cohort's, drafts for staff). */
  readable: string[];
  /** Of those, the essays where "post before you see" lets them see others' contributions. */
  seeing: string[];
};

/** What to find and which page: the query, the kinds asked for, after which key, how many. */
export type TSearchSlice = { query: string; kinds: TSearchKind[]; after: TSearchKey | null; limit: number };

export type TSearchRow = {
  kind: TSearchKind;
  id: string;
  essayId: string;
  essaySlug: string;
  essayTitle: string;
  authorId: string | null;
  /** The claim to open: the claim itself, the first claim a note touches, an argument's target claim. */
  claimId: string | null;
  rank: number;
  createdAt: Date;
  headline: string;
};

// ts_headline's options: the two private-use markers instead of HTML tags (see snippet-html.ts),
// and up to two short fragments around the matches rather than the whole text.
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}, MaxWords=28, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * SECURITY: one statement over the four searchable tables, each branch carrying the same visibility
 * rule as the page that shows it:
 * - claims: the wording of the essay's current revision only (no earlier wording matches);
 * - notes and replies: live (not deleted, not hidden by a moderator), and `noteVisibleSql` —
 *   shared ones where the viewer sees others' notes, and always the viewer's own (private included);
 * - arguments: live, not merged into another, and others' only where the viewer sees others'
 *   (assembleDebate's rule); hidden ones never match, since readers get the placeholder;
 * - author responses: listAuthorResponsesForViewer's rule (a response to a private or deleted note
 *   is not listed; before the viewer has posted, only answers to claims or to their own critiques).
 * The tsvectors are generated from the current words, so edited-away words never match.
 *
 * Everything matching is ranked (ts_rank_cd, as float8 so a cursor carries it exactly) and only the
 * page asked for gets its headline (ts_headline reads the whole text, so it runs on at most `limit`
 * rows). A kind left out is a constant false in its branch: PostgreSQL skips the branch's scan.
 */
export function searchStatement(scope: TSearchScope, slice: TSearchSlice): Prisma.Sql {
  const { viewerId, readable, seeing } = scope;
  const { query, kinds, after, limit } = slice;
  const wants = (kind: TSearchKind) => Prisma.sql`${kind}::text = ANY(${kinds}::text[])`;
  // Rows after the key in the page order below (rank desc, createdAt desc, id asc).
  const afterKey =
    after === null
      ? Prisma.empty
      : Prisma.sql`WHERE rank < ${after.rank}::float8
          OR (rank = ${after.rank}::float8 AND ("createdAt" < ${after.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'
              OR ("createdAt" = ${after.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC' AND id > ${after.id})))`;
  return Prisma.sql`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query),
    hits AS (
      SELECT 'claim' AS kind, cv."claimId" AS id, e.id AS "essayId", NULL::text AS "authorId",
             ts_rank_cd(cv."searchVector", q.query)::float8 AS rank, c."createdAt", cv.text AS body
        FROM q, "ClaimVersion" cv
        JOIN "Essay" e ON e."currentRevisionId" = cv."revisionId"
        JOIN "Claim" c ON c.id = cv."claimId"
       WHERE ${wants('claim')} AND cv."searchVector" @@ q.query AND e.id = ANY(${readable}::text[])
      UNION ALL
      SELECT 'note', a.id, a."essayId", a."authorId", ts_rank_cd(a."searchVector", q.query)::float8, a."createdAt", a.body
        FROM q, "Annotation" a
       WHERE ${wants('note')} AND a."searchVector" @@ q.query AND a."essayId" = ANY(${readable}::text[])
         AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL
         AND ((a."essayId" = ANY(${seeing}::text[]) AND ${noteVisibleSql(viewerId, true)}) OR ${noteVisibleSql(viewerId, false)})
      UNION ALL
      SELECT 'argument', g.id, g."essayId", g."authorId", ts_rank_cd(g."searchVector", q.query)::float8, g."createdAt",
             g.text || E'\\n' || coalesce(g.elaboration, '')
        FROM q, "Argument" g
       WHERE ${wants('argument')} AND g."searchVector" @@ q.query AND g."essayId" = ANY(${readable}::text[])
         AND g."deletedAt" IS NULL AND g."hiddenAt" IS NULL AND g."duplicateOfId" IS NULL
         AND (g."essayId" = ANY(${seeing}::text[]) OR g."authorId" = ${viewerId})
      UNION ALL
      SELECT 'response', r.id, r."essayId", r."authorId", ts_rank_cd(r."searchVector", q.query)::float8, r."createdAt", r.body
        FROM q, "AuthorResponse" r
        LEFT JOIN "Annotation" ra ON ra.id = r."annotationId"
        LEFT JOIN "Argument" rg ON rg.id = r."argumentId"
       WHERE ${wants('response')} AND r."searchVector" @@ q.query AND r."essayId" = ANY(${readable}::text[])
         AND (r."annotationId" IS NULL OR (ra.visibility = 'COHORT' AND ra."deletedAt" IS NULL))
         AND (r."essayId" = ANY(${seeing}::text[])
              OR (r."annotationId" IS NULL AND r."argumentId" IS NULL)
              OR ra."authorId" = ${viewerId} OR rg."authorId" = ${viewerId})
    ),
    top AS (
      SELECT * FROM hits ${afterKey} ORDER BY rank DESC, "createdAt" DESC, id LIMIT ${limit}
    )
    SELECT top.kind, top.id, top."essayId", e.slug AS "essaySlug", e.title AS "essayTitle", top."authorId", top.rank, top."createdAt",
           CASE top.kind
             WHEN 'claim' THEN top.id
             WHEN 'note' THEN (SELECT min(ac."claimId") FROM "AnnotationClaim" ac WHERE ac."annotationId" = top.id)
             WHEN 'argument' THEN (SELECT g."targetClaimId" FROM "Argument" g WHERE g.id = top.id)
             ELSE (SELECT r."claimId" FROM "AuthorResponse" r WHERE r.id = top.id)
           END AS "claimId",
           ts_headline('english', translate(top.body, ${MATCH_START + MATCH_STOP}, ''), q.query, ${HEADLINE_OPTIONS}) AS headline
      FROM top JOIN "Essay" e ON e.id = top."essayId", q
     ORDER BY top.rank DESC, top."createdAt" DESC, top.id`;
}
