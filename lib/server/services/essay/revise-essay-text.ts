import 'server-only';
import { randomUUID } from 'node:crypto';
import { claimsForRange, describeRange, reanchorAll } from '@/lib/domain/anchoring';
import { carryLayout, matchClaims, parseRevisionText, type TEssayLayout } from '@/lib/domain/essay';
import { ZSelectors, type TSelectors } from '@/lib/schemas/annotation';
import type { TDb, TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TRevisionResult = {
  revisionId: string;
  number: number;
  anchoring: { ANCHORED: number; FUZZY: number; ORPHANED: number };
};

/**
 * Makes a new revision of an essay from its edited canonical text, in one transaction: claims keep
 * their ids where the sentence survives (exactly or lightly edited), and every annotation is
 * re-anchored (position → quote → fuzzy quote → orphaned). Orphans keep their last selectors, so
 * their quote is never lost; anchored notes take selectors in the new text for the next revision.
 */
export async function reviseEssayText(
  client: TDb,
  essayId: string,
  newText: string,
  options: { createdById?: string | null; note?: string } = {},
): Promise<TRevisionResult> {
  const parsed = parseOrReject(newText);
  return client.$transaction((tx) => reviseInTransaction(tx, essayId, parsed, options), { timeout: 120_000, maxWait: 20_000 });
}

/** The same, inside a caller's transaction (an author's "revised" response is one action). */
export async function reviseEssayTextInTransaction(
  tx: TTx,
  essayId: string,
  newText: string,
  options: { createdById?: string | null; note?: string } = {},
): Promise<TRevisionResult> {
  return reviseInTransaction(tx, essayId, parseOrReject(newText), options);
}

function parseOrReject(newText: string, headingLines?: ReadonlySet<string>): ReturnType<typeof parseRevisionText> {
  try {
    return parseRevisionText(newText, headingLines ? { headingLines } : {});
  } catch (error) {
    throw new AppError('BAD_REQUEST', (error as Error).message);
  }
}

async function reviseInTransaction(
  tx: TTx,
  essayId: string,
  given: ReturnType<typeof parseRevisionText>,
  options: { createdById?: string | null; note?: string },
): Promise<TRevisionResult> {
  const essay = await tx.essay.findUnique({
    where: { id: essayId },
    select: {
      currentRevision: {
        select: {
          number: true,
          text: true,
          layout: true,
          claimVersions: { select: { claimId: true, text: true }, orderBy: { order: 'asc' } },
        },
      },
    },
  });
  if (!essay?.currentRevision) throw new AppError('NOT_FOUND', 'No such essay.');
  const layout = essay.currentRevision.layout as TEssayLayout | null;
  // A Markdown essay's headings are known by its layout, not by a colon: read them as headings again.
  const parsed = layout === null ? given : parseOrReject(given.canonicalText, headingLinesOf(essay.currentRevision.text, layout));
  const revision = await tx.essayRevision.create({
    data: {
      essayId,
      number: essay.currentRevision.number + 1,
      text: parsed.canonicalText,
      // Lists, quotations, links and footnotes of a Markdown source follow the edit.
      ...layoutData(carryLayout(essay.currentRevision.text, parsed.canonicalText, layout)),
      createdById: options.createdById ?? null,
      note: options.note ?? null,
    },
    select: { id: true, number: true },
  });
  const claimPlacements = await writeClaims(tx, essayId, revision.id, parsed, essay.currentRevision.claimVersions);
  await tx.essay.update({ where: { id: essayId }, data: { currentRevisionId: revision.id } });
  const anchoring = await reanchorAnnotations(tx, essayId, revision.id, parsed.canonicalText, claimPlacements);
  return { revisionId: revision.id, number: revision.number, anchoring };
}

async function writeClaims(
  tx: TTx,
  essayId: string,
  revisionId: string,
  parsed: ReturnType<typeof parseRevisionText>,
  previous: { claimId: string; text: string }[],
): Promise<{ id: string; start: number; end: number }[]> {
  const sections = parsed.sections.map((section) => ({ ...section, id: randomUUID() }));
  await tx.section.createMany({
    data: sections.map((s) => ({ id: s.id, revisionId, order: s.order, title: s.title, start: s.start, end: s.end })),
  });
  const next = sections.flatMap((section) => section.claims.map((claim) => ({ ...claim, sectionId: section.id })));
  const ids = matchClaims(
    previous.map((c) => ({ id: c.claimId, text: c.text })),
    next,
  );
  const placed = next.map((claim, index) => ({ ...claim, id: ids[index] ?? null }));
  const fresh = placed.filter((claim) => claim.id === null).map((claim) => ({ ...claim, id: randomUUID() }));
  await tx.claim.createMany({ data: fresh.map((c) => ({ id: c.id, essayId })) });
  const freshIds = new Map(fresh.map((c) => [c.order, c.id]));
  const all = placed.map((claim) => ({ ...claim, id: claim.id ?? freshIds.get(claim.order)! }));
  await tx.claimVersion.createMany({
    data: all.map((c) => ({ claimId: c.id, revisionId, sectionId: c.sectionId, order: c.order, start: c.start, end: c.end, text: c.text })),
  });
  return all.map((c) => ({ id: c.id, start: c.start, end: c.end }));
}

async function reanchorAnnotations(
  tx: TTx,
  essayId: string,
  revisionId: string,
  text: string,
  claims: { id: string; start: number; end: number }[],
) {
  const rows = await tx.annotation.findMany({ where: { essayId, parentId: null }, select: { id: true, selectors: true } });
  const annotations = rows.flatMap((row) => {
    const selectors = toSelectors(row.selectors);
    return selectors ? [{ id: row.id, selectors }] : [];
  });
  const results = reanchorAll(text, annotations);
  const counts = { ANCHORED: 0, FUZZY: 0, ORPHANED: 0 };
  const links: { annotationId: string; claimId: string }[] = [];
  const updates = results.map((result) => {
    counts[result.status] += 1;
    const isPlaced = result.status !== 'ORPHANED' && result.start !== null && result.end !== null;
    if (isPlaced)
      for (const claimId of claimsForRange(claims, result.start!, result.end!)) links.push({ annotationId: result.id, claimId });
    const selectors = isPlaced ? describeRange(text, result.start!, result.end!) : null;
    return { ...result, selectors: selectors ? JSON.stringify([selectors.quote, selectors.position]) : null };
  });
  // One statement for all notes rather than one UPDATE each (10,000 notes in a single round trip).
  await tx.$executeRaw`
    UPDATE "Annotation" AS a
    SET "anchorStatus" = u.status::"AnchorStatus", "start" = u.start, "end" = u."end", "revisionId" = ${revisionId},
        "selectors" = COALESCE(u.selectors::jsonb, a."selectors"), "updatedAt" = now()
    FROM unnest(${updates.map((u) => u.id)}::text[], ${updates.map((u) => u.status)}::text[], ${updates.map((u) => u.start)}::int[],
                ${updates.map((u) => u.end)}::int[], ${updates.map((u) => u.selectors)}::text[]) AS u(id, status, start, "end", selectors)
    WHERE a.id = u.id`;
  await tx.annotationClaim.deleteMany({ where: { annotationId: { in: updates.map((u) => u.id) } } });
  await tx.annotationClaim.createMany({ data: links, skipDuplicates: true });
  return counts;
}

function headingLinesOf(text: string, layout: TEssayLayout): Set<string> {
  return new Set(layout.blocks.filter((b) => b.kind === 'heading').map((b) => text.slice(b.start, b.end)));
}

function layoutData(layout: TEssayLayout | null): { layout?: TEssayLayout } {
  return layout === null ? {} : { layout };
}

function toSelectors(stored: unknown): TSelectors | null {
  if (!Array.isArray(stored)) return null;
  const quote = stored.find((s) => s?.type === 'TextQuoteSelector');
  const position = stored.find((s) => s?.type === 'TextPositionSelector');
  const parsed = ZSelectors.safeParse({ quote, position });
  return parsed.success ? parsed.data : null;
}
