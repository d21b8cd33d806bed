import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/domain/auth/safe-callback-path';

describe('safeCallbackPath', () => {
  it.each([
    ['a plain path', '/cohorts', '/cohorts'],
    ['a path with query and hash', '/essays/x?claim=1#claim-1', '/essays/x?claim=1#claim-1'],
    ['nothing', null, '/'],
    ['a backslash after the slash (browsers read it as //)', '/\\evil.example', '/'],
    ['a backslash anywhere', '/essays\\..\\evil', '/'],
    ['a protocol-relative URL', '//evil.example', '/'],
    ['an absolute URL', 'https://evil.example/', '/'],
    ['a javascript: URL', 'javascript:alert(1)', '/'],
    ['a tab that the URL parser would drop', '/\t/evil.example', '/'],
    ['a newline', '/\n/evil.example', '/'],
    ['a relative path without a slash', 'evil.example', '/'],
    ['dot segments stay on the site', '/a/../../b', '/b'],
  ])('%s', (_case, raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });
});
