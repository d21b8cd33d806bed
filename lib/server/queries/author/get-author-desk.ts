import 'server-only';
import { diffClaim, type TDiffPart } from '@/lib/domain/revision/diff-claim';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TCritique = {
  key: string;
  type: 'annotation' | 'argument' | 'claim';
  id: string;
  text: string;
  context: string;
  critic: string | null;
  impact: number;
  isOpen: boolean;
  claimIds: string[];
  responses: {
    id: string;
    status: string;
    body: string;
    state: string;
    createdAt: string;
    revisionNumber: number | null;
    diffs: TDiffPart[][];
  }[];
};

/** Lower than this mean agreement (with at least 3 ratings) a claim counts as a critique. Shown to the
 * essay's author only: the one deliberate exception to blind ratings (docs/adr/0003-blind-ratings.md). */
const LOW_RATING = 2.5;

/**
 * The author's critique desk: attacking arguments, questioning notes and low-rated claims, open
 * ones first, then by impact. Only the essay's linked author account may open it (else 404).
 */
export async function getAuthorDesk(viewerId: string, slug: string) {
  const access = await getEssayAccess(db, viewerId, { slug });
  const essay = await db.essay.findUniqueOrThrow({
    where: { id: access.essayId },
    select: {
      id: true,
      slug: true,
      title: true,
      authorUserId: true,
      currentRevision: { select: { claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true, text: true } } } },
    },
  });
  if (essay.authorUserId !== viewerId) throw new AppError('NOT_FOUND', 'Only the essay’s author has a critique desk.');
  const claimText = new Map((essay.currentRevision?.claimVersions ?? []).map((c) => [c.claimId, c.text]));

  const [attacks, questions, impacts, lowClaims, responses] = await Promise.all([
    db.argument.findMany({
      where: { essayId: essay.id, stance: 'ATTACK', deletedAt: null, duplicateOfId: null, hiddenAt: null },
      select: {
        id: true,
        text: true,
        attackKind: true,
        targetClaimId: true,
        targetArgument: { select: { text: true, hiddenAt: true, deletedAt: true } },
        authorId: true,
      },
    }),
    db.annotation.findMany({
      where: { essayId: essay.id, motivation: 'QUESTIONING', parentId: null, visibility: 'COHORT', deletedAt: null, hiddenAt: null },
      select: {
        id: true,
        body: true,
        selectors: true,
        authorId: true,
        claims: { select: { claimId: true } },
        _count: { select: { threadItems: true } },
      },
    }),
    db.impactVote.groupBy({ by: ['argumentId'], where: { argument: { essayId: essay.id, stance: 'ATTACK' } }, _avg: { impact: true } }),
    db.rating.groupBy({
      by: ['claimId'],
      where: { claim: { essayId: essay.id }, dimension: 'AGREEMENT' },
      _avg: { value: true },
      _count: { _all: true },
      having: { value: { _avg: { lte: LOW_RATING } } },
    }),
    db.authorResponse.findMany({
      where: { essayId: essay.id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        status: true,
        body: true,
        critiqueState: true,
        createdAt: true,
        annotationId: true,
        argumentId: true,
        claimId: true,
        revision: { select: { id: true, number: true, essayId: true } },
      },
    }),
  ]);
  const diffs = await revisionDiffs(responses.flatMap((r) => (r.revision ? [r.revision] : [])));
  const impactOf = new Map(impacts.map((i) => [i.argumentId, i._avg.impact ?? 0]));
  const responsesFor = (key: string) =>
    responses
      .filter(
        (r) =>
          (r.annotationId && `annotation:${r.annotationId}` === key) ||
          (r.argumentId && `argument:${r.argumentId}` === key) ||
          (r.claimId && `claim:${r.claimId}` === key),
      )
      .map((r) => ({
        id: r.id,
        status: r.status,
        body: r.body,
        state: r.critiqueState,
        createdAt: r.createdAt.toISOString(),
        revisionNumber: r.revision?.number ?? null,
        diffs: r.revision ? (diffs.get(r.revision.id) ?? []) : [],
      }));
  const isOpen = (rs: TCritique['responses']) => rs.length === 0 || rs.at(-1)!.state === 'REOPENED';

  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    [...attacks, ...questions].map((c) => c.authorId),
  );
  const critiques: TCritique[] = [
    ...attacks.map((a) => {
      const rs = responsesFor(`argument:${a.id}`);
      return {
        key: `argument:${a.id}`,
        type: 'argument' as const,
        id: a.id,
        text: a.text,
        context: a.targetClaimId
          ? (claimText.get(a.targetClaimId) ?? '')
          : a.targetArgument
            ? withheldText(a.targetArgument, a.targetArgument.text)
            : '',
        critic: names.of(a.authorId).name,
        impact: impactOf.get(a.id) ?? 0,
        isOpen: isOpen(rs),
        claimIds: a.targetClaimId ? [a.targetClaimId] : [],
        responses: rs,
      };
    }),
    ...questions.map((q) => {
      const rs = responsesFor(`annotation:${q.id}`);
      const quote = (q.selectors as { type?: string; exact?: string }[]).find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
      return {
        key: `annotation:${q.id}`,
        type: 'annotation' as const,
        id: q.id,
        text: q.body,
        context: quote,
        critic: names.of(q.authorId).name,
        impact: Math.min(4, q._count.threadItems),
        isOpen: isOpen(rs),
        claimIds: q.claims.map((c) => c.claimId),
        responses: rs,
      };
    }),
    ...lowClaims
      .filter((c) => c._count._all >= 3 && claimText.has(c.claimId))
      .map((c) => {
        const rs = responsesFor(`claim:${c.claimId}`);
        return {
          key: `claim:${c.claimId}`,
          type: 'claim' as const,
          id: c.claimId,
          text: `Rated ${(c._avg.value ?? 0).toFixed(1)} / 5 for agreement by ${c._count._all} readers`,
          context: claimText.get(c.claimId) ?? '',
          critic: null,
          impact: 4 - (c._avg.value ?? 0),
          isOpen: isOpen(rs),
          claimIds: [c.claimId],
          responses: rs,
        };
      }),
  ].sort((a, b) => Number(b.isOpen) - Number(a.isOpen) || b.impact - a.impact);

  const openPerClaim = new Map<string, number>();
  for (const c of critiques) if (c.isOpen) for (const id of c.claimIds) openPerClaim.set(id, (openPerClaim.get(id) ?? 0) + 1);
  return {
    essay: { slug: essay.slug, title: essay.title },
    critiques,
    openPerClaim: Object.fromEntries(openPerClaim),
    // The current claims in essay order (numbering, and the wording "Revised" starts from) and
    // each attack's kind: what the desk's cards need, so its page loads no debate of its own.
    claims: (essay.currentRevision?.claimVersions ?? []).map((c) => ({ id: c.claimId, text: c.text })),
    attackKinds: new Map(attacks.map((a) => [a.id, a.attackKind])),
  };
}

/**
 * Every author response on an essay, for any reader of it: the critique it answers (`isMine`
 * tells the critic, who gets Accept / Reopen), its status, the claim diffs a revision made.
 */
export async function listAuthorResponsesForViewer(viewerId: string | null, slug: string) {
  const access = await getEssayAccess(db, viewerId, { slug });
  // "Post before you see" (ADR 0010): until the viewer has posted, a response quoting someone
  // else's note or argument is withheld; answers to their own critiques and to claims stay.
  const ownCritiques =
    access.seesOthers || viewerId === null
      ? []
      : [{ OR: [{ annotationId: null, argumentId: null }, { annotation: { authorId: viewerId } }, { argument: { authorId: viewerId } }] }];
  const rows = await db.authorResponse.findMany({
    where: {
      essayId: access.essayId,
      OR: [{ annotationId: null }, { annotation: { visibility: 'COHORT', deletedAt: null } }],
      AND: access.seesOthers ? [] : viewerId === null ? [{ annotationId: null, argumentId: null }] : ownCritiques,
    },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      status: true,
      body: true,
      critiqueState: true,
      createdAt: true,
      authorId: true,
      annotation: { select: { id: true, body: true, hiddenAt: true, deletedAt: true, authorId: true } },
      argument: { select: { id: true, text: true, hiddenAt: true, deletedAt: true, authorId: true } },
      claim: { select: { id: true } },
      revision: { select: { id: true, number: true, essayId: true } },
    },
  });
  const diffs = await revisionDiffs(rows.flatMap((r) => (r.revision ? [r.revision] : [])));
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    rows.flatMap((r) => [r.authorId, r.annotation?.authorId ?? r.argument?.authorId ?? r.authorId]),
  );
  return rows.map((r) => {
    // The critic is named by the display-name rule; their user id stays here (isMine says if it is the viewer).
    const criticId = r.annotation?.authorId ?? r.argument?.authorId ?? null;
    const critique = r.annotation
      ? {
          type: 'annotation' as const,
          id: r.annotation.id,
          text: withheldText(r.annotation, r.annotation.body),
          critic: names.of(r.annotation.authorId).name,
        }
      : r.argument
        ? {
            type: 'argument' as const,
            id: r.argument.id,
            text: withheldText(r.argument, r.argument.text),
            critic: names.of(r.argument.authorId).name,
          }
        : { type: 'claim' as const, id: r.claim!.id, text: 'Low agreement ratings', critic: null };
    return {
      id: r.id,
      status: r.status,
      body: r.body,
      state: r.critiqueState,
      createdAt: r.createdAt.toISOString(),
      authorName: names.of(r.authorId).name,
      critique,
      isMine: criticId !== null && criticId === viewerId,
      revisionNumber: r.revision?.number ?? null,
      diffs: r.revision ? (diffs.get(r.revision.id) ?? []) : [],
    };
  });
}

/** A critique's words, or what readers see once a moderator hid it or its critic deleted it: the response stays, the words go. */
function withheldText(critique: { hiddenAt: Date | null; deletedAt: Date | null }, text: string): string {
  if (critique.deletedAt) return '[deleted]';
  return critique.hiddenAt ? 'Hidden by a moderator.' : text;
}

/** For each revision, the word diffs of the claims it changed against the revision before it. */
async function revisionDiffs(revisions: { id: string; number: number; essayId: string }[]): Promise<Map<string, TDiffPart[][]>> {
  const result = new Map<string, TDiffPart[][]>();
  if (revisions.length === 0) return result;
  const versions = await db.claimVersion.findMany({
    where: {
      OR: revisions.flatMap((r) => [
        { revision: { essayId: r.essayId, number: r.number } },
        { revision: { essayId: r.essayId, number: r.number - 1 } },
      ]),
    },
    select: { claimId: true, text: true, revision: { select: { id: true, number: true, essayId: true } } },
  });
  for (const revision of revisions) {
    const before = new Map(
      versions
        .filter((v) => v.revision.essayId === revision.essayId && v.revision.number === revision.number - 1)
        .map((v) => [v.claimId, v.text]),
    );
    const changed = versions.filter((v) => v.revision.id === revision.id && before.has(v.claimId) && before.get(v.claimId) !== v.text);
    result.set(
      revision.id,
      changed.map((v) => diffClaim(before.get(v.claimId)!, v.text)),
    );
  }
  return result;
}
