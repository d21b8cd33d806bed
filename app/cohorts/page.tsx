import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { CreateCohortForm } from '@/components/cohort/create-cohort-form';
import { ROLE_LABELS } from '@/components/cohort/labels';
import { getViewer } from '@/lib/server/auth/viewer';
import { listCohortsForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cohorts' };

export default async function CohortsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=/cohorts');
  const memberships = await listCohortsForViewer(viewer.id);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Your cohorts</h1>
        {memberships.length === 0 ? (
          <p className="mt-6 rounded border border-dashed border-stone-300 p-6 text-stone-600">
            You are not in a cohort yet. Open an invite link from a cohort, or create one below.
          </p>
        ) : (
          <ul className="mt-6 divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="cohort-list">
            {memberships.map(({ cohort, role }) => (
              <li key={cohort.id} className="flex items-baseline justify-between gap-4 p-5">
                <Link href={`/cohorts/${cohort.id}`} className="font-serif text-xl font-medium hover:underline">
                  {cohort.name}
                </Link>
                <span className="rounded bg-stone-100 px-2 py-0.5 text-sm text-stone-700" data-testid="cohort-role">
                  {ROLE_LABELS[role]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <CreateCohortForm />
    </div>
  );
}
