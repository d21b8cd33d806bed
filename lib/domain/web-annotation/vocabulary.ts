// Terms and identifiers of Counterpoint's W3C Web Annotation documents
// (https://www.w3.org/TR/annotation-model/, JSON-LD with https://www.w3.org/ns/anno.jsonld).

/** The model's JSON-LD context (§3.1: every Annotation document MUST include it). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Counterpoint's own terms. A fixed IRI, not the deployment's origin, so that two Counterpoint
 * instances (or any reader) agree on what `cp:anchorStatus` means. Our fields are always
 * compact IRIs under this prefix and never change the meaning of a W3C term (§3.3 lets documents
 * carry further properties as long as they are defined in a context).
 */
export const CP_NAMESPACE = 'https://counterpoint.example/ns#';

/** `@context` of every document we publish: the W3C context, then our prefix. */
export const WEB_ANNOTATION_CONTEXT = [ANNO_CONTEXT, { cp: CP_NAMESPACE }] as const;

/** Media type of exports (W3C Web Annotation Protocol §4, "application/ld+json" with the model's profile). */
export const WEB_ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Annotations per AnnotationPage. */
export const EXPORT_PAGE_SIZE = 100;

export type TMotivation = 'COMMENTING' | 'QUESTIONING' | 'HIGHLIGHTING' | 'TAGGING' | 'REPLYING';

/** Counterpoint motivations as the model's motivation instances (§3.3.5). */
export const W3C_MOTIVATION: Record<TMotivation, string> = {
  COMMENTING: 'commenting',
  QUESTIONING: 'questioning',
  HIGHLIGHTING: 'highlighting',
  TAGGING: 'tagging',
  REPLYING: 'replying',
};

const FROM_W3C: Record<string, TMotivation> = Object.fromEntries(
  Object.entries(W3C_MOTIVATION).map(([ours, theirs]) => [theirs, ours as TMotivation]),
);

/**
 * Reads a motivation written as a term ("commenting"), a compact IRI ("oa:commenting") or a full
 * IRI ("http://www.w3.org/ns/oa#commenting"); null for any other motivation (e.g. "bookmarking").
 */
export function motivationFromW3c(value: string): TMotivation | null {
  const term = value.replace(/^(oa:|https?:\/\/www\.w3\.org\/ns\/oa#)/, '');
  return FROM_W3C[term] ?? null;
}

/** IRIs of the things a document talks about, all under the site's origin. */
export type TIris = ReturnType<typeof irisFor>;

/**
 * @example
 * irisFor('https://cp.example', 'alliances').annotation('ck1'); // 'https://cp.example/essays/alliances#annotation-ck1'
 */
export function irisFor(origin: string, slug: string) {
  const base = origin.replace(/\/+$/, '');
  const essay = `${base}/essays/${encodeURIComponent(slug)}`;
  const collection = `${base}/api/essays/${encodeURIComponent(slug)}/annotations/export`;
  return {
    essay,
    /** The page anchor the essay page gives each note (notifications link to it too). */
    annotation: (id: string) => `${essay}#annotation-${id}`,
    /** The text a selector's positions count in. Not a page of its own (yet): an identifier. */
    revision: (number: number) => `${essay}/revisions/${number}`,
    /** Identifies a person; not dereferenceable. */
    user: (id: string) => `${base}/users/${encodeURIComponent(id)}`,
    collection,
    page: (page: number | 'all') => `${collection}?page=${page}`,
  };
}
