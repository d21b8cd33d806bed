import { MAX_IMPORT_BYTES } from '@/lib/schemas/web-annotation';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { importAnnotations } from '@/lib/server/services/web-annotation/import-annotations';

type TContext = { params: Promise<{ slug: string }> };

/**
 * Imports W3C Web Annotations (collection, page, array, one annotation) or a Hypothesis API
 * response as the signed-in reader's notes; answers the counts (imported, anchored, fuzzy,
 * orphaned, duplicates, replies, skipped).
 */
export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    // Refused before reading when the size is declared; the service checks what it parsed as well.
    if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES) {
      return { status: 413, body: { error: `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB; import at most that much at a time (split it into several files).` } };
    }
    const counts = await importAnnotations(viewer.id, (await params).slug, await readJson(request));
    return { body: { counts } };
  });
}
