import { describe, expect, it } from 'vitest';
import { placeArguments } from '@/lib/domain/argument';

const onClaim = (id: string, claim: string, isHidden = false) => ({ id, targetClaimId: claim, targetArgumentId: null, isHidden });
const onArgument = (id: string, target: string, isHidden = false) => ({ id, targetClaimId: null, targetArgumentId: target, isHidden });

describe('placeArguments', () => {
  it.each([
    { name: 'an argument on a current claim counts', args: [onClaim('a', 'c')], expected: { a: 'COUNTED' } },
    {
      name: 'a reply chain on a current claim counts',
      args: [onClaim('a', 'c'), onArgument('b', 'a'), onArgument('d', 'b')],
      expected: { a: 'COUNTED', b: 'COUNTED', d: 'COUNTED' },
    },
    {
      name: 'a hidden argument and everything under it are withheld',
      args: [onClaim('a', 'c', true), onArgument('b', 'a'), onArgument('d', 'b')],
      expected: { a: 'WITHHELD', b: 'WITHHELD', d: 'WITHHELD' },
    },
    {
      name: 'a hidden reply withholds only its own branch',
      args: [onClaim('a', 'c'), onArgument('b', 'a', true), onArgument('d', 'a')],
      expected: { a: 'COUNTED', b: 'WITHHELD', d: 'COUNTED' },
    },
    {
      name: 'a tree on a claim a revision dropped is detached, replies included',
      args: [onClaim('a', 'old'), onArgument('b', 'a')],
      expected: { a: 'DETACHED', b: 'DETACHED' },
    },
    { name: 'a hidden argument on a dropped claim is detached', args: [onClaim('a', 'old', true)], expected: { a: 'DETACHED' } },
    { name: 'a reply to a missing (deleted) argument is detached', args: [onArgument('b', 'gone')], expected: { b: 'DETACHED' } },
    {
      name: 'replies listed before their target are placed the same',
      args: [onArgument('d', 'b'), onArgument('b', 'a'), onClaim('a', 'c')],
      expected: { d: 'COUNTED', b: 'COUNTED', a: 'COUNTED' },
    },
    {
      name: 'a corrupt cycle is detached, not an endless loop',
      args: [onArgument('x', 'y'), onArgument('y', 'x')],
      expected: { x: 'DETACHED', y: 'DETACHED' },
    },
  ])('$name', ({ args, expected }) => {
    expect(Object.fromEntries(placeArguments(new Set(['c']), args))).toEqual(expected);
  });
});
