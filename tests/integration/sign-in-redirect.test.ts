// next-auth's redirect callback, the server half of the callbackUrl rule: whatever a link asks
// for, the redirect after signing in or out stays on this site.
import { describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/server/auth/auth-options';

const baseUrl = 'http://localhost:3100';
const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl }) as string;

describe('the sign-in redirect callback', () => {
  it.each([
    ['/\\evil.example', 'http://localhost:3100/'],
    ['//evil.example', 'http://localhost:3100/'],
    ['https://evil.example/cohorts', 'http://localhost:3100'],
    ['http://localhost:3100.evil.example/', 'http://localhost:3100'],
    ['http://localhost:3100/\\evil.example', 'http://localhost:3100/'],
    ['/cohorts?x=1', 'http://localhost:3100/cohorts?x=1'],
    ['http://localhost:3100/essays/demo#claim-2', 'http://localhost:3100/essays/demo#claim-2'],
  ])('%s → %s', (url, expected) => {
    expect(redirect(url)).toBe(expected);
  });
});
