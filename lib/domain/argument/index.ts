// Public surface of the argument graph: base scores from votes, DF-QuAD strengths and their
// explanation, and exports of a debate to Argdown and AIF.
export { claimBaseScore, argumentBaseScore, edgeWeight, PRIOR_VOTES, PRIOR_MEAN } from './base-score';
export { aggregate, combine } from './df-quad';
export { computeStrengths, solveStrengths, STRENGTH_DEFAULTS } from './strength';
export type { TStrengthOptions, TStrengthRun } from './strength';
export { explainStrength } from './explain-strength';
export type { TContribution, TStrengthExplanation } from './explain-strength';
export { placeArguments } from './place-arguments';
export type { TArgumentPlacement } from './place-arguments';
export { toArgdown, escapeArgdown } from './export-argdown';
export { toAif } from './export-aif';
export type { TAif, TAifEdge, TAifNode } from './export-aif';
export type { TArgEdge, TArgGraph, TArgNode, TAttackKind, TDebate, TDebateArgument, TDebateClaim, TStance } from './types';
