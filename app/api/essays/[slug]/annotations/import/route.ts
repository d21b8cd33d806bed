import { MAX_IMPORT_BYTES, ZImportDocument } from '@/lib/schemas/web-annotation';
import { writeRoute } from '@/lib/server/http/write-route';
import { importAnnotations } from '@/lib/server/services/web-annotation/import-annotations';

type TContext = { params: Promise<{ slug: string }> };

/**
 * Imports W3C Web Annotations (collection, page, array, one annotation) or a Hypothesis API
 * response as the signed-in reader's notes; answers the counts (imported, anchored, fuzzy,
 * orphaned, duplicates, replies, skipped).
 */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZImportDocument, maxBytes: MAX_IMPORT_BYTES }, async ({ userId, input }) => {
    const counts = await importAnnotations(userId, (await params).slug, input);
    return { body: { counts } };
  });
}
