// Debian Chromium for benchmarks, with the flags this machine needs.
import {chromium, type Browser} from '@playwright/test';
import {CHROMIUM_ARGS} from '../playwright.config.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS});
}

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return {n: s.length, min: s[0]!, median: q(0.5), p90: q(0.9), max: s[s.length - 1]!};
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
