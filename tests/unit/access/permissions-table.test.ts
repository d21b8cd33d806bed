import { describe, expect, it } from 'vitest';
import { ACTIONS, can, COHORT_ROLES, type TStanding } from '@/lib/domain/access/permissions';
import { COHORT_ESSAY, isAllowedOnCohortEssay, PUBLIC_ESSAY, STANDINGS } from '@/tests/fixtures/expected-permissions';

// Compares the permission table with the hand-written expectations in tests/fixtures, so a wrong
// entry in lib/domain/access/permissions.ts (or a new action nobody decided on) fails here.
describe('permission table against the hand-written expectations', () => {
  it('has an expected row for every action and a column for every standing', () => {
    expect(Object.keys(COHORT_ESSAY).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(PUBLIC_ESSAY).sort()).toEqual([...ACTIONS].sort());
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

  const publicCases = ACTIONS.flatMap((action) =>
    (['ANONYMOUS', 'PARTICIPANT'] as const).map((standing) => ({ standing, action, isAllowed: PUBLIC_ESSAY[action][standing] })),
  );
  it.each(publicCases)('public essay: $standing → $action is allowed = $isAllowed', ({ standing, action, isAllowed }) => {
    expect(can(standing, action, { isPrivate: false })).toBe(isAllowed);
  });
});
