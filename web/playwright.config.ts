import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The e2e server's data: a fresh SQLite file each run (e2e/start-server.mjs empties this folder first). */
export const E2E_DIR = join(tmpdir(), 'portrait-e2e');
const PORT = 8091;

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
    // Deletes E2E_DIR, then execs ../target/debug/portrait up --bind 127.0.0.1:8091.
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
      PORTRAIT__SERVER__STATIC_DIR: resolve(here, 'dist'),
      PORTRAIT__SERVER__DATA_DIR: E2E_DIR,
      RUST_LOG: 'warn',
    },
  },
});
