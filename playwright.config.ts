import { defineConfig } from '@playwright/test';
import { readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = 3199;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const DATA_DIR_PREFIX = 'privacy-desk-e2e-';

// Every run starts the real server on an empty embedded database, which it migrates and seeds with the
// deterministic demo data. The config is evaluated again in each worker: the main process picks the
// directory once and the workers inherit it through the environment.
if (!process.env.PRIVACY_DESK_E2E_DATA_DIR) {
  const tmp = os.tmpdir();
  // Leftovers of earlier runs (the server holds its directory until it stops, so an old one is removed
  // by a later run); an hour's margin leaves a run that is going on elsewhere alone.
  for (const name of readdirSync(tmp)) {
    if (!name.startsWith(DATA_DIR_PREFIX)) continue;
    const dir = path.join(tmp, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > 60 * 60 * 1000) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
  process.env.PRIVACY_DESK_E2E_DATA_DIR = path.join(tmp, `${DATA_DIR_PREFIX}${Date.now()}-${process.pid}`);
}

// The mail server the app delivers to; the journeys read what it received (e2e/support.ts, mailTo).
const SMTP_SINK = {
  command: 'node_modules/.bin/tsx e2e/smtp-sink.ts',
  url: 'http://127.0.0.1:3126/health',
  reuseExistingServer: false,
  timeout: 30_000,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: { SMTP_SINK_PORT: '3125', SMTP_SINK_HTTP_PORT: '3126' },
};

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    // Signed in as the demo admin (e2e/global-setup.ts); role journeys sign in for themselves.
    storageState: 'test-results/.auth/admin.json',
    locale: 'en-US',
    // Not the store's zone, so the suite proves every time on screen is shown in Muscat's whatever the browser's.
    timezoneId: 'America/Los_Angeles',
    // Tracing every action costs a third of the run on this machine; use `--trace on` to debug a failure.
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // dist/ is built by `npm run test:e2e` before Playwright starts; this only serves it.
  webServer: [SMTP_SINK, {
    command: 'node_modules/.bin/tsx server/main.ts',
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATA_DIR: process.env.PRIVACY_DESK_E2E_DATA_DIR,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      STATIC_DIR: 'dist',
      LOG_LEVEL: 'warn',
      SMTP_URL: 'smtp://127.0.0.1:3125',
      MAIL_INTERVAL_MS: '500',
      PUBLIC_URL: BASE_URL,
    },
  }],
});
