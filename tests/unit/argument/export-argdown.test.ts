import { describe, expect, it } from 'vitest';
import { escapeArgdown, toArgdown, type TDebateArgument } from '@/lib/domain/argument';
import { SMALL_DEBATE } from './small-debate';

const EXPECTED = String.raw`# Should cities ban cars?

## Introduction

[C1]: Cars make city centres worse.
  + <A1>: Traffic kills 1,000 pedestrians a year \[ONS 2023\]. {elaboration: "See table 4 \u007broad deaths\u007d.\nMost were \"in towns\"."}
    <_ <A4>: Most of those deaths happen \*outside\* centres.
  - <A2>: Cars let disabled people reach the centre.
    - <A3>: Accessible transit does that better.

## Objections

[C2]: A ban would hurt small shops.
`;

const argument = (id: string, text: string, target: Partial<TDebateArgument>): TDebateArgument => ({
  id,
  text,
  elaboration: null,
  stance: 'ATTACK',
  attackKind: 'REBUT',
  targetClaimId: null,
  targetArgumentId: null,
  ...target,
});

describe('toArgdown', () => {
  it('writes the small debate as claim trees', () => {
    expect(toArgdown(SMALL_DEBATE)).toBe(EXPECTED);
  });

  it('is deterministic', () => {
    expect(toArgdown(SMALL_DEBATE)).toBe(toArgdown(structuredClone(SMALL_DEBATE)));
  });

  it('writes arguments whose target is missing last, each as its own tree', () => {
    const debate = {
      essay: { title: 'T' },
      claims: [{ id: 'c1', text: 'Claim.', section: null }],
      arguments: [
        argument('a1', 'Aimed at a hidden argument.', { targetArgumentId: 'gone' }),
        argument('a2', 'Reply to it.', { stance: 'SUPPORT', attackKind: null, targetArgumentId: 'a1' }),
        argument('a3', 'Undercut aimed at a claim.', { attackKind: 'UNDERCUT', targetClaimId: 'c1' }),
      ],
    };
    expect(toArgdown(debate)).toBe(
      [
        '# T',
        '',
        '[C1]: Claim.',
        '  - <A3>: Undercut aimed at a claim.',
        '',
        '// Arguments whose target is not in this export',
        '',
        '<A1>: Aimed at a hidden argument.',
        '  + <A2>: Reply to it.',
        '',
      ].join('\n'),
    );
  });

  it('writes line and paragraph separators in an elaboration as escapes, keeping the data block on one line', () => {
    const debate = {
      essay: { title: 'T' },
      claims: [{ id: 'c1', text: 'Claim.', section: null }],
      arguments: [
        argument('a1', 'Reason.', { stance: 'SUPPORT', attackKind: null, targetClaimId: 'c1', elaboration: 'one\u2028two\u2029three' }),
      ],
    };
    expect(toArgdown(debate)).toBe(
      ['# T', '', '[C1]: Claim.', String.raw`  + <A1>: Reason. {elaboration: "one\u2028two\u2029three"}`, ''].join('\n'),
    );
  });
});

describe('escapeArgdown', () => {
  it.each([
    {
      name: 'plain text',
      text: 'Cars are loud, costly; and (often) slow: 50-60%.',
      expected: 'Cars are loud, costly; and (often) slow: 50-60%.',
    },
    { name: 'references, links and mentions', text: 'See [C1] and <A2>, @[x]', expected: String.raw`See \[C1\] and \<A2\>, \@\[x\]` },
    { name: 'tags, emphasis and data', text: '#tag *a* _b_ {k: v}', expected: String.raw`\#tag \*a\* \_b\_ \{k: v\}` },
    { name: 'comments but not single slashes', text: 'a/b // c /* d', expected: String.raw`a/b \// c \/\* d` },
    { name: 'front-matter fences', text: 'x === y', expected: String.raw`x \=\== y` },
    { name: 'backslashes', text: String.raw`C:\dir`, expected: String.raw`C:\\dir` },
    { name: 'newlines and runs of spaces', text: '  one\n\ntwo   three ', expected: 'one two three' },
  ])('$name', ({ text, expected }) => {
    expect(escapeArgdown(text)).toBe(expected);
  });
});
