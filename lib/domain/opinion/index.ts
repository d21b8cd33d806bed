export { buildAgreementMatrix, minRatingsToPlace, MIN_RATINGS_TO_PLACE, ratingToVote } from './agreement-matrix';
export { clusterMembers, maxGroupsFor, MIN_GROUP_SIZE } from './cluster-members';
export { computeOpinionGroups, OPINION_FORMAT_VERSION } from './compute-opinion-groups';
export { convexHull } from './convex-hull';
export { findCommonGround, findCruxes } from './cruxes';
export { claimOpinions, tallyGroupVotes } from './group-claim-votes';
export { projectMembers } from './project-members';
export { representativeClaims } from './representative-claims';
export type * from './types';
export {
  effectiveMinRatings,
  LISTED_COMMON_GROUND,
  LISTED_CRUXES,
  LISTED_REPRESENTATIVE,
  shapeOpinionMap,
  type TGroupVotesView,
  type TOpinionMapShape,
} from './opinion-map-for-viewer';
