// End-to-end tests in real Chromium (Debian's /usr/bin/chromium) against the
// real stack that `npm start` runs, on its own ports and a throw-away data dir.
import os from 'node:os';
import path from 'node:path';
import {defineConfig, devices} from '@playwright/test';
import {SHARED} from './sync-server/testing/messengers/shared-bots.ts';

const port = Number(process.env.E2E_PORT ?? 3917);
const pgPort = Number(process.env.E2E_PG_PORT ?? 54917);
const zeroPort = Number(process.env.E2E_ZERO_PORT ?? 4917);
export const E2E_DATA_DIR = path.join(os.tmpdir(), `dot-e2e-${port}`);
/** The local SMTP server the booking specs start: the stack sends its email there. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? port + 21);
/** The local Telegram Bot API the messenger specs start: the stack's bots talk to it. */
export const E2E_TELEGRAM_API_PORT = Number(process.env.E2E_TELEGRAM_API_PORT ?? port + 22);
/** The platform's shared Telegram bot, as the stack is configured with it (the same as the server tests'). */
export const E2E_SHARED_TELEGRAM = SHARED.telegram;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: {timeout: 10_000},
  fullyParallel: false,
  workers: 1,
  // One retry in CI only: a real stack on two cores stalls now and then; a test
  // that passes on its retry is still listed as "flaky" in the summary, with the
  // first attempt's diagnostics (fixtures.ts), to be fixed rather than forgotten.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  outputDir: '.tmp/test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    launchOptions: {executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS},
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: {...devices['Pixel 7'], viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true, hasTouch: true, browserName: 'chromium'},
    },
    {name: 'desktop', use: {viewport: {width: 1280, height: 800}, browserName: 'chromium'}},
  ],
  webServer: {
    command: 'node --import tsx e2e/support/serve.ts',
    url: `http://127.0.0.1:${port}/healthz?ready=sync`,
    timeout: 180_000,
    reuseExistingServer: false,
    // Let the supervisor stop zero-cache and PostgreSQL itself (a group SIGKILL
    // would orphan zero-cache's workers, which run in their own sessions).
    gracefulShutdown: {signal: 'SIGTERM', timeout: 20_000},
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DOT_PG_PORT: String(pgPort),
      DOT_ZERO_PORT: String(zeroPort),
      DOT_DATA_DIR: E2E_DATA_DIR,
      DOT_TEST_MODE: '1',
      DOT_LOG_LEVEL: 'warn',
      DOT_LIMIT_SIGNUPS_PER_HOUR: '100000',
      DOT_LIMIT_LOGINS_PER_MINUTE: '100000',
      // No nightly backup (a fresh install past its slot takes one at once); "Back up now" still works.
      DOT_BACKUP: 'off',
      DOT_SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      DOT_MAIL_FROM: 'dot <no-reply@dot.local>',
      DOT_TELEGRAM_API_ROOT: `http://127.0.0.1:${E2E_TELEGRAM_API_PORT}`,
      DOT_SHARED_TELEGRAM_TOKEN: E2E_SHARED_TELEGRAM.token,
      DOT_SHARED_TELEGRAM_SECRET: E2E_SHARED_TELEGRAM.secret,
      DOT_SHARED_TELEGRAM_USERNAME: E2E_SHARED_TELEGRAM.username,
    },
  },
});
