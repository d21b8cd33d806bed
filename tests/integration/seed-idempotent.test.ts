import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { applyMigrations } from '@/lib/server/db/migrate';
import { seedDemo } from '@/prisma/seed';
import { DEMO_COHORT, DEMO_ESSAY, DEMO_MARKDOWN_ESSAY, DEMO_USERS } from '@/prisma/demo-data';
import type { TEssayLayout } from '@/lib/domain/essay';
import { DEMO_FELLOWS } from '@/prisma/demo/people';
import { startSqlStatementCounter } from '@/scripts/support/sql-statement-counter';
import { createFreshDatabase } from '../support/test-database';

async function counts() {
  const [users, memberships, essays, revisions, claims, claimVersions, annotations, ratings, args, votes, responses, actions, notices] =
    await Promise.all([
      db.user.count({ where: { email: { in: Object.values(DEMO_USERS).map((u) => u.email) } } }),
      db.membership.count(),
      db.essay.count({ where: { slug: DEMO_ESSAY.slug } }),
      db.essayRevision.count(),
      db.claim.count(),
      db.claimVersion.count(),
      db.annotation.count(),
      db.rating.count(),
      db.argument.count(),
      db.impactVote.count(),
      db.authorResponse.count(),
      db.moderationAction.count(),
      db.notification.count(),
    ]);
  return { users, memberships, essays, revisions, claims, claimVersions, annotations, ratings, args, votes, responses, actions, notices };
}

const demoEssayId = async () => (await db.essay.findUniqueOrThrow({ where: { slug: DEMO_ESSAY.slug }, select: { id: true } })).id;

describe('demo seed', () => {
  it('can run again without duplicating anything', async () => {
    // `npm test` seeded once already; run it twice more.
    const before = await counts();
    const again = await seedDemo(db);
    await seedDemo(db);
    expect(again.created).toBe(false);
    expect(again.discussionCreated).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.users).toBe(Object.keys(DEMO_USERS).length);
    expect(before.essays).toBe(1);
  });

  it('links the demo essay to its author account and cohort', async () => {
    const essay = await db.essay.findUniqueOrThrow({
      where: { slug: DEMO_ESSAY.slug },
      select: { authorName: true, sourceName: true, authorUser: { select: { email: true } }, cohort: { select: { slug: true } } },
    });
    expect(essay.authorName).toBe('Tashvi Chawla');
    expect(essay.sourceName).toBe('IMPRI');
    expect(essay.authorUser?.email).toBe(DEMO_USERS.author.email);
    expect(essay.cohort).not.toBeNull();
  });
});

// What issue 12 asks the demo to show on first start, read back from the tables.
describe('the demo discussion', () => {
  it('has at least 30 notes with replies, from six or more people', async () => {
    const essayId = await demoEssayId();
    const roots = await db.annotation.findMany({
      where: { essayId, parentId: null, hiddenAt: null, deletedAt: null },
      select: { authorId: true, _count: { select: { replies: true } } },
    });
    expect(roots.length).toBeGreaterThanOrEqual(30);
    expect(roots.filter((r) => r._count.replies > 0).length).toBeGreaterThanOrEqual(15);
    const writers = await db.annotation.groupBy({ by: ['authorId'], where: { essayId } });
    expect(writers.length).toBeGreaterThanOrEqual(6);
  });

  it('has been read by everyone who wrote on it', async () => {
    const essayId = await demoEssayId();
    const writers = await db.annotation.groupBy({ by: ['authorId'], where: { essayId } });
    const readers = new Set((await db.essayRead.findMany({ where: { essayId }, select: { userId: true } })).map((r) => r.userId));
    for (const w of writers) expect(readers.has(w.authorId)).toBe(true);
  });

  it('has one member writing under a pseudonym in a cohort that allows them', async () => {
    const cohort = await db.cohort.findUniqueOrThrow({ where: { slug: DEMO_COHORT.slug }, select: { id: true, allowPseudonyms: true } });
    expect(cohort.allowPseudonyms).toBe(true);
    const named = await db.membership.findMany({ where: { cohortId: cohort.id, pseudonym: { not: null } }, select: { pseudonym: true } });
    expect(named.map((m) => m.pseudonym)).toContain(DEMO_FELLOWS.rohan.pseudonym);
  });

  it('has most claims rated on both axes by eight or more people, a few of them split', async () => {
    const essayId = await demoEssayId();
    const claims = await db.claim.count({ where: { essayId } });
    const perAxis = await db.rating.groupBy({ by: ['claimId', 'dimension'], where: { claim: { essayId } }, _count: { _all: true } });
    const wellRated = (dimension: 'AGREEMENT' | 'EVIDENCE') =>
      perAxis.filter((r) => r.dimension === dimension && r._count._all >= 8).length;
    expect(wellRated('AGREEMENT')).toBeGreaterThan(claims / 2);
    expect(wellRated('EVIDENCE')).toBeGreaterThan(claims / 2);
    // Split: at least three people disagree (1–2) and at least three agree (4–5).
    const split = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT r."claimId" FROM "Rating" r JOIN "Claim" c ON c.id = r."claimId"
         WHERE c."essayId" = ${essayId} AND r.dimension = 'AGREEMENT'
         GROUP BY r."claimId"
        HAVING count(*) FILTER (WHERE r.value <= 2) >= 3 AND count(*) FILTER (WHERE r.value >= 4) >= 3) s`;
    expect(Number(split[0]!.n)).toBeGreaterThanOrEqual(3);
  });

  it('has twenty or more arguments, three levels deep, with rebuttals, an undercut and impact votes', async () => {
    const essayId = await demoEssayId();
    const args = await db.argument.findMany({
      where: { essayId },
      select: { id: true, stance: true, attackKind: true, targetArgumentId: true, _count: { select: { impactVotes: true } } },
    });
    expect(args.length).toBeGreaterThanOrEqual(20);
    const parent = new Map(args.map((a) => [a.id, a.targetArgumentId]));
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(parent.get(id) ?? null));
    expect(Math.max(...args.map((a) => depth(a.id)))).toBe(3);
    expect(args.filter((a) => a.attackKind === 'REBUT' && a.targetArgumentId !== null).length).toBeGreaterThanOrEqual(5);
    expect(args.some((a) => a.attackKind === 'UNDERCUT')).toBe(true);
    expect(args.some((a) => a.stance === 'SUPPORT')).toBe(true);
    expect(args.filter((a) => a._count.impactVotes > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('has an author response of each status and each critique state, the revision with a real diff', async () => {
    const essayId = await demoEssayId();
    const responses = await db.authorResponse.findMany({
      where: { essayId },
      select: {
        status: true,
        critiqueState: true,
        revision: { select: { number: true } },
        claimId: true,
        argumentId: true,
        annotationId: true,
      },
    });
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set(['ACKNOWLEDGED', 'CONCEDED', 'DISPUTED', 'CLARIFIED', 'REVISED']));
    expect(new Set(responses.map((r) => r.critiqueState))).toEqual(new Set(['OPEN', 'ACCEPTED', 'REOPENED']));
    expect(responses.find((r) => r.status === 'REVISED')?.revision?.number).toBe(2);

    const essay = await db.essay.findUniqueOrThrow({
      where: { id: essayId },
      select: { currentRevision: { select: { number: true, text: true } } },
    });
    expect(essay.currentRevision?.number).toBe(2);
    expect(essay.currentRevision?.text).toContain('now too often feeds them.');
    expect(essay.currentRevision?.text).not.toContain('now guarantees it.');
    // The reworded claim kept its id, so its ratings and arguments followed it.
    const versions = await db.claimVersion.findMany({
      where: {
        claim: { essayId },
        text: {
          in: [
            'What was meant to freeze conflicts from escalating now guarantees it.',
            'What was meant to freeze conflicts from escalating now too often feeds them.',
          ],
        },
      },
      select: { claimId: true },
    });
    expect(versions).toHaveLength(2);
    expect(versions[0]!.claimId).toBe(versions[1]!.claimId);
    // Every note was re-anchored into revision 2; the one quoting the removed words is orphaned, kept.
    const roots = await db.annotation.groupBy({
      by: ['revisionId', 'anchorStatus'],
      where: { essayId, parentId: null },
      _count: { _all: true },
    });
    expect(new Set(roots.map((r) => r.revisionId)).size).toBe(1);
    expect(roots.find((r) => r.anchorStatus === 'ORPHANED')?._count._all).toBe(1);
  });

  it('has one moderation action in the ledger: an off-topic note hidden with its reason', async () => {
    const cohort = await db.cohort.findUniqueOrThrow({ where: { slug: DEMO_COHORT.slug }, select: { id: true } });
    const actions = await db.moderationAction.findMany({
      where: { cohortId: cohort.id, annotation: { essay: { slug: DEMO_ESSAY.slug } } },
      select: { kind: true, reason: true, annotation: { select: { hiddenAt: true } }, actor: { select: { email: true } } },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'HIDE', actor: { email: DEMO_USERS.moderator.email } });
    expect(actions[0]!.reason).toMatch(/off-topic/i);
    expect(actions[0]!.annotation?.hiddenAt).not.toBeNull();
  });
});

describe('the Markdown demo essay', () => {
  it('is in the demo cohort with plain text and its lists, quotation, links and footnotes beside it', async () => {
    const essay = await db.essay.findUniqueOrThrow({
      where: { slug: DEMO_MARKDOWN_ESSAY.slug },
      select: {
        title: true,
        authorName: true,
        cohort: { select: { slug: true } },
        currentRevision: { select: { text: true, layout: true } },
      },
    });
    expect(essay).toMatchObject({ title: DEMO_MARKDOWN_ESSAY.title, authorName: 'Farah Siddiqui', cohort: { slug: DEMO_COHORT.slug } });
    const text = essay.currentRevision!.text;
    const layout = essay.currentRevision!.layout as TEssayLayout;
    expect(text).not.toMatch(/\]\(|\[\^|^[-*>] |\*\*/m);
    const kinds = new Set(layout.blocks.map((b) => (b.kind === 'list-item' ? (b.ordered ? 'ol' : 'ul') : b.kind)));
    expect([...kinds].sort()).toEqual(['heading', 'ol', 'paragraph', 'quote', 'ul']);
    expect(layout.marks.filter((m) => m.kind === 'link').map((m) => text.slice(m.start, m.end))).toEqual([
      'American University speech',
      'Arms Control Association',
    ]);
    expect(layout.footnotes).toHaveLength(3);
    expect(layout.footnoteRefs.map((r) => r.number)).toEqual([1, 2, 3]);
  });
});

describe('seeding an empty database', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('writes the whole demo in one transaction of a fixed, small number of statements', async () => {
    const database = await createFreshDatabase(process.env.COUNTERPOINT_TEST_SERVER_URL || undefined, 'counterpoint_seed');
    cleanup.push(() => database.drop());
    await applyMigrations(database.url);
    const counter = await startSqlStatementCounter({ target: database.url });
    cleanup.push(() => counter.stop());
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: counter.url }) });
    cleanup.push(() => client.$disconnect());

    const startedAt = performance.now();
    const result = await seedDemo(client);
    const took = performance.now() - startedAt;
    const statements = counter.count();
    const rows = await client.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM "Annotation") + (SELECT count(*) FROM "Rating") + (SELECT count(*) FROM "RatingReveal")
           + (SELECT count(*) FROM "Argument") + (SELECT count(*) FROM "ImpactVote") + (SELECT count(*) FROM "ClaimVersion") AS n`;
    console.log(`Demo seed on an empty database: ${statements} statements for ${rows[0]!.n} rows in ${took.toFixed(0)} ms`);

    expect(result).toMatchObject({ created: true, discussionCreated: true });
    // A statement per row would be well over a thousand; the seed's count does not grow with content.
    expect(Number(rows[0]!.n)).toBeGreaterThan(1_000);
    expect(statements).toBeLessThan(80);
    expect(counter.statements().filter((sql) => sql === 'BEGIN')).toHaveLength(1);
  });
});
