import type { TDebate } from '@/lib/domain/argument';

// Two claims; on the first a support (with an elaboration), a rebuttal, a rebuttal of that
// rebuttal, and an undercut of the support. Texts carry characters Argdown would read as syntax.
export const SMALL_DEBATE: TDebate = {
  essay: { title: 'Should cities ban cars?' },
  claims: [
    { id: 'c1', text: 'Cars make city centres worse.', section: 'Introduction' },
    { id: 'c2', text: 'A ban would hurt small shops.', section: 'Objections' },
  ],
  arguments: [
    {
      id: 'a1',
      text: 'Traffic kills 1,000 pedestrians a year [ONS 2023].',
      elaboration: 'See table 4 {road deaths}.\nMost were "in towns".',
      stance: 'SUPPORT',
      attackKind: null,
      targetClaimId: 'c1',
      targetArgumentId: null,
    },
    {
      id: 'a2',
      text: 'Cars let disabled people reach the centre.',
      elaboration: null,
      stance: 'ATTACK',
      attackKind: 'REBUT',
      targetClaimId: 'c1',
      targetArgumentId: null,
    },
    {
      id: 'a3',
      text: 'Accessible transit does that better.',
      elaboration: null,
      stance: 'ATTACK',
      attackKind: 'REBUT',
      targetClaimId: null,
      targetArgumentId: 'a2',
    },
    {
      id: 'a4',
      text: 'Most of those deaths happen *outside* centres.',
      elaboration: null,
      stance: 'ATTACK',
      attackKind: 'UNDERCUT',
      targetClaimId: null,
      targetArgumentId: 'a1',
    },
  ],
};
