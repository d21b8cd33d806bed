import ipaddr from 'ipaddr.js';

/**
 * Which addresses the server may fetch an article from. An essay import makes the server open a
 * connection to an address someone typed, so without a rule it would reach what only the server
 * can reach: its own loopback services, the private network, a cloud's metadata endpoint.
 *
 * The rule: only globally routable unicast addresses (ipaddr.js's range `unicast`), which leaves
 * out loopback, private (RFC 1918), carrier-grade NAT, link-local, unspecified (0.0.0.0/8, ::),
 * multicast, broadcast, documentation and other reserved blocks, unique-local (fc00::/7), and
 * every IPv6 form that carries an IPv4 address (mapped ::ffff:0:0/96, NAT64, 6to4, Teredo), whose
 * embedded address could be any of the former. An operator's allow-list can open exceptions.
 */
export type TAllowList = { hosts: ReadonlySet<string>; ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]> };

export const EMPTY_ALLOW_LIST: TAllowList = { hosts: new Set(), ranges: [] };

/**
 * Reads an allow-list such as COUNTERPOINT_IMPORT_ALLOW_HOSTS: comma- or space-separated host
 * names (`intranet.example`, matched whole, any case), addresses (`127.0.0.1`, `::1`) and CIDR
 * blocks (`10.1.0.0/16`). Entries that are none of these are ignored.
 *
 * @example parseAllowList('localhost, 10.0.0.0/8').hosts.has('localhost') // true
 */
export function parseAllowList(value: string | undefined): TAllowList {
  const hosts = new Set<string>();
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const bare = entry.replace(/^\[|\]$/g, '');
    if (bare.includes('/') && isCidr(bare)) ranges.push(ipaddr.parseCIDR(bare));
    else if (ipaddr.isValid(bare)) {
      const address = ipaddr.parse(bare);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/i.test(bare)) hosts.add(bare.toLowerCase().replace(/\.$/, ''));
  }
  return { hosts, ranges };
}

/** The ipaddr.js range name of an address (`unicast` for a public one), or null when it is not an address. */
export function rangeOf(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).range() : null;
}

/**
 * Whether the server may connect to `address` for a URL whose host is `hostname`: a public
 * unicast address, or one the allow-list names (by the host name the URL used, or by address).
 *
 * @example isAddressAllowed('127.0.0.1', 'localhost', EMPTY_ALLOW_LIST) // false
 * @example isAddressAllowed('93.184.215.14', 'example.com', EMPTY_ALLOW_LIST) // true
 */
export function isAddressAllowed(address: string, hostname: string, allow: TAllowList): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.parse(bare);
  if (
    allow.hosts.has(
      hostname
        .toLowerCase()
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, ''),
    )
  )
    return true;
  if (allow.ranges.some(([base, bits]) => base.kind() === parsed.kind() && parsed.match(base, bits))) return true;
  return parsed.range() === 'unicast';
}

function isCidr(value: string): boolean {
  try {
    ipaddr.parseCIDR(value);
    return true;
  } catch {
    return false;
  }
}
