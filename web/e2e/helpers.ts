// Browser test helpers: logging in, saving screenshots, and a server of a spec's own.
import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_DIR, E2E_STATIC_DIR } from './env';

// The README's screenshots are refreshed only on request (`just screenshots`), so a test run
// leaves the working tree as it found it; otherwise they go with the other test results.
export const SCREENSHOTS = fileURLToPath(
  new URL(process.env.PORTRAIT_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../test-results/screenshots/', import.meta.url),
);
mkdirSync(SCREENSHOTS, { recursive: true });

export async function login(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}${name}`, fullPage: true });
}

/** A server of a spec's own, on a fresh database with the demo data (see `ownServer`). */
export interface OwnServer {
  baseURL: string;
  stop: () => Promise<void>;
}

/**
 * Starts `target/debug/portrait up` on `port` through `e2e/start-server.mjs`, as the shared
 * server of playwright.config.ts but in `<E2E_DIR>-<name>`, emptied first: for a
 * spec that changes what other specs rely on (the demo accounts' passwords). Waits for
 * `/api/health`; `stop()` ends it.
 */
export async function ownServer(name: string, port: number): Promise<OwnServer> {
  const here = fileURLToPath(new URL('..', import.meta.url));
  const dir = `${E2E_DIR}-${name}`;
  const child: ChildProcess = spawn('node', ['e2e/start-server.mjs', '../target/debug/portrait', 'up', '--bind', `127.0.0.1:${port}`], {
    cwd: here,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      E2E_DIR: dir,
      PORTRAIT_DATABASE_URL: `sqlite://${join(dir, 'portrait.db')}`,
      PORTRAIT__AUTH__BCRYPT_COST: '4',
      PORTRAIT__SERVER__STATIC_DIR: E2E_STATIC_DIR,
      PORTRAIT__SERVER__DATA_DIR: dir,
      RUST_LOG: 'warn',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server for ${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return { baseURL, stop };
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server for ${name} did not answer on ${baseURL}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
