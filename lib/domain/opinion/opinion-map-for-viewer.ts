import { MIN_GROUP_SIZE } from './cluster-members';
import type { TGroupClaimVotes, TOpinionResult } from './types';

/**
 * What one viewer may see of an essay's opinion map (ADR 0014), decided here and nowhere else:
 * the blind rule of ADR 0003 extended to groups. Pure: the server hands it the stored result and
 * what it knows of the viewer, then names the members it keeps (display-name rule) and attaches
 * claim texts and arguments.
 */

/** How many cruxes, common-ground claims and representative claims per group the map lists. */
export const LISTED_CRUXES = 5;
export const LISTED_COMMON_GROUND = 5;
export const LISTED_REPRESENTATIVE = 3;

/**
 * The N a viewer must reach: the owner's setting, but never more than the essay has claims (an
 * essay of three claims must not be closed for good by N = 5), and at least one.
 * @example effectiveMinRatings(5, 3) // 3
 * @example effectiveMinRatings(5, 40) // 5
 */
export function effectiveMinRatings(ownerSetting: number, claimCount: number): number {
  return Math.max(1, Math.min(ownerSetting, claimCount));
}

/** A group's votes on one claim, without the smoothing internals: what a reader can count. */
export type TGroupVotesView = { label: string; agree: number; disagree: number; seen: number; histogram: TGroupClaimVotes['histogram'] };

export type TOpinionMapShape = {
  groups: { label: string; size: number; centroid: { x: number; y: number }; hull: { x: number; y: number }[] }[];
  /** Members of shown groups only; memberId stays on the server (names and handles replace it). */
  members: { memberId: string; x: number; y: number; group: string; isViewer: boolean }[];
  viewer: { isPlaced: boolean; group: string | null; minRatingsToPlace: number };
  cruxes: { claimId: string; spread: number; agreeing: string; disagreeing: string; groups: TGroupVotesView[] }[];
  commonGround: { claimId: string; consensus: number; groups: TGroupVotesView[] }[];
  representative: { label: string; claims: { claimId: string; repfulFor: 'agree' | 'disagree'; share: number }[] }[];
};

/**
 * The part of a stored result an unlocked viewer sees. Groups smaller than MIN_GROUP_SIZE are
 * dropped with their members (the clustering never forms them; this holds if it ever did), and a
 * member not in a shown group is not shown: a lone dot would say where one person stands. Anything
 * about one claim — whether it is a crux or common ground, how each group rated it, whether it
 * represents a group — is listed only for claims the viewer has rated (`revealedClaimIds`), as
 * ADR 0003 asks of every aggregate of a claim.
 */
export function shapeOpinionMap(
  result: TOpinionResult,
  viewer: { viewerId: string; revealedClaimIds: ReadonlySet<string> },
): TOpinionMapShape {
  const shown = result.groups.map((group) => group.size >= MIN_GROUP_SIZE);
  const labelOf = (index: number | null) => (index !== null && shown[index] ? result.groups[index]!.label : null);
  const groups = result.groups
    .filter((_, index) => shown[index])
    .map((g) => ({ label: g.label, size: g.size, centroid: g.centroid, hull: g.hull }));
  const members = result.members.flatMap((m) => {
    const group = labelOf(m.group);
    return group === null ? [] : [{ memberId: m.memberId, x: m.x, y: m.y, group, isViewer: m.memberId === viewer.viewerId }];
  });
  const own = members.find((m) => m.isViewer) ?? null;
  const byClaim = new Map(result.claims.map((claim) => [claim.claimId, claim]));
  const votesOf = (claimId: string): TGroupVotesView[] =>
    (byClaim.get(claimId)?.groups ?? []).flatMap((g, index) => {
      const label = labelOf(index);
      return label === null ? [] : [{ label, agree: g.agree, disagree: g.disagree, seen: g.seen, histogram: g.histogram }];
    });
  const isRevealed = (claimId: string) => viewer.revealedClaimIds.has(claimId);
  return {
    groups,
    members,
    viewer: { isPlaced: own !== null, group: own?.group ?? null, minRatingsToPlace: result.minRatingsToPlace },
    cruxes: result.cruxes
      .filter((c) => isRevealed(c.claimId) && labelOf(c.agreeingGroup) !== null && labelOf(c.disagreeingGroup) !== null)
      .slice(0, LISTED_CRUXES)
      .map((c) => ({
        claimId: c.claimId,
        spread: c.spread,
        agreeing: labelOf(c.agreeingGroup)!,
        disagreeing: labelOf(c.disagreeingGroup)!,
        groups: votesOf(c.claimId),
      })),
    commonGround: result.commonGround
      .filter((c) => isRevealed(c.claimId))
      .slice(0, LISTED_COMMON_GROUND)
      .map((c) => ({ claimId: c.claimId, consensus: c.consensus, groups: votesOf(c.claimId) })),
    representative: result.representative.flatMap((claims, index) => {
      const label = labelOf(index);
      if (label === null) return [];
      const listed = claims
        .filter((c) => isRevealed(c.claimId))
        .slice(0, LISTED_REPRESENTATIVE)
        .map((c) => ({ claimId: c.claimId, repfulFor: c.repfulFor, share: c.nTrials === 0 ? 0 : c.nSuccess / c.nTrials }));
      return [{ label, claims: listed }];
    }),
  };
}
