// Plants the privacy-invariants suite's world through the app's own services, on its own private
// cohort and essay (so other specs' demo data is untouched), and prints it as JSON on stdout.
// Run by privacy-invariants.spec.ts as `node --conditions=react-server --import tsx <this file>`
// with the test run's DATABASE_URL: the services are server-only, Playwright's process is not.
import { describeRange } from '@/lib/domain/anchoring';
import { hashPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { createInvite } from '@/lib/server/services/cohort/create-invite';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { recomputeOpinionMap } from '@/lib/server/opinion/recompute-opinion-map';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { parseEssay } from '@/lib/domain/essay';
import { makeCohort, makeEssay } from '@/prisma/factories';
import { MARKERS, PASSWORD, REAL_NAME, PSEUDONYM, type TWorld } from './markers';

type TUser = { id: string; email: string; name: string };

const ESSAY_TEXT = [
  'Ada Writer',
  'Alliances deter war between rivals. They also provoke the rivals they exclude.',
  'A Second Section:',
  'Peace needs trust more than treaties. Trust is built slowly and lost quickly.',
].join('\n');

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const passwordHash = await hashPassword(PASSWORD);

async function user(key: string, name: string) {
  const email = `inv-${key}-${stamp}@example.test`;
  const row = await db.user.create({ data: { email, name, passwordHash }, select: { id: true } });
  return { id: row.id, email, name };
}

const writer = await user('writer', REAL_NAME);
const rater = await user('rater', 'Rhea Rater');
const member = await user('member', 'Milo Member');
const unrated = await user('unrated', 'Una Unrated');
const moderator = await user('moderator', 'Moss Moderator');
const owner = await user('owner', 'Otto Owner');
const author = await user('author', 'Ada Writer');
const outsider = await user('outsider', 'Orla Outsider');
const otherModerator = await user('othermod', 'Oscar Elsewhere');
const poster = await user('poster', 'Pia Poster');
// Two camps on the opinion map (issue 14), with the writer and the member in the first.
const camp = [
  await user('camp-a1', 'Cara Campa'),
  await user('camp-a2', 'Cyd Campa'),
  await user('camp-b1', 'Bram Campb'),
  await user('camp-b2', 'Bess Campb'),
  await user('camp-b3', 'Bix Campb'),
];

const cohort = await makeCohort(db, [
  { userId: owner.id, role: 'OWNER' },
  { userId: moderator.id, role: 'MODERATOR' },
  { userId: author.id, role: 'AUTHOR' },
  { userId: writer.id, role: 'MEMBER' },
  { userId: rater.id, role: 'MEMBER' },
  { userId: member.id, role: 'MEMBER' },
  { userId: unrated.id, role: 'MEMBER' },
  { userId: poster.id, role: 'MEMBER' },
  ...camp.map((c) => ({ userId: c.id, role: 'MEMBER' as const })),
]);
await db.cohort.update({ where: { id: cohort.id }, data: { allowPseudonyms: true } });
await db.membership.update({ where: { cohortId_userId: { cohortId: cohort.id, userId: writer.id } }, data: { pseudonym: PSEUDONYM } });
await makeCohort(db, [{ userId: otherModerator.id, role: 'MODERATOR' }]);

const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: ESSAY_TEXT });
await db.essay.update({ where: { id: essay.id }, data: { authorUserId: author.id } });
const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
const claims = await db.claimVersion.findMany({
  where: { revisionId: revision.id },
  orderBy: { order: 'asc' },
  select: { claimId: true, start: true, end: true },
});
const [claim0, claim1, claim2] = claims;
if (!claim0 || !claim1 || !claim2) throw new Error('The invariants essay should parse into at least three claims.');

const note = (viewerId: string, body: string, claim = claim0, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
  createAnnotation(viewerId, essay.slug, {
    revisionId: revision.id,
    motivation: 'COMMENTING',
    body,
    visibility,
    selectors: describeRange(revision.text, claim.start, claim.end),
  });
const hide = (target: { type: 'annotation' | 'argument'; id: string }) =>
  moderate(moderator.id, cohort.id, { kind: 'HIDE', target, reason: 'Hidden by the invariants suite' });

// What readers may see: the positive controls that keep the suite from passing vacuously.
const visible = await note(writer.id, `Visible note ${MARKERS.visible}`);
const privateNote = await note(writer.id, `Private note ${MARKERS.privateNote}`, claim1, 'PRIVATE');

const hiddenNote = await note(writer.id, `Hidden note ${MARKERS.hiddenNote}`, claim1);
await respondToCritique(author.id, essay.slug, {
  critique: { type: 'annotation', id: hiddenNote.id },
  status: 'ACKNOWLEDGED',
  body: 'Noted.',
});
await hide({ type: 'annotation', id: hiddenNote.id });

const deletedNote = await note(writer.id, `Deleted note ${MARKERS.deletedNote}`, claim2);
await deleteAnnotation(writer.id, deletedNote.id);

const editedNote = await note(writer.id, `Edited note ${MARKERS.editedAway}`, claim2);
await editAnnotation(writer.id, editedNote.id, { body: 'These are the words that stand now.' });

// A reply from the pseudonymous writer notifies the member: the notification must name the pseudonym.
const memberNote = await note(member.id, 'A question from the member about deterrence?');
await replyToAnnotation(writer.id, memberNote.id, { body: 'A reply from the pseudonymous writer.' });

const hiddenArgument = await addArgument(writer.id, essay.slug, {
  target: { type: 'claim', id: claim0.claimId },
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text: `Hidden argument ${MARKERS.hiddenArgument}`,
  elaboration: `Hidden elaboration ${MARKERS.hiddenArgument}`,
});
await hide({ type: 'argument', id: hiddenArgument.id });
const visibleArgument = await addArgument(member.id, essay.slug, {
  target: { type: 'claim', id: claim0.claimId },
  stance: 'SUPPORT',
  text: 'Alliances did deter war in Europe.',
});

// Others' ratings of claim 0 on both axes; the member rated too, the unrated member did not.
for (const [viewer, value] of [
  [writer, 5],
  [rater, 5],
  [member, 4],
] as const) {
  await rateClaim(viewer.id, claim0.claimId, 'AGREEMENT', { value });
  await rateClaim(viewer.id, claim0.claimId, 'EVIDENCE', { value: 6 - value });
}

// The opinion map: the writer, the member and two others agree with the first section and not the
// second, three others the reverse. The member has rated every claim, so their map shows the
// writer — by pseudonym only; the unrated member's map shows nothing derived from ratings.
if (claims.length !== 4) throw new Error('The opinion map rows below rate the invariants essay’s four claims.');
const opinionRows: [TUser, number[]][] = [
  [writer, [5, 5, 1, 1]],
  [member, [4, 5, 1, 2]],
  [camp[0]!, [5, 4, 2, 1]],
  [camp[1]!, [5, 5, 1, 1]],
  [camp[2]!, [1, 1, 5, 5]],
  [camp[3]!, [2, 1, 5, 4]],
  [camp[4]!, [1, 2, 4, 5]],
];
for (const [who, values] of opinionRows) {
  for (const [j, value] of values.entries()) {
    // Claim 0's ratings of the writer and the member are planted above, with the evidence axis.
    if (j === 0 && (who === writer || who === member)) continue;
    await rateClaim(who.id, claims[j]!.claimId, 'AGREEMENT', { value });
  }
}
await recomputeOpinionMap(essay.id);

// "Post before you see" (issue 12): a second essay of the cohort with the rule on. The writer and
// the poster have shared notes there; the member and the unrated member have not, so neither may
// see the writer's note or argument on any route, while staff, the author and the poster do.
const gated = await makeEssay(db, { cohortSlug: cohort.slug, text: ESSAY_TEXT });
await db.essay.update({ where: { id: gated.id }, data: { authorUserId: author.id } });
await setReadingSettings(owner.id, gated.slug, { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: true });
const gatedRevision = await db.essayRevision.findFirstOrThrow({ where: { essayId: gated.id }, select: { id: true, text: true } });
const gatedClaim = await db.claimVersion.findFirstOrThrow({
  where: { revisionId: gatedRevision.id },
  orderBy: { order: 'asc' },
  select: { claimId: true, start: true, end: true },
});
const gatedNote = (viewerId: string, body: string, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
  createAnnotation(viewerId, gated.slug, {
    revisionId: gatedRevision.id,
    motivation: 'COMMENTING',
    body,
    visibility,
    selectors: describeRange(gatedRevision.text, gatedClaim.start, gatedClaim.end),
  });
await gatedNote(writer.id, `Gated note ${MARKERS.gatedNote}`);
await addArgument(writer.id, gated.slug, {
  target: { type: 'claim', id: gatedClaim.claimId },
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text: `Gated argument ${MARKERS.gatedArgument}`,
});
await gatedNote(poster.id, 'The poster shares a note, and so sees the others.');
// Each locked member's own private note (it does not unlock) ends their stream of this essay, the
// member's last: the stream sends them their own notes, and only those.
await gatedNote(unrated.id, `Unrated's own private note ${MARKERS.streamEnd}`, 'PRIVATE');
await gatedNote(member.id, `Member's own private note ${MARKERS.streamEnd}`, 'PRIVATE');

const invite = await createInvite(owner.id, cohort.id, { role: 'MEMBER' });

// A draft of the same cohort: its words reach its owner and moderator, nobody else.
const draft = await importEssay(
  db,
  parseEssay(`Ada Writer\nDraft words ${MARKERS.draft} stay with the staff. Members read them only once published.`),
  // Its address is not a secret (a 404 page may echo it), so the marker is kept out of the slug.
  {
    title: `Draft ${MARKERS.draft}`,
    slug: `draft-${stamp}`,
    cohortId: cohort.id,
    draftBy: owner.id,
    authorUserId: author.id,
  },
);
const draftClaim = await db.claim.findFirstOrThrow({ where: { essayId: draft.id }, select: { id: true } });
// The last event of the essay's feed: a reader of the live stream stops when it arrives.
const last = await note(member.id, `Last note ${MARKERS.streamEnd}`, claim2);

const world: TWorld = {
  essaySlug: essay.slug,
  cohortId: cohort.id,
  claimId: claim0.claimId,
  annotationId: visible.id,
  argumentId: visibleArgument.id,
  inviteCode: invite.code,
  draftSlug: draft.slug,
  draftClaimId: draftClaim.id,
  lastAnnotationId: last.id,
  privateNoteId: privateNote.id,
  hiddenNoteId: hiddenNote.id,
  markedClaimId: claim1.claimId,
  markedOffset: claim1.start + 1,
  writer,
  rater,
  gatedSlug: gated.slug,
  gatedClaimId: gatedClaim.claimId,
  users: { member, unrated, moderator, owner, author, outsider, otherModerator, poster },
};
console.log(JSON.stringify(world));
await db.$disconnect();
