import type { TDigestSideArguments } from '@/lib/domain/digest/types';
import { INK } from './rating-fills';

const WIDTH = 600;
const BAR_Y = 22;
const BAR_HEIGHT = 26;

/**
 * The balance of the debate: one bar split between the arguments for the essay's claims (solid)
 * and against them (hatched), each share labelled with its count.
 */
export function ArgumentBalanceChart({ sides }: { sides: TDigestSideArguments[] }) {
  const support = sides.find((s) => s.side === 'SUPPORT')?.total ?? 0;
  const attack = sides.find((s) => s.side === 'ATTACK')?.total ?? 0;
  const total = support + attack;
  const split = total === 0 ? WIDTH / 2 : (support / total) * WIDTH;
  const label = `Arguments for the essay’s claims: ${support}; against: ${attack}`;
  return (
    <svg viewBox={`0 0 ${WIDTH} 56`} className="w-full max-w-2xl" role="img" aria-label={label} data-testid="argument-balance-chart">
      <defs>
        <pattern id="balance-against" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fecaca" />
          <rect width="3" height="6" fill={INK} />
        </pattern>
      </defs>
      <text x={0} y={14} fontSize="13" fill={INK}>
        For: {support}
      </text>
      <text x={WIDTH} y={14} fontSize="13" fill={INK} textAnchor="end">
        Against: {attack}
      </text>
      {total === 0 ? (
        <rect x={0.5} y={BAR_Y} width={WIDTH - 1} height={BAR_HEIGHT} fill="none" stroke={INK} strokeDasharray="4 3" />
      ) : (
        <>
          <rect x={0} y={BAR_Y} width={split} height={BAR_HEIGHT} fill="#57534e" stroke={INK} strokeWidth="0.75" />
          <rect
            x={split}
            y={BAR_Y}
            width={WIDTH - split}
            height={BAR_HEIGHT}
            fill="url(#balance-against)"
            stroke={INK}
            strokeWidth="0.75"
          />
        </>
      )}
    </svg>
  );
}
