import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEssay, type TEssayLayout } from '@/lib/domain/essay';
import { replaceClaimText } from '@/lib/domain/revision/replace-claim-text';
import { db } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { reviseEssayText } from '@/lib/server/services/essay/revise-essay-text';

// A Markdown essay revised as the author's desk does it (one claim reworded): its sections, list,
// quotation, link and footnote must survive into the new revision, each still over its own words.
const SOURCE = [
  '# Hotlines',
  '',
  '*By A. Writer*',
  '',
  'Channels matter more than blocs. Read [the memorandum](https://example.org/mou) first.[^1]',
  '',
  '## What to build',
  '',
  '- Hotlines tested monthly.',
  '- Notice of large exercises.',
  '',
  '> We all breathe the same air.',
  '',
  '[^1]: Signed in Geneva in 1963.',
].join('\n');

async function current(essayId: string) {
  const essay = await db.essay.findUniqueOrThrow({
    where: { id: essayId },
    select: {
      currentRevision: {
        select: {
          number: true,
          text: true,
          layout: true,
          sections: { select: { title: true }, orderBy: { order: 'asc' } },
          claimVersions: { select: { start: true, end: true, text: true }, orderBy: { order: 'asc' } },
        },
      },
    },
  });
  const revision = essay.currentRevision!;
  const layout = revision.layout as TEssayLayout;
  const at = (span: { start: number; end: number }) => revision.text.slice(span.start, span.end);
  return { ...revision, layout, at };
}

describe('revising a Markdown essay', () => {
  it('keeps its headings as sections and its list, quotation, link and footnote over the right words', async () => {
    const imported = await importEssay(db, parseEssay(SOURCE, { format: 'markdown' }), {
      slug: `md-revision-${randomUUID().slice(0, 8)}`,
      title: 'Hotlines',
    });
    const before = await current(imported.id);
    expect(before.sections.map((s) => s.title)).toEqual([null, 'What to build']);

    const first = before.claimVersions[0]!;
    await reviseEssayText(db, imported.id, replaceClaimText(before.text, first, 'Channels between rivals matter far more than blocs.'));

    const after = await current(imported.id);
    expect(after.number).toBe(2);
    expect(after.sections.map((s) => s.title)).toEqual([null, 'What to build']);
    expect(after.claimVersions.map((c) => c.text)).not.toContain('What to build');
    expect(after.layout.blocks.map((b) => [b.kind, after.at(b)])).toEqual([
      ['paragraph', 'Channels between rivals matter far more than blocs. Read the memorandum first.'],
      ['heading', 'What to build'],
      ['list-item', 'Hotlines tested monthly.'],
      ['list-item', 'Notice of large exercises.'],
      ['quote', 'We all breathe the same air.'],
    ]);
    expect(after.layout.marks.map((m) => after.at(m))).toEqual(['the memorandum']);
    expect(after.text.slice(0, after.layout.footnoteRefs[0]!.at).endsWith('first.')).toBe(true);
    expect(after.layout.footnotes.map((f) => f.text)).toEqual(['Signed in Geneva in 1963.']);
  });
});
