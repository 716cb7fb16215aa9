import { defineConfig, devices } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_DIR, E2E_PORT, E2E_STATIC_DIR } from './e2e/env';

const here = fileURLToPath(new URL('.', import.meta.url));
// E2E_PORT, E2E_DIR and E2E_STATIC_DIR (8091, $TMPDIR/portrait-e2e and ./dist unless set) let two runs share a machine.
export { E2E_DIR };
const PORT = E2E_PORT;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Deletes E2E_DIR, then execs ../target/debug/portrait up --bind 127.0.0.1:PORT.
    command: `node e2e/start-server.mjs ../target/debug/portrait up --bind 127.0.0.1:${PORT}`,
    cwd: here,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      E2E_DIR,
      PORTRAIT_DATABASE_URL: `sqlite://${join(E2E_DIR, 'portrait.db')}`,
      PORTRAIT__AUTH__BCRYPT_COST: '4',
      PORTRAIT__SERVER__STATIC_DIR: E2E_STATIC_DIR,
      PORTRAIT__SERVER__DATA_DIR: E2E_DIR,
      RUST_LOG: 'warn',
    },
  },
});
