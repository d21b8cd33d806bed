import 'server-only';
import { splitClaim } from '@/lib/domain/essay/edit-draft-claims';
import { ZSplitDraftClaim } from '@/lib/schemas/draft';
import { AppError } from '@/lib/server/errors';
import { editDraft, readDraftClaims, writeDraftClaims } from '@/lib/server/services/draft/edit-draft';
import { parseInput } from '@/lib/server/validation';

/** Splits a draft's claim in two at a chosen offset; the sentence splitter is only a heuristic. */
export async function splitDraftClaim(viewerId: string, slug: string, input: unknown): Promise<{ claimCount: number }> {
  const data = parseInput(ZSplitDraftClaim, input);
  return editDraft(viewerId, slug, async (tx, draft) => {
    const { text, claims } = await readDraftClaims(tx, draft.revisionId);
    const result = splitClaim(text, claims, data.claimId, data.at);
    if (!result.ok) throw new AppError('BAD_REQUEST', result.problem);
    await writeDraftClaims(tx, draft, text, result);
    return { claimCount: result.claims.length };
  });
}
