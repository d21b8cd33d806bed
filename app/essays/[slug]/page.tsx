import type { Metadata } from 'next';
import { AnnotationWorkspace } from '@/components/annotation/annotation-workspace';
import { ClaimPanel } from '@/components/claim/claim-panel';
import { EssayHeader } from '@/components/essay/essay-header';
import { EssayTrailer } from '@/components/essay/essay-trailer';
import { ReadReceipt } from '@/components/essay/read-receipt';
import { can } from '@/lib/domain/access/permissions';
import { isDiscussionOpen } from '@/lib/domain/reading/discussion-rules';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadEssayForViewer } from '@/lib/server/http/page-loaders';
import { getHighlightsForViewer } from '@/lib/server/queries/annotation/get-highlight-ranges-for-viewer';
import { readerSectionsOf } from '@/lib/server/queries/essay/get-essay-for-viewer';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  // Private essays are indistinguishable from missing ones for outsiders: both are a 404 page.
  const essay = await loadEssayForViewer((await params).slug);
  return { title: essay.title };
}

export default async function EssayPage({ params, searchParams }: TProps) {
  const essay = await loadEssayForViewer((await params).slug);
  const viewer = await getViewer();
  // The highlights with the feed position they were read at: a later note arrives on the live
  // stream (the reader counts a note once by its id). No thread is read here: the sidebar asks
  // for its first page itself.
  const { ranges: highlights, liveSince } = await getHighlightsForViewer(viewer?.id ?? null, essay.id);
  const selected = (await searchParams).claim;
  const selectedClaimId = typeof selected === 'string' ? selected : null;
  return (
    <AnnotationWorkspace
      // Only what the browser needs: the text, its claims, and where to send notes.
      essay={{
        slug: essay.slug,
        revision: { id: essay.revision.id, number: essay.revision.number, text: essay.revision.text, layout: essay.revision.layout },
        sections: readerSectionsOf(essay.sections),
      }}
      highlights={highlights}
      liveSince={viewer ? liveSince.toString() : '0'}
      viewer={viewer && essay.viewerName !== null ? { id: viewer.id, name: essay.viewerName } : null}
      // A closed discussion (by hand or by its window) shows no composer; the server refuses anyway.
      canAnnotate={
        can(essay.standing, 'annotation.create', { isPrivate: essay.cohort !== null, isDraft: essay.isDraft }) &&
        isDiscussionOpen(essay.reading, new Date())
      }
      // Flags and deleting one's own notes go on in a closed discussion.
      canFlag={can(essay.standing, 'flag.create', { isPrivate: essay.cohort !== null, isDraft: essay.isDraft })}
      seesOthers={essay.seesOthers}
      canFollowLive={can(essay.standing, 'essay.follow-live', { isPrivate: essay.cohort !== null, isDraft: essay.isDraft })}
      selectedClaimId={selectedClaimId}
      header={
        <>
          {/* A cohort's essay counts its readers (the cohort home) by a POST of its own. */}
          {viewer && essay.cohort !== null && !essay.isDraft ? <ReadReceipt slug={essay.slug} /> : null}
          <EssayHeader essay={essay} />
        </>
      }
      trailer={<EssayTrailer metadata={essay.metadata} />}
      claimPanel={<ClaimPanel essay={essay} claimId={selectedClaimId} />}
    />
  );
}
