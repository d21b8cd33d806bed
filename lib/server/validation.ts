import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/server/errors';

/**
 * Parses input with a shared schema. A failure is a 400 whose message is the first problem (forms
 * show it as it is) and whose `fields` list every problem by path, so a client can mark each one.
 */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // Schema messages are written for people ("Write something: …"), so they go out as they are.
  const fields = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new AppError('BAD_REQUEST', fields[0]?.message ?? 'The request is not valid.', { fields });
}
