import { displayNameFor } from '@/lib/domain/access/display-name';
import type { TEssayLayout } from '@/lib/domain/essay/types';
import 'server-only';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { maySeeAggregates } from '@/lib/server/access/rating-access';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { poolQuery } from '@/lib/server/db/pool-query';
import { AppError } from '@/lib/server/errors';
import type { TRatingAxis, TStanding } from '@/lib/domain/access/permissions';
import type { TDiscussionSettings } from '@/lib/domain/reading/discussion-rules';

export type TClaimView = {
  id: string;
  order: number;
  start: number;
  end: number;
  text: string;
  /** `ratings` is null until the viewer has rated the claim's agreement (blind ratings). */
  counts: { annotations: number; ratings: number | null; arguments: number };
};
export type TSectionView = { id: string; order: number; title: string | null; claims: TClaimView[] };
/** A section as the reader's client gets it: each claim's words are `revision.text.slice(start, end)`, so they are not sent twice. */
export type TReaderSection = Omit<TSectionView, 'claims'> & { claims: Omit<TClaimView, 'text'>[] };

/** The sections for the reader's client props, without the claims' copies of the essay's words. */
export function readerSectionsOf(sections: readonly TSectionView[]): TReaderSection[] {
  return sections.map((section) => ({ ...section, claims: section.claims.map(({ text: _text, ...claim }) => claim) }));
}
export type TEssayView = {
  id: string;
  slug: string;
  title: string;
  authorName: string;
  sourceName: string | null;
  sourceUrl: string | null;
  cohort: { name: string; slug: string } | null;
  metadata: unknown;
  revision: { id: string; number: number; text: string; layout: TEssayLayout | null; createdAt: Date };
  sections: TSectionView[];
  standing: TStanding;
  /** Not yet published: only its cohort's staff get this far, and nobody writes on it. */
  isDraft: boolean;
  /** The viewer is the essay's linked author account (the critique desk is theirs). */
  isViewerAuthor: boolean;
  /** The reading settings, and whether the viewer sees others' notes and arguments yet. */
  reading: TDiscussionSettings;
  seesOthers: boolean;
  /** Claims a viewer rates before the opinion map shows them groups (ADR 0014). */
  opinionMapMinRatings: number;
  /** The viewer's own name here ("as Quiet Heron"): the one they chose in its cohort; null signed out. */
  viewerName: string | null;
};

type TEssayRow = {
  id: string;
  slug: string;
  title: string;
  authorName: string;
  sourceName: string | null;
  sourceUrl: string | null;
  metadata: unknown;
  authorUserId: string | null;
  cohortName: string | null;
  cohortSlug: string | null;
  revisionId: string | null;
  revisionNumber: number | null;
  revisionText: string | null;
  /** Written only by the essay parser (assembleSections) and carried by revisions (carryLayout). */
  revisionLayout: TEssayLayout | null;
  revisionCreatedAt: Date | null;
  claimRows: TClaimRow[];
  /** The viewer's account name and membership of the essay's cohort (null when signed out / not a member). */
  viewerRealName: string | null;
  viewerPseudonym: string | null;
  viewerIsMember: boolean;
  allowPseudonyms: boolean | null;
};

/** One row per section, and per claim of it (a section without claims has null claim fields). */
type TClaimRow = {
  sectionId: string;
  sectionOrder: number;
  sectionTitle: string | null;
  claimId: string | null;
  order: number | null;
  start: number | null;
  end: number | null;
  text: string | null;
  annotations: number;
  ratings: number;
  arguments: number;
  revealedAxes: TRatingAxis[];
};

/**
 * The essay page: the current revision's sections and claims with their counts, and the viewer's
 * own name there. Two statements
 * whatever the essay's size or the discussion's: the access check, then the essay with its cohort,
 * revision and claims, every count grouped in SQL (joined to the revision's claims, never an
 * IN-list of ids) with the axes the viewer has revealed, for the blind-rating rule.
 * Throws NOT_FOUND for essays the viewer may not see.
 */
export async function getEssayForViewer(viewerId: string | null, slug: string): Promise<TEssayView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  // One statement: the essay row, and its claims as one JSON array (rows of the section × claim
  // join below), so the revision's text is sent once rather than on every claim's row.
  // On the pool directly (pool-query.ts): every reader view runs it.
  const [essay] = await poolQuery<TEssayRow>(Prisma.sql`
    WITH cv AS (
      SELECT x."claimId", x."sectionId", x."order", x."start", x."end", x."text"
        FROM "ClaimVersion" x JOIN "Essay" e ON x."revisionId" = e."currentRevisionId"
       WHERE e.id = ${access.essayId}
    ), notes AS (
      -- Only what this viewer could open: live cohort notes and their own private ones.
      SELECT ac."claimId", count(*)::int AS n
        FROM cv JOIN "AnnotationClaim" ac ON ac."claimId" = cv."claimId" JOIN "Annotation" a ON a.id = ac."annotationId"
       WHERE a."deletedAt" IS NULL AND (a.visibility = 'COHORT' OR a."authorId" = ${viewerId})
         -- "post before you see": until the viewer has posted, only their own notes count.
         AND (${access.seesOthers} OR a."authorId" = ${viewerId})
       GROUP BY ac."claimId"
    ), ratings AS (
      SELECT r."claimId", count(*)::int AS n
        FROM cv JOIN "Rating" r ON r."claimId" = cv."claimId" AND r.dimension = 'AGREEMENT'
       GROUP BY r."claimId"
    ), args AS (
      SELECT g."targetClaimId" AS "claimId", count(*)::int AS n
        FROM cv JOIN "Argument" g ON g."targetClaimId" = cv."claimId" AND g."deletedAt" IS NULL
                AND (${access.seesOthers} OR g."authorId" = ${viewerId})
       GROUP BY g."targetClaimId"
    ), reveals AS (
      SELECT v."claimId", array_agg(v.dimension::text) AS axes
        FROM cv JOIN "RatingReveal" v ON v."claimId" = cv."claimId" AND v."userId" = ${viewerId}
       GROUP BY v."claimId"
    ), claim_rows AS (
      SELECT s.id AS "sectionId", s."order" AS "sectionOrder", s.title AS "sectionTitle",
             cv."claimId", cv."order", cv."start", cv."end", cv."text",
             coalesce(notes.n, 0) AS annotations, coalesce(ratings.n, 0) AS ratings, coalesce(args.n, 0) AS arguments,
             coalesce(reveals.axes, '{}') AS "revealedAxes"
        FROM "Section" s
        JOIN "Essay" e ON s."revisionId" = e."currentRevisionId" AND e.id = ${access.essayId}
        LEFT JOIN cv ON cv."sectionId" = s.id
        LEFT JOIN notes ON notes."claimId" = cv."claimId"
        LEFT JOIN ratings ON ratings."claimId" = cv."claimId"
        LEFT JOIN args ON args."claimId" = cv."claimId"
        LEFT JOIN reveals ON reveals."claimId" = cv."claimId"
    )
    SELECT e.id, e.slug, e.title, e."authorName", e."sourceName", e."sourceUrl", e.metadata, e."authorUserId",
           c.name AS "cohortName", c.slug AS "cohortSlug",
           r.id AS "revisionId", r.number AS "revisionNumber", r.text AS "revisionText", r.layout AS "revisionLayout",
           r."createdAt" AS "revisionCreatedAt",
           (SELECT coalesce(json_agg(claim_rows ORDER BY claim_rows."sectionOrder", claim_rows."order"), '[]'::json) FROM claim_rows) AS "claimRows",
           u.name AS "viewerRealName", m.pseudonym AS "viewerPseudonym", m.id IS NOT NULL AS "viewerIsMember", c."allowPseudonyms"
      FROM "Essay" e
      LEFT JOIN "Cohort" c ON c.id = e."cohortId"
      LEFT JOIN "EssayRevision" r ON r.id = e."currentRevisionId"
      -- The viewer's own name rides along (the reader shows it) rather than costing a statement.
      LEFT JOIN "User" u ON u.id = ${viewerId}
      LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = u.id
     WHERE e.id = ${access.essayId}`);
  if (!essay || essay.revisionId === null) throw new AppError('NOT_FOUND', 'This essay has no text yet.');
  const rows = essay.claimRows;
  const sections = new Map<string, TSectionView>();
  for (const row of rows) {
    const section = sections.get(row.sectionId) ?? { id: row.sectionId, order: row.sectionOrder, title: row.sectionTitle, claims: [] };
    sections.set(row.sectionId, section);
    if (row.claimId === null) continue;
    const revealed = new Map([[row.claimId, new Set(row.revealedAxes)]]);
    section.claims.push({
      id: row.claimId,
      order: row.order!,
      start: row.start!,
      end: row.end!,
      text: row.text!,
      counts: {
        annotations: row.annotations,
        ratings: maySeeAggregates(revealed, row.claimId, 'AGREEMENT') ? row.ratings : null,
        arguments: row.arguments,
      },
    });
  }
  return {
    id: essay.id,
    slug: essay.slug,
    title: essay.title,
    authorName: essay.authorName,
    sourceName: essay.sourceName,
    sourceUrl: essay.sourceUrl,
    cohort: essay.cohortName === null ? null : { name: essay.cohortName, slug: essay.cohortSlug! },
    metadata: essay.metadata,
    revision: {
      id: essay.revisionId,
      number: essay.revisionNumber!,
      text: essay.revisionText!,
      layout: essay.revisionLayout,
      createdAt: essay.revisionCreatedAt!,
    },
    standing: access.standing,
    isDraft: access.isDraft,
    isViewerAuthor: viewerId !== null && essay.authorUserId === viewerId,
    reading: access.reading,
    opinionMapMinRatings: access.opinionMapMinRatings,
    seesOthers: access.seesOthers,
    viewerName:
      essay.viewerRealName === null
        ? null
        : displayNameFor(
            { standing: access.standing, isCohort: essay.cohortName !== null, allowPseudonyms: essay.allowPseudonyms ?? false },
            { realName: essay.viewerRealName, pseudonym: essay.viewerPseudonym, isMember: essay.viewerIsMember, isViewer: true },
          ),
    sections: [...sections.values()],
  };
}
