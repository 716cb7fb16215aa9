// Browser tests of the relationship record: a follow-up recorded and closed, a customer's contact request seen by their manager, the English nav at 1440 px.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { login, shot } from './helpers';

interface Customer {
  user_id: number;
  username: string;
  name: string;
}

/** The demo accounts whose password the specs know. */
const MANAGERS = ['manager1', 'manager2', 'manager3', 'manager4', 'manager5'];
const DEMO_CUSTOMER = /^customer([1-9]|1\d|20)$/;

async function token(request: APIRequestContext, username: string, password: string): Promise<Record<string, string>> {
  const res = await request.post('/api/auth/login', { data: { username, password } });
  expect(res.ok(), `${username} logs in`).toBe(true);
  return { Authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

/**
 * A demo manager with a demo customer in their book; an admin runs an assignment first when
 * customers are waiting for a manager (a fresh database has none assigned).
 */
async function managerWithCustomer(request: APIRequestContext): Promise<{ manager: string; customer: Customer }> {
  const admin = await token(request, 'admin', 'admin123');
  const waiting = (await (await request.get('/api/customers?unassigned=true&per_page=1', { headers: admin })).json()) as { total: number };
  if (waiting.total > 0) {
    const run = await request.post('/api/admin/auto-assign', { headers: admin, data: {} });
    expect(run.ok(), await run.text()).toBe(true);
  }
  for (const manager of MANAGERS) {
    const headers = await token(request, manager, '123456');
    const book = (await (await request.get('/api/customers?per_page=100', { headers })).json()) as { items: Customer[] };
    const customer = book.items.find((c) => DEMO_CUSTOMER.test(c.username));
    if (customer) return { manager, customer };
  }
  throw new Error('no demo manager has a demo customer after the assignment');
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value, in the time zone the browser shares with this process. */
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

async function openFollowUps(page: Page) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '待跟进', exact: true }).click();
  await expect(page.getByRole('heading', { name: '待跟进', level: 1 })).toBeVisible();
}

test('a manager records a call with a follow-up, finds it among the follow-ups due and marks it done', async ({ page, request }) => {
  const { manager, customer } = await managerWithCustomer(request);
  const note = `e2e 回访 ${Date.now()}：确认理财到期`;
  await login(page, manager, '123456');
  await page.goto(`/manager/customers/${customer.user_id}`);
  await expect(page.getByRole('heading', { name: `客户详情：${customer.name}`, level: 1 })).toBeVisible();
  const record = page.getByRole('region', { name: '联系记录' });
  await expect(record.getByRole('list', { name: '联系记录，最新在前' }).or(record.getByText('还没有联系记录。'))).toBeVisible();

  await record.getByRole('button', { name: '记录联系' }).click();
  const dialog = page.getByRole('dialog', { name: `记录与 ${customer.name} 的联系` });
  await expect(dialog.getByLabel('联系方式')).toHaveValue('call');
  await dialog.getByLabel('备注（可选）').fill(note);
  // The form refuses a follow-up before the contact without asking the server.
  await dialog.getByLabel('跟进时间（可选）').fill(localInput(new Date(Date.now() - 2 * 86_400_000)));
  await dialog.getByRole('button', { name: '保存记录' }).click();
  await expect(dialog.getByText('跟进时间须晚于联系时间，且在两年之内。')).toBeVisible();
  await dialog.getByLabel('跟进时间（可选）').fill(localInput(new Date(Date.now() + 2 * 3_600_000)));
  await dialog.getByRole('button', { name: '保存记录' }).click();
  await expect(dialog).toBeHidden();
  await expect(record.getByText('联系已记录。')).toBeVisible();
  const item = record.getByRole('listitem').filter({ hasText: note });
  await expect(item).toContainText('电话');
  await expect(item).toContainText('待跟进');

  await openFollowUps(page);
  const row = page.getByRole('table', { name: '待跟进事项，最早到期在前' }).getByRole('row').filter({ hasText: note });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: customer.name })).toHaveAttribute('href', `/manager/customers/${customer.user_id}`);
  await shot(page, 'manager-follow-ups.png');
  await row.getByRole('button', { name: /^完成 / }).click();
  await expect(page.getByText(`已完成对 ${customer.name} 的跟进。`)).toBeVisible();
  await expect(row).toHaveCount(0);

  // The timeline keeps the entry, now done.
  await page.goto(`/manager/customers/${customer.user_id}`);
  await expect(page.getByRole('region', { name: '联系记录' }).getByRole('listitem').filter({ hasText: note })).toContainText('已完成');
});

test('a customer asks to be contacted, and their manager sees the request', async ({ page, request }) => {
  const { manager, customer } = await managerWithCustomer(request);
  const note = `e2e 想了解养老理财 ${Date.now()}`;
  await login(page, customer.username, '123456');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的客户经理' }).click();
  await expect(page.getByRole('heading', { name: '我的客户经理', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '请客户经理联系我' }).click();
  const dialog = page.getByRole('dialog', { name: '请客户经理联系我' });
  await dialog.getByLabel('想聊些什么？（可选）').fill(note);
  await dialog.getByRole('button', { name: '发送请求' }).click();
  await expect(page.getByText('已通知您的客户经理，他们会尽快与您联系。')).toBeVisible();
  // Asking again while the request is open does not make another.
  await page.getByRole('button', { name: '请客户经理联系我' }).click();
  await dialog.getByRole('button', { name: '发送请求' }).click();
  await expect(page.getByText('您已经提交过请求，客户经理会与您联系。')).toBeVisible();

  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await login(page, manager, '123456');
  await openFollowUps(page);
  await page.getByLabel('到期').selectOption('today');
  await expect(page).toHaveURL(/due=today/);
  const row = page.getByRole('table', { name: '待跟进事项，最早到期在前' }).getByRole('row').filter({ hasText: note });
  await expect(row).toBeVisible();
  await expect(row).toContainText('客户请求联系');
  await expect(row.getByRole('link', { name: customer.name })).toBeVisible();
  await row.getByRole('button', { name: /^完成 / }).click();
  await expect(row).toHaveCount(0);
});

test('the English navigation stays on one line at 1440 px with the follow-ups link', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const [user, password] of [
    ['admin', 'admin123'],
    ['manager1', '123456'],
  ] as const) {
    await login(page, user, password);
    await page.getByLabel('语言').selectOption('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Follow-ups', exact: true })).toBeVisible();
    // One row of links beside the app's name, none broken over two lines (the user's corner has its own row already).
    const boxes = await nav.getByRole('link').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), height: Math.round(r.height) })));
    expect(new Set(boxes.map((b) => b.top)).size, `nav rows for ${user}: ${JSON.stringify(boxes)}`).toBe(1);
    for (const b of boxes) expect(b.height).toBeLessThanOrEqual(40);
    const brand = await page.locator('header a').first().boundingBox();
    const navBox = await nav.boundingBox();
    expect(Math.abs(brand!.y + brand!.height / 2 - (navBox!.y + navBox!.height / 2))).toBeLessThanOrEqual(4);
    await page.getByRole('link', { name: 'Log out' }).click();
    await expect(page.getByText('You have logged out.')).toBeVisible();
    await page.evaluate(() => localStorage.clear());
  }
});
