import { INK } from './rating-fills';

export type TBar = { label: string; value: number; note: string };

const ROW = 30;
const LABEL = 170;
const BAR = 330;
const WIDTH = LABEL + BAR + 130;

/**
 * Horizontal bars against one whole (`max`): dark bars on an outlined track, the figure written
 * beside each, so the chart reads the same on paper in black and white as on screen.
 */
export function BarChart({ title, bars, max, testId }: { title: string; bars: TBar[]; max: number; testId: string }) {
  const height = bars.length * ROW + 4;
  const whole = Math.max(max, 1);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="w-full max-w-2xl"
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.note}`).join('; ')}`}
      data-testid={testId}
    >
      {bars.map((bar, row) => {
        const y = row * ROW + 2;
        return (
          <g key={bar.label}>
            <text x={0} y={y + 17} fontSize="13" fill={INK}>
              {bar.label}
            </text>
            <rect x={LABEL} y={y} width={BAR} height={ROW - 8} fill="#ffffff" stroke={INK} strokeWidth="0.75" />
            <rect x={LABEL} y={y} width={(Math.min(bar.value, whole) / whole) * BAR} height={ROW - 8} fill="#57534e" />
            <text x={LABEL + BAR + 8} y={y + 16} fontSize="12" fill={INK}>
              {bar.note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
