import { z } from 'zod';

/**
 * A person as one viewer may see them (lib/server/access/display-names.ts): never a user id — a
 * handle that is stable within a cohort, so notes can be grouped by author without saying who.
 */
export const ZPersonView = z.object({
  handle: z.string().describe('Opaque and stable within a cohort; not a user id.'),
  name: z.string().describe('The display name: a pseudonym where the cohort uses them ("pseudonym (real name)" for its staff).'),
  isViewer: z.boolean().describe('True when this person is you.'),
});
export type TPersonView = z.output<typeof ZPersonView>;
