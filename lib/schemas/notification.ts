import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';

/** Mark notifications read: the listed ids, or all of the viewer's when `ids` is omitted. */
export const ZMarkRead = z.object({ ids: z.array(ZId).max(200).optional() });
