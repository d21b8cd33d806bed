import 'server-only';
import { z } from 'zod';

// Validated once at start-up: a missing setting fails loudly here, not deep inside a request.
const ZServerEnv = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: start the app with `npm start`, which sets it (embedded database or yours).' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL.'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export const env = ZServerEnv.parse(process.env);

/** Read lazily: only the web app signs tokens, scripts (seed, import) never need it. */
export function nextAuthSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 16) {
    throw new Error('NEXTAUTH_SECRET must be set to at least 16 random characters (npm start makes one in .data/).');
  }
  return secret;
}
