// Vitest global set-up for *.pg.test.ts: one real stack for the whole run.
import type {TestProject} from 'vitest/node';
import {startStack, type TestStack} from './stack.ts';

let stack: TestStack | undefined;

export async function setup(project: TestProject): Promise<void> {
  stack = await startStack();
  project.provide('baseUrl', stack.baseUrl);
  project.provide('pgUrl', stack.pgUrl);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    pgUrl: string;
  }
}
