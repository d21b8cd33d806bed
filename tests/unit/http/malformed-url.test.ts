import { describe, expect, it } from 'vitest';
import { describeMalformedUrl } from '@/lib/domain/http/malformed-url';

const ESCAPE = 'The address has a malformed percent-escape (such as %FF): it names nothing here.';
const CONTROL = 'The address contains a control character (such as %00): it names nothing here.';
const QUERY = 'The query string contains a control character (such as %00): remove it and try again.';

// [case, raw pathname, raw search, expected]
const cases: Array<[string, string, string, string | null]> = [
  ['a plain page', '/essays/so-many-alliances', '', null],
  ['the home page', '/', '', null],
  ['an API path with a query', '/api/v1/essays/x/annotations', '?limit=10&cursor=abc', null],
  ['an encoded space and slash', '/essays/a%20b%2Fc', '', null],
  ['well-formed UTF-8 (é)', '/essays/%C3%A9', '', null],
  ['an encoded percent sign', '/essays/%25', '', null],
  ['%FF alone', '/essays/%FF', '', ESCAPE],
  ['overlong UTF-8 (%C0%AF)', '/api/annotations/%C0%AF', '', ESCAPE],
  ['a truncated escape', '/essays/abc%E2%82', '', ESCAPE],
  ['a % without hex digits', '/essays/100%', '', ESCAPE],
  ['an encoded lone surrogate (%ED%A0%80)', '/essays/%ED%A0%80', '', ESCAPE],
  ['a NUL in a path segment', '/api/annotations/abc%00def', '', CONTROL],
  ['a newline in a path segment', '/essays/a%0Ab', '', CONTROL],
  ['a NUL in a query value', '/api/v1/essays/x/annotations', '?claim=a%00b', QUERY],
  ['a NUL in a query key', '/essays/x', '?%00=1', QUERY],
  ['a bad escape in a query value (left to URLSearchParams)', '/essays/x', '?q=100%', null],
  ['plus signs in a query', '/essays/x', '?q=a+b', null],
];

describe('describeMalformedUrl', () => {
  it.each(cases)('%s', (_name, pathname, search, expected) => {
    expect(describeMalformedUrl(pathname, search)).toBe(expected);
  });
});
