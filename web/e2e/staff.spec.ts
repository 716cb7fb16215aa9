// Browser tests of the staff page: an admin creates a manager in a unit, finds it (marked "must
// change password"), edits its grade, resets its password, is refused deactivating a manager who
// still has customers (their departure offered) and a taken username at its field, and
// deactivates the new, empty manager; then a manager of the test's own with two customers leaves
// through the departure dialog (preview, then confirm). The demo accounts' passwords and states
// stay as they are, so this runs on the shared server.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { login } from './helpers';

const USERNAME = 'e2e.mgr';
const NAME = '测试经理';
const UNIT = { code: 'E2E-STAFF', name: '员工测试支行' };

const table = (page: Page) => page.getByRole('table', { name: '员工列表，按用户名排序' });
const staffRow = (page: Page, username: string) =>
  table(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: username, exact: true }) });

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: '搜索用户名或姓名' }).fill(text);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`search=${encodeURIComponent(text).replace('.', '\\.')}`));
}

async function adminHeaders(request: APIRequestContext) {
  const res = await request.post('/api/auth/login', { data: { username: 'admin', password: 'admin123' } });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

/** The admin's token, a unit of the test's own under the head office, and a customer with manager1. */
async function prepare(request: APIRequestContext) {
  const headers = await adminHeaders(request);
  const units = (await (await request.get('/api/admin/units', { headers })).json()) as { units: { id: number; parent_id: number | null }[] };
  const root = units.units.find((u) => u.parent_id === null);
  const unit = await request.post('/api/admin/units', { headers, data: { code: UNIT.code, name: UNIT.name, parent_id: root?.id } });
  expect(unit.status(), await unit.text()).toBe(201);
  const staff = (await (await request.get('/api/admin/staff?search=manager1', { headers })).json()) as { items: { id: number; username: string }[] };
  const manager1 = staff.items.find((s) => s.username === 'manager1');
  const customers = (await (await request.get('/api/customers?per_page=1', { headers })).json()) as { items: { user_id: number }[] };
  const assigned = await request.post('/api/admin/manual-assign', {
    headers,
    data: { customer_id: customers.items[0]?.user_id, manager_id: manager1?.id, reason: 'e2e: manager1 has a book', override: true },
  });
  expect(assigned.ok(), await assigned.text()).toBe(true);
}

test('an admin manages staff: create, find, edit, reset, deactivate, and the refusals', async ({ page, request }) => {
  await prepare(request);
  await login(page, 'admin', 'admin123');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '员工', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole('heading', { name: '员工', level: 1 })).toBeVisible();
  await expect(staffRow(page, 'manager1')).toContainText('在职');

  // A new manager in the test's unit.
  await page.getByRole('button', { name: '新增员工' }).click();
  let dialog = page.getByRole('dialog', { name: '新增员工' });
  await expect(dialog.getByLabel('用户名')).toBeFocused();
  await dialog.getByLabel('用户名').fill(USERNAME);
  await dialog.getByLabel('姓名').fill(NAME);
  await expect(dialog.getByLabel('角色')).toHaveValue('manager');
  await dialog.getByLabel('机构').selectOption({ label: `总行 / ${UNIT.name}（${UNIT.code}）` });
  await dialog.getByLabel('初始密码').fill('first-pass-1');
  await dialog.getByLabel('职级').selectOption('3');
  await dialog.getByLabel('电话').fill('021 6888 8888');
  await dialog.getByLabel('电子邮箱').fill('e2e.mgr@bank.example');
  await dialog.getByLabel('容量').fill('30');
  await dialog.getByRole('button', { name: '新增' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已新增 ${NAME}（${USERNAME}）。首次登录时须修改密码。` })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // In the list with its unit's code and "must change password".
  const row = staffRow(page, USERNAME);
  await expect(row).toContainText(NAME);
  await expect(row).toContainText('客户经理');
  await expect(row).toContainText(UNIT.code);
  await expect(row).toContainText('须修改密码');
  await expect(row.getByRole('cell').nth(3)).toHaveText('3');
  await expect(row.getByRole('cell').nth(6)).toHaveText('30');

  // Found by a search, alone.
  await search(page, USERNAME);
  await expect(table(page).locator('tbody tr')).toHaveCount(1);
  await expect(row).toBeVisible();

  // Its grade changes.
  await row.getByRole('button', { name: `编辑 ${USERNAME}` }).click();
  dialog = page.getByRole('dialog', { name: `编辑 ${NAME}` });
  await expect(dialog.getByLabel('职级')).toHaveValue('3');
  await dialog.getByLabel('职级').selectOption('5');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`${NAME} 已更新。`)).toBeVisible();
  await expect(row.getByRole('cell').nth(3)).toHaveText('5');

  // A new password from the admin: the account must still change it at its next login.
  await row.getByRole('button', { name: `重置密码 ${USERNAME}` }).click();
  dialog = page.getByRole('dialog', { name: `为 ${NAME} 设置新密码` });
  await expect(dialog).toContainText('下次登录时须先把它改成只有本人知道的密码');
  await dialog.getByLabel('新密码').fill('second-pass-2');
  await dialog.getByRole('button', { name: '设置新密码' }).click();
  await expect(page.getByText(`已为 ${NAME} 设置新密码，其登录已全部退出。下次登录时须修改密码。`)).toBeVisible();
  const reset = await request.post('/api/auth/login', { data: { username: USERNAME, password: 'second-pass-2' } });
  expect(reset.ok()).toBe(true);
  expect(((await reset.json()) as { user: { must_change_password: boolean } }).user.must_change_password).toBe(true);

  // A username already taken is refused under the username field.
  await page.getByRole('button', { name: '新增员工' }).click();
  dialog = page.getByRole('dialog', { name: '新增员工' });
  await dialog.getByLabel('用户名').fill('MANAGER1');
  await dialog.getByLabel('姓名').fill('重复的经理');
  await dialog.getByLabel('初始密码').fill('first-pass-1');
  await dialog.getByRole('button', { name: '新增' }).click();
  await expect(dialog.getByText('该用户名已被使用。')).toBeVisible();
  await expect(dialog.getByLabel('用户名')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('用户名')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // manager1 still has customers: deactivating is refused, with the way to move them.
  await search(page, 'manager1');
  const m1 = staffRow(page, 'manager1');
  await m1.getByRole('button', { name: '停用 manager1' }).click();
  let confirm = page.getByRole('alertdialog', { name: '停用 经理1？' });
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '停用' }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('经理1 名下仍有客户，不能直接停用。请为其办理离岗：其客户转给其他客户经理，同时停用。');
  await expect(m1).toContainText('在职');
  await expect(m1.getByRole('button', { name: '停用 manager1' })).toBeVisible();
  // The way on is manager1's departure, with "deactivated" chosen; closed here, nothing started.
  await refusal.getByRole('button', { name: '为 经理1 办理离岗' }).click();
  const departure = page.getByRole('dialog', { name: '为 经理1 办理离岗' });
  await expect(departure.getByRole('radio', { name: /停用/ })).toBeChecked();
  await expect(departure.getByRole('radio', { name: /停用/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(m1).toContainText('在职');

  // The new manager has no customers: deactivated, its sessions end and it can no longer log in.
  await search(page, USERNAME);
  await row.getByRole('button', { name: `停用 ${USERNAME}` }).click();
  confirm = page.getByRole('alertdialog', { name: `停用 ${NAME}？` });
  await confirm.getByRole('button', { name: '停用' }).click();
  await expect(page.getByText(`已停用 ${NAME}，其登录已全部退出。`)).toBeVisible();
  await expect(row).toContainText('已停用');
  await expect(row.getByRole('button', { name: `重新启用 ${USERNAME}` })).toBeVisible();
  const refused = await request.post('/api/auth/login', { data: { username: USERNAME, password: 'second-pass-2' } });
  expect(refused.ok()).toBe(false);

  // The state filter, and the filters surviving a reload.
  await page.getByLabel('状态').selectOption('false');
  await expect(page).toHaveURL(/active=false/);
  await page.reload();
  await expect(page.getByLabel('状态')).toHaveValue('false');
  await expect(row).toContainText('已停用');
  await page.getByLabel('状态').selectOption('true');
  await expect(table(page)).toHaveCount(0);
  await expect(page.getByText('没有符合条件的员工。')).toBeVisible();
});

test('a manager leaves through the departure dialog: preview, then confirm', async ({ page, request }) => {
  const headers = await adminHeaders(request);
  const units = (await (await request.get('/api/admin/units', { headers })).json()) as { units: { id: number; code: string; parent_id: number | null }[] };
  const unit = units.units.find((u) => u.code === UNIT.code) ?? units.units.find((u) => u.parent_id === null);
  const created = await request.post('/api/admin/staff', {
    headers,
    data: { username: 'e2e.leaver', name: '离岗经理', role: 'manager', unit_id: unit?.id, password: 'first-pass-1', capacity: 10 },
  });
  expect(created.status(), await created.text()).toBe(201);
  const leaver = (await created.json()) as { id: number };
  const customers = (await (await request.get('/api/customers?per_page=2&sort=id', { headers })).json()) as { items: { user_id: number }[] };
  for (const c of customers.items) {
    const assigned = await request.post('/api/admin/manual-assign', {
      headers,
      data: { customer_id: c.user_id, manager_id: leaver.id, reason: 'e2e: a book to re-home', override: true },
    });
    expect(assigned.ok(), await assigned.text()).toBe(true);
  }

  await login(page, 'admin', 'admin123');
  await page.goto('/admin/staff?search=e2e.leaver');
  const row = staffRow(page, 'e2e.leaver');
  await expect(row).toContainText('在职');
  await row.getByRole('button', { name: '离岗 e2e.leaver' }).click();
  const dialog = page.getByRole('dialog', { name: '为 离岗经理 办理离岗' });
  await expect(dialog.getByRole('radio', { name: /休假/ })).toBeFocused();
  await dialog.getByRole('radio', { name: /停用/ }).check();
  await dialog.getByRole('button', { name: '预览' }).click();

  // The proposal: both customers move, nobody is left without a seat, and its run has a page.
  const proposal = dialog.getByRole('region', { name: '离岗方案（尚未生效）' });
  await expect(proposal).toBeFocused({ timeout: 30_000 });
  await expect(proposal).toContainText('离岗方式：停用');
  await expect(proposal.getByRole('definition').nth(0)).toHaveText('2');
  await expect(proposal.getByRole('definition').nth(1)).toHaveText('0');
  await expect(proposal.getByRole('link', { name: /^查看方案 #\d+ 的逐项变更$/ })).toHaveAttribute('href', /^\/admin\/runs\/\d+$/);
  // Nothing has changed yet.
  const before = (await (await request.get(`/api/admin/staff/${leaver.id}`, { headers })).json()) as { status: string };
  expect(before.status).toBe('active');

  await dialog.getByRole('button', { name: '确认离岗' }).click();
  await expect(page.getByRole('status').filter({ hasText: '离岗经理 已停用，其登录已全部退出；2 位客户已转给其他客户经理。' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toContainText('已停用');
  await expect(row.getByRole('button', { name: '离岗 e2e.leaver' })).toHaveCount(0);
  const after = (await (await request.get(`/api/admin/staff/${leaver.id}`, { headers })).json()) as { status: string };
  expect(after.status).toBe('deactivated');
  const book = (await (await request.get(`/api/customers?manager_id=${leaver.id}&per_page=1`, { headers })).json()) as { total: number };
  expect(book.total).toBe(0);
});
