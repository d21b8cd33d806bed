// Public surface of essay ingestion; the readers and repair heuristics behind it stay internal.
export { parseEssay, parseEssayBlocks, detectFormat } from './parse-essay';
export { readHtml, cleanByline, stripSiteName } from './read-html';
export { parseRevisionText } from './parse-revision-text';
export { matchClaims } from './match-claims';
export { carryLayout } from './carry-layout';
export { splitSentences } from './split-sentences';
export { EssayParseError, isEssayParseError } from './essay-parse-error';
export type { TEssayParseErrorCode } from './essay-parse-error';
export { MAX_ESSAY_CHARS } from './normalize-input';
export type {
  TEssayFormat,
  TEssayMetadata,
  TParsedClaim,
  TParsedEssay,
  TParsedSection,
  TParseEssayOptions,
  TReadEssay,
  TSentenceSpan,
} from './types';
export type { TEssayLayout, TFootnote, TFootnoteRef, TInlineMark, TLayoutBlock } from './types';
