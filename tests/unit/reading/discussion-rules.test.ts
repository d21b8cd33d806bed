import { describe, expect, it } from 'vitest';
import type { TStanding } from '@/lib/domain/access/permissions';
import {
  closedDiscussionMessage,
  describeDiscussion,
  discussionStatus,
  isDiscussionOpen,
  seesOthersContributions,
  type TDiscussionSettings,
} from '@/lib/domain/reading/discussion-rules';

const NOW = new Date('2026-12-05T12:00:00Z');
const at = (iso: string) => new Date(iso);
const settings = (patch: Partial<TDiscussionSettings>): TDiscussionSettings => ({
  discussion: 'OPEN',
  opensAt: null,
  closesAt: null,
  postBeforeSee: false,
  ...patch,
});

describe('discussionStatus and describeDiscussion', () => {
  it.each<[string, Partial<TDiscussionSettings>, boolean, string, string | null]>([
    ['open with no window', {}, true, 'Open for discussion', null],
    ['closed by hand', { discussion: 'CLOSED' }, false, 'Closed', 'Discussion on this essay is closed: you can still read and export it.'],
    [
      'closed by hand inside an open window',
      { discussion: 'CLOSED', opensAt: at('2026-12-01T00:00Z'), closesAt: at('2026-12-09T00:00Z') },
      false,
      'Closed',
      'Discussion on this essay is closed: you can still read and export it.',
    ],
    ['window closes in two and a half days', { closesAt: at('2026-12-08T00:00Z') }, true, 'Closes in 2 days', null],
    ['window closes in exactly one day', { closesAt: at('2026-12-06T12:00Z') }, true, 'Closes in 1 day', null],
    ['window closes in five hours', { closesAt: at('2026-12-05T17:30Z') }, true, 'Closes in 5 hours', null],
    ['window closes in a minute', { closesAt: at('2026-12-05T12:01Z') }, true, 'Closes in 1 minute', null],
    ['window closes in seconds', { closesAt: at('2026-12-05T12:00:30Z') }, true, 'Closes in less than a minute', null],
    [
      'window closed at this very moment',
      { closesAt: NOW },
      false,
      'Closed on 5 December 2026 at 12:00 UTC',
      'Discussion on this essay closed on 5 December 2026 at 12:00 UTC: you can still read and export it.',
    ],
    [
      'window closed two days ago',
      { opensAt: at('2026-11-20T09:00Z'), closesAt: at('2026-12-03T14:00Z') },
      false,
      'Closed on 3 December 2026 at 14:00 UTC',
      'Discussion on this essay closed on 3 December 2026 at 14:00 UTC: you can still read and export it.',
    ],
    [
      'window not open yet',
      { opensAt: at('2026-12-07T09:00Z'), closesAt: at('2026-12-14T09:00Z') },
      false,
      'Opens on 7 December 2026 at 09:00 UTC',
      'Discussion on this essay opens on 7 December 2026 at 09:00 UTC. You can read it until then.',
    ],
    ['window opened at this very moment', { opensAt: NOW }, true, 'Open for discussion', null],
    ['window open, no end', { opensAt: at('2026-12-01T00:00Z') }, true, 'Open for discussion', null],
  ])('%s', (_name, patch, isOpen, shown, refusal) => {
    const status = discussionStatus(settings(patch), NOW);
    expect(isDiscussionOpen(settings(patch), NOW)).toBe(isOpen);
    expect(describeDiscussion(status, NOW)).toBe(shown);
    expect(closedDiscussionMessage(status)).toBe(refusal);
  });

  it('post before you see does not change whether the discussion is open', () => {
    expect(isDiscussionOpen(settings({ postBeforeSee: true }), NOW)).toBe(true);
  });
});

describe('seesOthersContributions', () => {
  it.each<[string, boolean, TStanding, boolean, boolean, boolean]>([
    // name, postBeforeSee, standing, isEssayAuthor, hasUnlocked, sees
    ['rule off: a member sees', false, 'MEMBER', false, false, true],
    ['rule off: a signed-out reader of a public essay sees', false, 'ANONYMOUS', false, false, true],
    ['member who has not posted', true, 'MEMBER', false, false, false],
    ['member who has posted (or posted and deleted)', true, 'MEMBER', false, true, true],
    ['owner always sees', true, 'OWNER', false, false, true],
    ['moderator always sees', true, 'MODERATOR', false, false, true],
    ["the essay's author always sees", true, 'AUTHOR', true, false, true],
    ['an author of another essay is a reader like any member', true, 'AUTHOR', false, false, false],
    ['a suspended member who has not posted', true, 'SUSPENDED', false, false, false],
    ['a suspended member who had posted', true, 'SUSPENDED', false, true, true],
    ['a participant of a public essay who has not posted', true, 'PARTICIPANT', false, false, false],
    ['a signed-out reader of a public essay never can post', true, 'ANONYMOUS', false, false, false],
  ])('%s', (_name, postBeforeSee, standing, isEssayAuthor, hasUnlocked, sees) => {
    expect(seesOthersContributions({ postBeforeSee, standing, isEssayAuthor, hasUnlocked })).toBe(sees);
  });
});
