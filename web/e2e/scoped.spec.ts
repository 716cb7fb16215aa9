// Browser test of a branch admin: an admin of GZ (广州分行) chooses their own password, then
// sees only GZ's customers, a dashboard that counts the same customers, and an audit log that
// loads. Runs on the shared server: it adds one account and changes nobody else's.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { login } from './helpers';

const USERNAME = 'e2e.gz.admin';
const FIRST = 'first-pass-gz-1';
const OWN = 'own-pass-gz-2';

async function adminHeaders(request: APIRequestContext) {
  const res = await request.post('/api/auth/login', { data: { username: 'admin', password: 'admin123' } });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

/** The head office's customer total, after creating the GZ admin through the API. */
async function prepare(request: APIRequestContext): Promise<number> {
  const headers = await adminHeaders(request);
  const units = (await (await request.get('/api/admin/units', { headers })).json()) as { units: { id: number; code: string }[] };
  const gz = units.units.find((u) => u.code === 'GZ');
  expect(gz, 'the demo data has a GZ branch').toBeDefined();
  const created = await request.post('/api/admin/staff', {
    headers,
    data: { username: USERNAME, name: '广州管理员', role: 'admin', unit_id: gz?.id, password: FIRST },
  });
  expect(created.status(), await created.text()).toBe(201);
  const all = (await (await request.get('/api/customers?per_page=1', { headers })).json()) as { total: number };
  return all.total;
}

/** "第 1–12 条，共 12 条" → 12; digit grouping of any language is ignored. */
async function listTotal(page: Page): Promise<number> {
  const summary = page.getByRole('navigation', { name: '分页' }).locator('p').first();
  await expect(summary).toHaveText(/共 [\d,]+ 条/);
  const m = /共 ([\d,]+) 条/.exec((await summary.textContent()) ?? '');
  return Number(m?.[1]?.replace(/,/g, ''));
}

test('a branch admin sees their branch only: customers, dashboard, audit log', async ({ page, request }) => {
  const headOfficeTotal = await prepare(request);
  // An account an admin created chooses its own password first.
  await login(page, USERNAME, FIRST);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel('当前密码').fill(FIRST);
  await page.getByLabel('新密码', { exact: true }).fill(OWN);
  await page.getByLabel('确认新密码').fill(OWN);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: '概览', level: 1 })).toBeVisible();
  // Whatever the API refuses on these pages from here on shows up here, even when the page hides it.
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });

  // (a) The customer list holds GZ's units only, and fewer customers than the whole bank.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/customers$/);
  const table = page.getByRole('table', { name: '客户列表' });
  await expect(table).toBeVisible();
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const unitColumn = headers.indexOf('机构');
  expect(unitColumn, `a unit column among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  const rows = table.locator('tbody tr');
  const total = await listTotal(page);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(headOfficeTotal);
  await expect(rows).toHaveCount(Math.min(total, 20));
  // The cell shows the unit's name; its code is the cell's tooltip.
  const codes = await rows.evaluateAll((trs, col) => trs.map((tr) => tr.children[col]?.querySelector('[title]')?.getAttribute('title') ?? ''), unitColumn);
  expect(codes.length).toBe(Math.min(total, 20));
  for (const code of codes) expect(code).toMatch(/^GZ(-|$)/);

  // (b) The dashboard counts the same customers.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览', exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const figure = page.locator('dt', { hasText: '客户总数' }).locator('xpath=following-sibling::dd[1]');
  await expect(figure).toHaveText(/^[\d,]+$/);
  expect(Number((await figure.textContent())?.replace(/,/g, ''))).toBe(total);

  // (c) The audit log loads: its heading, then its table or its empty state, and no error.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '审计日志', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/audit-log$/);
  await expect(page.getByRole('heading', { name: '审计日志', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '审计记录，最新在前' }).or(page.getByText('暂无审计记录。'))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(failures).toEqual([]);
});
