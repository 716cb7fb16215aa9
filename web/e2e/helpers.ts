// Browser test helpers: logging in and saving screenshots.
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
