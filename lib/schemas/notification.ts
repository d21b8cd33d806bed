import { z } from 'zod';

/** Mark notifications read: the listed ids, or all of the viewer's when `ids` is omitted. */
export const ZMarkRead = z.object({ ids: z.array(z.string().min(1)).max(200).optional() });
