import 'server-only';
import { can } from '@/lib/domain/access/permissions';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TDraftClaimView = { id: string; number: number; start: number; end: number; text: string };
export type TDraftSectionView = { id: string; order: number; title: string | null; claims: TDraftClaimView[] };
export type TDraftView = {
  id: string;
  slug: string;
  title: string;
  authorName: string;
  sourceName: string | null;
  sourceUrl: string | null;
  cohort: { id: string; name: string };
  createdAt: string;
  sections: TDraftSectionView[];
  /** Owners invite the essay's author (a staff role); moderators do not see the form. */
  canInviteAuthor: boolean;
  /** Someone already joined as this essay's author. */
  hasAuthorAccount: boolean;
};

const NOT_A_DRAFT = 'This essay is not a draft: it has been published, or it does not exist.';

/**
 * The preview of a draft for the staff who publish it: details, sections and every claim as
 * parsed, in order and numbered. A 404 for everyone else, and for an essay that is not a draft.
 * Two statements: the access check and the draft with its revision's sections and claims.
 */
export async function getDraftForViewer(viewerId: string | null, slug: string): Promise<TDraftView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  if (!access.isDraft || access.cohortId === null) throw new AppError('NOT_FOUND', NOT_A_DRAFT);
  assertCan(access, 'essay.publish');
  const essay = await db.essay.findUniqueOrThrow({
    where: { id: access.essayId },
    select: {
      id: true,
      slug: true,
      title: true,
      authorName: true,
      sourceName: true,
      sourceUrl: true,
      authorUserId: true,
      createdAt: true,
      cohort: { select: { id: true, name: true } },
      currentRevision: {
        select: {
          sections: { orderBy: { order: 'asc' }, select: { id: true, order: true, title: true } },
          claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true, sectionId: true, start: true, end: true, text: true } },
        },
      },
    },
  });
  if (!essay.cohort) throw new AppError('NOT_FOUND', NOT_A_DRAFT);
  const claims = essay.currentRevision?.claimVersions ?? [];
  const sections = (essay.currentRevision?.sections ?? []).map((section) => ({ ...section, claims: [] as TDraftClaimView[] }));
  const byId = new Map(sections.map((s) => [s.id, s]));
  claims.forEach((claim, index) => {
    byId.get(claim.sectionId)?.claims.push({ id: claim.claimId, number: index + 1, start: claim.start, end: claim.end, text: claim.text });
  });
  return {
    id: essay.id,
    slug: essay.slug,
    title: essay.title,
    authorName: essay.authorName,
    sourceName: essay.sourceName,
    sourceUrl: essay.sourceUrl,
    cohort: essay.cohort,
    createdAt: essay.createdAt.toISOString(),
    sections,
    canInviteAuthor: can(access.standing, 'cohort.manage-members', { isPrivate: true, isDraft: true }),
    hasAuthorAccount: essay.authorUserId !== null,
  };
}
