import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { AddEssayForm } from '@/components/cohort/add-essay-form';
import { CohortEssayList } from '@/components/cohort/cohort-essay-list';
import { InvitePanel } from '@/components/cohort/invite-panel';
import { CARD } from '@/components/ui/field-styles';
import { MemberList } from '@/components/cohort/member-list';
import { PseudonymSettings } from '@/components/cohort/pseudonym-settings';
import { can } from '@/lib/domain/access/permissions';
import { getViewer, type TViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ id: string }> };

// Metadata and the page ask for the same cohort: `cache` makes that one load per request.
const loadCohort = cache(async (id: string): Promise<{ viewer: TViewer; cohort: Awaited<ReturnType<typeof getCohortForViewer>> }> => {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cohorts/${id}`)}`);
  // A cohort you are not in does not exist, for you.
  return { viewer, cohort: await loadOrNotFound(() => getCohortForViewer(viewer.id, id)) };
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { cohort } = await loadCohort((await params).id);
  return { title: cohort.name };
}

export default async function CohortPage({ params }: TProps) {
  const { cohort } = await loadCohort((await params).id);
  const canManageMembers = can(cohort.standing, 'cohort.manage-members', { isPrivate: true });
  const canModerate = can(cohort.standing, 'moderation.act', { isPrivate: true });
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header>
        <p className="text-sm text-stone-500">
          <Link href="/cohorts" className="underline-offset-4 hover:underline">
            Cohorts
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">{cohort.name}</h1>
        {cohort.description ? <p className="mt-2 text-stone-600">{cohort.description}</p> : null}
        <nav aria-label="Cohort" className="mt-4 flex gap-4 text-sm">
          {canModerate ? (
            <Link href={`/cohorts/${cohort.id}/moderation`} className="font-medium underline underline-offset-4">
              Moderation queue
            </Link>
          ) : null}
          <Link href={`/cohorts/${cohort.id}/ledger`} className="font-medium underline underline-offset-4">
            Ledger
          </Link>
        </nav>
      </header>

      <section aria-labelledby="essays-title" className={CARD}>
        <h2 id="essays-title" className="font-serif text-xl font-semibold">
          Essays
        </h2>
        <CohortEssayList essays={cohort.essays} memberCount={cohort.memberships.length} now={new Date()} />
      </section>

      {can(cohort.standing, 'essay.import', { isPrivate: true }) ? <AddEssayForm cohortId={cohort.id} /> : null}

      <section aria-labelledby="members-title" className={CARD}>
        <h2 id="members-title" className="font-serif text-xl font-semibold">
          Members ({cohort.memberships.length})
        </h2>
        <MemberList cohortId={cohort.id} members={cohort.memberships} canManageMembers={canManageMembers} />
      </section>

      <section aria-labelledby="you-title" className={CARD}>
        <h2 id="you-title" className="font-serif text-xl font-semibold">
          How you appear here
        </h2>
        <div className="mt-2">
          <PseudonymSettings
            cohortId={cohort.id}
            allowPseudonyms={cohort.allowPseudonyms}
            myPseudonym={cohort.myPseudonym}
            canEnable={canManageMembers}
          />
        </div>
      </section>

      {cohort.isStaff ? <InvitePanel cohortId={cohort.id} invites={cohort.invites} roleOptions={cohort.invitableRoles} /> : null}
    </div>
  );
}
