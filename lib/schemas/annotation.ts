import { z } from 'zod';
import { MAX_BODY, ROOT_MOTIVATIONS, type TRootMotivation } from '@/lib/schemas/annotation-limits';
import { ZId } from '@/lib/schemas/params';
import type { TPersonView } from '@/lib/schemas/person';
import { isBlank, safeString, userText } from '@/lib/schemas/text';

/** W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export const ZTextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: safeString().min(1, 'Select some text to annotate.').max(5000, 'Select at most 5,000 characters.'),
  prefix: safeString().max(200).default(''),
  suffix: safeString().max(200).default(''),
});
export type TTextQuoteSelector = z.infer<typeof ZTextQuoteSelector>;

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the revision's canonical text. */
export const ZTextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.end > s.start, 'A selection must end after it starts.');
export type TTextPositionSelector = z.infer<typeof ZTextPositionSelector>;

export const ZSelectors = z.object({ quote: ZTextQuoteSelector, position: ZTextPositionSelector });
export type TSelectors = z.infer<typeof ZSelectors>;

export { MAX_BODY, ROOT_MOTIVATIONS, type TRootMotivation } from '@/lib/schemas/annotation-limits';
export const ZRootMotivation = z.enum(ROOT_MOTIVATIONS, {
  error: 'Motivation must be one of commenting, questioning, highlighting or tagging.',
});

// Not trimmed: leading spaces can be Markdown (an indented code block). Whether a blank body is
// allowed depends on the motivation (a highlight needs none): `isBlank` below decides.
const ZBody = safeString().max(MAX_BODY, `Keep a note under ${MAX_BODY.toLocaleString('en')} characters.`);
const ZTags = z
  .array(userText({ min: 1, tooShort: 'Tags cannot be empty.', max: 40, tooLong: 'Keep each tag under 40 characters.' }))
  .max(10, 'Use at most 10 tags.')
  .default([]);

export const ZCreateAnnotation = z
  .object({
    revisionId: ZId,
    motivation: ZRootMotivation,
    body: ZBody.default(''),
    tags: ZTags,
    visibility: z.enum(['COHORT', 'PRIVATE']).default('COHORT'),
    selectors: ZSelectors,
  })
  .superRefine((input, ctx) => {
    // A highlight may stand alone (as in Hypothesis); a tag needs a tag; everything else needs words.
    if (input.motivation === 'TAGGING' && input.tags.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['tags'], message: 'Add at least one tag.' });
    } else if (input.motivation !== 'HIGHLIGHTING' && input.motivation !== 'TAGGING' && isBlank(input.body)) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write something: an empty note says nothing.' });
    }
  });
export type TCreateAnnotation = z.input<typeof ZCreateAnnotation>;

export const ZCreateReply = z.object({
  body: ZBody.refine((b) => !isBlank(b), 'Write something: an empty reply says nothing.'),
});

export const ZEditAnnotation = z.object({ body: ZBody, tags: ZTags.optional() });

/** What the client receives for one annotation or reply (list, create, live events). */
export type TAnnotationView = {
  id: string;
  parentId: string | null;
  rootId: string | null;
  /** As the viewer may see them: a per-cohort handle (never a user id), the display name, and whether it is the viewer. */
  author: TPersonView;
  motivation: TRootMotivation | 'REPLYING';
  /**
   * Raw Markdown, for editing; empty once deleted. The reader's paths (the thread API, the live
   * stream) send it only on the viewer's own notes — the only ones they can edit — and draw the
   * rest from bodyHtml; the export API (/api/v1) sends it on every note.
   */
  body?: string;
  /** Sanitized HTML rendered from body on the server; empty once deleted. */
  bodyHtml: string;
  tags: string[];
  visibility: 'COHORT' | 'PRIVATE';
  anchorStatus: 'ANCHORED' | 'FUZZY' | 'ORPHANED';
  /** Where it resolves in the current revision (null for replies and orphans). */
  start: number | null;
  end: number | null;
  /** The quote as originally selected (shown for orphans). */
  quote: { exact: string; prefix: string; suffix: string } | null;
  claimIds: string[];
  createdAt: string;
  editedAt: string | null;
  isDeleted: boolean;
  /** Hidden by a moderator: shown as a placeholder, words withheld (the ledger says why). */
  isHidden: boolean;
  isLocked: boolean;
  isPinned: boolean;
};

/** A note with its Markdown source whoever wrote it: the export API's notes and a writer's answer. */
export type TFullAnnotationView = TAnnotationView & { body: string };

/** One message of the live stream (SSE `data:`), its id is the SSE event id. */
export type TEssayEventView = {
  id: string;
  type: 'annotation.created' | 'annotation.updated' | 'annotation.deleted';
  annotation: TAnnotationView;
};
