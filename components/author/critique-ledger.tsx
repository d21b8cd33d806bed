import { Link } from '@/components/ui/link';
import { CARD, LINK } from '@/components/ui/field-styles';

export type TLedgerEntry = { id: string; position: number; text: string; open: number };

/** "Claim → N open": which claims carry open critiques, the busiest first. */
export function CritiqueLedger({ slug, entries, claimCount }: { slug: string; entries: TLedgerEntry[]; claimCount: number }) {
  const rows = [...entries].sort((a, b) => b.open - a.open || a.position - b.position);
  const rest = claimCount - rows.length;
  return (
    <section aria-labelledby="critique-ledger-title" className={CARD} data-testid="critique-ledger">
      <h2 id="critique-ledger-title" className="font-semibold">
        Critique ledger
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No claim has an open critique.</p>
      ) : (
        <ul className="mt-3 space-y-2 text-sm">
          {rows.map((row) => (
            <li key={row.id} className="flex items-baseline gap-2" data-testid="claim-ledger-entry" data-claim-id={row.id}>
              <Link href={`/essays/${slug}?claim=${row.id}#claim-${row.id}`} className={`${LINK} shrink-0 font-medium`}>
                Claim {row.position}
              </Link>
              <span className="min-w-0 flex-1 truncate font-serif text-stone-700" title={row.text}>
                {row.text}
              </span>
              <span aria-hidden="true" className="text-stone-400">
                →
              </span>
              <strong className="shrink-0 tabular-nums" data-testid="claim-ledger-open">
                {row.open} open
              </strong>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && rows.length > 0 ? (
        <p className="mt-3 text-xs text-stone-500">
          The other {rest} {rest === 1 ? 'claim has' : 'claims have'} no open critique.
        </p>
      ) : null}
    </section>
  );
}
