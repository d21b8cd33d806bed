import 'server-only';
// SECURITY: the stored opinion map holds every member's id, position and votes. It leaves the
// server only through this function: nothing of it for a viewer below the essay's N (ADR 0014),
// and for the others what shapeOpinionMap keeps, with people named by displayNamesFor.
import { effectiveMinRatings, shapeOpinionMap, type TGroupVotesView, type TOpinionMapShape } from '@/lib/domain/opinion';
import type { TPersonView } from '@/lib/schemas/person';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { db } from '@/lib/server/db/client';
import { readOpinionMap } from '@/lib/server/opinion/read-opinion-map';
import { readCruxArguments, type TCruxArgumentRow } from './read-crux-arguments';

export type TOpinionClaim = { id: string; number: number; text: string };
export type TCruxArgument = {
  id: string;
  text: string;
  impact: { mean: number | null; votes: number };
  /** Members of each group who voted it "High" or "Decisive" (groups with none left out). */
  endorsedBy: { label: string; count: number }[];
};

type TGate = {
  essay: { slug: string; title: string };
  /** Claims the viewer must rate (the owner's N, capped at the essay's claims), and how many they have. */
  minRatings: number;
  rated: number;
  isSignedIn: boolean;
};

export type TOpinionMapView =
  | ({ state: 'locked' } & TGate)
  | ({
      state: 'open';
      /** When the shown result was computed; null when none has been yet. */
      computedAt: string | null;
      /** Ratings changed since: a newer result is being computed. */
      isStale: boolean;
      groups: TOpinionMapShape['groups'];
      members: (Omit<TOpinionMapShape['members'][number], 'memberId'> & { person: TPersonView })[];
      viewer: TOpinionMapShape['viewer'];
      cruxes: (Omit<TOpinionMapShape['cruxes'][number], 'claimId'> & {
        claim: TOpinionClaim;
        for: TCruxArgument[];
        against: TCruxArgument[];
      })[];
      commonGround: { claim: TOpinionClaim; consensus: number; groups: TGroupVotesView[] }[];
      representative: { label: string; claims: { claim: TOpinionClaim; repfulFor: 'agree' | 'disagree'; share: number }[] }[];
    } & TGate);

/** The essay's title, then one row per claim of its current revision (none: id null). */
type TClaimRow = { title: string; slug: string; id: string | null; order: number; text: string; isRevealed: boolean };

/**
 * The opinion map of an essay as this viewer may see it. At most five statements whatever the
 * essay's size: the access check, the current claims with the viewer's own reveals, the cached
 * map (never computed here), the members' names, and the cruxes' arguments. Below N it stops after
 * the second: a viewer who has not rated enough gets nothing read from others' ratings.
 */
export async function getOpinionMapForViewer(viewerId: string | null, slug: string): Promise<TOpinionMapView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const rows = await db.$queryRaw<TClaimRow[]>`
    SELECT e.title, e.slug, cv."claimId" AS id, cv."order", cv.text,
           EXISTS (SELECT 1 FROM "RatingReveal" rr
                    WHERE rr."userId" = ${viewerId} AND rr."claimId" = cv."claimId" AND rr.dimension = 'AGREEMENT') AS "isRevealed"
      FROM "Essay" e
      LEFT JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId"
     WHERE e.id = ${access.essayId}
     ORDER BY cv."order"`;
  const claims = rows.flatMap((row) => (row.id === null ? [] : [{ ...row, id: row.id }]));
  const revealedClaimIds = new Set(claims.filter((c) => c.isRevealed).map((c) => c.id));
  const gate: TGate = {
    essay: { slug: rows[0]?.slug ?? slug, title: rows[0]?.title ?? '' },
    minRatings: effectiveMinRatings(access.opinionMapMinRatings, claims.length),
    rated: revealedClaimIds.size,
    isSignedIn: viewerId !== null,
  };
  if (viewerId === null || gate.rated < gate.minRatings) return { state: 'locked', ...gate };

  const stored = await readOpinionMap(db, access.essayId);
  const shape: TOpinionMapShape = stored.result
    ? shapeOpinionMap(stored.result, { viewerId, revealedClaimIds })
    : {
        groups: [],
        members: [],
        viewer: { isPlaced: false, group: null, minRatingsToPlace: 0 },
        cruxes: [],
        commonGround: [],
        representative: [],
      };
  const names = await displayNamesFor(
    db,
    { viewerId, cohortId: access.cohortId, standing: access.standing },
    shape.members.map((m) => m.memberId),
  );
  const argumentRows = await readCruxArguments(
    db,
    shape.cruxes.map((c) => c.claimId),
    { viewerId, seesOthers: access.seesOthers },
  );
  const groupOf = new Map(shape.members.map((m) => [m.memberId, m.group]));
  const claimById = new Map(claims.map((c) => [c.id, { id: c.id, number: c.order + 1, text: c.text }]));
  const claimOf = (id: string): TOpinionClaim => claimById.get(id) ?? { id, number: 0, text: '' };
  const argumentsOf = (claimId: string, stance: TCruxArgumentRow['stance']) =>
    argumentRows.filter((a) => a.claimId === claimId && a.stance === stance).map((a) => toCruxArgument(a, groupOf));
  return {
    state: 'open',
    ...gate,
    computedAt: stored.result ? (stored.computedAt?.toISOString() ?? null) : null,
    isStale: stored.isStale,
    groups: shape.groups,
    members: shape.members.map(({ memberId, ...m }) => ({ ...m, person: names.of(memberId) })),
    viewer: shape.viewer,
    cruxes: shape.cruxes.map(({ claimId, ...c }) => ({
      ...c,
      claim: claimOf(claimId),
      for: argumentsOf(claimId, 'SUPPORT'),
      against: argumentsOf(claimId, 'ATTACK'),
    })),
    commonGround: shape.commonGround.map(({ claimId, ...c }) => ({ ...c, claim: claimOf(claimId) })),
    representative: shape.representative.map((r) => ({
      label: r.label,
      claims: r.claims.map(({ claimId, ...c }) => ({ ...c, claim: claimOf(claimId) })),
    })),
  };
}

/** An argument with its endorsers counted per shown group; endorsers outside every group are not counted. */
function toCruxArgument(row: TCruxArgumentRow, groupOf: ReadonlyMap<string, string>): TCruxArgument {
  const counts = new Map<string, number>();
  for (const userId of row.endorserIds) {
    const label = groupOf.get(userId);
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return {
    id: row.id,
    text: row.text,
    impact: { mean: row.mean, votes: row.votes },
    endorsedBy: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => ({ label, count })),
  };
}
