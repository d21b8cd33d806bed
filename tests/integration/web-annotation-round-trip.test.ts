import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import type { TW3cAnnotation, TW3cAnnotationCollection, TW3cAnnotationPage } from '@/lib/domain/web-annotation';
import { db } from '@/lib/server/db/client';
import { getAnnotationCollectionForViewer } from '@/lib/server/queries/web-annotation/get-annotation-collection-for-viewer';
import { importAnnotations } from '@/lib/server/services/web-annotation/import-annotations';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { validateAnnotation, validateCollection, validatePage } from '@/tests/fixtures/web-annotation/annotation-model';

const ORIGIN = 'https://counterpoint.test';
// The demo essay with a non-BMP emoji in its first sentence, so quotes and offsets cross it.
const TEXT = readFileSync('tests/fixtures/essays/alliances.txt', 'utf8').replace('so little global peace', 'so little global 🕊️ peace');
const MOTIVATIONS = ['COMMENTING', 'QUESTIONING', 'HIGHLIGHTING', 'TAGGING'] as const;
const BODIES = [
  'Ünïcödé check: «%»',
  'Why? 🤔 (%)',
  '**Bold** claim % — needs a source',
  'Ελληνικά και 中文 %',
  'Line one %\n\nLine two with `code`',
];

type TRow = {
  id: string;
  parentId: string | null;
  motivation: string;
  body: string;
  tags: string[];
  selectors: unknown;
  start: number | null;
  end: number | null;
  anchorStatus: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  visibility: string;
};

let w: {
  alice: string;
  bob: string;
  carol: string;
  source: { id: string; slug: string; text: string };
  target: { id: string; slug: string };
  expected: number;
  orphanQuote: string;
};

// A note as a reader would recognise it: for roots what it says about which words where, for
// replies the path of the thread down to it. Authors and ids differ after an import by design.
function signatures(rows: TRow[]): string[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const words = (row: TRow) => (row.deletedAt || row.hiddenAt ? '∅' : `${row.body}|${[...row.tags].sort().join(',')}`);
  const sig = (row: TRow): string => {
    if (row.parentId) return `${sig(byId.get(row.parentId)!)} > ${words(row)}`;
    const quote = (row.selectors as { type: string; exact: string; prefix: string; suffix: string }[]).find(
      (s) => s.type === 'TextQuoteSelector',
    )!;
    const position = (row.selectors as { type: string; start: number; end: number }[]).find((s) => s.type === 'TextPositionSelector')!;
    const place = row.anchorStatus === 'ORPHANED' ? 'orphan' : `${position.start}-${position.end}@${row.start}-${row.end}`;
    return `${row.motivation}|${row.visibility}|${quote.exact}|${quote.prefix}|${quote.suffix}|${place}|${words(row)}`;
  };
  return rows.map(sig).sort();
}

const ROW_SELECT = {
  id: true,
  parentId: true,
  motivation: true,
  body: true,
  tags: true,
  selectors: true,
  start: true,
  end: true,
  anchorStatus: true,
  deletedAt: true,
  hiddenAt: true,
  visibility: true,
} as const;

async function exportAllPages(viewerId: string, slug: string): Promise<[TW3cAnnotationCollection, ...TW3cAnnotationPage[]]> {
  const collection = (await getAnnotationCollectionForViewer(viewerId, slug, { origin: ORIGIN, page: 0 })) as TW3cAnnotationCollection;
  const pages: TW3cAnnotationPage[] = [];
  for (let next = collection.first?.next; next;) {
    const page = (await getAnnotationCollectionForViewer(viewerId, slug, {
      origin: ORIGIN,
      page: Number(new URL(next).searchParams.get('page')),
    })) as TW3cAnnotationPage;
    pages.push(page);
    next = page.next;
  }
  return [collection, ...pages];
}

beforeAll(async () => {
  const alice = await makeUser(db, 'Alice Ångström');
  const bob = await makeUser(db, 'Bob');
  const carol = await makeUser(db, 'Carol');
  const cohort = await makeCohort(db, [
    { userId: alice.id, role: 'MEMBER' },
    { userId: bob.id, role: 'MEMBER' },
  ]);
  const other = await makeCohort(db, [{ userId: carol.id, role: 'MEMBER' }]);
  const source = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const target = await makeEssay(db, { cohortSlug: other.slug, text: TEXT });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: source.id }, select: { id: true, text: true } });
  const text = revision.text;
  const claims = await db.claimVersion.findMany({
    where: { revisionId: revision.id },
    orderBy: { order: 'asc' },
    select: { start: true, end: true, text: true },
  });
  expect(text).toContain('🕊️ peace');

  // 240 roots over every claim (whole sentences and a few words inside), 4 of them quoting the emoji.
  const base = Date.parse('2025-06-01T00:00:00Z');
  let minute = 0;
  const at = () => new Date(base + (minute += 1) * 60_000);
  const spans: [number, number][] = [];
  for (let i = 0; i < 236; i += 1) {
    const claim = claims[i % claims.length]!;
    const inner = claim.start + Math.min(4, claim.text.length - 8);
    spans.push(i % 3 === 0 ? [claim.start, claim.end] : [inner, inner + 6 + (i % 5)]);
  }
  const dove = text.indexOf('🕊️ peace');
  spans.push([dove, dove + '🕊️ peace'.length], [dove, dove + 2], [dove - 7, dove + 3], [0, dove + 9]);
  const roots = spans.map(([start, end], i) => {
    const { quote, position } = describeRange(text, start, end);
    const motivation = MOTIVATIONS[i % 4]!;
    return {
      id: randomUUID(),
      essayId: source.id,
      revisionId: revision.id,
      authorId: i % 7 === 0 ? bob.id : alice.id,
      motivation,
      body: motivation === 'HIGHLIGHTING' && i % 8 === 2 ? '' : BODIES[i % BODIES.length]!.replace('%', String(i)),
      tags: motivation === 'TAGGING' || i % 10 === 1 ? [`tag-${i % 6}`, 'peace 🕊️'] : [],
      visibility: i % 11 === 5 ? ('PRIVATE' as const) : ('COHORT' as const),
      selectors: [quote, position],
      start,
      end,
      createdAt: at(),
    };
  });
  // One orphan: its passage is no longer in the text; it must keep its quote.
  const orphanQuote = 'A paragraph on sanctions that the author cut.';
  roots.push({
    ...roots[1]!,
    id: randomUUID(),
    body: 'On the cut paragraph.',
    selectors: [
      { type: 'TextQuoteSelector', exact: orphanQuote, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 10, end: 55 },
    ],
    createdAt: at(),
  });
  await db.annotation.createMany({ data: roots });
  await db.annotation.update({ where: { id: roots.at(-1)!.id }, data: { anchorStatus: 'ORPHANED', start: null, end: null } });

  // 70 replies: to roots and to replies (rootId is the thread's first note), Unicode bodies.
  const visibleRoots = roots.filter((r) => r.visibility === 'COHORT');
  const replies: { id: string; parentId: string; rootId: string; body: string }[] = [];
  for (let i = 0; i < 70; i += 1) {
    const parent =
      i % 3 === 2 && replies.length > 0
        ? (replies[i - 1] ?? replies[0]!)
        : { id: visibleRoots[i % visibleRoots.length]!.id, rootId: visibleRoots[i % visibleRoots.length]!.id };
    replies.push({ id: randomUUID(), parentId: parent.id, rootId: parent.rootId, body: `Réponse ${i} — 👍` });
  }
  await db.annotation.createMany({
    data: replies.map((r, i) => ({
      ...r,
      essayId: source.id,
      revisionId: revision.id,
      authorId: i % 2 ? bob.id : alice.id,
      motivation: 'REPLYING' as const,
      createdAt: at(),
    })),
  });

  // Withheld notes: a deleted root with replies stays as a placeholder; a hidden reply with
  // none, and a deleted root with none, are left out.
  const threaded = visibleRoots[0]!;
  await db.annotation.update({ where: { id: threaded.id }, data: { deletedAt: new Date() } });
  const leafReply = replies.find((r) => r.rootId !== threaded.id && !replies.some((other) => other.parentId === r.id))!;
  await db.annotation.update({ where: { id: leafReply.id }, data: { hiddenAt: new Date() } });
  const lonely = visibleRoots.find((r) => !replies.some((reply) => reply.rootId === r.id))!;
  await db.annotation.update({ where: { id: lonely.id }, data: { deletedAt: new Date() } });

  const total = roots.length + replies.length;
  const privateOfBob = roots.filter((r) => r.visibility === 'PRIVATE' && r.authorId === bob.id).length;
  w = {
    alice: alice.id,
    bob: bob.id,
    carol: carol.id,
    source: { id: source.id, slug: source.slug, text },
    target: { id: target.id, slug: target.slug },
    expected: total - privateOfBob - 2,
    orphanQuote,
  };
});

describe('W3C export → import round trip', () => {
  let documents: [TW3cAnnotationCollection, ...TW3cAnnotationPage[]];
  let items: TW3cAnnotation[];

  beforeAll(async () => {
    documents = await exportAllPages(w.alice, w.source.slug);
    items = [documents[0].first!, ...documents.slice(1)].flatMap((page) => (page as TW3cAnnotationPage).items);
  });

  it('exports what the viewer may see, in pages of 100 that validate against the annotation model', () => {
    const [collection, ...pages] = documents;
    expect(collection.total).toBe(w.expected);
    expect(items).toHaveLength(w.expected);
    expect(pages).toHaveLength(Math.ceil(w.expected / 100) - 1);
    expect(collection.last).toBe(pages.at(-1)!.id);
    expect(validateCollection(collection)).toEqual({ isValid: true, errors: [] });
    for (const page of pages) expect(validatePage(page)).toEqual({ isValid: true, errors: [] });
    for (const item of items) expect(validateAnnotation(item)).toEqual({ isValid: true, errors: [] });
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('counts positions in code points, keeps Counterpoint fields under cp:, and withholds deleted words', () => {
    const codePoints = Array.from(w.source.text);
    const roots = items.filter((item) => typeof item.target !== 'string');
    const emojiQuotes = roots.filter((item) => typeof item.target !== 'string' && item.target.selector[0].exact.includes('🕊'));
    expect(emojiQuotes.length).toBeGreaterThanOrEqual(4);
    for (const item of roots) {
      if (typeof item.target === 'string') continue;
      const [quote, position] = item.target.selector;
      if (!position) continue;
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(item.target.source).toBe(`${ORIGIN}/essays/${w.source.slug}/revisions/1`);
    }
    const orphan = roots.find((item) => typeof item.target !== 'string' && item.target.selector[0].exact === w.orphanQuote)!;
    expect(orphan['cp:anchorStatus']).toBe('orphaned');
    expect(orphan.target).toMatchObject({ source: `${ORIGIN}/essays/${w.source.slug}`, selector: [{ type: 'TextQuoteSelector' }] });
    for (const item of items) {
      const nested = JSON.stringify({
        ...item,
        'cp:anchorStatus': undefined,
        'cp:claims': undefined,
        'cp:visibility': undefined,
        'cp:withheld': undefined,
      });
      expect(nested).not.toContain('"cp:');
    }
    const withheld = items.filter((item) => item['cp:withheld']);
    expect(withheld).toHaveLength(1);
    expect(withheld[0]).not.toHaveProperty('body');
  });

  it('imports into an empty essay with the same text: the same notes come back, attributed to the importer', async () => {
    const counts = await importAnnotations(w.carol, w.target.slug, documents);
    const replies = items.filter((item) => item.motivation === 'replying').length;
    expect(counts).toEqual({
      imported: w.expected,
      anchored: w.expected - replies - 1,
      fuzzy: 0,
      orphaned: 1,
      duplicates: 0,
      replies,
      skipped: 0,
    });

    const exported = await db.annotation.findMany({
      where: { essayId: w.source.id, id: { in: items.map((item) => item.id.split('#annotation-')[1]!) } },
      select: ROW_SELECT,
    });
    const imported = await db.annotation.findMany({ where: { essayId: w.target.id }, select: { ...ROW_SELECT, authorId: true } });
    expect(signatures(imported)).toEqual(signatures(exported));
    expect(new Set(imported.map((row) => row.authorId))).toEqual(new Set([w.carol]));
    expect(await db.essayEvent.count({ where: { essayId: w.target.id } })).toBe(w.expected);
    const links = await db.annotationClaim.count({ where: { annotation: { essayId: w.target.id } } });
    expect(links).toBeGreaterThanOrEqual(w.expected - replies - 1);
  });

  it('a second import of the same file adds nothing and reports every note as a duplicate', async () => {
    const before = await db.annotation.count({ where: { essayId: w.target.id } });
    const counts = await importAnnotations(w.carol, w.target.slug, documents);
    expect(counts).toEqual({ imported: 0, anchored: 0, fuzzy: 0, orphaned: 0, duplicates: w.expected, replies: 0, skipped: 0 });
    expect(await db.annotation.count({ where: { essayId: w.target.id } })).toBe(before);
  });

  it('?page=all is the same annotations in one stand-alone document', async () => {
    const all = (await getAnnotationCollectionForViewer(w.alice, w.source.slug, {
      origin: ORIGIN,
      page: 'all',
    })) as TW3cAnnotationCollection;
    expect(validateCollection(all)).toEqual({ isValid: true, errors: [] });
    expect(all.first!.items).toEqual(items);
    expect(all.first).not.toHaveProperty('next');
    expect(await importAnnotations(w.carol, w.target.slug, all)).toMatchObject({ imported: 0, duplicates: w.expected });
  });

  it('another member sees neither Alice’s private notes nor a page past the end', async () => {
    const bobs = (await getAnnotationCollectionForViewer(w.bob, w.source.slug, {
      origin: ORIGIN,
      page: 'all',
    })) as TW3cAnnotationCollection;
    const alicePrivate = await db.annotation.count({ where: { essayId: w.source.id, authorId: w.alice, visibility: 'PRIVATE' } });
    const bobPrivate = await db.annotation.count({ where: { essayId: w.source.id, authorId: w.bob, visibility: 'PRIVATE' } });
    expect(alicePrivate).toBeGreaterThan(0);
    expect(bobs.total).toBe(w.expected - alicePrivate + bobPrivate);
    await expect(getAnnotationCollectionForViewer(w.bob, w.source.slug, { origin: ORIGIN, page: 99 })).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/no page 99/),
    });
  });
});
