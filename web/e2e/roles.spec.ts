// Browser tests by role: home pages, profile edits, refusals, capacity, registration, language, logout, 375 px.
import { expect, test } from '@playwright/test';
import { login, shot } from './helpers';

test('the login page, and a wrong password', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await shot(page, 'login.png');
  await page.getByLabel('用户名').fill('customer20');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误。');
});

test('a customer edits their profile and it is still there after a reload', async ({ page }) => {
  await login(page, 'customer1', '123456');
  await expect(page).toHaveURL(/\/me\/profile$/);
  await expect(page.getByRole('heading', { name: '我的资料', level: 1 })).toBeVisible();

  await page.getByLabel('职业').fill('教师');
  await page.getByLabel('年龄').fill('41');
  const reading = page.getByRole('button', { name: '阅读' });
  const wasOn = (await reading.getAttribute('aria-pressed')) === 'true';
  await reading.click();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('资料已保存。')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('职业')).toHaveValue('教师');
  await expect(page.getByLabel('年龄')).toHaveValue('41');
  await expect(page.getByRole('button', { name: '阅读' })).toHaveAttribute('aria-pressed', wasOn ? 'false' : 'true');

  // The API refuses an age out of range; the message sits next to the field.
  await page.getByLabel('年龄').fill('150');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByLabel('年龄')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('年龄须在 18 到 120 之间。')).toBeVisible();

  await page.getByRole('link', { name: '我的客户经理' }).click();
  await expect(page.getByRole('heading', { name: '我的客户经理', level: 1 })).toBeVisible();
});

test('a customer cannot reach admin pages', async ({ page }) => {
  await login(page, 'customer2', '123456');
  for (const path of ['/admin', '/admin/managers', '/admin/audit-log', '/admin/organisation', '/admin/staff', '/manager/customers']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户经理', exact: true })).toHaveCount(0);
  // The API says no as well.
  const status = await page.evaluate(async () => {
    const s = JSON.parse(localStorage.getItem('portrait.session') ?? '{}');
    return (await fetch('/api/managers', { headers: { Authorization: `Bearer ${s.token}` } })).status;
  });
  expect(status).toBe(403);
});

test('a manager sees their customers and profile', async ({ page }) => {
  await login(page, 'manager1', '123456');
  await expect(page).toHaveURL(/\/manager\/customers$/);
  await expect(page.getByRole('heading', { name: '我的客户', level: 1 })).toBeVisible();
  await expect(page.getByLabel('搜索姓名或用户名')).toBeVisible();
  // Empty until a run has assigned customers (assignment.spec.ts shoots the filled table).
  await expect(page.getByText('您名下还没有客户。').or(page.getByRole('table', { name: '客户列表' }))).toBeVisible();
  await page.getByRole('link', { name: '我的资料' }).click();
  await expect(page.getByLabel('姓名')).toHaveValue('经理1');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
});

test('an admin sees the dashboard and changes a manager’s capacity', async ({ page }) => {
  await login(page, 'admin', 'admin123');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
  await expect(page.getByText('客户总数')).toBeVisible();
  await expect(page.getByRole('heading', { name: '客户等级分布' })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户经理', exact: true }).click();
  const capacity = page.getByLabel('经理2（manager2） 的容量', { exact: true });
  await capacity.fill('75');
  await page.getByRole('button', { name: '保存 经理2（manager2） 的容量' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('将 经理2 的容量从 50 改为 75？');
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('经理2 已更新。')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('经理2（manager2） 的容量', { exact: true })).toHaveValue('75');

  await page.getByRole('link', { name: '审计日志' }).click();
  await expect(page.getByRole('table', { name: '审计记录，最新在前' })).toBeVisible();

  await page.getByRole('link', { name: '客户', exact: true }).click();
  await page.getByLabel('仅显示未分配').check();
  await expect(page).toHaveURL(/unassigned=true/);
  // Everyone may be assigned by now (assignment.spec.ts commits a run).
  await expect(page.getByText('没有符合条件的客户。').or(page.getByRole('table', { name: '客户列表' }))).toBeVisible();
  await page.getByLabel('仅显示未分配').uncheck();
  await expect(page).not.toHaveURL(/unassigned=true/);
  await page.getByRole('link', { name: '客户3', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/customers\/\d+$/);
  await expect(page.getByRole('heading', { name: '客户详情：客户3' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '编辑资料' })).toBeVisible();
});

test('the language switch is remembered, and logging out works', async ({ page }) => {
  await login(page, 'admin', 'admin123');
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Log out' }).click();
  await expect(page.getByText('You have logged out.')).toBeVisible();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login$/);
});

test('works on a 375 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await login(page, 'admin', 'admin123');
  // The dashboard's charts stack and its gaps table scrolls inside its box.
  await expect(page.getByRole('figure', { name: '客户分布投影' })).toBeVisible();
  await expect(page.getByRole('table', { name: '能力缺口' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const menu = page.getByRole('button', { name: '菜单' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await expect(page.getByRole('table', { name: '客户列表' })).toBeVisible();
  // Only the table scrolls sideways, not the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await shot(page, 'admin-customers-mobile.png');
});

test('a new customer registers and logs in', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: '注册客户账户' }).click();
  // The login form stays on screen until the register page's chunk has loaded (the router
  // navigates in a transition), and both have 用户名 / 密码 fields: wait for the new page.
  await expect(page.getByRole('heading', { name: '注册客户账户', level: 1 })).toBeVisible();
  await page.getByLabel('用户名').fill('newcomer');
  await page.getByLabel('密码').fill('short');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByLabel('密码')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('密码').fill('long-enough-1');
  await page.getByLabel('姓名（可选）').fill('新客户');
  await page.getByRole('button', { name: '注册' }).click();
  await expect(page.getByText('注册成功，请登录。')).toBeVisible();
  await expect(page.getByLabel('用户名')).toHaveValue('newcomer');
  await page.getByLabel('密码').fill('long-enough-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/me\/profile$/);
  await expect(page.getByLabel('姓名')).toHaveValue('新客户');
});
