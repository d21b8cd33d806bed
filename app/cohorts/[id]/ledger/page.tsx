import { Link } from '@/components/ui/link';
import { notFound, redirect } from 'next/navigation';
import { LedgerList } from '@/components/moderation/ledger-list';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { listCohortsForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { listLedgerForViewer } from '@/lib/server/queries/moderation/list-ledger-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Moderation ledger' };

type TProps = { params: Promise<{ id: string }> };

export default async function LedgerPage({ params }: TProps) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cohorts/${id}/ledger`)}`);
  // The viewer's own memberships name the cohort; not being in it is a 404 like everywhere else.
  const membership = (await listCohortsForViewer(viewer.id)).find((m) => m.cohort.id === id);
  if (!membership) notFound();
  // Every member may read the ledger, so a refusal here can only mean "not a member (any more)".
  const entries = await loadOrNotFound(() => listLedgerForViewer(viewer.id, id), ['NOT_FOUND', 'FORBIDDEN']);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header>
        <p className="text-sm text-stone-500">
          <Link href={`/cohorts/${id}`} className="underline-offset-4 hover:underline">
            {membership.cohort.name}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">Moderation ledger</h1>
        <p className="mt-2 text-stone-600">
          Every moderation action in this cohort, with who took it and why. Entries are never edited or removed. If an action is about you,
          you may appeal it once.
        </p>
      </header>
      <LedgerList entries={entries} />
    </div>
  );
}
