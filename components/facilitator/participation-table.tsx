import type { TFacilitatorView } from '@/components/facilitator/facilitator-view';

const ROLE_LABELS: Record<string, string> = { OWNER: 'Owner', MODERATOR: 'Moderator', AUTHOR: 'Author', MEMBER: 'Member' };

/** Who has taken part and how, the quietest members first (they are the ones to draw in). */
export function ParticipationTable({ rows }: { rows: TFacilitatorView['participation'] }) {
  const total = (row: (typeof rows)[number]) => row.annotations + row.ratings + row.arguments;
  const sorted = [...rows].sort((a, b) => total(a) - total(b) || a.name.localeCompare(b.name));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="participation">
        <caption className="mb-2 text-left text-stone-600">
          Annotations, ratings and arguments on this essay per cohort member, quietest first.
        </caption>
        <thead className="border-b border-stone-300 text-stone-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Member
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Role
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Annotations
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Ratings
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Arguments
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.userId} className="border-b border-stone-100" data-testid="participation-row" data-user-id={row.userId}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.name}
              </th>
              <td className="py-2 pr-4">{ROLE_LABELS[row.role] ?? row.role}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.annotations}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.ratings}</td>
              <td className="py-2 text-right tabular-nums">{row.arguments}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
