import type { TTextPositionSelector, TTextQuoteSelector } from '@/lib/schemas/annotation';

/**
 * Where an annotation landed in a revision: ANCHORED when its exact quote was found (at the stored
 * position or elsewhere), FUZZY when only an approximate match was found (the quote was edited),
 * ORPHANED when it could not be placed. Orphans are kept and shown with their quote, never dropped.
 */
export type TAnchorStatus = 'ANCHORED' | 'FUZZY' | 'ORPHANED';

/** The result of anchoring: `start`/`end` are UTF-16 offsets into the text, null for orphans. */
export type TAnchorResult = { status: TAnchorStatus; start: number | null; end: number | null };

/** The two selectors every annotation stores: what was selected, and where it was. */
export type TSelectorPair = { quote: TTextQuoteSelector; position: TTextPositionSelector };

/** A claim's span in the canonical text; claims are disjoint and come sorted by `start`. */
export type TClaimSpan = { id: string; start: number; end: number };
