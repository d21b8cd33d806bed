/**
 * Reading settings of an essay (issue 12): whether its discussion takes writes now, what members
 * are told about it, and the "post before you see" rule. Pure: the server reads the settings and
 * the viewer's standing, and asks these functions (docs/adr/0010-post-before-you-see.md).
 */
import type { TStanding } from '@/lib/domain/access/permissions';
import { timeLeft } from '@/lib/domain/reading/time-left';

/** `Essay.discussion`, `opensAt`, `closesAt`, `postBeforeSee` in prisma/schema.prisma. */
export type TDiscussionSettings = {
  discussion: 'OPEN' | 'CLOSED';
  opensAt: Date | null;
  closesAt: Date | null;
  postBeforeSee: boolean;
};

/**
 * Where the discussion stands at one moment. `closedAt` is when the window closed it (null when
 * staff closed it by hand); `closesAt` is when an open discussion's window ends (null: no end).
 */
export type TDiscussionStatus =
  { state: 'open'; closesAt: Date | null } | { state: 'not-yet-open'; opensAt: Date } | { state: 'closed'; closedAt: Date | null };

/**
 * Closed by hand wins; otherwise the window decides: open from `opensAt` (inclusive) until
 * `closesAt` (exclusive), either end optional — the same phases as `essayPhase` (essay-status.ts,
 * the cohort page's badge), with the moments kept for the messages below.
 * @example discussionStatus({ discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: false }, now) // { state: 'open', closesAt: null }
 */
export function discussionStatus(settings: TDiscussionSettings, now: Date): TDiscussionStatus {
  if (settings.discussion === 'CLOSED') return { state: 'closed', closedAt: null };
  if (settings.opensAt !== null && now < settings.opensAt) return { state: 'not-yet-open', opensAt: settings.opensAt };
  if (settings.closesAt !== null && now >= settings.closesAt) return { state: 'closed', closedAt: settings.closesAt };
  return { state: 'open', closesAt: settings.closesAt };
}

/** True when new notes, replies, edits, ratings, arguments and impact votes are taken now. */
export function isDiscussionOpen(settings: TDiscussionSettings, now: Date): boolean {
  return discussionStatus(settings, now).state === 'open';
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/**
 * A moment as people read it in a message. UTC, so the server's words do not depend on where it
 * runs; the reader's own clock shows local times where it matters (the status badge).
 * @example formatMoment(new Date('2026-12-03T14:00:00Z')) // '3 December 2026 at 14:00 UTC'
 */
export function formatMoment(moment: Date): string {
  return DATE_FORMAT.format(moment);
}

/**
 * The short status members see on the reader and the cohort page.
 * @example describeDiscussion({ state: 'open', closesAt: inTwoDays }, now) // 'Closes in 2 days'
 */
export function describeDiscussion(status: TDiscussionStatus, now: Date): string {
  switch (status.state) {
    case 'open':
      return status.closesAt === null ? 'Open for discussion' : `Closes in ${timeLeft(status.closesAt.getTime() - now.getTime())}`;
    case 'not-yet-open':
      return `Opens on ${formatMoment(status.opensAt)}`;
    case 'closed':
      return status.closedAt === null ? 'Closed' : `Closed on ${formatMoment(status.closedAt)}`;
  }
}

/**
 * Why a write was refused, for the 4xx's message; null when the discussion is open.
 * @example closedDiscussionMessage({ state: 'closed', closedAt: null }) // 'Discussion on this essay is closed: …'
 */
export function closedDiscussionMessage(status: TDiscussionStatus): string | null {
  switch (status.state) {
    case 'open':
      return null;
    case 'not-yet-open':
      return `Discussion on this essay opens on ${formatMoment(status.opensAt)}. You can read it until then.`;
    case 'closed':
      return status.closedAt === null
        ? 'Discussion on this essay is closed: you can still read and export it.'
        : `Discussion on this essay closed on ${formatMoment(status.closedAt)}: you can still read and export it.`;
  }
}

/**
 * "Post before you see": whether the viewer sees other people's notes and arguments on the
 * essay. Staff (who moderate) and the essay's own author (who answers critiques) always see;
 * anyone else once they have posted a note shared with the cohort there (`hasUnlocked`, kept when
 * that note is deleted — what was seen cannot be unseen). Signed-out readers of a public essay
 * cannot post, so they never see others' notes while the rule is on.
 * @example seesOthersContributions({ postBeforeSee: true, standing: 'MEMBER', isEssayAuthor: false, hasUnlocked: false }) // false
 */
export function seesOthersContributions(input: {
  postBeforeSee: boolean;
  standing: TStanding;
  isEssayAuthor: boolean;
  hasUnlocked: boolean;
}): boolean {
  if (!input.postBeforeSee) return true;
  if (input.standing === 'OWNER' || input.standing === 'MODERATOR') return true;
  return input.isEssayAuthor || input.hasUnlocked;
}

/** The notice a viewer who does not see others' contributions reads where they would be. */
export const POST_BEFORE_SEE_NOTICE = "Post your first note to see the cohort's notes and arguments on this essay.";
