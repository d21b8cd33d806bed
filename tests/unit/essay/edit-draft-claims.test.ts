import { describe, expect, it } from 'vitest';
import { draftClaimsProblem, mergeClaims, splitClaim, type TDraftClaim } from '@/lib/domain/essay/edit-draft-claims';

// Offsets written out by hand: "Alliances deter war. They provoke rivals." is section s1, claims
// a [0,20) and b [21,41); "Trust is slow. 🤝 Peace follows." is section s2 at 43, claims c [43,57)
// and d [58,75) (the emoji is two UTF-16 units, at 58–59).
const TEXT = 'Alliances deter war. They provoke rivals.\n\nTrust is slow. 🤝 Peace follows.';
const claim = (id: string, sectionId: string, start: number, end: number): TDraftClaim => ({
  id,
  sectionId,
  start,
  end,
  text: TEXT.slice(start, end),
});
const CLAIMS = [claim('a', 's1', 0, 20), claim('b', 's1', 21, 41), claim('c', 's2', 43, 57), claim('d', 's2', 58, 75)];
const spans = (claims: TDraftClaim[]) => claims.map((c) => [c.id, c.sectionId, c.start, c.end, c.text]);

describe('the hand-written fixture', () => {
  it('is what it says', () => {
    expect(CLAIMS.map((c) => c.text)).toEqual(['Alliances deter war.', 'They provoke rivals.', 'Trust is slow.', '🤝 Peace follows.']);
    expect(draftClaimsProblem(TEXT, CLAIMS)).toBeNull();
  });
});

describe('mergeClaims', () => {
  it.each([
    {
      name: 'a claim with the next one in its section',
      first: 'a',
      second: 'b',
      expected: [
        ['a', 's1', 0, 41, 'Alliances deter war. They provoke rivals.'],
        ['c', 's2', 43, 57, 'Trust is slow.'],
        ['d', 's2', 58, 75, '🤝 Peace follows.'],
      ],
      removedId: 'b',
    },
    {
      name: 'named in either order',
      first: 'd',
      second: 'c',
      expected: [
        ['a', 's1', 0, 20, 'Alliances deter war.'],
        ['b', 's1', 21, 41, 'They provoke rivals.'],
        ['c', 's2', 43, 75, 'Trust is slow. 🤝 Peace follows.'],
      ],
      removedId: 'd',
    },
  ])('merges $name', ({ first, second, expected, removedId }) => {
    const result = mergeClaims(TEXT, CLAIMS, first, second);
    expect(result.ok && spans(result.claims)).toEqual(expected);
    expect(result.ok && result.removedId).toBe(removedId);
    if (result.ok) expect(draftClaimsProblem(TEXT, result.claims)).toBeNull();
  });

  it.each([
    { name: 'claims of two sections', first: 'b', second: 'c', problem: /different sections/ },
    { name: 'claims that are not neighbours', first: 'a', second: 'c', problem: /neighbouring/ },
    { name: 'a claim with itself', first: 'a', second: 'a', problem: /neighbouring/ },
    { name: 'an unknown claim', first: 'a', second: 'zzz', problem: /No such claim/ },
  ])('refuses $name', ({ first, second, problem }) => {
    const result = mergeClaims(TEXT, CLAIMS, first, second);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(problem);
  });
});

describe('splitClaim', () => {
  it.each([
    {
      name: 'between words, the space going with neither part',
      id: 'a',
      at: 15,
      expected: [
        ['a', 's1', 0, 15, 'Alliances deter'],
        [null, 's1', 16, 20, 'war.'],
      ],
    },
    {
      name: 'right after a space',
      id: 'a',
      at: 16,
      expected: [
        ['a', 's1', 0, 15, 'Alliances deter'],
        [null, 's1', 16, 20, 'war.'],
      ],
    },
    {
      name: 'inside a word',
      id: 'b',
      at: 23,
      expected: [
        ['b', 's1', 21, 23, 'Th'],
        [null, 's1', 23, 41, 'ey provoke rivals.'],
      ],
    },
    {
      name: 'after an emoji',
      id: 'd',
      at: 60,
      expected: [
        ['d', 's2', 58, 60, '🤝'],
        [null, 's2', 61, 75, 'Peace follows.'],
      ],
    },
  ])('splits $name', ({ id, at, expected }) => {
    const result = splitClaim(TEXT, CLAIMS, id, at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const index = CLAIMS.findIndex((c) => c.id === id);
    expect(spans(result.claims.slice(index, index + 2))).toEqual(expected);
    expect(result.claims).toHaveLength(CLAIMS.length + 1);
    expect(draftClaimsProblem(TEXT, result.claims)).toBeNull();
  });

  it.each([
    { name: 'at the claim start', id: 'a', at: 0, problem: /inside the claim/ },
    { name: 'at the claim end', id: 'a', at: 20, problem: /inside the claim/ },
    { name: 'outside the claim', id: 'a', at: 30, problem: /inside the claim/ },
    { name: 'not a whole offset', id: 'a', at: 3.5, problem: /inside the claim/ },
    { name: 'inside a surrogate pair', id: 'd', at: 59, problem: /inside a character/ },

    { name: 'an unknown claim', id: 'zzz', at: 5, problem: /No such claim/ },
  ])('refuses a split $name', ({ id, at, problem }) => {
    const result = splitClaim(TEXT, CLAIMS, id, at);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(problem);
  });
});

describe('draftClaimsProblem', () => {
  it.each([
    { name: 'a claim that is not its slice', claims: [{ ...CLAIMS[0]!, text: 'Alliances deter war!' }], problem: /slice/ },
    { name: 'an empty claim', claims: [claim('a', 's1', 5, 5)], problem: /no text/ },
    { name: 'overlapping claims', claims: [claim('a', 's1', 0, 20), claim('b', 's1', 10, 41)], problem: /overlaps/ },
    {
      name: "a section's run broken by another section",
      claims: [claim('a', 's1', 0, 20), claim('c', 's2', 43, 57), claim('b', 's1', 58, 75)],
      problem: /run/,
    },
  ])('finds $name', ({ claims, problem }) => {
    expect(draftClaimsProblem(TEXT, claims)).toMatch(problem);
  });
});
