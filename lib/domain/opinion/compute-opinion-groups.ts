import { buildAgreementMatrix, minRatingsToPlace } from './agreement-matrix';
import { clusterMembers } from './cluster-members';
import { convexHull } from './convex-hull';
import { findCommonGround, findCruxes } from './cruxes';
import { claimOpinions } from './group-claim-votes';
import { projectMembers } from './project-members';
import { representativeClaims } from './representative-claims';
import type { TAgreementRating, TOpinionGroup, TOpinionResult } from './types';

export const OPINION_FORMAT_VERSION = 1;

/**
 * Everything the opinion map, and later the debate digest, shows about an essay, from its
 * AGREEMENT ratings: members placed in 2-D, groups (none when there are too few members or no
 * grouping whose every group has at least MIN_GROUP_SIZE), per-claim votes by group with the
 * group-informed consensus, representative claims, cruxes and common ground. Deterministic: the
 * same ratings give the same result. Holds member ids: callers decide what a viewer may see.
 */
export function computeOpinionGroups(ratings: readonly TAgreementRating[], claimIds: readonly string[]): TOpinionResult {
  const minRatings = minRatingsToPlace(claimIds.length);
  const { matrix, raterCount } = buildAgreementMatrix(ratings, claimIds, minRatings);
  const positions = projectMembers(matrix.votes, claimIds.length);
  const clustering = clusterMembers(positions);
  const labels = clustering?.labels ?? null;
  const groupCount = clustering?.k ?? 0;
  const groups: TOpinionGroup[] = Array.from({ length: groupCount }, (_, g) => {
    const points = positions.filter((_, i) => labels![i] === g);
    const centroid = {
      x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
      y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
    };
    return { label: String.fromCharCode(65 + g), size: points.length, centroid, hull: convexHull(points) };
  });
  const claims = labels ? claimOpinions(matrix.claimIds, matrix.values, labels, groupCount) : [];
  return {
    formatVersion: OPINION_FORMAT_VERSION,
    claimCount: claimIds.length,
    raterCount,
    minRatingsToPlace: minRatings,
    members: matrix.memberIds.map((memberId, i) => ({
      memberId,
      x: positions[i]!.x,
      y: positions[i]!.y,
      group: labels ? labels[i]! : null,
      ratedCount: matrix.ratedCounts[i]!,
    })),
    groups,
    silhouette: clustering?.silhouette ?? null,
    claims,
    representative: representativeClaims(claims, groupCount),
    cruxes: findCruxes(claims),
    commonGround: findCommonGround(claims),
  };
}
