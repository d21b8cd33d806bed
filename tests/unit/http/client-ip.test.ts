import { describe, expect, it } from 'vitest';
import { clientIp } from '@/lib/server/http/client-ip';

const xff = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('clientIp', () => {
  it.each([
    ['no proxies: a forwarded header is ignored', {}, xff('203.0.113.9'), 'direct'],
    [
      'no proxies, a configured header from the proxy',
      { COUNTERPOINT_CLIENT_IP_HEADER: 'X-Real-IP' },
      new Headers({ 'x-real-ip': '198.51.100.4' }),
      '198.51.100.4',
    ],
    [
      'no proxies, the configured header is not an IP',
      { COUNTERPOINT_CLIENT_IP_HEADER: 'x-real-ip' },
      new Headers({ 'x-real-ip': 'evil' }),
      'direct',
    ],
    [
      'one proxy: the entry it appended, not what the client wrote',
      { COUNTERPOINT_TRUSTED_PROXIES: '1' },
      xff('1.2.3.4, 203.0.113.9'),
      '203.0.113.9',
    ],
    [
      'two proxies: the second entry from the right',
      { COUNTERPOINT_TRUSTED_PROXIES: '2' },
      xff('1.2.3.4, 203.0.113.9, 10.0.0.2'),
      '203.0.113.9',
    ],
    ['two proxies but one entry: not vouched for', { COUNTERPOINT_TRUSTED_PROXIES: '2' }, xff('203.0.113.9'), 'direct'],
    ['an IPv6 entry', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, xff('2001:DB8::1'), '2001:db8::1'],
    ['a 300-character entry is not an address', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, xff('9'.repeat(300)), 'direct'],
    ['a word is not an address', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, xff('localhost'), 'direct'],
    ['a nonsense proxy count counts as none', { COUNTERPOINT_TRUSTED_PROXIES: 'many' }, xff('203.0.113.9'), 'direct'],
    [
      'Node-style headers with a repeated header',
      { COUNTERPOINT_TRUSTED_PROXIES: '1' },
      { 'x-forwarded-for': ['1.2.3.4', '203.0.113.9'] },
      '203.0.113.9',
    ],
  ])('%s', (_case, env, headers, expected) => {
    expect(clientIp(headers, env)).toBe(expected);
  });

  it('gives a fresh spoofed entry per request no fresh key behind one proxy', () => {
    const env = { COUNTERPOINT_TRUSTED_PROXIES: '1' };
    const keys = new Set(Array.from({ length: 20 }, (_, i) => clientIp(xff(`10.9.8.${i}, 203.0.113.9`), env)));
    expect([...keys]).toEqual(['203.0.113.9']);
  });
});
