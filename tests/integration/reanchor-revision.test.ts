import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { reviseEssayText } from '@/lib/server/services/essay/revise-essay-text';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { readFileSync } from 'node:fs';

describe('a new revision re-anchors every annotation', () => {
  it('keeps all 1,000 notes: moved ones re-anchor, edited ones go fuzzy, deleted text leaves orphans with their quote', async () => {
    const user = await makeUser(db);
    const cohort = await makeCohort(db, [{ userId: user.id, role: 'MEMBER' }]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: readFileSync('tests/fixtures/essays/alliances.txt', 'utf8') });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    const text = revision.text;
    const claims = await db.claimVersion.findMany({
      where: { revisionId: revision.id },
      orderBy: { order: 'asc' },
      select: { claimId: true, start: true, end: true, text: true },
    });

    // 1,000 notes over every claim: whole sentences and a few words inside each.
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const claim = claims[i % claims.length]!;
      const isWhole = i % 2 === 0;
      const start = isWhole ? claim.start : claim.start + Math.min(4, claim.text.length - 8);
      const end = isWhole ? claim.end : start + 6;
      const selectors = describeRange(text, start, end);
      return {
        id: randomUUID(),
        essayId: essay.id,
        revisionId: revision.id,
        authorId: user.id,
        motivation: 'COMMENTING' as const,
        body: `note ${i}`,
        selectors: [selectors.quote, selectors.position],
        start,
        end,
      };
    });
    await db.annotation.createMany({ data: rows });

    const first = claims[0]!;
    const lastOfLead = claims.find((c) => text.slice(c.end, c.end + 1) === '\n')!;
    const edited = claims[10]!;
    const newText =
      'A new opening paragraph that the author added. It shifts every offset after it.\n' +
      text
        .replace(lastOfLead.text, '') // delete a sentence: its notes become orphans
        .replace(edited.text, edited.text.replace(/\bthe\b/, 'this')); // a small edit: fuzzy

    const result = await reviseEssayText(db, essay.id, newText);
    const total = result.anchoring.ANCHORED + result.anchoring.FUZZY + result.anchoring.ORPHANED;
    expect(total).toBe(1000);
    expect(await db.annotation.count({ where: { essayId: essay.id, deletedAt: null } })).toBe(1000);
    expect(result.anchoring.ORPHANED).toBeGreaterThan(0);
    expect(result.anchoring.ANCHORED).toBeGreaterThan(900);

    const after = await db.annotation.findMany({
      where: { essayId: essay.id },
      select: { anchorStatus: true, start: true, end: true, selectors: true, revisionId: true, body: true },
    });
    const newRevision = await db.essayRevision.findFirstOrThrow({
      where: { essayId: essay.id, number: 2 },
      select: { id: true, text: true },
    });
    for (const note of after) {
      const quote = (note.selectors as { type: string; exact: string }[]).find((s) => s.type === 'TextQuoteSelector')!;
      expect(quote.exact.length).toBeGreaterThan(0); // orphans keep their quote
      if (note.anchorStatus !== 'ORPHANED') expect(newRevision.text.slice(note.start!, note.end!)).toBe(quote.exact);
    }
    // The claim that lost a sentence's notes no longer counts them; the first claim keeps its id.
    const firstAgain = await db.claimVersion.findFirstOrThrow({
      where: { revisionId: newRevision.id, text: first.text },
      select: { claimId: true },
    });
    expect(firstAgain.claimId).toBe(first.claimId);
    const orphanLinks = await db.annotationClaim.count({ where: { annotation: { essayId: essay.id, anchorStatus: 'ORPHANED' } } });
    expect(orphanLinks).toBe(0);
  });
});
