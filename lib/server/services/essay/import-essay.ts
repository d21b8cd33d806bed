import 'server-only';
import { randomUUID } from 'node:crypto';
import type { TParsedEssay } from '@/lib/domain/essay';
import { slugify } from '@/lib/domain/reading/slugify';
import { ZImportEssay, type TImportEssay } from '@/lib/schemas/essay';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import type { TDb, TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';

export type TImportedEssay = { id: string; slug: string; sectionCount: number; claimCount: number };

/**
 * Stores a parsed essay as revision 1 with its sections and claims, in one transaction:
 * either the whole essay is written or nothing is. The cohort is named by slug (the CLI) or id
 * (the cohort page). With `draftBy` the essay is a DRAFT that person imported: their right to add
 * essays to the cohort is checked again inside the transaction, so a role taken away while a web
 * page was being fetched does not still write.
 */
export async function importEssay(client: TDb, parsed: TParsedEssay, options: TImportEssay): Promise<TImportedEssay> {
  const input = parseInput(ZImportEssay, options);
  if (!(input.authorName ?? parsed.authorName)) {
    throw new AppError('BAD_REQUEST', 'The file names no author on its first line: pass --author "…".');
  }
  return client.$transaction((tx) => importEssayInTransaction(tx, parsed, input));
}

/** The same, inside a caller's transaction (the demo seed writes everything in one). */
export async function importEssayInTransaction(tx: TTx, parsed: TParsedEssay, options: TImportEssay): Promise<TImportedEssay> {
  const input = parseInput(ZImportEssay, options);
  const authorName = input.authorName ?? parsed.authorName;
  if (!authorName) throw new AppError('BAD_REQUEST', 'The file names no author on its first line: pass --author "…".');
  let cohortId: string | null = input.cohortId ?? null;
  if (input.draftBy) {
    if (!cohortId) throw new AppError('BAD_REQUEST', 'A draft belongs to a cohort: name the cohort.');
    assertCohortCan(await getCohortAccess(tx, input.draftBy, cohortId), 'essay.import');
  }
  if (input.cohortSlug) {
    const cohort = await tx.cohort.findUnique({ where: { slug: input.cohortSlug }, select: { id: true } });
    if (!cohort) throw new AppError('NOT_FOUND', `No cohort with the slug "${input.cohortSlug}".`);
    cohortId = cohort.id;
  }
  const slug = input.slug ?? (await freeSlug(tx, slugify(input.title)));
  const essay = await tx.essay.create({
    data: {
      slug,
      title: input.title,
      authorName,
      authorUserId: input.authorUserId ?? null,
      sourceName: input.sourceName ?? null,
      sourceUrl: input.sourceUrl ?? null,
      cohortId,
      metadata: parsed.metadata,
      // The CLI and the seed publish at once; drafts come from the cohort page's import.
      ...(input.draftBy ? { status: 'DRAFT' as const, publishedAt: null, createdById: input.draftBy } : { publishedAt: new Date() }),
    },
    select: { id: true },
  });
  const revision = await tx.essayRevision.create({
    data: {
      essayId: essay.id,
      number: 1,
      text: parsed.canonicalText,
      ...(parsed.layout ? { layout: parsed.layout } : {}),
      createdById: input.authorUserId ?? null,
    },
    select: { id: true },
  });
  // Ids made here so claims, sections and their versions go in as three batched inserts.
  const sections = parsed.sections.map((section) => ({ ...section, id: randomUUID() }));
  await tx.section.createMany({
    data: sections.map((s) => ({ id: s.id, revisionId: revision.id, order: s.order, title: s.title, start: s.start, end: s.end })),
  });
  const claims = sections.flatMap((section) => section.claims.map((claim) => ({ ...claim, sectionId: section.id, id: randomUUID() })));
  await tx.claim.createMany({ data: claims.map((c) => ({ id: c.id, essayId: essay.id })) });
  await tx.claimVersion.createMany({
    data: claims.map((c) => ({
      claimId: c.id,
      revisionId: revision.id,
      sectionId: c.sectionId,
      order: c.order,
      start: c.start,
      end: c.end,
      text: c.text,
    })),
  });
  await tx.essay.update({ where: { id: essay.id }, data: { currentRevisionId: revision.id } });
  return { id: essay.id, slug, sectionCount: sections.length, claimCount: claims.length };
}

async function freeSlug(tx: Pick<TDb, 'essay'>, base: string): Promise<string> {
  const taken = await tx.essay.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
