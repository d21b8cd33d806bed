// Keyset pagination of /api/v1 annotations: complete and free of duplicates while others write,
// an empty last page past the end, and 400s for cursors and limits the API did not make.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { ZApiAnnotationQuery } from '@/lib/schemas/api-v1';
import { encodeCursor } from '@/lib/server/api-v1/cursor';
import { listAnnotationThreadsForViewer } from '@/lib/server/api-v1/list-annotation-threads';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { GET as listAnnotations } from '@/app/api/v1/essays/[slug]/annotations/route';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

type TWorld = {
  readerId: string;
  writerId: string;
  slug: string;
  essayId: string;
  revisionId: string;
  text: string;
  claimIds: string[];
  originals: string[];
};
let w: TWorld;

const page = (query: Record<string, string>) => listAnnotationThreadsForViewer(w.readerId, w.slug, ZApiAnnotationQuery.parse(query));

beforeAll(async () => {
  const [reader, writer] = await Promise.all([makeUser(db, 'Pager'), makeUser(db, 'Writer')]);
  const cohort = await makeCohort(db, [
    { userId: reader.id, role: 'MEMBER' },
    { userId: writer.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claims = await db.claim.findMany({ where: { essayId: essay.id }, select: { id: true }, orderBy: { createdAt: 'asc' } });
  // 250 notes an hour old, in five batches of 50 sharing one timestamp each, so that paging must
  // break ties on id; plus 10 private notes of the writer, which the reader must never see.
  const base = Date.now() - 3_600_000;
  const note = (authorId: string, createdAt: Date, visibility: 'COHORT' | 'PRIVATE') => ({
    essayId: essay.id,
    revisionId: revision.id,
    authorId,
    motivation: 'COMMENTING' as const,
    body: 'Seed note.',
    selectors: [],
    visibility,
    start: 0,
    end: 10,
    createdAt,
  });
  for (let batch = 0; batch < 5; batch += 1) {
    await db.annotation.createMany({ data: Array.from({ length: 50 }, () => note(writer.id, new Date(base + batch * 1000), 'COHORT')) });
  }
  await db.annotation.createMany({ data: Array.from({ length: 10 }, (_, i) => note(writer.id, new Date(base + i * 700), 'PRIVATE')) });
  const originals = await db.annotation.findMany({ where: { essayId: essay.id, visibility: 'COHORT' }, select: { id: true } });
  w = {
    readerId: reader.id,
    writerId: writer.id,
    slug: essay.slug,
    essayId: essay.id,
    revisionId: revision.id,
    text: revision.text,
    claimIds: claims.map((c) => c.id),
    originals: originals.map((o) => o.id),
  };
});

describe('annotation pages', () => {
  it('sees each of 250 notes exactly once, 40 at a time, while 50 new ones are written', async () => {
    expect(w.originals).toHaveLength(250);
    let written = 0;
    // Another member keeps annotating: each batch goes in at the same moment as the next page is
    // read. New notes land at offset 0 of the text, so a list in document order with offsets
    // would shift under the reader; (createdAt, id) keys do not.
    const writeSome = async (n: number) => {
      const count = Math.min(n, 50 - written);
      written += count;
      await Promise.all(
        Array.from({ length: count }, () =>
          createAnnotation(w.writerId, w.slug, {
            revisionId: w.revisionId,
            motivation: 'COMMENTING',
            body: 'Written while paging.',
            selectors: describeRange(w.text, 0, 8),
          }),
        ),
      );
    };
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = cursor === null ? { limit: '40' } : { limit: '40', cursor };
      const [result] = await Promise.all([page(query), writeSome(9)]);
      expect(result.annotations.length).toBeLessThanOrEqual(40);
      seen.push(...result.annotations.map((a) => a.id));
      cursor = result.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 50);

    // Seven pages at least, nine notes written alongside each: all 50 went in while paging.
    expect(written).toBe(50);
    expect(new Set(seen).size).toBe(seen.length);
    const counts = new Map(seen.map((id) => [id, 0]));
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(w.originals.filter((id) => counts.get(id) !== 1)).toEqual([]);
    // Nothing but cohort notes: the writer's private ones never appear.
    const privateIds = await db.annotation.findMany({ where: { essayId: w.essayId, visibility: 'PRIVATE' }, select: { id: true } });
    expect(seen.filter((id) => privateIds.some((p) => p.id === id))).toEqual([]);
  });

  it('answers past the end with an empty page and no next cursor', async () => {
    const last = await db.annotation.findFirstOrThrow({
      where: { essayId: w.essayId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, createdAt: true },
    });
    expect(await page({ cursor: encodeCursor(last) })).toEqual({ annotations: [], nextCursor: null });
  });

  it('nests replies under their thread and filters by claim and motivation', async () => {
    const root = await createAnnotation(w.readerId, w.slug, {
      revisionId: w.revisionId,
      motivation: 'QUESTIONING',
      body: 'Which ones?',
      selectors: describeRange(w.text, 0, 8),
    });
    const reply = await replyToAnnotation(w.writerId, root.id, { body: 'These ones.' });
    const questions = await page({ motivation: 'QUESTIONING' });
    expect(questions.annotations.map((a) => a.id)).toEqual([root.id]);
    expect(questions.annotations[0]!.replies.map((r) => r.id)).toEqual([reply.id]);
    expect((await page({ limit: '100' })).annotations.some((a) => a.id === reply.id)).toBe(false);
    expect(root.claimIds.length).toBeGreaterThan(0);
    const onClaim = await page({ claim: root.claimIds[0]!, motivation: 'QUESTIONING' });
    expect(onClaim.annotations.map((a) => a.id)).toEqual([root.id]);
    const elsewhere = w.claimIds.find((id) => !root.claimIds.includes(id))!;
    expect((await page({ claim: elsewhere })).annotations).toEqual([]);
  });

  it.each([
    ['a cursor with characters outside base64url', { cursor: 'not a cursor!' }, /cursor is not valid/],
    ['a cursor that is not JSON', { cursor: Buffer.from('hello').toString('base64url') }, /cursor is not valid/],
    ['a cursor of the wrong shape', { cursor: Buffer.from('["yesterday","x"]').toString('base64url') }, /cursor is not valid/],
    ['a limit above 100', { limit: '101' }, /limit is a whole number from 1 to 100/],
    ['a limit of 0', { limit: '0' }, /limit is a whole number from 1 to 100/],
    ['a limit that is not a number', { limit: 'many' }, /limit is a whole number from 1 to 100/],
    ['an unknown motivation', { motivation: 'SHOUTING' }, /motivation is one of/],
  ])('answers 400 to %s', async (_what, query, message) => {
    const { token } = await createApiToken(w.readerId, { name: 'pager', scope: 'READ' });
    const request = new Request(`http://counterpoint.test/api/v1/essays/${w.slug}/annotations?${new URLSearchParams(query)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const response = await listAnnotations(request, { params: Promise.resolve({ slug: w.slug }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });
});
