// The writers of the fault bench. Each write carries a unique marker in its
// text, so afterwards PostgreSQL can be counted against what each device saw
// acknowledged: none missing, none twice.
//  - RestDevice: a device's outbox over REST: one write at a time, the same
//    Idempotency-Key and body on every retry until a definite answer.
//  - ZeroDevice: a real Zero client (Node, memory store) writing through the
//    request.create mutator; acknowledged = its `.server` promise succeeded.
//  - FormVisitor: the public request form, re-posted with the same signed form
//    id when the answer is lost (a visitor pressing "send" again).
import {randomUUID} from 'node:crypto';
import {Zero} from '@rocicorp/zero';
import {schema} from '#schema/zero-schema.ts';
import {mutators} from '#shared/mutators/index.ts';
import '#shared/zero-types.ts';
import type {MemberContext} from '#shared/auth/context.ts';

export type Write = {marker: string; device: string; sentAt: number; ackedAt?: number; refused?: string};

export class Ledger {
  writes: Write[] = [];
  add(device: string, marker: string): Write {
    const w = {marker, device, sentAt: Date.now()};
    this.writes.push(w);
    return w;
  }
  acked() {
    return this.writes.filter((w) => w.ackedAt !== undefined);
  }
  pending() {
    return this.writes.filter((w) => w.ackedAt === undefined && !w.refused);
  }
  /** When the first write acknowledged after `t` was acknowledged (writes flowing again). */
  firstAckAfter(t: number, kind?: string): number | undefined {
    const ts = this.writes.filter((w) => (w.ackedAt ?? 0) > t && (!kind || w.device.startsWith(kind))).map((w) => w.ackedAt!);
    return ts.length ? Math.min(...ts) : undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Session = {cookie: string; token: string; body: any};

export async function login(base: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({email, password}),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('dot_session='))!
    .split(';')[0]!;
  return {cookie, token: cookie.slice('dot_session='.length), body: await res.json()};
}

abstract class Writer {
  running = true;
  loop: Promise<void> = Promise.resolve();
  constructor(
    readonly name: string,
    readonly ledger: Ledger,
    readonly paceMs: number,
  ) {}
  start() {
    this.loop = this.run();
  }
  async stop() {
    this.running = false;
    await this.loop;
  }
  protected abstract run(): Promise<void>;
}

export class RestDevice extends Writer {
  constructor(
    name: string,
    ledger: Ledger,
    readonly base: string,
    readonly session: Session,
    paceMs = 500,
  ) {
    super(name, ledger, paceMs);
  }
  protected async run() {
    for (let i = 0; this.running; i++) {
      const w = this.ledger.add(this.name, `fault:${this.name}:${i}`);
      const key = randomUUID();
      const body = JSON.stringify({text: w.marker, clientPhone: '+77011234567'});
      // The outbox never gives up on a write: it retries the same key until the server answers for sure.
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`${this.base}/api/v1/requests`, {
            method: 'POST',
            headers: {'content-type': 'application/json', cookie: this.session.cookie, 'idempotency-key': key},
            body,
            signal: AbortSignal.timeout(70_000),
          });
          await res.text();
          if (res.status === 201 || res.status === 200) {
            w.ackedAt = Date.now();
            break;
          }
          if (res.status >= 400 && res.status < 500 && res.status !== 409 && res.status !== 429) {
            w.refused = `${res.status}`;
            break;
          }
        } catch {
          // no answer: the server is down or the answer was lost
        }
        await sleep(Math.min(2000, 200 * 2 ** attempt));
      }
      await sleep(this.paceMs);
    }
  }
}

/** Zero's own error lines (failed connection attempts while a server part is down). */
export const zeroLogLines = {count: 0};

function makeZero(base: string, name: string, session: Session, context: MemberContext) {
  const b = session.body;
  return new Zero({
    cacheURL: `${base}/zero`,
    userID: b.user.id,
    storageKey: `${b.company.id}-${name}`,
    schema,
    mutators,
    context,
    // The session token, forwarded by zero-cache as a Bearer credential (what the cookie is for a browser).
    auth: session.token,
    kvStore: 'mem',
    logLevel: 'error',
    // Connection retries during a kill are the point of the bench, not news: counted, not printed.
    logSink: {log: () => void (zeroLogLines.count += 1)},
    // As the app does: stay "connecting" (queuing writes) however long the server is away.
    disconnectTimeoutMs: 2_000_000_000,
  });
}

export class ZeroDevice extends Writer {
  zero: ReturnType<typeof makeZero>;
  constructor(name: string, ledger: Ledger, base: string, session: Session, paceMs = 1000) {
    super(name, ledger, paceMs);
    const b = session.body;
    const context: MemberContext = {
      kind: 'member',
      userID: b.user.id,
      memberID: b.member.id,
      companyID: b.company.id,
      role: b.member.role,
      roles: b.member.roles?.length ? b.member.roles : [b.member.role],
      permissions: b.permissions,
      withheld: b.withheld ?? [],
      modulesOff: b.modulesOff ?? [],
      via: 'sync',
    } as MemberContext;
    this.zero = makeZero(base, name, session, context);
  }
  state() {
    return this.zero.connection.state.current.name;
  }
  protected async run() {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; this.running; i++) {
      const w = this.ledger.add(this.name, `fault:${this.name}:${i}`);
      // Like the app: the write is applied locally at once and Zero delivers it when it can.
      // (Typed loosely: the bench compiles the shared mutators in the server's setting, where their transaction type differs.)
      const mutate = this.zero.mutate as unknown as (m: unknown) => {
        server: Promise<{type: 'success'} | {type: 'error'; error: {type: string; message: string}}>;
      };
      const r = mutate(mutators.request.create({id: randomUUID(), text: w.marker, clientPhone: '+77011234567', createdAt: Date.now()}));
      inFlight.push(
        r.server.then((res) => {
          if (res.type === 'success') w.ackedAt = Date.now();
          else if (res.error.type === 'app') w.refused = res.error.message;
          // a 'zero' error is "not confirmed yet": the mutation stays queued
        }),
      );
      await sleep(this.paceMs);
    }
    await Promise.race([Promise.all(inFlight), sleep(120_000)]);
  }
  async close() {
    await this.zero.close();
  }
}

export class FormVisitor extends Writer {
  constructor(
    name: string,
    ledger: Ledger,
    readonly base: string,
    readonly slug: string,
    paceMs = 300,
  ) {
    super(name, ledger, paceMs);
  }
  protected async run() {
    for (let i = 0; this.running; i++) {
      const w = this.ledger.add(this.name, `fault:${this.name}:${i}`);
      let formId: string | undefined;
      for (let attempt = 0; ; attempt++) {
        try {
          if (!formId) {
            const page = await (await fetch(`${this.base}/c/${this.slug}/request`, {signal: AbortSignal.timeout(30_000)})).text();
            formId = /name="form_id" value="([^"]+)"/.exec(page)?.[1];
            if (!formId) throw new Error('no form');
          }
          const res = await fetch(`${this.base}/c/${this.slug}/request`, {
            method: 'POST',
            redirect: 'manual',
            headers: {'content-type': 'application/x-www-form-urlencoded'},
            body: new URLSearchParams({form_id: formId, name: 'Посетитель', phone: '+77011234567', text: w.marker, website: ''}).toString(),
            signal: AbortSignal.timeout(30_000),
          });
          await res.text();
          if (res.status === 303) {
            w.ackedAt = Date.now();
            break;
          }
          if (res.status === 400 || res.status === 404) {
            w.refused = `${res.status}`;
            break;
          }
        } catch {
          // the same form is sent again
        }
        await sleep(Math.min(2000, 200 * 2 ** attempt));
      }
      await sleep(this.paceMs);
    }
  }
}
