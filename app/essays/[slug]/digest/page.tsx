import { EssayBreadcrumb } from '@/components/essay/essay-breadcrumb';
import { redirect } from 'next/navigation';
import { DigestView } from '@/components/digest/digest-view';
import { DigestDate } from '@/components/digest/digest-section';
import { PrintButton } from '@/components/digest/print-button';
import { PRIMARY } from '@/components/ui/field-styles';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getDigestForViewer } from '@/lib/server/queries/digest/get-digest-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Debate digest' };

type TProps = { params: Promise<{ slug: string }> };

export default async function DigestPage({ params }: TProps) {
  const { slug } = await params;
  const viewer = await getViewer();
  // The same redirect for every slug, so it tells a signed-out visitor nothing about the essay.
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/essays/${slug}/digest`)}`);
  // Members and outsiders alike find nothing here, as if the page did not exist.
  const digest = await loadOrNotFound(() => getDigestForViewer(viewer.id, slug));
  const { essay } = digest;
  return (
    <div className="mx-auto max-w-4xl space-y-6 print:max-w-none">
      <header className="space-y-3">
        <EssayBreadcrumb
          slug={essay.slug}
          title={essay.title}
          next={[{ path: 'responses', label: 'The author’s responses' }]}
          className="print:hidden"
        />
        <h1 className="font-serif text-3xl font-semibold">Debate digest: {essay.title}</h1>
        <p className="text-stone-600">
          by {essay.authorName}
          {essay.cohortName ? ` · ${essay.cohortName}` : ''} · revision {essay.revision} · as of <DigestDate iso={digest.generatedAt} />
        </p>
        <div className="flex flex-wrap gap-3 print:hidden" data-testid="digest-actions">
          <a href={`/api/essays/${essay.slug}/digest.md`} download className={PRIMARY}>
            Download as Markdown
          </a>
          <PrintButton />
        </div>
      </header>
      <DigestView digest={digest} />
    </div>
  );
}
