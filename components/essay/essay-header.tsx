import { Link } from '@/components/ui/link';
import { can } from '@/lib/domain/access/permissions';
import { ReadingStatus } from '@/components/essay/reading-status';
import { SearchBox } from '@/components/search/search-box';
import type { TEssayView } from '@/lib/server/queries/essay/get-essay-for-viewer';

export function EssayHeader({ essay }: { essay: TEssayView }) {
  return (
    <header className="border-b border-stone-200 pb-6">
      {essay.cohort ? <p className="text-xs font-medium uppercase tracking-wider text-stone-500">Cohort · {essay.cohort.name}</p> : null}
      <h1 id="essay-title" className="mt-2 font-serif text-4xl font-semibold leading-tight">
        {essay.title}
      </h1>
      <p className="mt-3 text-stone-700">
        by <span className="font-medium">{essay.authorName}</span>
        {essay.sourceName ? (
          <>
            {' '}
            · first published by{' '}
            {essay.sourceUrl ? (
              <a href={essay.sourceUrl} rel="noopener noreferrer" className="underline underline-offset-4">
                {essay.sourceName}
              </a>
            ) : (
              essay.sourceName
            )}
          </>
        ) : null}
      </p>
      <p className="mt-1 text-xs text-stone-500">Revision {essay.revision.number}</p>
      <ReadingStatus reading={essay.reading} seesOthers={essay.seesOthers} now={new Date()} />
      <nav aria-label="About this debate" className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/essays/${essay.slug}/map`} className="underline underline-offset-4">
          Argument map
        </Link>
        <Link href={`/essays/${essay.slug}/opinion-map`} className="underline underline-offset-4">
          Opinion map
        </Link>
        <Link href={`/essays/${essay.slug}/responses`} className="underline underline-offset-4">
          Author’s responses
        </Link>
        {essay.isDraft ? (
          <Link href={`/essays/${essay.slug}/draft`} className="font-medium text-amber-800 underline underline-offset-4">
            Draft: preview and publish
          </Link>
        ) : null}
        {essay.isViewerAuthor ? (
          <Link href={`/essays/${essay.slug}/author`} className="underline underline-offset-4">
            Your critique desk
          </Link>
        ) : null}
        {can(essay.standing, 'essay.digest', {
          isPrivate: essay.cohort !== null,
          isDraft: essay.isDraft,
          isEssayAuthor: essay.isViewerAuthor,
        }) ? (
          <Link href={`/essays/${essay.slug}/digest`} className="underline underline-offset-4">
            Debate digest
          </Link>
        ) : null}
        {essay.cohort && can(essay.standing, 'moderation.act', { isPrivate: true }) ? (
          <Link href={`/essays/${essay.slug}/facilitator`} className="underline underline-offset-4">
            Facilitator view and reading settings
          </Link>
        ) : null}
      </nav>
      <SearchBox essaySlug={essay.slug} label="Search this essay" className="mt-3 max-w-md" />
    </header>
  );
}
