import 'server-only';
import { mergeClaims } from '@/lib/domain/essay/edit-draft-claims';
import { ZMergeDraftClaims } from '@/lib/schemas/draft';
import { AppError } from '@/lib/server/errors';
import { editDraft, readDraftClaims, writeDraftClaims } from '@/lib/server/services/draft/edit-draft';
import { parseInput } from '@/lib/server/validation';

/** Merges two neighbouring claims of a draft's section into one (the first keeps its id). */
export async function mergeDraftClaims(viewerId: string, slug: string, input: unknown): Promise<{ claimId: string }> {
  const data = parseInput(ZMergeDraftClaims, input);
  return editDraft(viewerId, slug, async (tx, draft) => {
    const { text, claims } = await readDraftClaims(tx, draft.revisionId);
    const result = mergeClaims(text, claims, data.first, data.second);
    if (!result.ok) throw new AppError('BAD_REQUEST', result.problem);
    await writeDraftClaims(tx, draft, text, result);
    const kept = claims.find((c) => c.id !== result.removedId && (c.id === data.first || c.id === data.second));
    return { claimId: kept!.id! };
  });
}
