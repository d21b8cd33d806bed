import 'server-only';
import { z } from 'zod';
import { ZAddArgument } from '@/lib/schemas/argument';
import { ZCreateAnnotation } from '@/lib/schemas/annotation';
import { ZRateClaim } from '@/lib/schemas/rating';
import * as api from '@/lib/schemas/api-v1';
import { ZSearchPage, ZSearchResult } from '@/lib/schemas/search';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_SHAPE, IDEMPOTENT_REPLAYED_HEADER } from '@/lib/schemas/write-key-header';
import {
  API_V1_ENDPOINTS,
  type TEndpoint,
  type TErrorStatus,
  type TRequestSchemaName,
  type TResponseSchemaName,
} from '@/lib/server/api-v1/endpoints';

type TJson = Record<string, unknown>;

// Response schemas are what handlers send (zod "output"); request schemas what clients may send
// ("input": fields with defaults are optional). Shared pieces become components of their own.
const RESPONSE_SCHEMAS: Record<
  | TResponseSchemaName
  | 'Error'
  | 'EssaySummary'
  | 'Essay'
  | 'Claim'
  | 'Annotation'
  | 'AnnotationThread'
  | 'RatingAxis'
  | 'Argument'
  | 'SearchResult',
  z.ZodType
> = {
  Error: api.ZApiError,
  EssaySummary: api.ZApiEssaySummary,
  EssayList: api.ZApiEssayList,
  Essay: api.ZApiEssay,
  EssayResponse: api.ZApiEssayResponse,
  Claim: api.ZApiClaim,
  ClaimList: api.ZApiClaimList,
  Annotation: api.ZApiAnnotation,
  AnnotationThread: api.ZApiAnnotationThread,
  AnnotationPage: api.ZApiAnnotationPage,
  AnnotationCreated: api.ZApiAnnotationCreated,
  RatingAxis: api.ZApiRatingAxis,
  ClaimRatings: api.ZApiClaimRatings,
  Argument: api.ZApiArgument,
  ArgumentPage: api.ZApiArgumentPage,
  ArgumentCreated: api.ZApiArgumentCreated,
  SearchResult: ZSearchResult,
  SearchPage: ZSearchPage,
};
const REQUEST_SCHEMAS: Record<TRequestSchemaName, z.ZodType> = {
  CreateAnnotation: ZCreateAnnotation,
  RateClaim: ZRateClaim,
  AddArgument: ZAddArgument,
};

const ERROR_RESPONSES: Record<TErrorStatus, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'The request is not valid; `error` says what to change.' },
  401: { name: 'Unauthorized', description: 'No valid token (missing where required, malformed, unknown or revoked).' },
  403: { name: 'Forbidden', description: 'A READ token asked to write, or your role does not allow it.' },
  404: { name: 'NotFound', description: 'No such resource, or it belongs to a cohort you are not in.' },
  409: {
    name: 'Conflict',
    description:
      'The request no longer fits the data (e.g. the essay was revised), or its Idempotency-Key was first used for a different request.',
  },
  429: { name: 'TooManyRequests', description: 'Too many writes: wait for the number of seconds in Retry-After.' },
};

const ref = (kind: 'schemas' | 'responses', name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** Zod schemas → `components.schemas`, with refs between them. */
function componentSchemas(schemas: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, TJson> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, uri: (id) => `#/components/schemas/${id}` });
  // The document declares the dialect once (jsonSchemaDialect); per-schema $schema/$id would only
  // repeat it, and a fragment-only $id is not allowed by JSON Schema 2020-12.
  return Object.fromEntries(Object.entries(converted).map(([id, { $schema: _dialect, $id: _id, ...rest }]) => [id, rest as TJson]));
}

/** A zod object of path or query parameters → OpenAPI Parameter Objects. */
function parametersOf(schema: z.ZodObject | undefined, location: 'path' | 'query'): TJson[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as {
    properties?: Record<string, TJson>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: property,
  }));
}

function operationOf(endpoint: TEndpoint): TJson {
  const isWrite = endpoint.scope === 'WRITE';
  const success = {
    description: endpoint.response.description,
    ...(endpoint.method === 'get'
      ? { headers: { ETag: { description: 'Weak validator of the body: send it back as If-None-Match.', schema: { type: 'string' } } } }
      : {}),
    ...(endpoint.method === 'post'
      ? {
          headers: {
            [IDEMPOTENT_REPLAYED_HEADER]: {
              description: '"true" when this answer repeats an earlier request with the same Idempotency-Key.',
              schema: { type: 'string', enum: ['true'] },
            },
          },
        }
      : {}),
    content: { 'application/json': { schema: ref('schemas', endpoint.response.schema) } },
  };
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: `${endpoint.description}\n\nNeeds a token with ${endpoint.scope} scope${isWrite ? '' : ' (or a signed-in browser session; without either, public essays only)'}.`,
    // Reads also work with the browser session, or anonymously for public essays ({}).
    security: isWrite ? [{ bearerAuth: [] }] : [{ bearerAuth: [] }, { sessionCookie: [] }, {}],
    'x-token-scope': endpoint.scope,
    parameters: [
      ...parametersOf(endpoint.pathParams, 'path'),
      ...parametersOf(endpoint.query, 'query'),
      ...(endpoint.method === 'get'
        ? [
            {
              name: 'If-None-Match',
              in: 'header',
              required: false,
              description: 'An ETag from an earlier answer: 304 if nothing changed.',
              schema: { type: 'string' },
            },
          ]
        : []),
      // Creates (POST) may be sent again safely with the same key: write-key.ts.
      ...(endpoint.method === 'post'
        ? [
            {
              name: IDEMPOTENCY_KEY_HEADER,
              in: 'header',
              required: false,
              description:
                'Makes a retry safe: a new random key (16–128 letters, digits, "-" or "_"; a UUID works) per thing you mean to create. Sending the same request again with the same key creates nothing new and answers with what the first request created (with the Idempotent-Replayed header). The same key with a different request is a 409.',
              schema: { type: 'string', pattern: IDEMPOTENCY_KEY_SHAPE.source },
            },
          ]
        : []),
    ],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('schemas', endpoint.body.schema), example: endpoint.body.example } },
          },
        }
      : {}),
    responses: {
      [String(endpoint.response.status)]: success,
      ...(endpoint.method === 'get' ? { '304': { description: 'Not modified: your copy (If-None-Match) is current.' } } : {}),
      ...Object.fromEntries(endpoint.errors.map((status) => [String(status), ref('responses', ERROR_RESPONSES[status].name)])),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the same zod schemas the handlers use. */
export function buildOpenApiDocument(): TJson {
  const paths: Record<string, Record<string, TJson>> = {};
  for (const endpoint of API_V1_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operationOf(endpoint);
  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['Meta'],
      summary: 'This document',
      security: [{}],
      responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Counterpoint API',
      version: '1.0.0',
      description:
        'Read essays, claims, annotations, ratings and arguments, search them, and write them, as yourself. Authenticate with a personal access token from /account: `Authorization: Bearer cp_…`. You see exactly what you would see in the browser: private essays of cohorts you are not in do not exist for you (404). Errors are `{ "error": "…" }` with a 4xx status. Writes count against your limit of writes per minute (429 with Retry-After beyond it).',
    },
    servers: [{ url: '/api/v1' }],
    tags: [
      { name: 'Essays', description: 'Essays you may read and their claims.' },
      { name: 'Annotations', description: 'Notes on spans of the text, with their replies.' },
      { name: 'Ratings', description: 'Agreement and evidence, 1–5, per claim.' },
      { name: 'Arguments', description: 'The debate: arguments for and against claims and each other.' },
      { name: 'Search', description: 'Full-text search over everything you may read.' },
      { name: 'Meta', description: 'About the API itself.' },
    ],
    paths,
    components: {
      schemas: { ...componentSchemas(RESPONSE_SCHEMAS, 'output'), ...componentSchemas(REQUEST_SCHEMAS, 'input') },
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(({ name, description }) => [
          name,
          { description, content: { 'application/json': { schema: ref('schemas', 'Error') } } },
        ]),
      ),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'cp_ followed by 43 base64url characters',
          description: 'A personal access token from /account. READ tokens may only read; WRITE tokens may also annotate, rate and argue.',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'next-auth.session-token',
          description: 'The browser’s sign-in session (`__Secure-next-auth.session-token` over HTTPS). Reads only.',
        },
      },
    },
  };
}
