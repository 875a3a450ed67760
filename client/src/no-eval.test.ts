import {expect, it} from 'vitest';

it('makes zod parse without eval, without importing zod first', async () => {
  await import('./no-eval.ts');
  const {config} = await import('zod');
  expect(config().jitless).toBe(true);
});
