import { describe, expect, it } from 'vitest';
import { countReplies, threadsForClaim, type TArgumentThread } from '@/components/argument/argument-thread';
import type { TDebateArgumentView } from '@/lib/server/queries/argument/get-debate-for-viewer';

type TTarget = { claim: string } | { argument: string };

/** An argument on `target` with the given mean impact (null: nobody voted) and vote count. */
function arg(
  id: string,
  target: TTarget,
  stance: 'SUPPORT' | 'ATTACK',
  mean: number | null,
  count = mean === null ? 0 : 1,
  attackKind: 'REBUT' | 'UNDERCUT' | null = stance === 'ATTACK' ? 'REBUT' : null,
): TDebateArgumentView {
  return {
    id,
    text: `text of ${id}`,
    elaboration: null,
    stance,
    attackKind,
    targetClaimId: 'claim' in target ? target.claim : null,
    targetArgumentId: 'argument' in target ? target.argument : null,
    author: { handle: 'h-ada', name: 'Ada', isViewer: true },
    createdAt: '2026-12-01T12:00:00.000Z',
    impact: { mean, count, histogram: [0, 0, 0, 0, 0] },
    strength: 0.5,
    base: 0.5,
    isHidden: false,
    placement: 'COUNTED',
  };
}

/** A thread as the page lists it: id, how it is labelled, its replies. */
type TShape = [string, string, TShape[]];
const shape = (t: TArgumentThread): TShape => [t.argument.id, t.relation, t.replies.map(shape)];

describe('threadsForClaim', () => {
  it('splits the arguments on a claim into for and against, most impactful first', () => {
    const args = [
      arg('pro-unvoted', { claim: 'c1' }, 'SUPPORT', null),
      arg('pro-weak', { claim: 'c1' }, 'SUPPORT', 1),
      arg('con-strong', { claim: 'c1' }, 'ATTACK', 4),
      arg('pro-strong', { claim: 'c1' }, 'SUPPORT', 3),
      arg('pro-strong-more-votes', { claim: 'c1' }, 'SUPPORT', 3, 5),
      arg('con-weak', { claim: 'c1' }, 'ATTACK', 0),
      arg('elsewhere', { claim: 'c2' }, 'SUPPORT', 4),
    ];
    const { pros, cons } = threadsForClaim(args, 'c1');
    expect(pros.map((t) => t.argument.id)).toEqual(['pro-strong-more-votes', 'pro-strong', 'pro-weak', 'pro-unvoted']);
    expect(cons.map((t) => t.argument.id)).toEqual(['con-strong', 'con-weak']);
  });

  it('keeps the input (oldest first) order between equally rated arguments', () => {
    const args = [arg('older', { claim: 'c1' }, 'SUPPORT', 2), arg('newer', { claim: 'c1' }, 'SUPPORT', 2)];
    expect(threadsForClaim(args, 'c1').pros.map((t) => t.argument.id)).toEqual(['older', 'newer']);
  });

  it('nests replies to any depth, supports before attacks, each most impactful first', () => {
    const args = [
      arg('root', { claim: 'c1' }, 'SUPPORT', 2),
      arg('attack-strong', { argument: 'root' }, 'ATTACK', 4),
      arg('support-weak', { argument: 'root' }, 'SUPPORT', 1),
      arg('undercut', { argument: 'root' }, 'ATTACK', 2, 1, 'UNDERCUT'),
      arg('support-strong', { argument: 'root' }, 'SUPPORT', 3),
      arg('deep', { argument: 'attack-strong' }, 'ATTACK', null, 0, null),
      arg('deeper', { argument: 'deep' }, 'SUPPORT', null),
    ];
    const { pros, cons } = threadsForClaim(args, 'c1');
    expect(cons).toEqual([]);
    expect(pros.map(shape)).toEqual([
      [
        'root',
        'SUPPORT',
        [
          ['support-strong', 'SUPPORT', []],
          ['support-weak', 'SUPPORT', []],
          ['attack-strong', 'REBUT', [['deep', 'REBUT', [['deeper', 'SUPPORT', []]]]]],
          ['undercut', 'UNDERCUT', []],
        ],
      ],
    ]);
  });

  it('labels an undercut aimed straight at a claim as a rebuttal (a claim has no inference to undercut)', () => {
    const { cons } = threadsForClaim([arg('u', { claim: 'c1' }, 'ATTACK', 1, 1, 'UNDERCUT')], 'c1');
    expect(cons.map(shape)).toEqual([['u', 'REBUT', []]]);
  });

  it('leaves out a corrupt cycle that hangs from no claim, and still returns', () => {
    const args = [
      arg('top', { claim: 'c1' }, 'SUPPORT', 1),
      arg('x', { argument: 'y' }, 'ATTACK', 1),
      arg('y', { argument: 'x' }, 'ATTACK', 1),
    ];
    expect(threadsForClaim(args, 'c1').pros.map(shape)).toEqual([['top', 'SUPPORT', []]]);
  });

  it('returns two empty lists for a claim nobody argued about', () => {
    expect(threadsForClaim([arg('a', { claim: 'c2' }, 'SUPPORT', 1)], 'c1')).toEqual({ pros: [], cons: [] });
  });

  it('handles a chain thousands deep without running out of stack', () => {
    const args = [arg('n0', { claim: 'c1' }, 'SUPPORT', null)];
    for (let i = 1; i < 20_000; i++) args.push(arg(`n${i}`, { argument: `n${i - 1}` }, 'SUPPORT', null));
    const [top] = threadsForClaim(args, 'c1').pros;
    expect(countReplies(top!)).toBe(19_999);
  });
});

describe('countReplies', () => {
  it('counts every argument below the root at any depth, not the root itself', () => {
    const args = [
      arg('root', { claim: 'c1' }, 'ATTACK', 1),
      arg('r1', { argument: 'root' }, 'SUPPORT', 1),
      arg('r2', { argument: 'root' }, 'ATTACK', 1),
      arg('r1a', { argument: 'r1' }, 'ATTACK', 1),
    ];
    const [root] = threadsForClaim(args, 'c1').cons;
    expect(countReplies(root!)).toBe(3);
    expect(countReplies(root!.replies[1]!)).toBe(0);
  });
});
