import { Link } from '@/components/ui/link';
import { notFound, redirect } from 'next/navigation';
import { ForbiddenNotice } from '@/components/cohort/forbidden-notice';
import { CONTENT_TYPES, FLAG_REASONS, FLAG_STATUSES } from '@/lib/schemas/moderation';
import { ModerationQueue, type TQueueItem } from '@/components/moderation/moderation-queue';
import { QueueFilters } from '@/components/moderation/queue-filters';
import { getViewer } from '@/lib/server/auth/viewer';
import { AppError } from '@/lib/server/errors';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { listCohortsForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { listQueueForViewer } from '@/lib/server/queries/moderation/list-queue-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Moderation queue' };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type TQueueRow = Awaited<ReturnType<typeof listQueueForViewer>>[number];

/** Only a known value passes; anything else in the address is ignored rather than an error. */
function pick<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function toItem(row: TQueueRow): TQueueItem {
  const content = row.annotation
    ? {
        type: 'annotation' as const,
        id: row.annotation.id,
        text: row.annotation.body,
        hiddenAt: row.annotation.hiddenAt,
        author: row.annotation.author,
        essaySlug: row.annotation.essay.slug,
      }
    : row.argument
      ? {
          type: 'argument' as const,
          id: row.argument.id,
          text: row.argument.text,
          hiddenAt: row.argument.hiddenAt,
          author: row.argument.author,
          essaySlug: row.argument.essay.slug,
        }
      : null;
  return {
    id: row.id,
    reason: row.reason,
    note: row.note,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    reporterName: row.reporter.name,
    content: content && {
      type: content.type,
      id: content.id,
      text: content.text,
      isHidden: content.hiddenAt !== null,
      authorId: content.author.id,
      authorName: content.author.name,
      essaySlug: content.essaySlug,
    },
  };
}

export default async function ModerationPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cohorts/${id}/moderation`)}`);
  const query = await searchParams;
  const filter = {
    status: pick(query.status, FLAG_STATUSES),
    reason: pick(query.reason, FLAG_REASONS),
    type: pick(query.type, CONTENT_TYPES),
  };

  // The viewer's own memberships name the cohort; not being in it is a 404 like everywhere else.
  const membership = (await listCohortsForViewer(viewer.id)).find((m) => m.cohort.id === id);
  if (!membership) notFound();
  let rows: TQueueRow[];
  try {
    rows = await loadOrNotFound(() => listQueueForViewer(viewer.id, id, filter));
  } catch (error) {
    // A member knows the cohort exists: refuse plainly rather than pretend the page is missing.
    if (error instanceof AppError && error.code === 'FORBIDDEN') {
      return (
        <ForbiddenNotice
          message={`Only the moderators of ${membership.cohort.name} can open its moderation queue. ${error.message}`}
          backHref={`/cohorts/${id}`}
        />
      );
    }
    throw error;
  }

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header>
        <p className="text-sm text-stone-500">
          <Link href={`/cohorts/${id}`} className="underline-offset-4 hover:underline">
            {membership.cohort.name}
          </Link>{' '}
          ·{' '}
          <Link href={`/cohorts/${id}/ledger`} className="underline-offset-4 hover:underline">
            Ledger
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">Moderation queue</h1>
        <p className="mt-2 text-stone-600">Every action needs a reason; members read it, with your name, in the ledger.</p>
      </header>
      <QueueFilters values={{ status: filter.status ?? 'OPEN', reason: filter.reason ?? '', type: filter.type ?? '' }} />
      <ModerationQueue cohortId={id} items={rows.map(toItem)} />
    </div>
  );
}
