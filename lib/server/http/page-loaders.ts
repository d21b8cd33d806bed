import 'server-only';
import { cache } from 'react';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getClaimDebateForViewer } from '@/lib/server/queries/argument/get-claim-debate-for-viewer';
import { getDebateForViewer } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';

// Loads several pages share, memoized per request with React's `cache`: generateMetadata and the
// page (and a page built on another's load, like a claim's on the debate) read the database once.

/** The essay as the current viewer may read it; a 404 page when it is missing or private to them. */
export const loadEssayForViewer = cache(async (slug: string) => {
  const viewer = await getViewer();
  return loadOrNotFound(() => getEssayForViewer(viewer?.id ?? null, slug));
});

/** The essay's claims, arguments and strengths as the current viewer may read them; else a 404 page. */
export const loadDebateForViewer = cache(async (slug: string) => {
  const viewer = await getViewer();
  return loadOrNotFound(() => getDebateForViewer(viewer?.id ?? null, slug));
});

/** One claim's argument tree and strengths (not the whole essay's debate); a 404 page when the claim is not the essay's. */
export const loadClaimDebateForViewer = cache(async (slug: string, claimId: string) => {
  const viewer = await getViewer();
  return loadOrNotFound(() => getClaimDebateForViewer(viewer?.id ?? null, slug, claimId));
});
