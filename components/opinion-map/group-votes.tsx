import type { TGroupVotesView } from '@/lib/domain/opinion';
import { groupColor } from './group-colors';

/**
 * Each group's ratings of one claim: agree (4–5), neither (3), disagree (1–2) as one bar each,
 * with the counts in words, so the split reads without the colours.
 */
export function GroupVotes({ groups }: { groups: TGroupVotesView[] }) {
  return (
    <ul className="space-y-1 text-xs">
      {groups.map((g) => {
        const neither = g.seen - g.agree - g.disagree;
        const share = (n: number) => (g.seen === 0 ? 0 : (100 * n) / g.seen);
        return (
          <li key={g.label} className="flex items-center gap-2">
            <span className="w-16 shrink-0 font-medium" style={{ color: groupColor(g.label).stroke }}>
              Group {g.label}
            </span>
            <span className="flex h-2.5 w-32 shrink-0 overflow-hidden rounded bg-stone-100" aria-hidden="true">
              <span className="bg-emerald-600" style={{ width: `${share(g.agree)}%` }} />
              <span className="bg-stone-300" style={{ width: `${share(neither)}%` }} />
              <span className="bg-rose-600" style={{ width: `${share(g.disagree)}%` }} />
            </span>
            <span className="text-stone-600">
              {g.agree} agree · {neither} neither · {g.disagree} disagree
            </span>
          </li>
        );
      })}
    </ul>
  );
}
