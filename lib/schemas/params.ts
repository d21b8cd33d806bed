import { z } from 'zod';

// Path and query parameters, checked before they reach a query. Every id in Counterpoint is a
// cuid and every slug is lower-case ASCII with hyphens, so anything else (a NUL, a percent sign,
// a non-ASCII letter, a 10 kB string) cannot name a row: the handler answers 404 at once instead
// of asking PostgreSQL, which refuses some of those bytes with an error rather than "no row".
// The shapes are a little wider than what we generate (upper case, underscores) so that ids
// made by other tools, and hand-written test ids, still get an honest "not found".

const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
const SLUG_SHAPE = /^[A-Za-z0-9_-]{1,200}$/;

export const ID_MESSAGE = 'That id is not valid: ids are letters, digits, "-" and "_".';

/** An id from a path segment, query parameter or request body. */
export const ZId = z.string({ error: ID_MESSAGE }).regex(ID_SHAPE, ID_MESSAGE);
/** An essay or cohort slug from a path segment. */
export const ZSlug = z.string().regex(SLUG_SHAPE, 'That is not an essay address.');

export function isIdShaped(value: unknown): value is string {
  return typeof value === 'string' && ID_SHAPE.test(value);
}

export function isSlugShaped(value: unknown): value is string {
  return typeof value === 'string' && SLUG_SHAPE.test(value);
}
