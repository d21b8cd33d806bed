import { z } from 'zod';
import { MAX_BODY } from '@/lib/schemas/annotation';
import { isBlank, safeString, userText } from '@/lib/schemas/text';

// Import files: W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) as Counterpoint
// exports it (or any tool writes it), and the JSON of Hypothesis's search API ({ rows: [...] }).
// These schemas check shape only, leniently where the model allows variants (one value or a list,
// compact or full IRIs); what the file MEANS is read by lib/domain/web-annotation.

/** An import holds at most this many annotations (replies included)… */
export const MAX_IMPORT_ANNOTATIONS = 5_000;
/** …and at most this many bytes of JSON. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** …and quotes (exact, prefix and suffix together) of at most this many characters in all. */
export const MAX_IMPORT_QUOTE_CHARS = 2_000_000;

/** `?page=` of the export route: a page number from 0, or "all" (absent: page 0, the collection). */
export const ZExportPage = z
  .string()
  .regex(/^(all|\d{1,6})$/, 'page must be a page number (0, 1, 2, …) or "all".')
  .transform((page) => (page === 'all' ? ('all' as const) : Number(page)))
  .nullable()
  .transform((page) => page ?? 0);

function oneOrMany<T extends z.ZodType>(schema: T, message?: string) {
  return z.union([schema, z.array(schema).min(1)], message === undefined ? undefined : { error: message });
}

function hasType(name: string, where: string) {
  const message = `"type" must be "${name}" (${where}).`;
  return oneOrMany(z.string(), message).refine((type) => [type].flat().includes(name), message);
}

const ZContext = z.union([z.string(), z.looseObject({}), z.array(z.union([z.string(), z.looseObject({})]))], {
  error: '"@context" must be an IRI, an object or a list of them (JSON-LD).',
});

const ZDateTime = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Dates must be ISO 8601 date-times such as 2026-01-31T12:00:00Z (§3.3.1).');

/** §4.2.4 Text Quote Selector. */
export const ZTextQuoteSelectorIn = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z
    .string({ error: 'A TextQuoteSelector needs the quoted text in "exact" (§4.2.4).' })
    .min(1, 'A TextQuoteSelector quotes nothing: "exact" is empty.'),
  prefix: z.string({ error: 'A TextQuoteSelector’s "prefix" must be text.' }).optional(),
  suffix: z.string({ error: 'A TextQuoteSelector’s "suffix" must be text.' }).optional(),
});
export type TTextQuoteSelectorIn = z.infer<typeof ZTextQuoteSelectorIn>;

/** §4.2.5 Text Position Selector (code points). */
export const ZTextPositionSelectorIn = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z
      .number({ error: 'A TextPositionSelector needs "start", a whole number (§4.2.5).' })
      .int('Positions are whole numbers.')
      .min(0, 'Positions cannot be negative.'),
    end: z
      .number({ error: 'A TextPositionSelector needs "end", a whole number (§4.2.5).' })
      .int('Positions are whole numbers.')
      .min(0, 'Positions cannot be negative.'),
  })
  .refine((s) => s.end >= s.start, 'A TextPositionSelector ends before it starts.');
export type TTextPositionSelectorIn = z.infer<typeof ZTextPositionSelectorIn>;

/** Any other selector (RangeSelector, FragmentSelector, …): recognised by its type, not used. */
export type TOtherSelectorIn = { type: 'Other'; name: string };

/** A selector: the two Counterpoint anchors by are checked in full, others are kept by name. */
export const ZSelectorIn = z
  .looseObject({ type: z.string({ error: 'Every selector needs a "type" (§4.2).' }) })
  .transform((selector, ctx): TTextQuoteSelectorIn | TTextPositionSelectorIn | TOtherSelectorIn => {
    const parsed =
      selector.type === 'TextQuoteSelector'
        ? ZTextQuoteSelectorIn.safeParse(selector)
        : selector.type === 'TextPositionSelector'
          ? ZTextPositionSelectorIn.safeParse(selector)
          : null;
    if (parsed === null) return { type: 'Other', name: selector.type };
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
export type TSelectorIn = z.output<typeof ZSelectorIn>;

/** A body: text (§3.2.4 TextualBody) or something Counterpoint cannot store (an IRI, an image…). */
export type TBodyIn = { kind: 'text'; value: string; purposes: string[] } | { kind: 'resource'; name: string };

const ZBodyIn = z
  .union(
    [
      z.string(),
      z.looseObject({
        id: z.string().optional(),
        type: oneOrMany(z.string()).optional(),
        value: z.unknown().optional(),
        purpose: oneOrMany(z.string()).optional(),
      }),
    ],
    { error: 'A body must be an object (such as a TextualBody) or an IRI (§3.2).' },
  )
  .transform((body, ctx): TBodyIn => {
    if (typeof body === 'string') return { kind: 'resource', name: body };
    const types = body.type === undefined ? [] : [body.type].flat();
    const isTextual = types.length === 0 || types.includes('TextualBody');
    if (isTextual && typeof body.value === 'string')
      return { kind: 'text', value: body.value, purposes: body.purpose === undefined ? [] : [body.purpose].flat() };
    if (types.includes('TextualBody') || body.value !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'A TextualBody needs its text, as a string, in "value" (§3.2.4).', path: ['value'] });
      return z.NEVER;
    }
    return { kind: 'resource', name: body.id ?? types[0] ?? 'an untyped body' };
  });

const ZTargetIn = z.union(
  [
    z.string().min(1),
    z.looseObject({
      id: z.string().optional(),
      source: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
      selector: oneOrMany(ZSelectorIn).optional(),
    }),
  ],
  { error: 'A target must be an IRI or a SpecificResource object (§3.2, §4).' },
);
export type TTargetIn = z.output<typeof ZTargetIn>;

/** §3.1 Annotation, as read from a file. */
export const ZW3cAnnotationIn = z.looseObject(
  {
    '@context': ZContext.optional(),
    id: z.string().min(1, '"id" must be an IRI (§3.1).').optional(),
    type: hasType('Annotation', '§3.1'),
    motivation: oneOrMany(z.string(), '"motivation" must be a motivation such as "commenting", or a list of them (§3.3.5).').optional(),
    body: oneOrMany(ZBodyIn, 'A body must be an object (such as a TextualBody) or an IRI, or a list of them (§3.2).').optional(),
    bodyValue: z.string({ error: '"bodyValue" must be text (§3.2.5).' }).optional(),
    target: oneOrMany(ZTargetIn, 'An annotation needs a "target" (§3.1): the passage it is about.'),
    created: ZDateTime.optional(),
    'cp:visibility': z.enum(['cohort', 'private'], { error: '"cp:visibility" is "cohort" or "private".' }).optional(),
    'cp:withheld': z.enum(['deleted', 'hidden'], { error: '"cp:withheld" is "deleted" or "hidden".' }).optional(),
  },
  { error: 'An annotation must be a JSON object (§3.1).' },
);
export type TW3cAnnotationIn = z.output<typeof ZW3cAnnotationIn>;

const ZEmbeddedOrIri = z.union([z.string(), z.looseObject({})]);

/** §5.2 Annotation Page: its items are checked one by one (so errors can name the annotation). */
export const ZW3cPageIn = z.looseObject({
  '@context': ZContext.optional(),
  id: z.string().optional(),
  type: hasType('AnnotationPage', '§5.2'),
  items: z.array(z.unknown(), { error: 'An AnnotationPage lists its annotations in "items" (§5.2).' }),
  next: ZEmbeddedOrIri.optional(),
});
export type TW3cPageIn = z.output<typeof ZW3cPageIn>;

const TOTAL = '"total" must be a whole number ≥ 0 (§5.1).';

/** §5.1 Annotation Collection. */
export const ZW3cCollectionIn = z.looseObject({
  '@context': ZContext.optional(),
  id: z.string().optional(),
  type: hasType('AnnotationCollection', '§5.1'),
  total: z.number({ error: TOTAL }).int(TOTAL).min(0, TOTAL).optional(),
  first: ZEmbeddedOrIri.optional(),
});

/** One row of Hypothesis's search API (https://h.readthedocs.io/en/latest/api-reference/). */
export const ZHypothesisRow = z.looseObject(
  {
    id: z.string({ error: 'A Hypothesis row needs its "id".' }).min(1),
    text: z.string({ error: '"text" must be text.' }).default(''),
    tags: z.array(z.string(), { error: '"tags" must be a list of text.' }).default([]),
    target: z
      .array(z.looseObject({ source: z.string().optional(), selector: z.array(ZSelectorIn).optional() }), {
        error: '"target" must be a list.',
      })
      .default([]),
    references: z.array(z.string(), { error: '"references" must be a list of ids.' }).optional(),
    created: ZDateTime.optional(),
    permissions: z.looseObject({ read: z.array(z.string()).optional() }).optional(),
  },
  { error: 'A Hypothesis row must be a JSON object.' },
);
export type THypothesisRow = z.output<typeof ZHypothesisRow>;

export const ZHypothesisResponse = z.looseObject({ rows: z.array(z.unknown(), { error: '"rows" must be the list of annotations.' }) });

/** Counterpoint's rules for a note (as for a new one: lib/schemas/annotation.ts), on an imported one. */
export const ZImportedNoteRules = z
  .looseObject({
    motivation: z.enum(['COMMENTING', 'QUESTIONING', 'HIGHLIGHTING', 'TAGGING', 'REPLYING']),
    body: safeString().max(MAX_BODY, `Keep a note under ${MAX_BODY.toLocaleString('en')} characters.`),
    tags: z
      .array(userText({ trim: false, min: 1, tooShort: 'Tags cannot be empty.', max: 40, tooLong: 'Keep each tag under 40 characters.' }))
      .max(10, 'Use at most 10 tags.'),
    quote: z
      .object({ exact: safeString().max(5000, 'Quote at most 5,000 characters.'), prefix: safeString(), suffix: safeString() })
      .nullable(),
    isWithheld: z.boolean(),
  })
  .superRefine((note, ctx) => {
    if (note.isWithheld) return;
    if (note.motivation === 'TAGGING' && note.tags.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['tags'], message: 'A tagging annotation needs at least one tag.' });
    } else if (
      (note.motivation === 'COMMENTING' || note.motivation === 'QUESTIONING' || note.motivation === 'REPLYING') &&
      isBlank(note.body)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `A ${note.motivation.toLowerCase()} annotation needs some text in its body.`,
      });
    }
  });

/** What an import did. Replies whose parent is in neither the file nor the essay are `skipped`. */
export type TImportCounts = {
  imported: number;
  anchored: number;
  fuzzy: number;
  orphaned: number;
  duplicates: number;
  replies: number;
  skipped: number;
};

/**
 * The import route's body: any JSON (within the byte and depth caps of the write adapter);
 * read-import-document.ts tells the accepted shapes apart, with messages about the file.
 */
export const ZImportDocument = z.unknown();
