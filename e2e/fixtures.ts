// Shared e2e fixtures: a freshly registered company per test (through the real
// API, cookie in the browser context), and helpers to open more devices.
import {test as base, expect, type Browser, type BrowserContext, type Page} from '@playwright/test';
import {watchConsole} from './support/diagnostics.ts';

export type SessionInfo = {
  user: {id: string; name: string; email: string; locale: string};
  member: {id: string; role: string};
  company: {id: string; slug: string; name: string};
  permissions: string[];
};

let counter = 0;
export function uniqueEmail(tag = 'owner'): string {
  return `${tag}.${Date.now()}.${process.pid}.${counter++}@example.kz`;
}

/** Signs up a company in this browser context (sets the cookie) and primes the app's device session. */
export async function signUp(
  context: BrowserContext,
  companyName: string,
  opts: {password?: string; name?: string} = {},
): Promise<SessionInfo & {password: string}> {
  const password = opts.password ?? 'password1';
  const res = await context.request.post('/api/v1/auth/signup', {
    data: {companyName, name: opts.name ?? 'Владелец', email: uniqueEmail(), password},
  });
  expect(res.status(), await res.text()).toBe(201);
  const session = (await res.json()) as SessionInfo;
  await primeSession(context, session);
  return {...session, password};
}

/** Signs in an existing person in this context. */
export async function logIn(context: BrowserContext, email: string, password: string): Promise<SessionInfo> {
  const res = await context.request.post('/api/v1/auth/login', {data: {email, password}});
  expect(res.status(), await res.text()).toBe(200);
  const session = (await res.json()) as SessionInfo;
  await primeSession(context, session);
  return session;
}

async function primeSession(context: BrowserContext, session: SessionInfo): Promise<void> {
  await context.addInitScript((s) => {
    if (!localStorage.getItem('dot.session')) localStorage.setItem('dot.session', s);
  }, JSON.stringify(session));
}

/** Adds a colleague to the owner's company and returns their credentials. */
export async function addColleague(owner: BrowserContext, role = 'staff'): Promise<{email: string; password: string}> {
  const email = uniqueEmail(role);
  const password = 'colleague1';
  const res = await owner.request.post('/api/v1/members', {data: {name: 'Мастер Асель', email, role, password}});
  expect(res.status(), await res.text()).toBe(201);
  return {email, password};
}

/** Another device (phone, tablet) with the same screen size as `like`. */
export async function newDevice(
  browser: Browser,
  baseURL: string | undefined,
  like: Page,
  options: {javaScriptEnabled?: boolean} = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: like.viewportSize() ?? {width: 1280, height: 800},
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    ...options,
  });
}

export const test = base.extend<{owner: SessionInfo & {password: string}; diagnostics: void}>({
  owner: async ({context}, use, testInfo) => {
    await use(await signUp(context, `Компания ${testInfo.title.slice(0, 30)}`));
  },
  // On a failure, the devices' sync state, held writes and console (support/diagnostics.ts).
  diagnostics: [
    async ({context}, use, testInfo) => {
      const watch = watchConsole(context);
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      // The summary at the end of a run prints text attachments (up to 300 characters each), CI's tail included.
      for (const [i, line] of (await watch.report()).entries()) await testInfo.attach(`diagnostics ${i + 1}`, {body: line, contentType: 'text/plain'});
    },
    {auto: true},
  ],
});

export {expect};
