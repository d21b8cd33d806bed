import 'server-only';
import { ZDraftDetails } from '@/lib/schemas/draft';
import { editDraft } from '@/lib/server/services/draft/edit-draft';
import { parseInput } from '@/lib/server/validation';

/** Corrects a draft's title, author name, source name or source URL (null removes a source field). */
export async function updateDraftDetails(viewerId: string, slug: string, input: unknown): Promise<void> {
  const data = parseInput(ZDraftDetails, input);
  await editDraft(viewerId, slug, async (tx, draft) => {
    await tx.essay.update({
      where: { id: draft.essayId },
      data: {
        ...(data.title !== undefined ? { title: data.title } : {}),
        ...(data.authorName !== undefined ? { authorName: data.authorName } : {}),
        ...(data.sourceName !== undefined ? { sourceName: data.sourceName } : {}),
        ...(data.sourceUrl !== undefined ? { sourceUrl: data.sourceUrl } : {}),
      },
    });
  });
}
