import { z } from 'zod';
import {
  ESSAY_UPLOAD_EXTENSIONS,
  MAX_ESSAY_AUTHOR_CHARS,
  MAX_ESSAY_TITLE_CHARS,
  MAX_ESSAY_UPLOAD_BYTES,
  MAX_PASTED_ESSAY_CHARS,
} from '@/lib/schemas/essay-import-limits';
import { safeString, userText } from '@/lib/schemas/text';

export * from '@/lib/schemas/essay-import-limits';

// A form's empty optional field arrives as "" (multipart) or is left out (JSON): both mean "not given".
const optionalText = (schema: z.ZodType<string>) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const ZEssayMeta = {
  title: optionalText(
    userText({
      min: 1,
      tooShort: 'The title cannot be empty.',
      max: MAX_ESSAY_TITLE_CHARS,
      tooLong: `Keep the title under ${MAX_ESSAY_TITLE_CHARS} characters.`,
    }),
  ),
  authorName: optionalText(
    userText({
      min: 1,
      tooShort: 'The author’s name cannot be empty.',
      max: MAX_ESSAY_AUTHOR_CHARS,
      tooLong: `Keep the author’s name under ${MAX_ESSAY_AUTHOR_CHARS} characters.`,
    }),
  ),
};

/** An uploaded file as the server reads it from multipart form data (a Blob with a name). */
const ZUploadedFile = z
  .custom<File>((value) => value instanceof Blob && typeof (value as File).name === 'string', { message: 'Choose a file to upload.' })
  .refine((file) => file.size > 0, { message: 'The file is empty. Choose the file that holds the essay.', abort: true })
  .refine((file) => file.size <= MAX_ESSAY_UPLOAD_BYTES, {
    message: `The file is over ${MAX_ESSAY_UPLOAD_BYTES / 1024 / 1024} MB; an essay is far smaller. Save it without images, or paste the text.`,
    abort: true,
  })
  .refine((file) => ESSAY_UPLOAD_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension)), {
    message: 'Upload a .txt, .md, .html or .docx file.',
  });

/**
 * Adding an essay to a cohort (POST /api/cohorts/<id>/essays): pasted text or Markdown (JSON),
 * the address of a web article (JSON), or an uploaded file (multipart form data). Title and
 * author are optional: without them they are read from the essay itself.
 */
export const ZAddEssay = z.discriminatedUnion(
  'source',
  [
    z.object({
      source: z.literal('text'),
      text: safeString({ error: 'Paste the text of the essay.' })
        .refine((text) => text.trim() !== '', { message: 'Paste the text of the essay.', abort: true })
        .refine((text) => text.length <= MAX_PASTED_ESSAY_CHARS, {
          message: 'That is more than 1,000,000 characters: paste a single essay.',
        }),
      format: z.enum(['auto', 'markdown', 'text']).default('auto'),
      ...ZEssayMeta,
    }),
    z.object({
      source: z.literal('url'),
      url: safeString({ error: 'Give the address of the article.' })
        .trim()
        .min(1, 'Give the address of the article.')
        .max(2048, 'That address is too long to be an article’s.'),
      ...ZEssayMeta,
    }),
    z.object({ source: z.literal('file'), file: ZUploadedFile, ...ZEssayMeta }),
  ],
  { error: 'Say where the essay comes from: pasted text, a file or a web address.' },
);
export type TAddEssay = z.infer<typeof ZAddEssay>;
