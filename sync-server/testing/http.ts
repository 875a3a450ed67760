// A tiny cookie-keeping client for the REST API in tests: one per "device".
import type pg from 'pg';
import {expect, inject} from 'vitest';
import type {MemberContext} from '#shared/auth/context.ts';
import {SYSTEM_ROLE_PERMISSIONS, type Permission, type SystemRole} from '#shared/auth/permissions.ts';

export class Client {
  cookie = '';
  constructor(
    readonly base = inject('baseUrl'),
    readonly headers: Record<string, string> = {},
  ) {}

  async req<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{status: number; body: T; headers: Headers}> {
    const res = await fetch(this.base + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(this.cookie && {cookie: this.cookie}),
        ...(body !== undefined && typeof body !== 'string' && {'content-type': 'application/json'}),
        ...this.headers,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('dot_session='));
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // HTML or text
    }
    return {status: res.status, body: parsed as T, headers: res.headers};
  }
  get<T = any>(path: string) {
    return this.req<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.req<T>('POST', path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.req<T>('PATCH', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.req<T>('PUT', path, body, headers);
  }
}

let n = 0;
export function uniqueEmail(tag = 'owner'): string {
  return `${tag}.${process.pid}.${Date.now()}.${n++}@example.kz`;
}

/** Registers a fresh company and returns its owner's client. */
export async function signupCompany(name = 'Тестовая компания'): Promise<{client: Client; me: any}> {
  const client = new Client();
  const res = await client.post('/api/v1/auth/signup', {companyName: name, name: 'Владелец', email: uniqueEmail(), password: 'password1'});
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return {client, me: res.body};
}

/** A colleague with a role made of exactly these permissions, signed in. */
export async function colleagueWith(db: pg.Pool | pg.Client, owner: Client, companyId: string, key: string, permissions: Permission[]): Promise<Client> {
  await db.query(`insert into role (id, company_id, key, name, permissions) values (gen_random_uuid()::text, $1, $2, $2, $3)`, [
    companyId,
    key,
    JSON.stringify(permissions),
  ]);
  const email = uniqueEmail(key);
  expect((await owner.post('/api/v1/members', {name: key, email, role: key, password: 'colleague1'})).status).toBe(201);
  const c = new Client(owner.base);
  expect((await c.post('/api/v1/auth/login', {email, password: 'colleague1'})).status).toBe(200);
  return c;
}

type Me = {user: {id: string}; member: {id: string}; company: {id: string}};

/** The context the server builds for a member with a system role on a synced device: to run named queries as them. */
export function syncContext(me: Me, role: SystemRole): MemberContext {
  return {
    kind: 'member',
    userID: me.user.id,
    memberID: me.member.id,
    companyID: me.company.id,
    role,
    permissions: SYSTEM_ROLE_PERMISSIONS[role],
    via: 'sync',
  };
}

export const ownerContext = (me: Me): MemberContext => syncContext(me, 'owner');
