import { describe, expect, it } from 'vitest';
import { filterDebate, NO_MAP_FILTERS, type TMapFilters } from '@/lib/domain/argument-map';
import { SMALL_MAP_DEBATE } from './small-map-debate';

const cases: { name: string; filters: Partial<TMapFilters>; claims: string[]; args: string[] }[] = [
  {
    name: 'no filter keeps everything, unreachable arguments included',
    filters: {},
    claims: ['c3', 'c1', 'c2'],
    args: ['s1', 'r1', 'u1', 's2', 'r2', 's3'],
  },
  { name: 'one section keeps its claims and their trees', filters: { sectionOrder: 1 }, claims: ['c3'], args: ['s3'] },
  { name: 'the opening section', filters: { sectionOrder: 0 }, claims: ['c1', 'c2'], args: ['s1', 'r1', 'u1', 's2', 'r2'] },
  {
    name: 'minimum impact drops weak arguments with their replies',
    filters: { minImpact: 2 },
    claims: ['c3', 'c1', 'c2'],
    args: ['s1', 'u1', 's2'],
  },
  { name: 'minimum impact 4 keeps only decisive chains', filters: { minImpact: 4 }, claims: ['c3', 'c1', 'c2'], args: [] },
  {
    name: 'contested only: attacks with the path to them',
    filters: { isContestedOnly: true },
    claims: ['c1'],
    args: ['s1', 'r1', 'u1', 'r2'],
  },
  {
    name: 'contested after impact: an attack that went does not count',
    filters: { isContestedOnly: true, minImpact: 2 },
    claims: ['c1'],
    args: ['s1', 'u1'],
  },
  { name: 'contested in a section with no attacks', filters: { isContestedOnly: true, sectionOrder: 1 }, claims: [], args: [] },
];

describe('filterDebate', () => {
  it.each(cases)('$name', ({ filters, claims, args }) => {
    const result = filterDebate(SMALL_MAP_DEBATE, { ...NO_MAP_FILTERS, ...filters });
    expect(result.claims.map((c) => c.id)).toEqual(claims);
    expect(result.arguments.map((a) => a.id)).toEqual(args);
  });

  it('leaves every kept argument hanging from a kept claim or argument', () => {
    for (const { filters } of cases) {
      const result = filterDebate(SMALL_MAP_DEBATE, { ...NO_MAP_FILTERS, ...filters });
      const ids = new Set([...result.claims.map((c) => c.id), ...result.arguments.map((a) => a.id)]);
      for (const a of result.arguments) expect(ids.has(a.targetClaimId ?? a.targetArgumentId ?? '')).toBe(true);
    }
  });
});
