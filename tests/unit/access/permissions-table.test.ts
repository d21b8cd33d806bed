import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  can,
  COHORT_ROLES,
  invitableRoles,
  sanctionActionFor,
  type TCohortRole,
  type TStanding,
} from '@/lib/domain/access/permissions';
import {
  COHORT_DRAFT,
  COHORT_ESSAY,
  ESSAY_AUTHOR_DIGEST,
  isAllowedOnCohortDraft,
  isAllowedOnCohortEssay,
  PUBLIC_ESSAY,
  STANDINGS,
} from '@/tests/fixtures/expected-permissions';

// Compares the permission table with the hand-written expectations in tests/fixtures, so a wrong
// entry in lib/domain/access/permissions.ts (or a new action nobody decided on) fails here.
describe('permission table against the hand-written expectations', () => {
  it('has an expected row for every action and a column for every standing', () => {
    expect(Object.keys(COHORT_ESSAY).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(PUBLIC_ESSAY).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(COHORT_DRAFT).sort()).toEqual([...ACTIONS].sort());
    for (const row of Object.values(COHORT_DRAFT)) expect(row).toHaveLength(STANDINGS.length);
    for (const row of Object.values(COHORT_ESSAY)) expect(row).toHaveLength(STANDINGS.length);
    const everyStanding: TStanding[] = ['ANONYMOUS', 'OUTSIDER', 'PARTICIPANT', 'SUSPENDED', ...COHORT_ROLES];
    expect([...STANDINGS].sort()).toEqual(everyStanding.sort());
  });

  const cohortCases = ACTIONS.flatMap((action) =>
    STANDINGS.map((standing) => ({ standing, action, isAllowed: isAllowedOnCohortEssay(standing, action) })),
  );
  it.each(cohortCases)('cohort essay: $standing → $action is allowed = $isAllowed', ({ standing, action, isAllowed }) => {
    expect(can(standing, action, { isPrivate: true })).toBe(isAllowed);
  });

  const draftCases = ACTIONS.flatMap((action) =>
    STANDINGS.map((standing) => ({ standing, action, isAllowed: isAllowedOnCohortDraft(standing, action) })),
  );
  it.each(draftCases)('cohort draft: $standing → $action is allowed = $isAllowed', ({ standing, action, isAllowed }) => {
    expect(can(standing, action, { isPrivate: true, isDraft: true })).toBe(isAllowed);
  });

  const publicCases = ACTIONS.flatMap((action) =>
    (['ANONYMOUS', 'PARTICIPANT'] as const).map((standing) => ({ standing, action, isAllowed: PUBLIC_ESSAY[action][standing] })),
  );
  it.each(publicCases)('public essay: $standing → $action is allowed = $isAllowed', ({ standing, action, isAllowed }) => {
    expect(can(standing, action, { isPrivate: false })).toBe(isAllowed);
  });

  // The essay's own author: the digest by the hand-written row, every other action as their role.
  const ownAuthorCases = ACTIONS.flatMap((action) =>
    STANDINGS.map((standing, column) => ({
      standing,
      action,
      onEssay: action === 'essay.digest' ? ESSAY_AUTHOR_DIGEST.cohortEssay[column]! : isAllowedOnCohortEssay(standing, action),
      onDraft: action === 'essay.digest' ? ESSAY_AUTHOR_DIGEST.cohortDraft[column]! : isAllowedOnCohortDraft(standing, action),
    })),
  );
  it.each(ownAuthorCases)(
    "the essay's own author as $standing → $action: essay $onEssay, draft $onDraft",
    ({ standing, action, onEssay, onDraft }) => {
      expect(can(standing, action, { isPrivate: true, isEssayAuthor: true })).toBe(onEssay);
      expect(can(standing, action, { isPrivate: true, isDraft: true, isEssayAuthor: true })).toBe(onDraft);
    },
  );

  it.each(['ANONYMOUS', 'PARTICIPANT'] as const)("a public essay's own author as %s → essay.digest", (standing) => {
    expect(can(standing, 'essay.digest', { isPrivate: false, isEssayAuthor: true })).toBe(ESSAY_AUTHOR_DIGEST.publicEssay[standing]);
  });
});

describe('who may invite and sanction whom, written out by hand', () => {
  it.each<{ standing: TStanding; roles: string[] }>([
    { standing: 'OWNER', roles: ['OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER'] },
    { standing: 'MODERATOR', roles: ['MEMBER'] },
    { standing: 'AUTHOR', roles: [] },
    { standing: 'MEMBER', roles: [] },
    { standing: 'SUSPENDED', roles: [] },
    { standing: 'OUTSIDER', roles: [] },
    { standing: 'PARTICIPANT', roles: [] },
    { standing: 'ANONYMOUS', roles: [] },
  ])('$standing may invite to $roles', ({ standing, roles }) => {
    expect(invitableRoles(standing)).toEqual(roles);
  });

  // Target role → the standings that may suspend someone in it (owners are never suspended).
  it.each<{ target: TCohortRole; by: TStanding[] }>([
    { target: 'OWNER', by: [] },
    { target: 'MODERATOR', by: ['OWNER'] },
    { target: 'AUTHOR', by: ['OWNER', 'MODERATOR'] },
    { target: 'MEMBER', by: ['OWNER', 'MODERATOR'] },
  ])('a $target may be suspended by $by', ({ target, by }) => {
    const action = sanctionActionFor(target);
    expect(STANDINGS.filter((standing) => action !== null && can(standing, action, { isPrivate: true }))).toEqual(by);
  });
});
