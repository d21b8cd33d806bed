import { describe, expect, it } from 'vitest';
import { metricsAccess } from '@/lib/server/metrics/metrics-access';

const TOKEN = 'a-metrics-token-of-32-characters';

describe('metricsAccess', () => {
  it.each([
    ['no token configured: off, whatever is sent', `Bearer ${TOKEN}`, undefined, 'off'],
    ['an empty token configured: off', `Bearer ${TOKEN}`, '', 'off'],
    ['a token under 16 characters: stays off', 'Bearer fifteen-chars-x', 'fifteen-chars-x', 'token too short'],
    ['the token as a bearer: granted', `Bearer ${TOKEN}`, TOKEN, 'granted'],
    ['the scheme in any case: granted', `bearer ${TOKEN}`, TOKEN, 'granted'],
    ['no Authorization header: denied', null, TOKEN, 'denied'],
    ['the token without a scheme: denied', TOKEN, TOKEN, 'denied'],
    ['another scheme: denied', `Basic ${TOKEN}`, TOKEN, 'denied'],
    ['a prefix of the token: denied', `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, 'denied'],
    ['the token and more: denied', `Bearer ${TOKEN}x`, TOKEN, 'denied'],
    ['two words after the scheme: denied', `Bearer ${TOKEN} ${TOKEN}`, TOKEN, 'denied'],
    ['an empty bearer: denied', 'Bearer ', TOKEN, 'denied'],
  ] as const)('%s', (_case, authorization, token, expected) => {
    expect(metricsAccess(authorization, token)).toBe(expected);
  });
});
