// The cohort home runs the same number of SQL statements with one essay as with several, each
// with notes, arguments, responses and readers: its figures are grouped in SQL for the whole
// cohort, never loaded essay by essay. Counted on the wire by the statement counter the
// benchmarks use (scripts/support/sql-statement-counter.ts), which this file puts between the
// app's database client and the server before anything connects.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Hoisted above the imports (vitest), so the app's one pool is made with the counter's address.
const counter = await vi.hoisted(async () => {
  const { startSqlStatementCounter } = await import('@/scripts/support/sql-statement-counter');
  const started = await startSqlStatementCounter({ target: process.env.DATABASE_URL! });
  process.env.DATABASE_URL = started.url;
  return started;
});
afterAll(async () => {
  await db.$disconnect(); // before the counter closes its sockets under the pool
  await counter.stop();
});

let owner: string;
let members: string[];
let cohort: { id: string; slug: string };

/** A published essay with a discussion: two notes, a question, two attacks (one answered), three readers. */
async function discussedEssay(): Promise<void> {
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: owner } });
  const revision = await db.essayRevision.findFirstOrThrow({
    where: { essayId: essay.id },
    select: { id: true, text: true, claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true } } },
  });
  const on = (quote: string, motivation = 'COMMENTING') => {
    const start = revision.text.indexOf(quote);
    return {
      revisionId: revision.id,
      motivation,
      body: 'A thought.',
      selectors: describeRange(revision.text, start, start + quote.length),
    };
  };
  await createAnnotation(members[0]!, essay.slug, on('Alliances deter war.'));
  await createAnnotation(members[1]!, essay.slug, on('Peace needs trust.'));
  await createAnnotation(members[2]!, essay.slug, on('Alliances deter war.', 'QUESTIONING'));
  const claimId = revision.claimVersions[0]!.claimId;
  const answered = await addArgument(members[0]!, essay.slug, {
    target: { type: 'claim', id: claimId },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'No.',
  });
  await addArgument(members[1]!, essay.slug, {
    target: { type: 'claim', id: claimId },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Hardly.',
  });
  await respondToCritique(owner, essay.slug, { critique: { type: 'argument', id: answered.id }, status: 'DISPUTED', body: 'I disagree.' });
  for (const reader of members) await recordEssayRead(reader, essay.slug);
}

/** Statements one load of the cohort home runs for `viewer`. */
async function statementsOfHome(viewer: string): Promise<{ count: number; essays: number }> {
  await getCohortForViewer(viewer, cohort.id); // warm: connections open, nothing prepared on the way
  counter.reset();
  const home = await getCohortForViewer(viewer, cohort.id);
  return { count: counter.count(), essays: home.essays.length };
}

beforeAll(async () => {
  owner = (await makeUser(db, 'Home Owner')).id;
  members = [];
  for (const name of ['Ana', 'Ben', 'Cy']) members.push((await makeUser(db, name)).id);
  cohort = await makeCohort(db, [{ userId: owner, role: 'OWNER' }, ...members.map((userId) => ({ userId, role: 'MEMBER' as const }))]);
  await discussedEssay();
});

describe('the statements of the cohort home', () => {
  it('goes through the counter (else the counts below would prove nothing)', async () => {
    counter.reset();
    await db.user.count();
    expect(counter.count()).toBe(1);
  });

  it('runs as many statements for five discussed essays as for one, for a member and for staff', async () => {
    const oneForMember = await statementsOfHome(members[0]!);
    const oneForOwner = await statementsOfHome(owner);
    expect(oneForMember.essays).toBe(1);
    for (let i = 0; i < 4; i += 1) await discussedEssay();
    const fiveForMember = await statementsOfHome(members[0]!);
    const fiveForOwner = await statementsOfHome(owner);
    expect(fiveForMember.essays).toBe(5);
    expect(fiveForMember.count).toBe(oneForMember.count);
    expect(fiveForOwner.count).toBe(oneForOwner.count);
    // The access check; the cohort, its members (and, for staff, its invites); the essays with
    // every figure in one statement; the members' display names. Measured: 5 and 6.
    expect(oneForMember.count).toBeLessThanOrEqual(5);
    expect(oneForOwner.count).toBeLessThanOrEqual(6);
  });
});
