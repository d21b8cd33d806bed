import { describe, expect, it } from 'vitest';
import { admissionAfter, can, invitableRoles, inviteActionFor, sanctionActionFor } from '@/lib/domain/access/permissions';
import { ACTORS, INVITE_TO_ROLE, SUSPEND_ROLE, TARGET_ROLES } from '@/tests/fixtures/expected-permissions';

// The role-dependent rules against the hand-written tables in tests/fixtures.
const cases = ACTORS.flatMap((standing) => TARGET_ROLES.map((role) => ({ standing, role })));

describe('invites and suspensions by role', () => {
  it.each(cases)('$standing may invite to $role as the table says', ({ standing, role }) => {
    expect(can(standing, inviteActionFor(role), { isPrivate: true })).toBe(INVITE_TO_ROLE[standing][role]);
  });

  it.each(cases)('$standing may suspend a $role as the table says', ({ standing, role }) => {
    const action = sanctionActionFor(role);
    expect(action !== null && can(standing, action, { isPrivate: true })).toBe(SUSPEND_ROLE[standing][role]);
  });

  it('lists the invites a moderator and an owner may see', () => {
    expect(invitableRoles('MODERATOR')).toEqual(['MEMBER']);
    expect(invitableRoles('OWNER')).toEqual(['OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER']);
    expect(invitableRoles('MEMBER')).toEqual([]);
  });
});

describe('admissionAfter: what a past sanction means for someone joining again', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it.each([
    ['no sanction', null, { isBarred: false, suspendedUntil: null }],
    [
      'a suspension still running',
      { suspendedUntil: new Date('2026-12-06T12:00:00Z'), removedAt: null },
      { isBarred: false, suspendedUntil: new Date('2026-12-06T12:00:00Z') },
    ],
    [
      'a suspension that ran out',
      { suspendedUntil: new Date('2026-12-01T12:00:00Z'), removedAt: null },
      { isBarred: false, suspendedUntil: null },
    ],
    ['a lifted suspension', { suspendedUntil: null, removedAt: null }, { isBarred: false, suspendedUntil: null }],
    ['a removal', { suspendedUntil: null, removedAt: new Date('2026-12-02T12:00:00Z') }, { isBarred: true, suspendedUntil: null }],
  ] as const)('%s', (_name, sanction, expected) => {
    expect(admissionAfter(sanction, now)).toEqual(expected);
  });
});
