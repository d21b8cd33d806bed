import { describe, expect, it } from 'vitest';
import { toAif, type TDebate } from '@/lib/domain/argument';
import { SMALL_DEBATE } from './small-debate';

describe('toAif', () => {
  it('writes the small debate as I-nodes joined through RA and CA nodes', () => {
    expect(toAif(SMALL_DEBATE)).toEqual({
      nodes: [
        { nodeID: 'claim:c1', text: 'Cars make city centres worse.', type: 'I' },
        { nodeID: 'claim:c2', text: 'A ban would hurt small shops.', type: 'I' },
        { nodeID: 'argument:a1', text: 'Traffic kills 1,000 pedestrians a year [ONS 2023].', type: 'I' },
        { nodeID: 'ra:a1', text: 'Default Inference', type: 'RA' },
        { nodeID: 'argument:a2', text: 'Cars let disabled people reach the centre.', type: 'I' },
        { nodeID: 'ca:a2', text: 'Default Conflict', type: 'CA' },
        { nodeID: 'argument:a3', text: 'Accessible transit does that better.', type: 'I' },
        { nodeID: 'ca:a3', text: 'Default Conflict', type: 'CA' },
        { nodeID: 'argument:a4', text: 'Most of those deaths happen *outside* centres.', type: 'I' },
        { nodeID: 'ca:a4', text: 'Default Conflict', type: 'CA' },
      ],
      edges: [
        // support: I(a1) → RA → I(c1)
        { edgeID: 'argument:a1>ra:a1', fromID: 'argument:a1', toID: 'ra:a1' },
        { edgeID: 'ra:a1>claim:c1', fromID: 'ra:a1', toID: 'claim:c1' },
        // rebuttal: I(a2) → CA → I(c1)
        { edgeID: 'argument:a2>ca:a2', fromID: 'argument:a2', toID: 'ca:a2' },
        { edgeID: 'ca:a2>claim:c1', fromID: 'ca:a2', toID: 'claim:c1' },
        // rebuttal of the rebuttal: I(a3) → CA → I(a2)
        { edgeID: 'argument:a3>ca:a3', fromID: 'argument:a3', toID: 'ca:a3' },
        { edgeID: 'ca:a3>argument:a2', fromID: 'ca:a3', toID: 'argument:a2' },
        // undercut: I(a4) → CA → the RA node of a1's inference
        { edgeID: 'argument:a4>ca:a4', fromID: 'argument:a4', toID: 'ca:a4' },
        { edgeID: 'ca:a4>ra:a1', fromID: 'ca:a4', toID: 'ra:a1' },
      ],
      locutions: [],
      participants: [],
    });
  });

  it('aims an undercut of an attack at that attack’s CA node', () => {
    const debate: TDebate = {
      ...SMALL_DEBATE,
      arguments: [
        ...SMALL_DEBATE.arguments,
        {
          id: 'a5',
          text: 'Irrelevant.',
          elaboration: null,
          stance: 'ATTACK',
          attackKind: 'UNDERCUT',
          targetClaimId: null,
          targetArgumentId: 'a2',
        },
      ],
    };
    expect(toAif(debate).edges.at(-1)).toEqual({ edgeID: 'ca:a5>ca:a2', fromID: 'ca:a5', toID: 'ca:a2' });
  });

  it('exports an argument whose target is missing as an I-node only', () => {
    const debate: TDebate = {
      essay: { title: 'T' },
      claims: [],
      arguments: [
        {
          id: 'a1',
          text: 'Orphan.',
          elaboration: null,
          stance: 'SUPPORT',
          attackKind: null,
          targetClaimId: 'gone',
          targetArgumentId: null,
        },
      ],
    };
    expect(toAif(debate)).toEqual({
      nodes: [{ nodeID: 'argument:a1', text: 'Orphan.', type: 'I' }],
      edges: [],
      locutions: [],
      participants: [],
    });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toAif(SMALL_DEBATE))).toBe(JSON.stringify(toAif(structuredClone(SMALL_DEBATE))));
  });
});
