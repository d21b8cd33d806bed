import 'server-only';
import type { TFullAnnotationView } from '@/lib/schemas/annotation';
import { AppError } from '@/lib/server/errors';
import type { TWriteKey } from '@/lib/server/http/write-key';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { replayedResourceId } from '@/lib/server/services/write-key/claim-write-key';

/**
 * The answer to a note or reply sent again with the key of one already made: that note as the
 * viewer sees it now (read like any list, so an edit or a moderator's hide shows as it would
 * there), never a second copy.
 */
export async function replayedAnnotation(viewerId: string, essayId: string, writeKey: TWriteKey): Promise<TFullAnnotationView> {
  const id = await replayedResourceId(viewerId, writeKey);
  const [view] = await listAnnotationsForViewer(viewerId, essayId, { ids: [id] });
  if (!view) throw new AppError('NOT_FOUND', 'The note first sent with this Idempotency-Key is no longer there.');
  return view;
}
