import { describe, expect, it } from 'vitest';
import { nestingDepth, parseJsonText } from '@/lib/server/http/read-json-body';

describe('nestingDepth', () => {
  it.each([
    ['a flat object', '{"a":1}', 1],
    ['an array of objects', '[{"a":[1,2]},{}]', 3],
    ['brackets inside strings do not count', '{"text":"[[[{{{"}', 1],
    ['an escaped quote does not end the string', '{"text":"say \\"[[[\\" twice"}', 1],
    ['a scalar', '42', 0],
  ])('%s', (_case, text, expected) => {
    expect(nestingDepth(text)).toBe(expected);
  });
});

describe('parseJsonText', () => {
  it('refuses JSON nested 100,000 deep with a 400, not a stack overflow', () => {
    expect(() => parseJsonText('['.repeat(100_000) + ']'.repeat(100_000))).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('accepts 32 levels and refuses 33', () => {
    expect(parseJsonText('['.repeat(32) + ']'.repeat(32))).toBeInstanceOf(Array);
    expect(() => parseJsonText('['.repeat(33) + ']'.repeat(33))).toThrow('nested more than 32 levels');
  });

  it('refuses an empty body with a message that says what to send', () => {
    expect(() => parseJsonText('  ')).toThrow('The request body is empty: send a JSON object.');
  });
});
