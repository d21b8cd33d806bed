import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorSelectors, claimsForRange, describeRange, reanchorAll, type TSelectorPair } from '@/lib/domain/anchoring';
import { parseEssay } from '@/lib/domain/essay';

// Realistic cases on the app's demo essay: readers annotate revision 1, the author publishes revision 2.
const source = readFileSync(new URL('../../fixtures/essays/alliances.txt', import.meta.url), 'utf8');
const essay = parseEssay(source);
const text = essay.canonicalText;
const claims = essay.sections.flatMap((section) => section.claims).map((c) => ({ id: `claim-${c.order}`, start: c.start, end: c.end }));

const US_SENTENCE = essay.sections.flatMap((s) => s.claims).find((c) => c.text.includes('U.S.'));
if (!US_SENTENCE) throw new Error('the demo essay lost its U.S. sentence');
const LEAD_PARAGRAPH = text.slice(0, text.indexOf('\n'));

function select(quote: string, nth = 0): TSelectorPair {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`"${quote}" is not in the demo essay`);
  return describeRange(text, start, start + quote.length);
}

function landed(revised: string, selectors: TSelectorPair): { status: string; text: string | null } {
  const result = anchorSelectors(revised, selectors);
  return { status: result.status, text: result.start === null ? null : revised.slice(result.start, result.end ?? undefined) };
}

const usSelectors = describeRange(text, US_SENTENCE.start, US_SENTENCE.end);

type TCase = { name: string; revised: string; selectors: TSelectorPair; status: string; text: string | null };

const cases: TCase[] = [
  { name: 'the U.S. sentence, text unchanged', revised: text, selectors: usSelectors, status: 'ANCHORED', text: US_SENTENCE.text },
  {
    name: 'the U.S. sentence after another paragraph (the lead) was rewritten',
    revised: text.replace(LEAD_PARAGRAPH, 'Alliances abound; peace does not. That paradox is the subject of this essay.'),
    selectors: usSelectors,
    status: 'ANCHORED',
    text: US_SENTENCE.text,
  },
  {
    name: 'the U.S. sentence after a paragraph was inserted at the top',
    revised: `A note from the editor: this essay was revised in March.\n${text}`,
    selectors: usSelectors,
    status: 'ANCHORED',
    text: US_SENTENCE.text,
  },
  {
    name: 'the U.S. sentence after it was itself rewritten slightly',
    revised: text.replace('reliance on the U.S. has faltered', 'reliance upon the United States has weakened'),
    selectors: usSelectors,
    status: 'FUZZY',
    text: US_SENTENCE.text.replace('reliance on the U.S. has faltered', 'reliance upon the United States has weakened'),
  },
  {
    name: 'the U.S. sentence after it was deleted',
    revised: text.replace(`${US_SENTENCE.text} `, ''),
    selectors: usSelectors,
    status: 'ORPHANED',
    text: null,
  },
  {
    // "The Middle East has transformed into a" opens two sentences; the second one's context wins.
    name: 'the second "The Middle East has transformed into a", after the first paragraph moved',
    revised: `Preface.\n${text}`,
    selectors: select('The Middle East has transformed into a', 1),
    status: 'ANCHORED',
    text: 'The Middle East has transformed into a',
  },
  {
    name: 'a spelling change inside a short quote ("defence" → "defense")',
    revised: text.replace('collective defence', 'collective defense'),
    selectors: select('collective defence'),
    status: 'FUZZY',
    text: 'collective defense',
  },
  {
    // 17 characters, 3 edits from the look-alike two paragraphs on: orphaned, not moved there.
    name: 'the passage "Russia and Qatar." deleted: ORPHANED, not moved to "Russia and Iran."',
    revised: text.replace('by leveraging ties with Russia and Qatar.', 'by leveraging old ties.'),
    selectors: select('Russia and Qatar.'),
    status: 'ORPHANED',
    text: null,
  },
  {
    name: 'a sentence pasted into a later paragraph, then edited where it stood: FUZZY in place, not the far copy',
    revised: text
      .replace('The cycle is recurring.', 'The cycle keeps recurring.')
      .replace('Peace Lost in Translation:', 'The cycle is recurring.\nPeace Lost in Translation:'),
    selectors: select('The cycle is recurring.'),
    status: 'FUZZY',
    text: 'The cycle keeps recurring.',
  },
];

describe('anchoring on the demo essay', () => {
  it.each(cases)('$name', ({ revised, selectors, status, text: expected }) => {
    expect(landed(revised, selectors)).toEqual({ status, text: expected });
  });

  it('finds the claims a selection touches: one for a sentence, two for a span across a boundary', () => {
    expect(claimsForRange(claims, US_SENTENCE.start, US_SENTENCE.end)).toEqual([`claim-${US_SENTENCE.order}`]);
    const across = text.indexOf('Trust among states is collapsing. Insecurity');
    expect(claimsForRange(claims, across, across + 'Trust among states is collapsing. Insecurity'.length)).toEqual(['claim-2', 'claim-3']);
  });

  it('reanchorAll gives, in order, what anchorSelectors gives one by one, and orphans a bad row', () => {
    const revised = text.replace(LEAD_PARAGRAPH, 'A shorter lead.').replace('has faltered', 'has faltered badly');
    const rows = [
      { id: 'us', selectors: usSelectors },
      { id: 'twice', selectors: select('The Middle East has transformed into a', 1) },
      { id: 'lead', selectors: select('so little global peace') },
      { id: 'bad', selectors: { quote: null } as unknown as TSelectorPair },
      { id: 'us-again', selectors: usSelectors },
    ];
    const results = reanchorAll(revised, rows);
    expect(results.map((r) => r.id)).toEqual(['us', 'twice', 'lead', 'bad', 'us-again']);
    for (const [i, row] of rows.entries()) {
      expect(results[i]).toEqual({ id: row.id, ...anchorSelectors(revised, row.selectors) });
    }
    expect(results.map((r) => r.status)).toEqual(['FUZZY', 'ANCHORED', 'ORPHANED', 'ORPHANED', 'FUZZY']);
  });
});
