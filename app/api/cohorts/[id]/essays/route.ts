import { MAX_ADD_ESSAY_BODY_BYTES, ZAddEssay } from '@/lib/schemas/essay-import';
import { writeRoute } from '@/lib/server/http/write-route';
import { importEssayDraft } from '@/lib/server/services/essay/import-essay-draft';

type TContext = { params: Promise<{ id: string }> };

/** Adds an essay to the cohort as a draft: JSON for pasted text or a web address, multipart for a file. */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(
    request,
    { auth: 'session', body: ZAddEssay, maxBytes: MAX_ADD_ESSAY_BODY_BYTES, isMultipartAllowed: true, limit: 'addEssay' },
    async ({ userId, input }) => ({ status: 201, body: { essay: await importEssayDraft(userId, (await params).id, input) } }),
  );
}
