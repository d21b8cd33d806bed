import type { TDigestGroupVotes } from '@/lib/domain/digest/types';
import { AGREEMENT_LABELS } from '@/lib/schemas/rating-scale';
import { INK, RatingPatterns, ratingFill } from './rating-fills';

const ROW = 26;
const LABEL = 80;
const BAR = 420;
const WIDTH = LABEL + BAR + 110;

/** "3 agree, 1 disagree, 1 neither": a group's answers in words, for screen readers and the page. */
export function votesInWords(histogram: TDigestGroupVotes['histogram']): string {
  const [sd, d, n, a, sa] = histogram;
  return `${a + sa} agree, ${sd + d} disagree, ${n} neither`;
}

/**
 * How each opinion group rated one claim: one bar per group, split into its five answers (each as
 * wide as its share of the group's ratings), with the counts written beside it.
 */
export function GroupVotesChart({ id, votes }: { id: string; votes: TDigestGroupVotes[] }) {
  const prefix = `votes-${id}`;
  const height = votes.length * ROW + 4;
  const summary = votes.map((v) => `Group ${v.group}: ${votesInWords(v.histogram)}`).join('; ');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-2xl" role="img" aria-label={summary} data-testid="group-votes-chart">
      <RatingPatterns prefix={prefix} />
      {votes.map((v, row) => {
        const total = v.histogram.reduce((sum, n) => sum + n, 0);
        const y = row * ROW + 2;
        let x = LABEL;
        return (
          <g key={v.group}>
            <text x={0} y={y + 16} fontSize="13" fill={INK}>
              Group {v.group}
            </text>
            {v.histogram.map((count, index) => {
              const width = total === 0 ? 0 : (count / total) * BAR;
              const rect = (
                <rect
                  key={index}
                  x={x}
                  y={y}
                  width={width}
                  height={ROW - 8}
                  fill={ratingFill(prefix, index)}
                  stroke={INK}
                  strokeWidth="0.75"
                >
                  <title>{`${AGREEMENT_LABELS[index]}: ${count}`}</title>
                </rect>
              );
              x += width;
              return rect;
            })}
            {total === 0 ? <rect x={LABEL} y={y} width={BAR} height={ROW - 8} fill="none" stroke={INK} strokeDasharray="3 3" /> : null}
            <text x={LABEL + BAR + 8} y={y + 14} fontSize="12" fill={INK}>
              {`${v.histogram[3] + v.histogram[4]} of ${total} agree`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
