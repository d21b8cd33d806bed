// The authorization matrix: every standing a person can have towards a cohort × every action the
// app performs, expected answers written by hand (tests/fixtures/expected-permissions.ts, never read
// from the permission table under test) and checked against the real services on PostgreSQL.
// Denials must be 404 for people outside the cohort (private content does not exist for them) and
// 403 for members whose role does not allow it.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { ACTIONS, type TAction, type TStanding } from '@/lib/domain/access/permissions';
import { db } from '@/lib/server/db/client';
import { openEssayStream } from '@/lib/server/live/open-essay-stream';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { listLedgerForViewer } from '@/lib/server/queries/moderation/list-ledger-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { changeMemberRole } from '@/lib/server/services/cohort/change-member-role';
import { importEssayDraft } from '@/lib/server/services/essay/import-essay-draft';
import { createInvite } from '@/lib/server/services/cohort/create-invite';
import { flagContent } from '@/lib/server/services/moderation/flag-content';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';
import { exportEssayCsv } from '@/lib/server/queries/csv/export-essay-csv';
import { getDigestForViewer } from '@/lib/server/queries/digest/get-digest-for-viewer';
import { publishDraft } from '@/lib/server/services/draft/publish-draft';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { parseEssay } from '@/lib/domain/essay';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { isAllowedOnCohortEssay } from '@/tests/fixtures/expected-permissions';

// The people: one per standing, plus a moderator of another cohort (an outsider here).
const PEOPLE = ['OUTSIDER', 'MEMBER', 'SUSPENDED', 'AUTHOR', 'MODERATOR', 'OWNER', 'OTHER_COHORT_MODERATOR'] as const;
type TPerson = (typeof PEOPLE)[number];
const standingOf = (person: TPerson): TStanding => (person === 'OTHER_COHORT_MODERATOR' ? 'OUTSIDER' : person);

type TWorld = {
  users: Record<TPerson, string>;
  cohortId: string;
  cohortSlug: string;
  slug: string;
  essayId: string;
  revisionId: string;
  text: string;
  claimId: string;
  targetMemberId: string;
};
let w: TWorld;

/** A fresh note by the member for actions that consume one (flagging twice is refused by design). */
async function freshNote(): Promise<string> {
  const note = await createAnnotation(w.users.MEMBER, w.slug, {
    revisionId: w.revisionId,
    motivation: 'COMMENTING',
    body: 'Subject of the matrix.',
    selectors: describeRange(w.text, 12, 30),
  });
  return note.id;
}

const PERFORM: Record<TAction, (userId: string) => Promise<unknown>> = {
  'essay.read': (userId) => getEssayForViewer(userId, w.slug),
  'essay.follow-live': async (userId) => {
    const abort = new AbortController();
    const stream = await openEssayStream({ viewerId: userId, slug: w.slug, lastId: 0n, signal: abort.signal });
    abort.abort(); // opened is all this checks; closing frees the stream slot
    return stream;
  },
  'essay.import': (userId) =>
    importEssayDraft(userId, w.cohortId, {
      source: 'text',
      text: '# A Reading for the Matrix\n\nBy Ana Author\n\nEvery role meets this essay. Only staff may add it.',
    }),
  'annotation.create': (userId) =>
    createAnnotation(userId, w.slug, {
      revisionId: w.revisionId,
      motivation: 'QUESTIONING',
      body: 'Why?',
      selectors: describeRange(w.text, 12, 30),
    }),
  'rating.create': (userId) => rateClaim(userId, w.claimId, 'AGREEMENT', { value: 4 }),
  'argument.create': (userId) =>
    addArgument(userId, w.slug, { target: { type: 'claim', id: w.claimId }, stance: 'SUPPORT', text: 'Because history says so.' }),
  'flag.create': async (userId) => flagContent(userId, { target: { type: 'annotation', id: await freshNote() }, reason: 'OFF_TOPIC' }),
  'moderation.act': async (userId) =>
    moderate(userId, w.cohortId, {
      kind: 'HIDE',
      target: { type: 'annotation', id: await freshNote() },
      reason: 'Off topic for this essay.',
    }),
  'moderation.ledger.read': (userId) => listLedgerForViewer(userId, w.cohortId),
  'cohort.invite': (userId) => createInvite(userId, w.cohortId, { role: 'MEMBER', expiresInDays: 7 }),
  'cohort.manage-members': (userId) => changeMemberRole(userId, w.cohortId, w.targetMemberId, { role: 'MEMBER' }),
  'export.csv': (userId) => exportEssayCsv(userId, w.slug, 'votes', false),
  'export.names': (userId) => exportEssayCsv(userId, w.slug, 'annotations', true),
  // Sets what the essay already has (open, no window, no rule), so the other actions are unaffected.
  'essay.settings': (userId) =>
    setReadingSettings(userId, w.slug, { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: false }),
  // A fresh draft each time: publishing one uses it up.
  'essay.publish': async (userId) => publishDraft(userId, (await freshDraft()).slug),
  // Nobody here is the essay's linked author (the AUTHOR person writes another essay of the
  // cohort): the essay's own author is tested in tests/integration/digest.test.ts.
  'essay.digest': (userId) => getDigestForViewer(userId, w.slug),
};

/** A draft of the cohort's, as the cohort page's import leaves it. */
function freshDraft() {
  return importEssay(db, parseEssay('Jane Writer\nDrafts wait for staff. Then members read them.'), {
    title: 'A draft for the matrix',
    cohortId: w.cohortId,
    draftBy: w.users.OWNER,
  });
}

beforeAll(async () => {
  const entries = await Promise.all(PEOPLE.map(async (person) => [person, (await makeUser(db, person)).id] as const));
  const users = Object.fromEntries(entries) as Record<TPerson, string>;
  const target = await makeUser(db, 'Role change target');
  const cohort = await makeCohort(db, [
    { userId: users.MEMBER, role: 'MEMBER' },
    { userId: users.SUSPENDED, role: 'MEMBER', suspendedUntil: new Date(Date.now() + 86_400_000) },
    { userId: users.AUTHOR, role: 'AUTHOR' },
    { userId: users.MODERATOR, role: 'MODERATOR' },
    { userId: users.OWNER, role: 'OWNER' },
    { userId: target.id, role: 'MEMBER' },
  ]);
  await makeCohort(db, [{ userId: users.OTHER_COHORT_MODERATOR, role: 'MODERATOR' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
  w = {
    users,
    cohortId: cohort.id,
    cohortSlug: cohort.slug,
    slug: essay.slug,
    essayId: essay.id,
    revisionId: revision.id,
    text: revision.text,
    claimId: claim.id,
    targetMemberId: target.id,
  };
});

const MATRIX = PEOPLE.flatMap((person) =>
  ACTIONS.map((action) => ({ person, action, isAllowed: isAllowedOnCohortEssay(standingOf(person), action) })),
);

describe(`authorization matrix: ${PEOPLE.length} people × ${ACTIONS.length} actions = ${MATRIX.length} combinations`, () => {
  it.each(MATRIX)('$person → $action: allowed = $isAllowed', async ({ person, action, isAllowed }) => {
    const attempt = PERFORM[action](w.users[person]);
    if (isAllowed) {
      await expect(attempt).resolves.toBeDefined();
      return;
    }
    // A draft is a 404 to whoever may not publish it, members included: it does not exist for them.
    // So is the digest to whoever may not read it: it names people and sums up moderation.
    const expectedStatus = standingOf(person) === 'OUTSIDER' || action === 'essay.publish' || action === 'essay.digest' ? 404 : 403;
    await expect(attempt).rejects.toMatchObject({ status: expectedStatus });
  });

  it('covers every action in the permission table', () => {
    expect(Object.keys(PERFORM).sort()).toEqual([...ACTIONS].sort());
  });
});
