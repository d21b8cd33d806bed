import type { TDigestParticipation } from '@/lib/domain/digest/types';
import { counted, ofWhole } from '@/lib/domain/digest/figures';
import { BarChart } from './bar-chart';
import { DigestSection } from './digest-section';

/** Who took part, as bars against the cohort's members (or against the busiest kind, for a public essay). */
export function ParticipationSection({ participation: p }: { participation: TDigestParticipation }) {
  const rows = [
    { label: 'Read the essay', value: p.readers },
    { label: 'Wrote notes', value: p.annotators },
    { label: 'Rated claims', value: p.raters },
    { label: 'Argued', value: p.arguers },
  ];
  const max = p.members ?? Math.max(...rows.map((r) => r.value));
  return (
    <DigestSection id="participation" title="Participation" isFirst>
      <p className="text-stone-700">
        {p.members === null
          ? 'A public essay: everyone who took part is counted.'
          : `The cohort has ${counted(p.members, 'member', 'members')}.`}
      </p>
      <BarChart
        title="Who took part"
        testId="participation-chart"
        max={max}
        bars={rows.map((r) => ({ ...r, note: ofWhole(r.value, p.members) }))}
      />
      <p className="text-stone-700" data-testid="participation-totals">
        {counted(p.notes, 'note', 'notes')}, {counted(p.replies, 'reply', 'replies')}, {counted(p.arguments, 'argument', 'arguments')} and{' '}
        {counted(p.ratings, 'rating', 'ratings')}.
      </p>
    </DigestSection>
  );
}
