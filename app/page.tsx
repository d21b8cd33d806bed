import { Link } from '@/components/ui/link';
import { getViewer } from '@/lib/server/auth/viewer';
import { listEssaysForViewer } from '@/lib/server/queries/essay/list-essays-for-viewer';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const viewer = await getViewer();
  const essays = await listEssaysForViewer(viewer?.id ?? null);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Essays</h1>
      <p className="mt-2 text-stone-600">Read together, then argue claim by claim.</p>
      {essays.length === 0 ? (
        <p className="mt-8 rounded border border-dashed border-stone-300 p-6 text-stone-600">
          {viewer ? 'No essays yet in your cohorts.' : 'Sign in to see the essays of your cohorts.'}
        </p>
      ) : (
        <ul className="mt-8 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {essays.map((essay) => (
            <li key={essay.slug} className="p-5">
              <Link href={`/essays/${essay.slug}`} className="font-serif text-xl font-medium hover:underline">
                {essay.title}
              </Link>
              <p className="mt-1 text-sm text-stone-600">
                {essay.authorName}
                {essay.sourceName ? ` · ${essay.sourceName}` : ''} · {essay.claimCount} claims ·{' '}
                {essay.cohortName ? `Cohort: ${essay.cohortName}` : 'Public'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
