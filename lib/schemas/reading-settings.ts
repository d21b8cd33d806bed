import { z } from 'zod';

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

/** PUT /api/essays/<slug>/settings: an essay's reading settings, all four at once. */
export const ZReadingSettings = z
  .object({
    discussion: z.enum(['OPEN', 'CLOSED'], { error: 'Discussion is OPEN or CLOSED.' }),
    opensAt: ZMoment,
    closesAt: ZMoment,
    postBeforeSee: z.boolean({ error: 'Say whether members post before they see (true or false).' }),
  })
  .strict()
  .refine((s) => s.opensAt === null || s.closesAt === null || s.closesAt > s.opensAt, {
    path: ['closesAt'],
    message: 'The discussion must close after it opens: pick a closing time later than the opening time.',
  });
export type TReadingSettingsInput = z.input<typeof ZReadingSettings>;
