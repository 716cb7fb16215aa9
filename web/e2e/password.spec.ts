// Browser tests of passwords: an account an admin created must choose its own password before
// anything else (refused once for a wrong current password), then logs in with it unforced; a
// demo customer changes theirs from the header. On a server of this spec's own (a fresh
// database), so the demo passwords the other specs log in with stay as they are.
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT } from './env';
import { login, ownServer, type OwnServer } from './helpers';

// Next to the shared server's port, so a run with another E2E_PORT does not meet this one.
const PORT = E2E_PORT + 1;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

let server: OwnServer | undefined;
test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await ownServer('password', PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

/** Fills the password form and sends it. */
async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: '修改密码' }).click();
}

async function logout(page: Page) {
  await page.getByRole('link', { name: '退出登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

test('an account an admin created chooses its own password first', async ({ page, request }) => {
  // The admin creates a manager through the API; such an account must change its password.
  const adminLogin = await request.post('/api/auth/login', { data: { username: 'admin', password: 'admin123' } });
  expect(adminLogin.ok()).toBe(true);
  const { token } = (await adminLogin.json()) as { token: string };
  const created = await request.post('/api/auth/register', {
    headers: { Authorization: `Bearer ${token}` },
    data: { username: 'newmanager', password: 'set-by-admin-1', role: 'manager' },
  });
  expect(created.status(), await created.text()).toBeLessThan(300);

  await login(page, 'newmanager', 'set-by-admin-1');
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('heading', { name: '请设置您自己的密码', level: 1 })).toBeVisible();
  await expect(page.getByText(/您的密码由管理员设置/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveCount(0);

  // Every other page leads back here; the API refuses the rest as well.
  await page.goto('/manager/customers');
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('heading', { name: '请设置您自己的密码', level: 1 })).toBeVisible();
  const status = await page.evaluate(async () => {
    const s = JSON.parse(localStorage.getItem('portrait.session') ?? '{}');
    const r = await fetch('/api/tags', { headers: { Authorization: `Bearer ${s.token}` } });
    return [r.status, ((await r.json()) as { error: string }).error];
  });
  expect(status).toEqual([403, 'password_change_required']);

  // Logging out stays possible, and the next login is forced again.
  await logout(page);
  await login(page, 'newmanager', 'set-by-admin-1');
  await expect(page).toHaveURL(/\/account\/password$/);

  // A wrong current password is refused under its field.
  await changePassword(page, 'not-the-password', 'my-own-password-1');
  await expect(page.getByText('当前密码不正确。')).toBeVisible();
  await expect(page.getByLabel('当前密码')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/account\/password$/);

  await changePassword(page, 'set-by-admin-1', 'my-own-password-1');
  await expect(page).toHaveURL(/\/manager\/customers$/);
  await expect(page.getByRole('heading', { name: '我的客户', level: 1 })).toBeVisible();
  await expect(page.getByText('密码已修改。其他设备上的登录已退出。')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户统计' })).toBeVisible();

  // The old password no longer works; the new one logs in without being sent to the password page.
  await logout(page);
  await page.getByLabel('用户名').fill('newmanager');
  await page.getByLabel('密码').fill('set-by-admin-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误。');
  await login(page, 'newmanager', 'my-own-password-1');
  await expect(page).toHaveURL(/\/manager\/customers$/);
  await expect(page.getByRole('heading', { name: '我的客户', level: 1 })).toBeVisible();
});

test('a customer changes their own password from the header', async ({ page }) => {
  await login(page, 'customer3', '123456');
  await expect(page).toHaveURL(/\/me\/profile$/);
  await page.getByRole('link', { name: '修改密码' }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('heading', { name: '修改密码', level: 1 })).toBeVisible();
  const oldToken = await page.evaluate(() => JSON.parse(localStorage.getItem('portrait.session') ?? '{}').token as string);

  // Checked before sending: the two new passwords must match.
  await page.getByLabel('当前密码').fill('123456');
  await page.getByLabel('新密码', { exact: true }).fill('customer3-own-pass');
  await page.getByLabel('确认新密码').fill('customer3-other');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('两次输入的新密码不一致。')).toBeVisible();

  await changePassword(page, '123456', 'customer3-own-pass');
  await expect(page.getByText('密码已修改。其他设备上的登录已退出。')).toBeVisible();

  // This session goes on with the new token; the old one is no longer accepted.
  const tokens = await page.evaluate(async (old) => {
    const s = JSON.parse(localStorage.getItem('portrait.session') ?? '{}');
    const r = await fetch('/api/auth/verify', { method: 'POST', headers: { Authorization: `Bearer ${old}` } });
    return { changed: s.token !== old, oldStatus: r.status };
  }, oldToken);
  expect(tokens).toEqual({ changed: true, oldStatus: 401 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的资料' }).click();
  await expect(page.getByRole('heading', { name: '我的资料', level: 1 })).toBeVisible();
  await expect(page.getByLabel('职业')).toBeVisible();

  await logout(page);
  await login(page, 'customer3', 'customer3-own-pass');
  await expect(page).toHaveURL(/\/me\/profile$/);
  await expect(page.getByRole('heading', { name: '我的资料', level: 1 })).toBeVisible();
});
