// For tests (pg and e2e helpers): a platform administrator made through the
// test-mode control, signed in to the console. The TOTP code is computed here
// as an authenticator app would; each administrator's code works once, so a
// second sign-in within 30 s takes the next step's code (the window allows it).
import {inject} from 'vitest';
import {Client, uniqueEmail} from '../../testing/http.ts';
import {CONSOLE_COOKIE} from '../session.ts';
import {totpCode} from './totp.ts';

export type ConsoleAdmin = {id: string; email: string; password: string; secret: string; client: Client; cookie: string};

/** Signs in; the console cookie's `name=value`, or null with the answer's status. */
export async function consoleSignIn(
  base: string,
  input: {email: string; password: string; code: string},
  headers: Record<string, string> = {},
): Promise<{status: number; body: any; cookie: string | null; setCookie: string | null}> {
  const res = await fetch(`${base}/api/v1/platform/auth/login`, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...headers},
    body: JSON.stringify(input),
  });
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${CONSOLE_COOKIE}=`)) ?? null;
  return {status: res.status, body: await res.json().catch(() => null), cookie: setCookie?.split(';')[0] ?? null, setCookie};
}

/** A new administrator, signed in: `client` sends only the console cookie. */
export async function consoleAdmin(base = inject('baseUrl'), password = 'console-pass-1'): Promise<ConsoleAdmin> {
  const email = uniqueEmail('platform');
  const made = await fetch(`${base}/__test/platform/admin`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({email, password}),
  });
  if (made.status !== 201) throw new Error(`test admin: ${made.status} ${await made.text()}`);
  const {id, totpSecret} = (await made.json()) as {id: string; totpSecret: string};
  const signed = await consoleSignIn(base, {email, password, code: totpCode(totpSecret, Date.now())});
  if (signed.status !== 200 || !signed.cookie) throw new Error(`console sign-in: ${signed.status} ${JSON.stringify(signed.body)}`);
  return {id, email, password, secret: totpSecret, client: new Client(base, {cookie: signed.cookie}), cookie: signed.cookie};
}
