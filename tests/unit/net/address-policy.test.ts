import { describe, expect, it } from 'vitest';
import { EMPTY_ALLOW_LIST, isAddressAllowed, parseAllowList } from '@/lib/domain/net/address-policy';

// Which addresses an article may be fetched from, with no allow-list. Expected answers come from
// the IANA special-purpose registries (RFC 6890 and successors), written out by hand.
const ADDRESSES: Array<[string, string, boolean]> = [
  ['public IPv4', '93.184.215.14', true],
  ['public IPv4 (DNS resolver)', '8.8.8.8', true],
  ['loopback', '127.0.0.1', false],
  ['loopback, far end of 127/8', '127.255.255.254', false],
  ['"this network" 0.0.0.0/8', '0.0.0.0', false],
  ['"this network" 0.1.2.3', '0.1.2.3', false],
  ['private 10/8', '10.20.30.40', false],
  ['private 172.16/12', '172.16.5.4', false],
  ['private 172.31 (end of 172.16/12)', '172.31.255.255', false],
  ['public 172.32 (just past 172.16/12)', '172.32.0.1', true],
  ['private 192.168/16', '192.168.1.1', false],
  ['carrier-grade NAT 100.64/10', '100.64.0.1', false],
  ['link-local / cloud metadata', '169.254.169.254', false],
  ['multicast', '224.0.0.251', false],
  ['broadcast', '255.255.255.255', false],
  ['documentation TEST-NET-1', '192.0.2.10', false],
  ['benchmarking 198.18/15', '198.18.0.1', false],
  ['reserved 240/4', '240.0.0.1', false],
  ['public IPv6', '2606:4700:4700::1111', true],
  ['IPv6 loopback ::1', '::1', false],
  ['IPv6 unspecified ::', '::', false],
  ['IPv6 unique-local fc00::/7', 'fd12:3456::1', false],
  ['IPv6 link-local fe80::/10', 'fe80::1', false],
  ['IPv4-mapped loopback', '::ffff:127.0.0.1', false],
  ['IPv4-mapped private', '::ffff:10.0.0.1', false],
  ['IPv4-mapped even when public', '::ffff:8.8.8.8', false],
  ['NAT64 64:ff9b::/96 of loopback', '64:ff9b::7f00:1', false],
  ['6to4 of loopback', '2002:7f00:1::1', false],
  ['IPv6 documentation 2001:db8::/32', '2001:db8::1', false],
  ['IPv6 multicast', 'ff02::1', false],
  ['not an address at all', 'example.com', false],
];

describe('isAddressAllowed with no allow-list', () => {
  it.each(ADDRESSES)('%s (%s) → %s', (_what, address, isAllowed) => {
    expect(isAddressAllowed(address, 'some.host', EMPTY_ALLOW_LIST)).toBe(isAllowed);
  });
});

describe('the operator allow-list', () => {
  const allow = parseAllowList('localhost, 127.0.0.1 10.1.0.0/16,[::1],Intranet.Example.');

  it.each([
    ['an address it names', '127.0.0.1', '127.0.0.1', true],
    ['an address inside a CIDR block it names', '10.1.200.3', '10.1.200.3', true],
    ['an address outside that block', '10.2.0.1', '10.2.0.1', false],
    ['an IPv6 address it names, given in brackets', '::1', '[::1]', true],
    ['any address of a host name it names', '192.168.0.7', 'localhost', true],
    ['a host name matched whole and ignoring case and a final dot', '10.9.9.9', 'INTRANET.example', true],
    ['a different host name that resolves to a private address', '192.168.0.7', 'evil.example', false],
    ['a sub-domain of a named host', '192.168.0.7', 'x.intranet.example', false],
  ])('allows %s: %s via %s → %s', (_what, address, hostname, isAllowed) => {
    expect(isAddressAllowed(address, hostname, allow)).toBe(isAllowed);
  });

  it('ignores what is neither a host, an address nor a block, and an unset variable', () => {
    expect(parseAllowList('host!, 10.0.0.0/99, *.example, http://x.example/')).toEqual({ hosts: new Set(), ranges: [] });
    expect(parseAllowList(undefined)).toEqual({ hosts: new Set(), ranges: [] });
  });
});
