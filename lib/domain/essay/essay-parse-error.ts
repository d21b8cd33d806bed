export type TEssayParseErrorCode = 'EMPTY' | 'BINARY' | 'NO_SENTENCES' | 'TOO_LARGE';

/**
 * Why an uploaded file cannot become an essay. The message is written for the person who
 * uploaded it (say what is wrong and what to do), so callers may show it as-is; the `code`
 * is for branching and for mapping onto the app's error type without parsing prose.
 */
export class EssayParseError extends Error {
  readonly code: TEssayParseErrorCode;

  constructor(code: TEssayParseErrorCode, message: string) {
    super(message);
    this.name = 'EssayParseError';
    this.code = code;
  }
}

/** Type guard that survives bundling/realm boundaries where `instanceof` may not. */
export function isEssayParseError(error: unknown): error is EssayParseError {
  return error instanceof Error && error.name === 'EssayParseError' && 'code' in error;
}
