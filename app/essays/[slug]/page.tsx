import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimPanel } from '@/components/claim/claim-panel';
import { EssayHeader } from '@/components/essay/essay-header';
import { EssayReader } from '@/components/essay/essay-reader';
import { getViewer } from '@/lib/server/auth/viewer';
import { AppError } from '@/lib/server/errors';
import { getEssayForViewer, type TEssayView } from '@/lib/server/queries/essay/get-essay-for-viewer';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ claim?: string | string[] }> };

async function loadEssay(slug: string): Promise<TEssayView> {
  const viewer = await getViewer();
  try {
    return await getEssayForViewer(viewer?.id ?? null, slug);
  } catch (error) {
    // Private essays are indistinguishable from missing ones for outsiders.
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const essay = await loadEssay((await params).slug);
  return { title: essay.title };
}

export default async function EssayPage({ params, searchParams }: TProps) {
  const essay = await loadEssay((await params).slug);
  const selected = (await searchParams).claim;
  const selectedClaimId = typeof selected === 'string' ? selected : null;
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article aria-labelledby="essay-title" className="min-w-0">
        <EssayHeader essay={essay} />
        <EssayReader essay={essay} selectedClaimId={selectedClaimId} />
      </article>
      <ClaimPanel essay={essay} claimId={selectedClaimId} />
    </div>
  );
}
