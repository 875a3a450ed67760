// Vitest global set-up for *.pg.test.ts: one real stack for the whole run.
import type {TestProject} from 'vitest/node';
import {freePort} from '../supervisor/ports.ts';
import {sharedBotEnv, type MessengerPorts} from './messengers/shared-bots.ts';
import {startStack, type TestStack} from './stack.ts';

let stack: TestStack | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The messengers' local API servers listen on these while a messaging test runs (messaging/*.pg.test.ts).
  const messengerPorts: MessengerPorts = {telegram: await freePort(), whatsapp: await freePort(), vk: await freePort()};
  stack = await startStack({env: sharedBotEnv(messengerPorts)});
  project.provide('baseUrl', stack.baseUrl);
  project.provide('messengerPorts', messengerPorts);
  project.provide('pgUrl', stack.pgUrl);
  project.provide('dataDir', stack.dataDir);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    pgUrl: string;
    /** The shared stack's data folder (uploaded files under files/). */
    dataDir: string;
    messengerPorts: MessengerPorts;
  }
}
