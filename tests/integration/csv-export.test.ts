// CSV exports for a cohort: moderators and owners only (members 403, outsiders 404), people as stable per-essay pseudonyms,
// names for the cohort's owner alone (403 for anyone else), rating aggregates from SQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { exportEssayCsv } from '@/lib/server/queries/csv/export-essay-csv';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

type TWorld = {
  ownerId: string;
  memberId: string;
  moderatorId: string;
  outsiderId: string;
  slug: string;
  otherSlug: string;
  claimId: string;
  privateNoteId: string;
};
let w: TWorld;

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines), as objects by header. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') isQuoted = false;
      else field += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [headers = [], ...records] = rows;
  return records.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

const exportOf = async (viewerId: string | null, table: string, names = false, slug = w.slug) =>
  parseCsv((await exportEssayCsv(viewerId, slug, table, names)).csv);

beforeAll(async () => {
  const [owner, member, moderator, outsider] = await Promise.all([
    makeUser(db, 'Olga Owner'),
    makeUser(db, 'Mo Member'),
    makeUser(db, 'Mae Moderator'),
    makeUser(db, 'Otto Outsider'),
  ]);
  const cohort = await makeCohort(db, [
    { userId: owner.id, role: 'OWNER' },
    { userId: member.id, role: 'MEMBER' },
    { userId: moderator.id, role: 'MODERATOR' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const other = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const claimId = (await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } })).id;
  const note = (userId: string, body: string, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
    createAnnotation(userId, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      visibility,
      selectors: describeRange(revision.text, 0, 10),
    });
  await note(member.id, '=HYPERLINK("http://evil.example","click")');
  const privateNote = await note(owner.id, 'Owner’s private thought.', 'PRIVATE');
  await Promise.all([
    rateClaim(member.id, claimId, 'AGREEMENT', { value: 2 }),
    rateClaim(owner.id, claimId, 'AGREEMENT', { value: 5 }),
    rateClaim(moderator.id, claimId, 'EVIDENCE', { value: 4 }),
  ]);
  const argument = await addArgument(member.id, essay.slug, {
    target: { type: 'claim', id: claimId },
    stance: 'SUPPORT',
    text: 'Deterrence, then.',
  });
  await voteImpact(owner.id, argument.id, { impact: 3, isRelevant: true });
  // The same member in another essay of the cohort, for the per-essay pseudonym check.
  const otherRevision = await db.essayRevision.findFirstOrThrow({ where: { essayId: other.id }, select: { id: true, text: true } });
  await createAnnotation(member.id, other.slug, {
    revisionId: otherRevision.id,
    motivation: 'COMMENTING',
    body: 'Elsewhere.',
    selectors: describeRange(otherRevision.text, 0, 10),
  });
  w = {
    ownerId: owner.id,
    memberId: member.id,
    moderatorId: moderator.id,
    outsiderId: outsider.id,
    slug: essay.slug,
    otherSlug: other.slug,
    claimId,
    privateNoteId: privateNote.id,
  };
});

describe('CSV exports', () => {
  it('gives claims with rating count and mean per axis', async () => {
    const claims = await exportOf(w.moderatorId, 'claims');
    const row = claims.find((c) => c.claim_id === w.claimId)!;
    expect(row).toMatchObject({
      position: '1',
      agreement_count: '2',
      agreement_mean: '3.5',
      evidence_count: '1',
      evidence_mean: '4',
      argument_count: '1',
    });
    expect(claims.filter((c) => c.claim_id !== w.claimId).every((c) => c.agreement_count === '0' && c.agreement_mean === '')).toBe(true);
  });

  it('shows people as pseudonyms, stable across tables and different in another essay', async () => {
    const [annotations, votes, args, elsewhere] = await Promise.all([
      exportOf(w.moderatorId, 'annotations'),
      exportOf(w.moderatorId, 'votes'),
      exportOf(w.moderatorId, 'arguments'),
      exportOf(w.moderatorId, 'annotations', false, w.otherSlug),
    ]);
    const text = JSON.stringify([annotations, votes, args]);
    for (const name of ['Olga Owner', 'Mo Member', 'Mae Moderator']) expect(text).not.toContain(name);
    for (const id of [w.ownerId, w.memberId, w.moderatorId]) expect(text).not.toContain(id);
    expect(Object.keys(annotations[0]!)).not.toContain('author_name');
    const memberPseudonym = args[0]!.author!;
    expect(memberPseudonym).toMatch(/^[0-9a-f]{12}$/);
    expect(annotations.filter((a) => a.author === memberPseudonym)).toHaveLength(1);
    expect(votes.filter((v) => v.voter === memberPseudonym).map((v) => [v.vote_type, v.dimension, v.value])).toEqual([
      ['rating', 'AGREEMENT', '2'],
    ]);
    expect(votes.find((v) => v.vote_type === 'impact')).toMatchObject({
      target_type: 'argument',
      dimension: 'IMPACT',
      value: '3',
      is_relevant: 'true',
    });
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]!.author).toMatch(/^[0-9a-f]{12}$/);
    expect(elsewhere[0]!.author).not.toBe(memberPseudonym);
  });

  it('adds names for the cohort’s owner who asks for them', async () => {
    const annotations = await exportOf(w.ownerId, 'annotations', true);
    const pseudonymous = await exportOf(w.ownerId, 'annotations');
    expect(annotations.map((a) => a.author_name)).toEqual(expect.arrayContaining(['Mo Member', 'Olga Owner']));
    // The pseudonym column stays, the same as without names, so files can be joined.
    expect(annotations.map((a) => a.author)).toEqual(pseudonymous.map((a) => a.author));
    const votes = await exportOf(w.ownerId, 'votes', true);
    expect(votes.map((v) => v.voter_name).sort()).toEqual(['Mae Moderator', 'Mo Member', 'Olga Owner', 'Olga Owner']);
    const { filename } = await exportEssayCsv(w.ownerId, w.slug, 'votes', true);
    expect(filename).toBe(`${w.slug}-votes-with-names.csv`);
  });

  it('refuses names to anyone but the owner (403), and everything to outsiders (404)', async () => {
    // Plain members: not even pseudonymous CSV (it would show ratings they have not earned by rating).
    await expect(exportEssayCsv(w.memberId, w.slug, 'votes', false)).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/moderators and owners/),
    });
    await expect(exportEssayCsv(w.memberId, w.slug, 'annotations', true)).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/owner/),
    });
    await expect(exportEssayCsv(w.moderatorId, w.slug, 'votes', true)).rejects.toMatchObject({ status: 403 });
    for (const table of ['claims', 'annotations', 'arguments', 'votes']) {
      await expect(exportEssayCsv(w.outsiderId, w.slug, table, false)).rejects.toMatchObject({ status: 404 });
      await expect(exportEssayCsv(null, w.slug, table, false)).rejects.toMatchObject({ status: 404 });
    }
    await expect(exportEssayCsv(w.ownerId, w.slug, 'passwords', false)).rejects.toMatchObject({ status: 404 });
  });

  it('leaves out others’ private notes and defuses spreadsheet formulas', async () => {
    const ownerView = await exportOf(w.ownerId, 'annotations');
    const moderatorView = await exportOf(w.moderatorId, 'annotations');
    expect(ownerView.map((a) => a.annotation_id)).toContain(w.privateNoteId);
    expect(moderatorView.map((a) => a.annotation_id)).not.toContain(w.privateNoteId);
    expect(moderatorView.map((a) => a.body)).toContain(`'=HYPERLINK("http://evil.example","click")`);
  });
});
