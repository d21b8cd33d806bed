// npm run bench:anchoring
// Re-anchors 10,000 annotations on the demo essay after a revision and prints the time and the
// outcome per status. Deterministic: spans and edits come from a seeded PRNG and fixed rewrites.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describeRange, reanchorAll, type TReanchorInput, type TReanchored } from '@/lib/domain/anchoring';
import { parseEssay } from '@/lib/domain/essay';
import { seededRandom } from '@/lib/domain/random/seeded-random';

const COUNT = 10_000;
const SEED = 20_250_601;

// Seeded, so every run builds the same annotations.
const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const essay = parseEssay(readFileSync(new URL('../tests/fixtures/essays/alliances.txt', import.meta.url), 'utf8'));
const text = essay.canonicalText;
const claims = essay.sections.flatMap((section) => section.claims);
const words = [...text.matchAll(/[\p{L}\p{N}’'.+-]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const REPEATED = [
  'security alliances',
  'The Middle East has transformed into a',
  'deterrence',
  'NATO',
  'peace',
  'the inflation of',
  'Each',
  'Russia',
];
const repeated = REPEATED.flatMap((phrase) =>
  [...text.matchAll(new RegExp(phrase, 'g'))].map((m) => ({ start: m.index, end: m.index + phrase.length })),
);

type TSpan = { kind: string; start: number; end: number };

function randomSpan(): TSpan {
  const roll = random();
  if (roll < 0.35) return { kind: 'word', ...pick(words) };
  if (roll < 0.6) return { kind: 'sentence', ...pick(claims) };
  if (roll < 0.75) {
    // From inside one claim to inside the next: crosses a claim boundary.
    const i = Math.floor(random() * (claims.length - 1));
    const [a, b] = [claims[i], claims[i + 1]];
    if (!a || !b) return { kind: 'word', ...pick(words) };
    const start = pick(words.filter((w) => w.start >= a.start && w.end <= a.end)).start;
    const end = pick(words.filter((w) => w.start >= b.start && w.end <= b.end)).end;
    return { kind: 'across claims', start, end };
  }
  if (roll < 0.9) return { kind: 'repeated phrase', ...pick(repeated) };
  // A run of 2–12 words anywhere.
  const i = Math.floor(random() * (words.length - 12));
  const [first, last] = [words[i], words[i + 1 + Math.floor(random() * 11)]];
  return first && last ? { kind: 'phrase', start: first.start, end: last.end } : { kind: 'word', ...pick(words) };
}

// The revision, as edits on the old text: [start, end) replaced by `insert`.
type TEdit = { label: string; start: number; end: number; insert: string };
function replaceOnce(label: string, find: string, insert: string): TEdit {
  const start = text.indexOf(find);
  if (start === -1) throw new Error(`bench: "${find}" is not in the demo essay`);
  return { label, start, end: start + find.length, insert };
}
const firstBreak = text.indexOf('\n') + 1;
const deleted = text.indexOf('NATO has failed to simultaneously deter Russia');
const edits: TEdit[] = [
  {
    label: 'paragraph inserted near the top',
    start: firstBreak,
    end: firstBreak,
    insert: 'Editor’s note: this essay was revised after readers’ comments; the argument is unchanged.\n',
  },
  replaceOnce('sentence rewritten', 'reliance on the U.S. has faltered', 'reliance upon the United States has weakened'),
  replaceOnce(
    'sentence rewritten',
    'But when it comes to practice, deterrence rarely stops at that.',
    'In practice, however, deterrence seldom stops there.',
  ),
  replaceOnce('sentence rewritten', 'The cycle is recurring.', 'The cycle keeps recurring, year after year.'),
  { label: 'paragraph deleted', start: deleted, end: text.indexOf('\n', deleted) + 1, insert: '' },
  replaceOnce('typo fixed', 'This goes one till', 'This goes on till'),
  replaceOnce('typo fixed', 'leaving plenty room', 'leaving plenty of room'),
  replaceOnce('typo fixed', 'to wage into', 'to rage into'),
].sort((a, b) => a.start - b.start);

let revised = text;
for (const edit of [...edits].reverse()) revised = revised.slice(0, edit.start) + edit.insert + revised.slice(edit.end);

// Where an untouched old offset lands in the revision: shifted by the edits before it.
function mapOffset(offset: number): number {
  let shift = 0;
  for (const edit of edits) if (edit.end <= offset) shift += edit.insert.length - (edit.end - edit.start);
  return offset + shift;
}
// Strict inequalities: a span that merely touches an insertion point is not touched by it.
const touching = (span: TSpan) =>
  edits.filter((e) => (e.start < span.end && span.start < e.end) || (e.start === e.end && span.start < e.start && e.start < span.end));

const spans = Array.from({ length: COUNT }, randomSpan);
const rows: TReanchorInput[] = spans.map((span, i) => ({ id: `a${i}`, selectors: describeRange(text, span.start, span.end) }));

function timed(): { ms: number; results: TReanchored[] } {
  const began = performance.now();
  const results = reanchorAll(revised, rows);
  return { ms: performance.now() - began, results };
}
const first = timed();
const warm = [timed(), timed(), timed()].map((run) => run.ms).sort((a, b) => a - b)[1] ?? first.ms;
const { results } = first;

const tally = (list: TReanchored[]) => ({
  ANCHORED: list.filter((r) => r.status === 'ANCHORED').length,
  FUZZY: list.filter((r) => r.status === 'FUZZY').length,
  ORPHANED: list.filter((r) => r.status === 'ORPHANED').length,
});
const untouched = results.filter((_, i) => touching(spans[i] as TSpan).length === 0);
const untouchedExact = untouched.filter((r) => {
  const span = spans[Number(r.id.slice(1))] as TSpan;
  return r.status === 'ANCHORED' && r.start === mapOffset(span.start) && r.end === mapOffset(span.end);
});
const inDeleted = results.filter((_, i) => touching(spans[i] as TSpan).some((e) => e.label === 'paragraph deleted'));
const edited = results.filter((_, i) => touching(spans[i] as TSpan).some((e) => e.label !== 'paragraph deleted'));
const kinds = [...new Set(spans.map((s) => s.kind))].map((kind) => `${kind} ${spans.filter((s) => s.kind === kind).length}`);

const fmt = (n: number) => n.toLocaleString('en');
const counts = (c: ReturnType<typeof tally>) => `ANCHORED ${fmt(c.ANCHORED)}, FUZZY ${fmt(c.FUZZY)}, ORPHANED ${fmt(c.ORPHANED)}`;
console.log(
  `bench:anchoring — ${fmt(COUNT)} annotations on the demo essay (${fmt(text.length)} → ${fmt(revised.length)} characters), seed ${SEED}`,
);
console.log(`  spans: ${kinds.join(', ')}`);
console.log(`  edits: ${edits.map((e) => e.label).join('; ')}`);
console.log(
  `  reanchorAll: ${first.ms.toFixed(1)} ms first run (${((first.ms * 1000) / COUNT).toFixed(1)} µs per annotation); warm median ${warm.toFixed(1)} ms`,
);
console.log(`  all:                      ${counts(tally(results))}`);
console.log(
  `  untouched by the edits:   ${counts(tally(untouched))}; at the expected new offsets ${fmt(untouchedExact.length)} of ${fmt(untouched.length)}`,
);
console.log(`  overlapping an edit:      ${counts(tally(edited))}`);
console.log(`  in the deleted paragraph: ${counts(tally(inDeleted))}`);
