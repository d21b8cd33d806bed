// The public REST API (/api/v1): every request and response shape, defined once. Route handlers
// type their answers with these, and lib/server/api-v1/openapi.ts turns them into the OpenAPI
// document (z.toJSONSchema), so the documentation cannot drift from what the handlers send.
import { z } from 'zod';
import type { TStanding } from '@/lib/domain/access/permissions';
import { ROOT_MOTIVATIONS, type TFullAnnotationView } from '@/lib/schemas/annotation';
import { ZPersonView } from '@/lib/schemas/person';
import { RATING_DIMENSIONS, type TRatingAxisView } from '@/lib/schemas/rating';
import { ZId, ZSlug } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';

// ───────────────────────────── Personal access tokens ─────────────────────────────

export const TOKEN_SCOPES = ['READ', 'WRITE'] as const;
export const ZTokenScope = z.enum(TOKEN_SCOPES, { error: 'A token’s scope is READ (look only) or WRITE (also annotate, rate and argue).' });
export type TTokenScope = z.infer<typeof ZTokenScope>;

export const ZCreateApiToken = z.object({
  name: userText({
    required: 'Name the token after what will use it, e.g. “reading-group notebook”.',
    min: 1,
    tooShort: 'Name the token after what will use it, e.g. “reading-group notebook”.',
    max: 80,
    tooLong: 'Keep the name under 80 characters.',
  }),
  scope: ZTokenScope,
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

/** A token as its owner sees it on /account: never the secret itself, which is shown once at creation. */
export type TApiTokenSummary = {
  id: string;
  name: string;
  scope: TTokenScope;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

// ───────────────────────────── Shared pieces ─────────────────────────────

const ZTimestamp = z.iso.datetime().describe('ISO 8601 date-time in UTC.');
const ZNextCursor = z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.');

export const ZApiError = z
  .object({
    error: z.string().describe('What went wrong, written for a person.'),
    fields: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('For a 400 from the body’s schema: every problem, by the dotted path of its field.'),
  })
  .describe('Every 4xx and 5xx answer.');

export const API_PAGE_LIMIT = { default: 50, max: 100 } as const;
const LIMIT_MESSAGE = `limit is a whole number from 1 to ${API_PAGE_LIMIT.max}.`;
const ZLimit = z.coerce
  .number({ error: LIMIT_MESSAGE })
  .int(LIMIT_MESSAGE)
  .min(1, LIMIT_MESSAGE)
  .max(API_PAGE_LIMIT.max, LIMIT_MESSAGE)
  .default(API_PAGE_LIMIT.default)
  .describe(`Items per page, 1–${API_PAGE_LIMIT.max} (default ${API_PAGE_LIMIT.default}).`);
const ZCursor = z.string().min(1).max(500).optional().describe('Opaque: the `nextCursor` of the previous page, unchanged.');
const ZClaimFilter = ZId.optional();

const STANDINGS = [
  'ANONYMOUS',
  'OUTSIDER',
  'PARTICIPANT',
  'SUSPENDED',
  'OWNER',
  'MODERATOR',
  'AUTHOR',
  'MEMBER',
] as const satisfies readonly TStanding[];

// ───────────────────────────── Parameters ─────────────────────────────

export const ZApiSlugParams = z.object({ slug: ZSlug.describe('The essay’s slug, as in /essays/{slug}.') });
export const ZApiClaimParams = z.object({ id: ZId.describe('A claim id (stable across revisions).') });
export const ZApiRatingParams = ZApiClaimParams.extend({
  dimension: z.enum(RATING_DIMENSIONS, { error: 'A rating is about AGREEMENT or EVIDENCE.' }).describe('The rating axis.'),
});

export const ZApiAnnotationQuery = z.object({
  claim: ZClaimFilter.describe('Only threads whose note touches this claim.'),
  motivation: z
    .enum(ROOT_MOTIVATIONS, { error: `motivation is one of ${ROOT_MOTIVATIONS.join(', ')}.` })
    .optional()
    .describe('Only threads started with this motivation.'),
  cursor: ZCursor,
  limit: ZLimit,
});
export type TApiAnnotationQuery = z.output<typeof ZApiAnnotationQuery>;

export const ZApiArgumentQuery = z.object({
  claim: ZClaimFilter.describe('Only the debate about this claim: arguments answering it, and arguments answering those, at any depth.'),
  cursor: ZCursor,
  limit: ZLimit,
});
export type TApiArgumentQuery = z.output<typeof ZApiArgumentQuery>;

// ───────────────────────────── Essays and claims ─────────────────────────────

export const ZApiEssaySummary = z.object({
  slug: z.string(),
  title: z.string(),
  authorName: z.string(),
  sourceName: z.string().nullable(),
  cohortName: z.string().nullable().describe('null for public essays.'),
  claimCount: z.number().int(),
});
export const ZApiEssayList = z.object({ essays: z.array(ZApiEssaySummary).describe('Essays you may read, newest first (at most 100).') });

export const ZApiEssay = z.object({
  slug: z.string(),
  title: z.string(),
  authorName: z.string(),
  sourceName: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  cohort: z.object({ slug: z.string(), name: z.string() }).nullable().describe('null for public essays.'),
  standing: z
    .enum(STANDINGS)
    .describe('Your standing towards the essay, which decides what you may do (OUTSIDERs never see private essays).'),
  revision: z
    .object({ id: z.string().describe('Send as `revisionId` when annotating.'), number: z.number().int(), createdAt: ZTimestamp })
    .describe('The current revision.'),
  text: z.string().describe('The canonical plain text of the current revision; selectors and claim offsets are UTF-16 offsets into it.'),
  sections: z.array(z.object({ id: z.string(), order: z.number().int(), title: z.string().nullable(), claimCount: z.number().int() })),
});
export const ZApiEssayResponse = z.object({ essay: ZApiEssay });

export const ZApiClaim = z.object({
  id: z.string(),
  order: z.number().int().describe('Position in the essay, from 0.'),
  sectionId: z.string(),
  start: z.number().int(),
  end: z.number().int().describe('`text === essay.text.slice(start, end)`.'),
  text: z.string(),
  counts: z.object({
    annotations: z.number().int().describe('Cohort notes touching the claim, plus your own private ones.'),
    ratings: z
      .number()
      .int()
      .nullable()
      .describe('Agreement ratings; null until you have rated the claim’s agreement yourself (blind ratings).'),
    arguments: z.number().int().describe('Arguments answering the claim directly.'),
  }),
});
export const ZApiClaimList = z.object({ revisionId: z.string(), claims: z.array(ZApiClaim) });

// ───────────────────────────── Annotations ─────────────────────────────

export const ZApiAnnotation = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  rootId: z.string().nullable(),
  author: ZPersonView,
  motivation: z.enum([...ROOT_MOTIVATIONS, 'REPLYING']),
  body: z.string().describe('Markdown as written; empty once deleted or hidden by a moderator.'),
  bodyHtml: z.string().describe('Sanitized HTML rendered from body.'),
  tags: z.array(z.string()),
  visibility: z.enum(['COHORT', 'PRIVATE']).describe('PRIVATE notes are seen by their author alone.'),
  anchorStatus: z.enum(['ANCHORED', 'FUZZY', 'ORPHANED']),
  start: z.number().int().nullable().describe('Where the note resolves in the current revision (null for replies and orphans).'),
  end: z.number().int().nullable(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }).nullable().describe('The text as originally selected.'),
  claimIds: z.array(z.string()),
  createdAt: ZTimestamp,
  editedAt: ZTimestamp.nullable(),
  isDeleted: z.boolean(),
  isHidden: z.boolean(),
  isLocked: z.boolean(),
  isPinned: z.boolean(),
});
export const ZApiAnnotationThread = ZApiAnnotation.extend({
  replies: z.array(ZApiAnnotation).describe('Every reply in the thread (at any depth: see parentId), oldest first.'),
});
export const ZApiAnnotationPage = z.object({
  annotations: z.array(ZApiAnnotationThread).describe('Threads in the order their first note was written (createdAt, then id).'),
  nextCursor: ZNextCursor,
});
export const ZApiAnnotationCreated = z.object({ annotation: ZApiAnnotation });
export type TApiAnnotation = z.output<typeof ZApiAnnotation>;
export type TApiAnnotationPage = z.output<typeof ZApiAnnotationPage>;

// ───────────────────────────── Ratings ─────────────────────────────

export const ZApiRatingAxis = z.object({
  dimension: z.enum(RATING_DIMENSIONS),
  mine: z.number().int().nullable().describe('Your rating, 1–5, or null.'),
  summary: z
    .object({
      count: z.number().int(),
      mean: z.number().nullable(),
      histogram: z.array(z.number().int()).describe('Counts of the values 1 to 5.'),
      consensus: z.object({ kind: z.string(), label: z.string(), agreement: z.number().nullable() }),
    })
    .nullable()
    .describe('Hidden (null) until you have rated this axis yourself, so your first judgment is your own.'),
});
export const ZApiClaimRatings = z.object({ claimId: z.string(), ratings: z.array(ZApiRatingAxis) });

// ───────────────────────────── Arguments ─────────────────────────────

export const ZApiArgument = z.object({
  id: z.string(),
  text: z.string().describe('“Hidden by a moderator.” when hidden: the words never leave the server.'),
  elaboration: z.string().nullable(),
  stance: z.enum(['SUPPORT', 'ATTACK']),
  attackKind: z.enum(['REBUT', 'UNDERCUT']).nullable(),
  targetClaimId: z.string().nullable(),
  targetArgumentId: z.string().nullable(),
  author: ZPersonView,
  createdAt: ZTimestamp,
  impact: z.object({
    mean: z.number().nullable(),
    count: z.number().int(),
    histogram: z.array(z.number().int()).describe('Counts of impact 0 to 4.'),
  }),
  strength: z
    .number()
    .nullable()
    .describe(
      'DF-QuAD strength in [0, 1]; null when the argument counts toward no strength: hidden, answering a hidden argument, or about a claim a revision removed.',
    ),
  base: z.number().nullable().describe('Base score in [0, 1] before supporters and attackers; null exactly when `strength` is.'),
  isHidden: z.boolean(),
  placement: z
    .enum(['COUNTED', 'WITHHELD', 'DETACHED'])
    .describe(
      'COUNTED: in the strength graph. WITHHELD: hidden, or answering a hidden argument. DETACHED: its claim left the essay in a revision; kept readable.',
    ),
});
export const ZApiArgumentPage = z.object({
  arguments: z.array(ZApiArgument).describe('Oldest first (createdAt, then id).'),
  nextCursor: ZNextCursor,
});
export const ZApiArgumentCreated = z.object({ argument: ZApiArgument });
export type TApiArgument = z.output<typeof ZApiArgument>;

// The API hands out the app's own views: these types fail to compile if the two drift apart.
type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type TAssert<T extends true> = T;
export type TApiViewsMatch = [
  TAssert<TSame<TApiAnnotation, TFullAnnotationView>>,
  TAssert<TSame<z.output<typeof ZApiRatingAxis>, TRatingAxisView>>,
];
