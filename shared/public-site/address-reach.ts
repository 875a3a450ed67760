// Who can open an address: everyone, only this computer (127.0.0.1, localhost,
// ::1) or only this network (192.168.x.x, 10.x.x.x, fe80::…, salon-pc.local).
// A printed QR code lives for years, so a code that leads to a loopback or a
// private address is a mistake to warn about before it is printed. Pure.

export type AddressReach = 'public' | 'loopback' | 'private';

const LOCAL_SUFFIXES = ['.local', '.lan', '.home', '.home.arpa', '.internal', '.localdomain', '.intranet'];

function ipv4Reach(host: string): AddressReach | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === 127 || a === 0) return 'loopback';
  if (a === 10) return 'private';
  if (a === 172 && b >= 16 && b <= 31) return 'private';
  if (a === 192 && b === 168) return 'private';
  if (a === 169 && b === 254) return 'private';
  // Carrier-grade NAT (100.64.0.0/10): not reachable from the internet either.
  if (a === 100 && b >= 64 && b <= 127) return 'private';
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(host: string): number[] | null {
  if (!host.includes(':')) return null;
  let text = host;
  // A trailing IPv4 (::ffff:127.0.0.1) becomes two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0) return null;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail];
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

function ipv6Reach(host: string): AddressReach | null {
  const g = ipv6Groups(host);
  if (!g) return null;
  const [first] = g as [number];
  if (g.slice(0, 7).every((x) => x === 0) && (g[7] === 1 || g[7] === 0)) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 address decides.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const [hi, lo] = [g[6]!, g[7]!];
    return ipv4Reach(`${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`);
  }
  if ((first & 0xfe00) === 0xfc00) return 'private'; // fc00::/7, unique local
  if ((first & 0xffc0) === 0xfe80) return 'private'; // fe80::/10, link-local
  if ((first & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, the old site-local
  return 'public';
}

/** The host name of an origin or URL ("http://[::1]:3000" → "::1"), or the text itself when it is a bare host. */
function hostOf(address: string): string {
  const text = address.trim();
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return text;
  }
}

/** Whether people elsewhere can open this address (an origin, a URL or a host). */
export function addressReach(address: string): AddressReach {
  const host = hostOf(address)
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (!host) return 'public';
  const ip = ipv4Reach(host) ?? ipv6Reach(host);
  if (ip) return ip;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return 'private';
  // A one-word name ("salon-pc") resolves only inside its own network.
  if (!host.includes('.')) return 'private';
  return 'public';
}

/** True for an address only this computer or this network can open: a printed code with it would not work for clients. */
export function isLocalAddress(address: string): boolean {
  return addressReach(address) !== 'public';
}

/** The host (with its port) to name in a warning: "127.0.0.1:3000". */
export function hostForHumans(address: string): string {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `http://${address}`).host;
  } catch {
    return address;
  }
}
