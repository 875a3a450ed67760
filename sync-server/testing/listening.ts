// Which addresses a process tree listens on, read from /proc as `ss -ltnup`
// would: the listening sockets of /proc/net/{tcp,tcp6,udp,udp6}, matched by
// inode to the file descriptors of the processes. Linux only; tests only.
import fs from 'node:fs';

export type Listener = {proto: 'tcp' | 'udp'; address: string; port: number; pid: number; command: string};

/** The process and every descendant (zero-cache's workers, PostgreSQL's backends…). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

function ipv4(hex: string): string {
  const n = Number.parseInt(hex, 16);
  return [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24].join('.');
}

function ipv6(hex: string): string {
  // Four 32-bit words, each in host (little-endian) order.
  const bytes: number[] = [];
  for (let w = 0; w < 4; w++) {
    const word = hex.slice(w * 8, w * 8 + 8);
    for (let b = 3; b >= 0; b--) bytes.push(Number.parseInt(word.slice(b * 2, b * 2 + 2), 16));
  }
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255) return bytes.slice(12).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  try {
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]!);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    // exited
  }
  return inodes;
}

export function listeners(root: number): Listener[] {
  const byInode = new Map<string, {pid: number; command: string}>();
  for (const pid of processTree(root)) {
    let command = '';
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 200);
    } catch {
      // exited
    }
    for (const inode of socketInodes(pid)) byInode.set(inode, {pid, command});
  }
  const out: Listener[] = [];
  for (const [file, proto, listenState] of [
    ['tcp', 'tcp', '0A'],
    ['tcp6', 'tcp', '0A'],
    ['udp', 'udp', '07'],
    ['udp6', 'udp', '07'],
  ] as const) {
    let text = '';
    try {
      text = fs.readFileSync(`/proc/net/${file}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [addr, portHex] = cols[1]!.split(':');
      const owner = byInode.get(cols[9]!);
      if (cols[3] !== listenState || !owner) continue;
      out.push({proto, address: file.endsWith('6') ? ipv6(addr!) : ipv4(addr!), port: Number.parseInt(portHex!, 16), ...owner});
    }
  }
  return out;
}

export const isLoopback = (address: string) => address === '::1' || address.startsWith('127.');
