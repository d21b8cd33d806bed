// Writes the demo essay's discussion (./alliances-*.ts) inside the seed's transaction: a fixed
// number of batched statements whatever the amount of content (each table is one INSERT of all
// its rows), then one revision through the same service the author's desk uses, so the notes
// re-anchor and the "revised" response links a real diff.
import { randomUUID } from 'node:crypto';
import { claimsForRange, describeRange } from '@/lib/domain/anchoring';
import { replaceClaimText } from '@/lib/domain/revision/replace-claim-text';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TTx } from '@/lib/server/db/client';
import { withRenderedBody } from '@/lib/server/markdown/stored-note-html';
import { reviseEssayTextInTransaction } from '@/lib/server/services/essay/revise-essay-text';
import { DEMO_ARGUMENTS } from './alliances-arguments';
import { DEMO_HIDDEN_NOTE, DEMO_NOTES, type TDemoNote } from './alliances-notes';
import { DEMO_RATINGS } from './alliances-ratings';
import { DEMO_RESPONSES } from './alliances-responses';
import { DEMO_RATERS, type TSpeaker } from './people';

export type TDiscussionTarget = {
  essayId: string;
  essaySlug: string;
  cohortId: string;
  /** User ids of everyone who speaks. */
  people: Record<TSpeaker, string>;
  now: Date;
};

type TClaimRow = { id: string; order: number; start: number; end: number };

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

/** Where a quote stands in the text; it must occur exactly once, or the data file is wrong. */
export function placeQuote(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0 || text.indexOf(quote, start + 1) >= 0) throw new Error(`The demo quote "${quote}" must occur exactly once in the essay.`);
  return { start, end: start + quote.length };
}

export async function seedDiscussion(tx: TTx, target: TDiscussionTarget): Promise<void> {
  const { essayId, cohortId, people, now } = target;
  const essay = await tx.essay.findUniqueOrThrow({
    where: { id: essayId },
    select: {
      currentRevision: {
        select: {
          id: true,
          text: true,
          claimVersions: { select: { claimId: true, order: true, start: true, end: true }, orderBy: { order: 'asc' } },
        },
      },
    },
  });
  const revision = essay.currentRevision!;
  const claims: TClaimRow[] = revision.claimVersions.map((c) => ({ id: c.claimId, order: c.order, start: c.start, end: c.end }));
  const claimAt = (order: number) => claims[order]?.id ?? fail(`The demo names claim ${order}, which the essay does not have.`);

  // Notes and replies: one INSERT for all of them, one for the claims they touch.
  const noteIds = new Map<string, string>();
  const notes: Prisma.AnnotationCreateManyInput[] = [];
  const links: { annotationId: string; claimId: string }[] = [];
  const addRoot = (note: TDemoNote, hiddenAt: Date | null) => {
    const id = randomUUID();
    noteIds.set(note.key, id);
    const { start, end } = placeQuote(revision.text, note.quote);
    const selectors = describeRange(revision.text, start, end);
    const createdAt = hoursBefore(now, note.hoursAgo);
    notes.push({
      id,
      essayId,
      revisionId: revision.id,
      authorId: people[note.by],
      motivation: note.motivation,
      selectors: [selectors.quote, selectors.position],
      ...withRenderedBody(note.body),
      tags: note.tags ?? [],
      start,
      end,
      hiddenAt,
      createdAt,
      updatedAt: hiddenAt ?? createdAt,
    });
    for (const claimId of claimsForRange(claims, start, end)) links.push({ annotationId: id, claimId });
    for (const reply of note.replies ?? []) {
      const at = hoursBefore(now, reply.hoursAgo);
      notes.push({
        id: randomUUID(),
        essayId,
        revisionId: revision.id,
        authorId: people[reply.by],
        parentId: id,
        rootId: id,
        motivation: 'REPLYING',
        ...withRenderedBody(reply.body),
        createdAt: at,
        updatedAt: at,
      });
    }
  };
  for (const note of DEMO_NOTES) addRoot(note, null);
  const hidden = DEMO_HIDDEN_NOTE;
  const hiddenAt = hoursBefore(now, hidden.hoursAgo);
  addRoot(hidden.note, hiddenAt);
  await tx.annotation.createMany({ data: notes });
  await tx.annotationClaim.createMany({ data: links });

  // The moderation that hid the off-topic note: the flag it settled, the ledger entry, the notice.
  const hiddenId = noteIds.get(hidden.note.key)!;
  const actionId = randomUUID();
  await tx.flag.createMany({
    data: [
      {
        cohortId,
        reporterId: people[hidden.flaggedBy],
        annotationId: hiddenId,
        reason: 'OFF_TOPIC',
        note: hidden.flagNote,
        status: 'ACTIONED',
        resolvedById: people[hidden.hiddenBy],
        resolvedAt: hiddenAt,
        createdAt: hoursBefore(now, hidden.hoursAgo + 1),
      },
    ],
  });
  await tx.moderationAction.createMany({
    data: [
      {
        id: actionId,
        cohortId,
        actorId: people[hidden.hiddenBy],
        kind: 'HIDE',
        reason: hidden.reason,
        annotationId: hiddenId,
        subjectUserId: people[hidden.note.by],
        createdAt: hiddenAt,
      },
    ],
  });

  // Ratings, and the reveal each first rating writes (ADR 0003): one INSERT each.
  const ratings: {
    userId: string;
    claimId: string;
    dimension: 'AGREEMENT' | 'EVIDENCE';
    value: number;
    createdAt: Date;
    updatedAt: Date;
  }[] = [];
  for (const row of DEMO_RATINGS) {
    for (const [dimension, digits] of [
      ['AGREEMENT', row.agreement],
      ['EVIDENCE', row.evidence],
    ] as const) {
      [...digits].forEach((digit, index) => {
        if (digit === '-') return;
        const at = hoursBefore(now, 220 - row.order * 2 - index);
        ratings.push({
          userId: people[DEMO_RATERS[index]!],
          claimId: claimAt(row.order),
          dimension,
          value: Number(digit),
          createdAt: at,
          updatedAt: at,
        });
      });
    }
  }
  await tx.rating.createMany({ data: ratings });
  await tx.ratingReveal.createMany({
    data: ratings.map(({ userId, claimId, dimension, createdAt }) => ({ userId, claimId, dimension, createdAt })),
  });

  // Arguments (a reply's target is always listed before it) and their impact votes.
  const argumentIds = new Map(DEMO_ARGUMENTS.map((a) => [a.key, randomUUID()]));
  const argumentId = (key: string) => argumentIds.get(key) ?? fail(`The demo names an argument "${key}" it does not define.`);
  await tx.argument.createMany({
    data: DEMO_ARGUMENTS.map((a) => {
      const at = hoursBefore(now, a.hoursAgo);
      return {
        id: argumentId(a.key),
        essayId,
        authorId: people[a.by],
        text: a.text,
        elaboration: a.elaboration ?? null,
        stance: a.stance,
        attackKind: a.stance === 'ATTACK' ? (a.attackKind ?? 'REBUT') : null,
        ...('claim' in a.target ? { targetClaimId: claimAt(a.target.claim) } : { targetArgumentId: argumentId(a.target.argument) }),
        createdAt: at,
        updatedAt: at,
      };
    }),
  });
  await tx.impactVote.createMany({
    data: DEMO_ARGUMENTS.flatMap((a) =>
      [...(a.impact ?? '')].flatMap((digit, index) =>
        digit === '-'
          ? []
          : [{ userId: people[DEMO_RATERS[index]!], argumentId: argumentId(a.key), impact: Number(digit), isRelevant: true }],
      ),
    ),
  });

  // The author's responses: the revision first (it re-anchors every note above), then all rows.
  const revised = DEMO_RESPONSES.find((r) => r.revision);
  let revisionId: string | null = null;
  if (revised?.revision) {
    const claim = claims[revised.revision.claim] ?? fail('The demo revises a claim the essay does not have.');
    const result = await reviseEssayTextInTransaction(tx, essayId, replaceClaimText(revision.text, claim, revised.revision.text), {
      createdById: people.author,
      note: `Revised in response to a critique: ${revised.body.slice(0, 200)}`,
    });
    revisionId = result.revisionId;
  }
  const responses = DEMO_RESPONSES.map((r) => {
    const at = hoursBefore(now, r.hoursAgo);
    const critique =
      'note' in r.critique
        ? { annotationId: noteIds.get(r.critique.note) ?? fail(`The demo answers a note "${r.critique.note}" it does not define.`) }
        : 'argument' in r.critique
          ? { argumentId: argumentId(r.critique.argument) }
          : { claimId: claimAt(r.critique.claim) };
    return {
      id: randomUUID(),
      essayId,
      authorId: people[r.by],
      status: r.status,
      body: r.body,
      critiqueState: r.critiqueState,
      revisionId: r.revision ? revisionId : null,
      createdAt: at,
      updatedAt: at,
      ...critique,
    };
  });
  await tx.authorResponse.createMany({ data: responses });

  // Everyone who wrote or rated read the essay first (the cohort home counts its readers).
  const speakers = [...new Set([...notes.map((n) => n.authorId), ...ratings.map((r) => r.userId)])];
  await tx.essayRead.createMany({
    data: speakers.map((userId, index) => ({
      essayId,
      userId,
      firstReadAt: hoursBefore(now, 240 - index * 3),
      lastReadAt: hoursBefore(now, 48 - index * 3),
    })),
    skipDuplicates: true,
  });

  // The notices those writes send when made by hand: to each critic, and to the hidden note's author.
  const criticOf = (critique: (typeof DEMO_RESPONSES)[number]['critique']): TSpeaker | null =>
    'note' in critique
      ? (DEMO_NOTES.find((n) => n.key === critique.note)?.by ?? null)
      : 'argument' in critique
        ? (DEMO_ARGUMENTS.find((a) => a.key === critique.argument)?.by ?? null)
        : null;
  await tx.notification.createMany({
    data: [
      ...DEMO_RESPONSES.flatMap((r, index) => {
        const critic = criticOf(r.critique);
        const response = responses[index]!;
        return critic === null
          ? []
          : [
              {
                userId: people[critic],
                kind: 'AUTHOR_RESPONSE' as const,
                title: `The author ${r.status.toLowerCase()} your critique.`,
                href: `/essays/${target.essaySlug}/responses#response-${response.id}`,
                payload: { responseId: response.id },
                createdAt: response.createdAt,
              },
            ];
      }),
      {
        userId: people[hidden.note.by],
        kind: 'MODERATION',
        title: `A moderator applied "hide" to your annotation: ${hidden.reason}`,
        href: `/cohorts/${cohortId}/ledger#${actionId}`,
        payload: { actionId },
        createdAt: hiddenAt,
      },
    ],
  });
}

function fail(message: string): never {
  throw new Error(message);
}
