import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/server/errors';

/** Parses input with a shared schema; the first problem becomes a 400 a person can act on. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // Schema messages are written for people ("Write something: …"), so they go out as they are.
  throw new AppError('BAD_REQUEST', parsed.error.issues[0]?.message ?? 'The request is not valid.');
}
