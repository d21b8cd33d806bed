// npm run essay:import -- <file> --title "…" [--author "…"] [--cohort <slug>] [--source "…"] [--source-url <url>]
// Parses a plain-text, Markdown, .docx or saved .html essay and stores it as sections and claims. Bad input gets one
// clear line on stderr, exit code 1, and writes nothing.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EssayParseError, parseEssay } from '@/lib/domain/essay';
import { ZImportEssay } from '@/lib/schemas/essay';
import { firstIssue } from '@/lib/schemas/auth';

function fail(message: string): never {
  console.error(`essay:import: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    author: { type: 'string' },
    cohort: { type: 'string' },
    source: { type: 'string' },
    'source-url': { type: 'string' },
    format: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) fail('name the file to import: npm run essay:import -- essay.md --title "…"');
try {
  if (!statSync(file).isFile()) fail(`${file} is not a file.`);
} catch {
  fail(`cannot read ${file}: no such file.`);
}
const options = ZImportEssay.safeParse({
  title: values.title,
  authorName: values.author,
  cohortSlug: values.cohort,
  sourceName: values.source,
  sourceUrl: values['source-url'],
});
if (!options.success) fail(firstIssue(options.error));
const format = values.format ?? (/\.(md|markdown)$/i.test(file) ? 'markdown' : 'auto');
if (format !== 'text' && format !== 'markdown' && format !== 'auto') fail('--format is text, markdown or auto.');

let parsed;
try {
  // Word documents and saved web pages go through the cohort page's readers (mammoth; Readability).
  if (/\.docx$/i.test(file)) {
    const { readDocx } = await import('@/lib/server/essay-import/read-docx');
    parsed = await readDocx(readFileSync(file));
  } else if (/\.html?$/i.test(file)) {
    const { extractArticle } = await import('@/lib/server/essay-import/extract-article');
    parsed = extractArticle({ html: readFileSync(file), url: values['source-url'] ?? 'https://upload.invalid/' }).parsed;
  } else {
    parsed = parseEssay(readFileSync(file, 'utf8'), { format });
  }
} catch (error) {
  if (error instanceof EssayParseError) fail(error.message);
  if (error instanceof Error && error.name === 'AppError') fail(error.message);
  throw error;
}

// Without DATABASE_URL, write to the embedded database of `npm start` (stop the app first:
// PGlite's files belong to one process at a time).
const { applyMigrations } = await import('@/lib/server/db/migrate');
const { startEmbeddedPostgres } = await import('@/lib/server/db/embedded-postgres');
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres('.data/pg');
process.env.DATABASE_URL ??= embedded?.url;
await applyMigrations(process.env.DATABASE_URL!);
const { db } = await import('@/lib/server/db/client');
const { importEssay } = await import('@/lib/server/services/essay/import-essay');
const { AppError } = await import('@/lib/server/errors');
try {
  const essay = await importEssay(db, parsed, options.data);
  console.log(`Imported "${options.data.title}": ${essay.sectionCount} sections, ${essay.claimCount} claims → /essays/${essay.slug}`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`essay:import: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
