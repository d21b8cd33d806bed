import 'server-only';
import type { z } from 'zod';
import { ZApiAnnotationQuery, ZApiArgumentQuery, ZApiClaimParams, ZApiRatingParams, ZApiSlugParams } from '@/lib/schemas/api-v1';
import { ZSearchQuery } from '@/lib/schemas/search';

/** The names under which lib/server/api-v1/openapi.ts registers the schemas of lib/schemas. */
export type TResponseSchemaName =
  | 'EssayList'
  | 'EssayResponse'
  | 'ClaimList'
  | 'AnnotationPage'
  | 'AnnotationCreated'
  | 'ClaimRatings'
  | 'ArgumentPage'
  | 'ArgumentCreated'
  | 'SearchPage';
export type TRequestSchemaName = 'CreateAnnotation' | 'RateClaim' | 'AddArgument';
export type TErrorStatus = 400 | 401 | 403 | 404 | 409 | 429;

export type TEndpoint = {
  method: 'get' | 'post' | 'put';
  /** OpenAPI path template, relative to the server URL /api/v1. */
  path: string;
  operationId: string;
  tag: 'Essays' | 'Annotations' | 'Ratings' | 'Arguments' | 'Search';
  summary: string;
  description: string;
  scope: 'READ' | 'WRITE';
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: TRequestSchemaName; example: unknown };
  response: { status: 200 | 201; schema: TResponseSchemaName; description: string };
  errors: TErrorStatus[];
};

const READ_ERRORS: TErrorStatus[] = [401, 404];
const WRITE_ERRORS: TErrorStatus[] = [400, 401, 403, 404, 409, 429];

/** Every /api/v1 operation, in the order the reference page lists them. */
export const API_V1_ENDPOINTS: TEndpoint[] = [
  {
    method: 'get',
    path: '/essays',
    operationId: 'listEssays',
    tag: 'Essays',
    summary: 'List the essays you may read',
    description: 'Public essays and those of your cohorts, newest first.',
    scope: 'READ',
    response: { status: 200, schema: 'EssayList', description: 'The essays.' },
    errors: [401],
  },
  {
    method: 'get',
    path: '/essays/{slug}',
    operationId: 'getEssay',
    tag: 'Essays',
    summary: 'Get an essay',
    description:
      'The current revision’s text and sections, and your standing. A private essay of a cohort you are not in is a 404, exactly like a missing one.',
    scope: 'READ',
    pathParams: ZApiSlugParams,
    response: { status: 200, schema: 'EssayResponse', description: 'The essay.' },
    errors: READ_ERRORS,
  },
  {
    method: 'get',
    path: '/essays/{slug}/claims',
    operationId: 'listClaims',
    tag: 'Essays',
    summary: 'List an essay’s claims',
    description: 'Every claim of the current revision in order, with its offsets into the text and its counts.',
    scope: 'READ',
    pathParams: ZApiSlugParams,
    response: { status: 200, schema: 'ClaimList', description: 'The claims.' },
    errors: READ_ERRORS,
  },
  {
    method: 'get',
    path: '/essays/{slug}/annotations',
    operationId: 'listAnnotations',
    tag: 'Annotations',
    summary: 'List annotation threads, a page at a time',
    description:
      'Threads in the order their first note was written, each with its replies. Pages are keyed on (createdAt, id): notes written while you page never shift what you have not read yet, so paging to the end sees every older thread exactly once. Paging past the end gives an empty page with nextCursor null. A cursor that was not made by this API is a 400.',
    scope: 'READ',
    pathParams: ZApiSlugParams,
    query: ZApiAnnotationQuery,
    response: { status: 200, schema: 'AnnotationPage', description: 'One page of threads.' },
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/essays/{slug}/annotations',
    operationId: 'createAnnotation',
    tag: 'Annotations',
    summary: 'Annotate a span of the essay',
    description:
      'Selectors follow the W3C Web Annotation model: the quote with some context, and its UTF-16 offsets into the current revision’s text (GET /essays/{slug} gives both the text and the revision id). If the essay was revised since you read it, the answer is 409.',
    scope: 'WRITE',
    pathParams: ZApiSlugParams,
    body: {
      schema: 'CreateAnnotation',
      example: {
        revisionId: '<essay.revision.id>',
        motivation: 'QUESTIONING',
        body: 'Which alliances does this count?',
        visibility: 'COHORT',
        selectors: {
          quote: {
            type: 'TextQuoteSelector',
            exact: 'so many alliances',
            prefix: 'The world has never seen ',
            suffix: ' yet so little global peace',
          },
          position: { type: 'TextPositionSelector', start: 25, end: 42 },
        },
      },
    },
    response: { status: 201, schema: 'AnnotationCreated', description: 'The new note.' },
    errors: WRITE_ERRORS,
  },
  {
    method: 'get',
    path: '/claims/{id}/ratings',
    operationId: 'getClaimRatings',
    tag: 'Ratings',
    summary: 'Get a claim’s ratings',
    description: 'Your own rating on each axis, and the distribution of an axis only once you have rated it yourself.',
    scope: 'READ',
    pathParams: ZApiClaimParams,
    response: { status: 200, schema: 'ClaimRatings', description: 'Both axes.' },
    errors: READ_ERRORS,
  },
  {
    method: 'put',
    path: '/claims/{id}/ratings/{dimension}',
    operationId: 'rateClaim',
    tag: 'Ratings',
    summary: 'Rate a claim on one axis',
    description: 'Sets (or changes) your rating, 1–5. Answers with both axes as you may now see them.',
    scope: 'WRITE',
    pathParams: ZApiRatingParams,
    body: { schema: 'RateClaim', example: { value: 4 } },
    response: { status: 200, schema: 'ClaimRatings', description: 'Both axes after the change.' },
    errors: WRITE_ERRORS,
  },
  {
    method: 'get',
    path: '/essays/{slug}/arguments',
    operationId: 'listArguments',
    tag: 'Arguments',
    summary: 'List arguments, a page at a time',
    description:
      'Arguments for and against the essay’s claims and each other, oldest first, with impact and strength. Paged like annotations.',
    scope: 'READ',
    pathParams: ZApiSlugParams,
    query: ZApiArgumentQuery,
    response: { status: 200, schema: 'ArgumentPage', description: 'One page of arguments.' },
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/essays/{slug}/arguments',
    operationId: 'addArgument',
    tag: 'Arguments',
    summary: 'Argue for or against a claim or an argument',
    description: 'An attack is a REBUT (the target is false) or, against an argument, an UNDERCUT (it does not follow).',
    scope: 'WRITE',
    pathParams: ZApiSlugParams,
    body: {
      schema: 'AddArgument',
      example: {
        target: { type: 'claim', id: '<claim id>' },
        stance: 'ATTACK',
        attackKind: 'REBUT',
        text: 'Some alliances have kept the peace for decades.',
      },
    },
    response: { status: 201, schema: 'ArgumentCreated', description: 'The new argument, scored.' },
    errors: WRITE_ERRORS,
  },
  {
    method: 'get',
    path: '/search',
    operationId: 'search',
    tag: 'Search',
    summary: 'Search what you may read',
    description:
      'Full-text search (PostgreSQL, English stemming) over the claims, notes and replies, arguments and author responses you may read — across every essay you reach, or one (`essay`). `q` is web-search syntax: words (all must match), "a quoted phrase", `or`, and `-word` to leave out. Best first; each result has an HTML snippet whose only tags are `<mark>` around the matched words, and the path where it is read. Hidden, deleted and others’ private content never matches, nor the words an edit took away, nor others’ notes and arguments on an essay whose “post before you see” you have not unlocked. Pages are keyed on (rank, createdAt, id), so paging on while people write neither repeats nor skips a result. An empty or over-long query, or a cursor that was not made by this API, is a 400.',
    scope: 'READ',
    query: ZSearchQuery,
    response: { status: 200, schema: 'SearchPage', description: 'One page of results.' },
    errors: [400, 401, 404],
  },
];
