// Public surface of rating aggregation: from the 5 counts SQL returns to what a claim badge shows.
export { summarizeRatings } from './summarize-ratings';
export type { TRatingSummary } from './summarize-ratings';
export { describeConsensus, CONSENSUS_THRESHOLDS } from './consensus';
export type { TConsensus, TConsensusKind } from './consensus';
export { vanDerEijkAgreement } from './van-der-eijk-agreement';
export { toHistogram, readHistogram, RATING_SCALE_SIZE } from './histogram';
export type { TRatingDimension, TValueCount } from './histogram';
