// Taking a device off the network the two ways the issue asks for: the
// browser offline, and zero-cache itself stopped.
import type {APIRequestContext, BrowserContext} from '@playwright/test';

export async function stopSync(request: APIRequestContext): Promise<void> {
  const r = await request.post('/__test/sync/stop');
  if (!r.ok()) throw new Error(`sync stop: ${r.status()}`);
}

export async function startSync(request: APIRequestContext): Promise<void> {
  const r = await request.post('/__test/sync/start', {timeout: 120_000});
  if (!r.ok()) throw new Error(`sync start: ${r.status()} ${await r.text()}`);
}

export async function slowMutations(request: APIRequestContext, ms: number): Promise<void> {
  await request.post(`/__test/sync/slow?ms=${ms}`);
}

export async function offline(...contexts: BrowserContext[]): Promise<void> {
  for (const c of contexts) await c.setOffline(true);
}

export async function online(...contexts: BrowserContext[]): Promise<void> {
  for (const c of contexts) await c.setOffline(false);
}
