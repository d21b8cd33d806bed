import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';
import { db } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';

const exec = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'counterpoint-import-'));

async function importCli(name: string, content: string | Buffer, ...args: string[]) {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/essay-import.ts', file, ...args],
      { env: process.env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run essay:import', () => {
  it('imports a Markdown file as sections and claims', async () => {
    const markdown =
      '# Why Trust Matters\n\n## Premise\n\nTrust is slow to build. It is quick to lose.\n\n## Conclusion\n\nSo build it early.\n';
    const result = await importCli('trust.md', markdown, '--title', 'Why Trust Matters', '--author', 'A. Writer');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/2 sections, 3 claims/);
    const slug = /\/essays\/([a-z0-9-]+)/.exec(result.stdout)?.[1];
    const essay = await db.essay.findUniqueOrThrow({
      where: { slug: slug! },
      select: { authorName: true, currentRevision: { select: { sections: { select: { title: true }, orderBy: { order: 'asc' } } } } },
    });
    expect(essay.authorName).toBe('A. Writer');
    expect(essay.currentRevision?.sections.map((s) => s.title)).toEqual(['Premise', 'Conclusion']);
  });

  it('imports a Word document (.docx): its headings as sections, its by-line as the author', async () => {
    const docx = readFileSync(path.resolve(import.meta.dirname, '../fixtures/essays/libraries.docx'));
    const result = await importCli('libraries.docx', docx, '--title', 'Lend Tools Too');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/4 sections, 10 claims/);
    const slug = /\/essays\/([a-z0-9-]+)/.exec(result.stdout)?.[1];
    expect(await db.essay.findUniqueOrThrow({ where: { slug: slug! }, select: { authorName: true } })).toEqual({
      authorName: 'Priya Natarajan',
    });
  });

  it.each([
    ['a .docx that is not one', 'renamed.docx', 'Jane Doe\nPlain text.', /not a Word document/],
    ['an empty file', 'empty.txt', '', /empty/i],
    ['a binary file', 'image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00]), /does not look like text/i],
    ['a file with no sentences', 'headings.md', '# Title\n\n## Only a heading\n', /sentence/i],
  ])('rejects %s with a clear message and writes nothing', async (_what, name, content, message) => {
    const before = await db.essay.count();
    const result = await importCli(name, content, '--title', 'Bad input');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(await db.essay.count()).toBe(before);
  });

  it('asks for a title when --title is missing', async () => {
    const result = await importCli('untitled.txt', 'Jane Someone\nA sentence here.');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/title/i);
  });
});

describe('importEssay', () => {
  it('writes nothing when the cohort does not exist', async () => {
    const before = await Promise.all([db.essay.count(), db.essayRevision.count(), db.claim.count()]);
    await expect(
      importEssay(db, parseEssay('Jane Someone\nOne claim here.'), { title: 'Orphan', cohortSlug: 'no-such-cohort' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await Promise.all([db.essay.count(), db.essayRevision.count(), db.claim.count()])).toEqual(before);
  });

  it('rolls back the whole essay when its slug is taken', async () => {
    const first = await importEssay(db, parseEssay('Jane Someone\nOne claim here.'), { title: 'Slug clash' });
    const before = await Promise.all([db.essay.count(), db.claim.count()]);
    await expect(importEssay(db, parseEssay('Jane Someone\nAnother claim.'), { title: 'x', slug: first.slug })).rejects.toThrow();
    expect(await Promise.all([db.essay.count(), db.claim.count()])).toEqual(before);
  });
});
