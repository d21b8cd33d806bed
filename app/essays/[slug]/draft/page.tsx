import { Link } from '@/components/ui/link';
import { DraftPreview } from '@/components/draft/draft-preview';
import { LINK } from '@/components/ui/field-styles';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getDraftForViewer } from '@/lib/server/queries/draft/get-draft-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Draft preview' };

type TProps = { params: Promise<{ slug: string }> };

/** A draft's preview for the cohort's staff; a 404 page for anyone else, as for a missing essay. */
export default async function DraftPage({ params }: TProps) {
  const viewer = await getViewer();
  const slug = (await params).slug;
  const draft = await loadOrNotFound(() => getDraftForViewer(viewer?.id ?? null, slug));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/cohorts/${draft.cohort.id}`} className={LINK}>
            ← {draft.cohort.name}
          </Link>
        </nav>
        <p className="mt-3 text-sm font-medium uppercase tracking-wide text-amber-800">Draft · only the cohort’s staff can see it</p>
        <h1 className="mt-1 font-serif text-3xl font-semibold" data-testid="draft-title">
          {draft.title}
        </h1>
        <p className="mt-1 text-stone-700">
          by <span data-testid="draft-author">{draft.authorName}</span>
          {draft.sourceName ? <> · {draft.sourceName}</> : null}
          {draft.sourceUrl ? (
            <>
              {' '}
              ·{' '}
              <a href={draft.sourceUrl} className={LINK} rel="noopener noreferrer nofollow" target="_blank">
                {draft.sourceUrl}
              </a>
            </>
          ) : null}
        </p>
      </header>
      <DraftPreview initial={draft} />
    </div>
  );
}
