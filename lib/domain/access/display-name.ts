/**
 * The display-name rule: what one viewer sees as the name of one person in a cohort. Pure; the
 * server applies it to every name it sends (lib/server/access/display-names.ts), so no page,
 * API, export, notification or live event decides on its own whether a pseudonym holds.
 */
import type { TStanding } from '@/lib/domain/access/permissions';

/** Staff answer for the cohort, so they see who is behind a pseudonym. */
const SEES_REAL_NAMES: readonly TStanding[] = ['OWNER', 'MODERATOR'];

/** What anyone but staff sees for someone who wrote here and has since left the cohort. */
export const FORMER_MEMBER = 'Former member';

export type TNameContext = {
  /** The viewer's standing towards the cohort (PARTICIPANT/ANONYMOUS on public essays). */
  standing: TStanding;
  /** False for public essays: there are no pseudonyms outside a cohort. */
  isCohort: boolean;
  allowPseudonyms: boolean;
};

export type TNamedPerson = {
  realName: string;
  /** Null when they chose none, or are no longer a member (`isMember` false). */
  pseudonym: string | null;
  isMember: boolean;
  isViewer: boolean;
};

/** True when staff may see the real name behind a pseudonym. */
export function seesRealNames(standing: TStanding): boolean {
  return SEES_REAL_NAMES.includes(standing);
}

/**
 * @example displayNameFor({ standing: 'MEMBER', isCohort: true, allowPseudonyms: true }, { realName: 'Ann Lee', pseudonym: 'Owl', isMember: true, isViewer: false }) // 'Owl'
 * @example displayNameFor({ standing: 'MODERATOR', isCohort: true, allowPseudonyms: true }, { realName: 'Ann Lee', pseudonym: 'Owl', isMember: true, isViewer: false }) // 'Owl (Ann Lee)'
 */
export function displayNameFor(context: TNameContext, person: TNamedPerson): string {
  if (!context.isCohort) return person.realName;
  // You see yourself as the cohort sees you: the name you chose there.
  const chosen = context.allowPseudonyms && person.pseudonym !== null ? person.pseudonym : null;
  if (person.isViewer) return chosen ?? person.realName;
  const isStaff = seesRealNames(context.standing);
  // Someone who left took their pseudonym with them; their real name must not surface instead.
  if (!person.isMember) return isStaff ? `${FORMER_MEMBER} (${person.realName})` : FORMER_MEMBER;
  if (chosen === null) return person.realName;
  return isStaff ? `${chosen} (${person.realName})` : chosen;
}
