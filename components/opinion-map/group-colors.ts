// Group colours of the opinion map, by label: distinct for up to five groups (the most there can be).
const COLORS: Record<string, { fill: string; stroke: string }> = {
  A: { fill: '#fde68a', stroke: '#b45309' },
  B: { fill: '#bfdbfe', stroke: '#1d4ed8' },
  C: { fill: '#bbf7d0', stroke: '#15803d' },
  D: { fill: '#fbcfe8', stroke: '#be185d' },
  E: { fill: '#ddd6fe', stroke: '#6d28d9' },
};

export function groupColor(label: string): { fill: string; stroke: string } {
  return COLORS[label] ?? { fill: '#e7e5e4', stroke: '#57534e' };
}
