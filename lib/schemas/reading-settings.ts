import { z } from 'zod';
import { OPINION_MAP_MIN_RATINGS_LIMITS } from './reading-settings-limits';

export * from './reading-settings-limits';

// A moment of the discussion window: an ISO 8601 date-time with its offset (the browser sends
// its local time converted to UTC), or null for no bound. A Date passes too, so parsing what was
// already parsed (the route, then the service) gives the same settings.
const ZMoment = z
  .union(
    [
      z.date(),
      z.iso
        .datetime({ offset: true, error: 'Give the time as a date and time (for example 2026-12-07T09:00:00Z).' })
        .transform((value) => new Date(value)),
    ],
    { error: 'Give the time as a date and time (for example 2026-12-07T09:00:00Z), or null for none.' },
  )
  .refine((date) => date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 9999, 'Pick a date between the years 2000 and 9999.')
  .nullable();

/** PUT /api/essays/<slug>/settings: an essay's reading settings, all at once (the opinion map's N may be left out). */
export const ZReadingSettings = z
  .object({
    discussion: z.enum(['OPEN', 'CLOSED'], { error: 'Discussion is OPEN or CLOSED.' }),
    opensAt: ZMoment,
    closesAt: ZMoment,
    postBeforeSee: z.boolean({ error: 'Say whether members post before they see (true or false).' }),
    // Optional so that clients written before issue 14 keep working: left out, it stays as it is.
    opinionMapMinRatings: z
      .number({ error: 'Give the number of claims a member rates before seeing the opinion map, as a whole number.' })
      .int('Give the number of claims as a whole number.')
      .min(
        OPINION_MAP_MIN_RATINGS_LIMITS.min,
        `Members must rate at least ${OPINION_MAP_MIN_RATINGS_LIMITS.min} claim before seeing the opinion map.`,
      )
      .max(OPINION_MAP_MIN_RATINGS_LIMITS.max, `Ask for at most ${OPINION_MAP_MIN_RATINGS_LIMITS.max} rated claims before the opinion map.`)
      .optional(),
  })
  .strict()
  .refine((s) => s.opensAt === null || s.closesAt === null || s.closesAt > s.opensAt, {
    path: ['closesAt'],
    message: 'The discussion must close after it opens: pick a closing time later than the opening time.',
  });
export type TReadingSettingsInput = z.input<typeof ZReadingSettings>;
