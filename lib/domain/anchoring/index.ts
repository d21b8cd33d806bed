// Public surface of anchoring: describe a selection, check it on create, and find it again later.
export { describeRange, DEFAULT_CONTEXT_LENGTH } from './describe-range';
export { checkSelectorsMatch } from './validate-selectors';
export type { TSelectorCheck } from './validate-selectors';
export { anchorSelectors } from './anchor';
export type { TAnchorOptions } from './anchor';
export { maxQuoteErrors } from './fuzzy-match';
export { indexText } from './text-index';
export type { TTextIndex } from './text-index';
export { claimsForRange } from './claims-for-range';
export { reanchorAll } from './reanchor-all';
export type { TReanchorInput, TReanchored } from './reanchor-all';
export { AnchoringError, isAnchoringError } from './anchoring-error';
export type { TAnchoringErrorCode } from './anchoring-error';
export type { TAnchorResult, TAnchorStatus, TClaimSpan, TSelectorPair } from './types';
