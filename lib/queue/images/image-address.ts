/**
 * Where a page image may be fetched from. The address comes from the page, and the
 * worker fetches it with the person's network: a page must not make it reach this
 * computer, the local network or a cloud's metadata service (a router's admin page, a
 * printer, 169.254.169.254). Pure: the URL's text decides, as the browser parses it.
 *
 * The WHATWG URL parser already writes every IPv4 form as four decimals
 * (`http://2130706433/`, `0x7f.1`, `0177.0.0.1` are all `127.0.0.1`) and IPv6 in its
 * compressed form (`[::ffff:127.0.0.1]` is `[::ffff:7f00:1]`), so the checks read the
 * parsed host. A name cannot be resolved here (the extension has no DNS API): names this
 * computer or its network answer for — `localhost`, `.local`, `.internal`, `.lan`,
 * `.home.arpa`, single labels such as `router` — are refused; a public name that
 * resolves to a private address is the one case this cannot see.
 *
 * Loopback (127/8, ::1, localhost) is allowed only where the caller says so: the test
 * build, whose images come from a server on this machine.
 */

/** Why an address is refused; null when it may be fetched. */
export type AddressRefusal = 'not_web' | 'credentials' | 'private_address' | 'local_name';

export interface AddressRule {
  allowLoopback: boolean;
}

// [first octet, second octet from, second octet to (inclusive)] per refused IPv4 range.
const PRIVATE_V4: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 255], // 0/8 "this network", 0.0.0.0 included
  [10, 0, 255], // 10/8
  [100, 64, 127], // 100.64/10 carrier-grade NAT
  [127, 0, 255], // 127/8 loopback
  [169, 254, 254], // 169.254/16 link-local, cloud metadata
  [172, 16, 31], // 172.16/12
  [192, 168, 168], // 192.168/16
  [198, 18, 19], // 198.18/15 benchmarking
];

function parseV4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function v4Refusal(octets: number[], rule: AddressRule): AddressRefusal | null {
  const [a = 0, b = 0, c = 0] = octets;
  if (a === 127 && rule.allowLoopback) return null;
  if (PRIVATE_V4.some(([first, from, to]) => a === first && b >= from && b <= to)) {
    return 'private_address';
  }
  if (a === 192 && b === 0 && c === 0) return 'private_address'; // 192.0.0/24 protocol assignments
  if (a >= 224) return 'private_address'; // multicast, reserved, broadcast
  return null;
}

/** The eight 16-bit groups of an IPv6 address written without brackets, or null. */
function parseV6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      const v4 = i === parts.length - 1 ? parseV4(part) : null;
      if (v4) out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(parseInt(part, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
}

function v6Refusal(g: number[], rule: AddressRule): AddressRefusal | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(7) && g7 === 1) return rule.allowLoopback ? null : 'private_address'; // ::1
  if (zeroTo(8)) return 'private_address'; // ::
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d):
  // judged by the IPv4 address inside.
  if (zeroTo(5) && g5 === 0xffff) return v4Refusal(embedded, rule);
  if (zeroTo(6)) return v4Refusal(embedded, rule);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return v4Refusal(embedded, rule);
  }
  if ((g0 & 0xfe00) === 0xfc00) return 'private_address'; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return 'private_address'; // link/site-local
  if ((g0 & 0xff00) === 0xff00) return 'private_address'; // multicast
  return null;
}

const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet'];

function nameRefusal(name: string, rule: AddressRule): AddressRefusal | null {
  if (name === 'localhost' || name.endsWith('.localhost')) {
    return rule.allowLoopback ? null : 'local_name';
  }
  if (!name.includes('.')) return 'local_name';
  return LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix)) ? 'local_name' : null;
}

/**
 * Why the worker must not fetch `url`, or null when it may. `url` is absolute (a hop's
 * `Location` is resolved against the address that answered it before it comes here).
 */
export function imageAddressRefusal(url: string, rule: AddressRule): AddressRefusal | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not_web';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'not_web';
  if (parsed.username || parsed.password) return 'credentials';
  // `example.com.` is `example.com`; `localhost.` is still this computer.
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return 'not_web';
  if (host.startsWith('[')) {
    const groups = parseV6(host.slice(1, -1));
    return groups ? v6Refusal(groups, rule) : 'not_web';
  }
  const v4 = parseV4(host);
  if (v4) return v4Refusal(v4, rule);
  return nameRefusal(host, rule);
}
