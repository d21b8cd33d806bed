import 'server-only';
import { ZAddEssay } from '@/lib/schemas/essay-import';
import { MAX_ESSAY_AUTHOR_CHARS } from '@/lib/schemas/essay-import-limits';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { ARTICLE_FETCH_LIMITS, type TFetchLimits } from '@/lib/server/essay-import/fetch-article-page';
import { readEssaySource } from '@/lib/server/essay-import/read-essay-source';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { parseInput } from '@/lib/server/validation';

export type TEssayDraft = {
  slug: string;
  title: string;
  authorName: string;
  sourceName: string | null;
  sectionCount: number;
  claimCount: number;
  /** Where the importer checks the draft before publishing it. */
  previewUrl: string;
};

/**
 * Adds an essay to a cohort as a DRAFT (cohort staff only): reads the pasted text, uploaded file
 * or web article, then stores it in one transaction (`importEssay`). The right to import is
 * checked before anything is read — a member cannot make the server fetch addresses — and again
 * in the transaction. Title and author given in the form win over what the source says.
 */
export async function importEssayDraft(
  viewerId: string,
  cohortId: string,
  input: unknown,
  fetchLimits: TFetchLimits = ARTICLE_FETCH_LIMITS,
): Promise<TEssayDraft> {
  const data = parseInput(ZAddEssay, input);
  assertCohortCan(await getCohortAccess(db, viewerId, cohortId), 'essay.import');
  const source = await readEssaySource(data, fetchLimits);
  const title = data.title ?? source.title ?? source.parsed.suggestedTitle;
  const authorName = data.authorName ?? source.parsed.authorName;
  if (!title) throw new AppError('BAD_REQUEST', 'No title could be found in the essay: fill in the Title field.');
  if (!authorName) {
    throw new AppError('BAD_REQUEST', 'No author’s name could be found in the essay (no by-line): fill in the Author field.');
  }
  // A site name is the page's own words; cut rather than refuse, since the importer did not type it.
  const sourceName = source.sourceName ? source.sourceName.slice(0, MAX_ESSAY_AUTHOR_CHARS) : null;
  const essay = await importEssay(db, source.parsed, {
    title,
    authorName,
    cohortId,
    draftBy: viewerId,
    ...(sourceName ? { sourceName } : {}),
    ...(source.sourceUrl ? { sourceUrl: source.sourceUrl } : {}),
  });
  return {
    slug: essay.slug,
    title,
    authorName,
    sourceName,
    sectionCount: essay.sectionCount,
    claimCount: essay.claimCount,
    previewUrl: `/essays/${essay.slug}/draft`,
  };
}
