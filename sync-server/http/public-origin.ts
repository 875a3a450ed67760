// The address people use to reach dot, for links the server builds (invitations,
// calendar feeds, QR codes, emails). DOT_PUBLIC_URL when set. Otherwise the
// request's own Host — but only when it names this machine (localhost, one of
// its interface addresses, its host name) on dot's port: a Host header is the
// client's to write, and an invitation link pointing at an attacker's server
// would hand them the invitation token.
import os from 'node:os';
import type express from 'express';

export type OriginConfig = {publicUrl: string | undefined; port: number};

/** The names this machine answers to. */
export function machineNames(): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '::1', os.hostname().toLowerCase(), `${os.hostname().toLowerCase()}.local`]);
  for (const list of Object.values(os.networkInterfaces())) for (const i of list ?? []) names.add(i.address.toLowerCase());
  return names;
}

/** The first address a phone on the same network can use, else localhost. */
function fallback(port: number): string {
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((i): i is os.NetworkInterfaceInfo => !!i && i.family === 'IPv4' && !i.internal);
  return `http://${lan ? lan.address : 'localhost'}:${port}`;
}

/** The origin for links in the answer to this request. */
export function publicOrigin(config: OriginConfig, req: Pick<express.Request, 'protocol' | 'get'>, names: Set<string> = machineNames()): string {
  if (config.publicUrl) return config.publicUrl;
  const host = (req.get('host') ?? '').trim().toLowerCase();
  let url: URL | undefined;
  try {
    url = new URL(`${req.protocol}://${host}`);
  } catch {
    url = undefined;
  }
  const hostname = url?.hostname.replace(/^\[|\]$/g, '');
  // dot's own port, or none at all (a proxy on this machine, on 80/443).
  const ours = !!url && !!hostname && names.has(hostname) && (!url.port || Number(url.port) === config.port) && url.pathname === '/' && !url.username;
  return ours ? url!.origin : fallback(config.port);
}
