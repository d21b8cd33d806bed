import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';

// The app's demo essay, in the op-ed form: by-line, lead, "Heading:" lines, then the IMPRI trailer.
const source = readFileSync(new URL('../../fixtures/essays/alliances.txt', import.meta.url), 'utf8');
const essay = parseEssay(source);
const claims = essay.sections.flatMap((section) => section.claims);

describe('parseEssay on the demo essay (alliances.txt)', () => {
  it('reads the by-line as the author, not as a claim', () => {
    expect(essay.authorName).toBe('Tashvi Chawla');
    expect(essay.canonicalText).not.toContain('Tashvi Chawla');
  });

  it('finds the untitled lead and the five headed sections, in order', () => {
    expect(essay.sections.map((section) => section.title)).toEqual([
      null,
      'A Glimpse at the Past',
      'Current Scenario',
      'The Alliance and Counter-Alliance Spiral',
      'The Age of Deterrence Inflation',
      'Peace Lost in Translation',
    ]);
    expect(essay.sections.map((section) => section.order)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('makes one claim per sentence: 59 in all, split across sections as in the text', () => {
    expect(claims).toHaveLength(59);
    expect(essay.sections.map((section) => section.claims.length)).toEqual([8, 8, 6, 15, 11, 11]);
    expect(claims[0]?.text).toBe('The world has never seen so many alliances yet so little global peace.');
    expect(claims.at(-1)?.text).toBe(
      'A world which is suffering from the excess of security alliances in which peace has quietly drowned.',
    );
  });

  it('gives every claim offsets that slice back to its text, on one line, with no padding', () => {
    for (const claim of claims) {
      expect(essay.canonicalText.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.text).not.toMatch(/\n/);
      expect(claim.text).toBe(claim.text.trim());
    }
  });

  it('keeps claims in reading order, numbered from 0, without overlap, inside their section', () => {
    claims.forEach((claim, index) => {
      expect(claim.order).toBe(index);
      if (index > 0) expect(claim.start).toBeGreaterThan(claims[index - 1]?.end ?? Infinity);
    });
    for (const section of essay.sections) {
      for (const claim of section.claims) {
        expect(claim.start).toBeGreaterThanOrEqual(section.start);
        expect(claim.end).toBeLessThanOrEqual(section.end);
      }
    }
  });

  it('keeps heading lines (with their colon) in the canonical text, but never as claims', () => {
    const glimpse = essay.sections[1];
    expect(glimpse && essay.canonicalText.slice(glimpse.start, glimpse.start + 22)).toBe('A Glimpse at the Past:');
    expect(claims.some((claim) => claim.text.endsWith(':'))).toBe(false);
    expect(essay.canonicalText.startsWith('The world has never seen')).toBe(true);
  });

  it('keeps "reliance on the U.S. has faltered" inside one claim', () => {
    const usClaims = claims.filter((claim) => claim.text.includes('U.S.'));
    expect(usClaims).toHaveLength(1);
    expect(usClaims[0]?.text).toMatch(
      /^The Middle East has transformed .* Israel’s security reliance on the U\.S\. has faltered, .* Russia and Qatar\.$/,
    );
  });

  it('keeps curly-quoted words with their sentence', () => {
    expect(claims.map((claim) => claim.text)).toContain('Alliances began to fragment into ‘mini-laterals’ and ad-hoc coalitions.');
  });

  it('leaves the trailer out of the claims and the canonical text', () => {
    for (const word of ['Disclaimer', 'IMPRI', 'Acknowledgement', 'About the contributor', 'Netanyahu']) {
      expect(claims.filter((claim) => claim.text.includes(word))).toEqual([]);
      expect(essay.canonicalText).not.toContain(word);
    }
    expect(essay.canonicalText.endsWith('in which peace has quietly drowned.')).toBe(true);
  });

  it('captures the trailer as metadata', () => {
    expect(essay.metadata).toEqual({
      about:
        'Tashvi Chawla is a Master’s Student, International Relations, Bhopal, Madhya Pradesh. ' +
        'She is a fellow of DFPGYF Diplomacy, Foreign Policy & Geopolitics Youth Fellowship- Cohort 2.0.',
      disclaimer: 'All views expressed in the article belong solely to the author and not necessarily to the organisation.',
      readMore: {
        heading: 'Read more at IMPRI',
        titles: ['Is BRICS a credible Global South minilateral?', 'Netanyahu Faces Backlash After Israeli Strike on Hamas Leaders in Doha'],
      },
      acknowledgement: 'This article was posted by Shivashish Narayan, a visiting researcher at IMPRI.',
    });
  });

  it('suggests the opening sentence, without its full stop, as a working title', () => {
    expect(essay.suggestedTitle).toBe('The world has never seen so many alliances yet so little global peace');
  });

  it('gives the same result for a Windows (CRLF + BOM) copy of the file', () => {
    const windowsCopy = `\uFEFF${source.replace(/\n/g, '\r\n')}`;
    expect(parseEssay(windowsCopy)).toEqual(essay);
  });
});
