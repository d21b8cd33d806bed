import { AGREEMENT_LABELS } from '@/lib/schemas/rating-scale';

// The five answers drawn so that they still tell apart printed in black and white: by pattern
// and by how dark they are, not by hue alone. Patterns are defined in each chart's own <defs>
// (ids prefixed per chart): a shared hidden <svg> would not paint when it is display:none.
const INK = '#292524';

/** The fill of answer `index` (0 = "Strongly disagree") inside a chart whose patterns have this prefix. */
export function ratingFill(prefix: string, index: number): string {
  return index === 2 ? '#ffffff' : `url(#${prefix}-r${index})`;
}

/** The <defs> of the five answers' patterns, for one chart. */
export function RatingPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-r0`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={INK} />
      </pattern>
      <pattern id={`${prefix}-r1`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fecaca" />
        <rect width="3" height="6" fill={INK} />
      </pattern>
      <pattern id={`${prefix}-r3`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#d1fae5" />
        <circle cx="3" cy="3" r="1.3" fill={INK} />
      </pattern>
      <pattern id={`${prefix}-r4`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#6ee7b7" />
        <path d="M0 0L6 6M6 0L0 6" stroke={INK} strokeWidth="1" />
      </pattern>
    </defs>
  );
}

/** What each fill means, drawn with the same patterns. */
export function RatingLegend({ prefix }: { prefix: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-label="Key">
      {AGREEMENT_LABELS.map((label, index) => (
        <li key={label} className="flex items-center gap-1">
          <svg width="14" height="14" aria-hidden="true">
            <RatingPatterns prefix={`${prefix}-key${index}`} />
            <rect x="0.5" y="0.5" width="13" height="13" fill={ratingFill(`${prefix}-key${index}`, index)} stroke={INK} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

export { INK };
