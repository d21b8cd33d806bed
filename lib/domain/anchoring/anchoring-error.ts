export type TAnchoringErrorCode = 'OUT_OF_RANGE' | 'EMPTY' | 'SPLITS_CHARACTER';

/**
 * Why a selection cannot be described as selectors. Like `RangeError`, it means the caller passed
 * offsets that do not fit the text; the message says so in words a reader can act on (select
 * again, reload), so it may be shown as-is, and `code` is for branching without parsing prose.
 */
export class AnchoringError extends Error {
  readonly code: TAnchoringErrorCode;

  constructor(code: TAnchoringErrorCode, message: string) {
    super(message);
    this.name = 'AnchoringError';
    this.code = code;
  }
}

/** Type guard that survives bundling/realm boundaries where `instanceof` may not. */
export function isAnchoringError(error: unknown): error is AnchoringError {
  return error instanceof Error && error.name === 'AnchoringError' && 'code' in error;
}
