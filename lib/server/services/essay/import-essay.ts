import 'server-only';
import { randomUUID } from 'node:crypto';
import type { TParsedEssay } from '@/lib/domain/essay';
import { slugify } from '@/lib/domain/reading/slugify';
import { ZImportEssay, type TImportEssay } from '@/lib/schemas/essay';
import type { TDb } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TImportedEssay = { id: string; slug: string; sectionCount: number; claimCount: number };

/**
 * Stores a parsed essay as revision 1 with its sections and claims, in one transaction:
 * either the whole essay is written or nothing is.
 */
export async function importEssay(client: TDb, parsed: TParsedEssay, options: TImportEssay): Promise<TImportedEssay> {
  const input = ZImportEssay.parse(options);
  const authorName = input.authorName ?? parsed.authorName;
  if (!authorName) throw new AppError('BAD_REQUEST', 'The file names no author on its first line: pass --author "…".');

  return client.$transaction(async (tx) => {
    let cohortId: string | null = null;
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
        status: input.status ?? 'PUBLISHED',
        publishedAt: input.status === 'DRAFT' ? null : new Date(),
        createdById: input.createdById ?? null,
      },
      select: { id: true },
    });
    const revision = await tx.essayRevision.create({
      data: { essayId: essay.id, number: 1, text: parsed.canonicalText, createdById: input.authorUserId ?? null },
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
  });
}

async function freeSlug(tx: Pick<TDb, 'essay'>, base: string): Promise<string> {
  const taken = await tx.essay.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(taken.map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
