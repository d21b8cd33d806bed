import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeRange, type TSelectorPair } from '@/lib/domain/anchoring';

// Table-driven like apache/incubator-annotator's match-cases.ts: a selection in `before` is described
// as selectors, the text becomes `after`, and the annotation must land on `expected` (the nth
// occurrence of that text in `after`) with the given status.
type TExpected = { status: 'ANCHORED' | 'FUZZY'; text: string; nth?: number } | { status: 'ORPHANED' };
type TCase = { name: string; before: string; select: string; nth?: number; after: string; expected: TExpected };

const LEAD = 'Alliances promise deterrence but actually deliver escalation. ';
// "deterrence" at 10 and 38; the 28-character preface moves the first one to 38.
const HAWKS_AND_DOVES = 'Hawks say deterrence works. Doves say deterrence fails.';
const PREFACE_28 = 'Blocs grow and peace fades. ';
const BODY = 'NATO in 1949 embodied collective defence under the UN Charter. Even during the Cold War, blocs held.';

function nthIndex(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times in the case text`);
  }
  return at;
}

const cases: TCase[] = [
  {
    name: 'unchanged text: the stored position',
    before: BODY,
    select: 'collective defence',
    after: BODY,
    expected: { status: 'ANCHORED', text: 'collective defence' },
  },
  {
    name: 'text moved: a paragraph inserted before it',
    before: BODY,
    select: 'collective defence under the UN Charter',
    after: `A new opening paragraph about the Cold War.\n${BODY}`,
    expected: { status: 'ANCHORED', text: 'collective defence under the UN Charter' },
  },
  {
    name: 'edited context: the prefix changed, the quote is intact',
    before: BODY,
    select: 'collective defence',
    after: BODY.replace('NATO in 1949 embodied', 'When founded, NATO stood for'),
    expected: { status: 'ANCHORED', text: 'collective defence' },
  },
  // In the next two cases the edit shifts text so that the OTHER occurrence sits exactly at the old
  // offsets: the position alone would pick the wrong one; the prefix/suffix must decide.
  {
    name: 'a repeated quote: the second occurrence, found by its context',
    before: HAWKS_AND_DOVES,
    select: 'deterrence',
    nth: 1,
    after: `${PREFACE_28}${HAWKS_AND_DOVES}`,
    expected: { status: 'ANCHORED', text: 'deterrence', nth: 1 },
  },
  {
    name: 'a repeated quote: the first occurrence, found by its context',
    before: `${PREFACE_28}${HAWKS_AND_DOVES}`,
    select: 'deterrence',
    nth: 0,
    after: HAWKS_AND_DOVES,
    expected: { status: 'ANCHORED', text: 'deterrence', nth: 0 },
  },
  {
    name: 'a repeated quote: the sentences swapped, so the old offsets now hold the other occurrence',
    before: 'Hawks: deterrence works. Doves: deterrence fails.',
    select: 'deterrence',
    nth: 0,
    after: 'Doves: deterrence fails. Hawks: deterrence works.',
    expected: { status: 'ANCHORED', text: 'deterrence', nth: 1 },
  },
  {
    name: 'a repeated quote whose own context was edited: the closer context still wins',
    before: `${LEAD}Each bloc invites another bloc. ${LEAD}Each pact multiplies grudges.`,
    select: 'Alliances promise',
    nth: 1,
    after: `${LEAD}Each bloc invites one more bloc. ${LEAD}Each pact multiplies old grudges.`,
    expected: { status: 'ANCHORED', text: 'Alliances promise', nth: 1 },
  },
  {
    name: 'a small edit inside the quote: FUZZY on the new wording',
    before: BODY,
    select: 'collective defence under the UN Charter',
    after: `Intro.\n${BODY.replace('defence', 'defense')}`,
    expected: { status: 'FUZZY', text: 'collective defense under the UN Charter' },
  },
  {
    name: 'a typo fixed inside a short quote: FUZZY, vouched for by its context',
    before: 'It was the Cold Wr that shaped blocs.',
    select: 'Cold Wr',
    after: 'It was the Cold War that shaped blocs.',
    expected: { status: 'FUZZY', text: 'Cold War' },
  },
  {
    name: 'a word inserted inside the quote: FUZZY, the span grows',
    before: BODY,
    select: 'embodied collective defence under the UN Charter',
    after: BODY.replace('collective defence', 'collective mutual defence'),
    expected: { status: 'FUZZY', text: 'embodied collective mutual defence under the UN Charter' },
  },
  {
    // The quote alone matches the look-alike best (1 edit vs 3), and approx-string-match reports only
    // the best; searching the quote inside its context finds the edited original.
    name: 'an edited short quote with a closer look-alike elsewhere: FUZZY at its own place',
    before: 'A closer Moscow-Beijing coordination followed. Trade grew.',
    select: 'Moscow-Beijing',
    after: 'A closer Moskva-Beijing coordination followed. Trade grew. Flights on the Moscow Beijing route resumed.',
    expected: { status: 'FUZZY', text: 'Moskva-Beijing' },
  },
  {
    name: 'deleted sentence: ORPHANED',
    before: BODY,
    select: 'Even during the Cold War, blocs held.',
    after: BODY.replace(' Even during the Cold War, blocs held.', ''),
    expected: { status: 'ORPHANED' },
  },
  {
    name: 'a short word deleted, a look-alike elsewhere with other context: ORPHANED, not moved',
    before: 'Wars rage in Yemen and Sudan. Peace talks stall in Sedan.',
    select: 'Sudan',
    after: 'Wars rage in Yemen. Peace talks stall in Sedan.',
    expected: { status: 'ORPHANED' },
  },
  {
    name: 'a quote rewritten beyond a quarter of its length: ORPHANED',
    before: BODY,
    select: 'Even during the Cold War, blocs held.',
    after: BODY.replace('Even during the Cold War, blocs held.', 'Through the long standoff, groupings endured.'),
    expected: { status: 'ORPHANED' },
  },
  {
    name: 'emoji (non-BMP) before and inside the quote keep offsets exact',
    before: 'Peace 🕊️ talks 🎉 began in Doha.',
    select: 'talks 🎉 began',
    after: '🌍🌍 Preface 👍🏽.\nPeace 🕊️ talks 🎉 began in Doha.',
    expected: { status: 'ANCHORED', text: 'talks 🎉 began' },
  },
  {
    name: 'one emoji swapped for another inside the quote: FUZZY on whole characters',
    before: 'Delegates cheered 🎉 loudly in Doha.',
    select: 'cheered 🎉 loudly',
    after: 'Delegates cheered 👏 loudly in Doha.',
    expected: { status: 'FUZZY', text: 'cheered 👏 loudly' },
  },
  {
    name: 'accents and curly quotes in and around the quote',
    before: 'Alliances began to fragment into ‘mini-laterals’ and “ad-hoc” coalitions — café diplomacy.',
    select: '‘mini-laterals’ and “ad-hoc”',
    after: 'Préface: naïve résumé “here”.\nAlliances began to fragment into ‘mini-laterals’ and “ad-hoc” coalitions — café diplomacy.',
    expected: { status: 'ANCHORED', text: '‘mini-laterals’ and “ad-hoc”' },
  },
  {
    name: 'curly quotes straightened inside the quote: FUZZY',
    before: 'Alliances began to fragment into ‘mini-laterals’ and ad-hoc coalitions.',
    select: 'fragment into ‘mini-laterals’ and ad-hoc',
    after: "Alliances began to fragment into 'mini-laterals' and ad-hoc coalitions.",
    expected: { status: 'FUZZY', text: "fragment into 'mini-laterals' and ad-hoc" },
  },
];

describe('anchorSelectors', () => {
  it.each(cases)('$name', ({ before, select, nth, after, expected }) => {
    const start = nthIndex(before, select, nth);
    const selectors = describeRange(before, start, start + select.length);
    const result = anchorSelectors(after, selectors);
    if (expected.status === 'ORPHANED') {
      expect(result).toEqual({ status: 'ORPHANED', start: null, end: null });
      return;
    }
    const at = nthIndex(after, expected.text, expected.nth);
    expect(result).toEqual({ status: expected.status, start: at, end: at + expected.text.length });
  });

  it('orphans a short quote whose passage was deleted rather than moving it to another mention', () => {
    const before = 'NATO grew fast. Russia saw a threat in NATO expansion. Peace followed nowhere.';
    const after = 'NATO grew fast. Peace followed nowhere.';
    const start = before.indexOf('NATO expansion');
    const selectors = describeRange(before, start, start + 4);
    expect(anchorSelectors(after, selectors)).toEqual({ status: 'ORPHANED', start: null, end: null });
  });

  it('breaks a tie between equally good occurrences by nearness to the old position', () => {
    const text = 'war. peace, peace';
    const quote = { type: 'TextQuoteSelector', exact: 'peace', prefix: '', suffix: '' } as const;
    const near = (start: number) => anchorSelectors(text, { quote, position: { type: 'TextPositionSelector', start, end: start + 5 } });
    expect(near(1)).toEqual({ status: 'ANCHORED', start: 5, end: 10 });
    expect(near(11)).toEqual({ status: 'ANCHORED', start: 12, end: 17 });
  });

  // Stored JSON may not match the type; the function must answer ORPHANED rather than throw.
  const junk: { name: string; text: unknown; selectors: unknown }[] = [
    { name: 'null selectors', text: 'Some text.', selectors: null },
    { name: 'no quote', text: 'Some text.', selectors: { position: { start: 0, end: 4 } } },
    { name: 'empty exact', text: 'Some text.', selectors: { quote: { exact: '' }, position: { start: 0, end: 1 } } },
    { name: 'exact not a string', text: 'Some text.', selectors: { quote: { exact: 42 }, position: { start: 0, end: 1 } } },
    {
      name: 'quote absent from text, bad position',
      text: 'Some text.',
      selectors: { quote: { exact: 'zzz' }, position: { start: -5, end: Number.NaN } },
    },
    {
      name: 'position past the end',
      text: 'Some text.',
      selectors: { quote: { exact: 'qqqq', prefix: 'x', suffix: 'y' }, position: { start: 900, end: 1000 } },
    },
    { name: 'text not a string', text: null, selectors: { quote: { exact: 'Some' }, position: { start: 0, end: 4 } } },
    { name: 'empty text', text: '', selectors: { quote: { exact: 'Some text' }, position: { start: 0, end: 9 } } },
  ];
  it.each(junk)('never throws: $name gives ORPHANED', ({ text, selectors }) => {
    expect(anchorSelectors(text as string, selectors as TSelectorPair)).toEqual({ status: 'ORPHANED', start: null, end: null });
  });

  it('finds a quote whose position is missing from the stored row by the quote alone', () => {
    const selectors = { quote: { type: 'TextQuoteSelector', exact: 'Some', prefix: '', suffix: ' text' } } as unknown as TSelectorPair;
    expect(anchorSelectors('Here is Some text.', selectors)).toEqual({ status: 'ANCHORED', start: 8, end: 12 });
  });
});
