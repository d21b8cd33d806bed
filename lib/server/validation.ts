import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/server/errors';

/** Parses input with a shared schema; the first problem becomes a 400 a person can act on. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new AppError('BAD_REQUEST', `${issue?.message ?? 'The request is not valid.'}${field}`);
}
