// Browser test of the audit log: an admin changes a customer's manager with a reason, then reads who, when and why in words from the customer's audit history, filters it and exports it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { login, shot } from './helpers';

/** The managers the assign dialog offers with a seat left, as "name（username）". */
async function managersWithRoom(dialog: Locator): Promise<{ value: string; who: string }[]> {
  const select = dialog.getByLabel('客户经理');
  await expect(select.locator('option').nth(1)).toBeAttached();
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
  return options.flatMap(({ value, text }) => {
    const m = /^(.+)：([\d,]+)\/([\d,]+)$/.exec(text);
    return value && m && Number(m[2]!.replace(/,/g, '')) < Number(m[3]!.replace(/,/g, '')) ? [{ value, who: m[1]! }] : [];
  });
}

async function assign(page: Page, customerName: string, value: string, reason: string) {
  await page.getByRole('button', { name: '指定经理', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `为 ${customerName} 指定客户经理` });
  await dialog.getByLabel('客户经理').selectOption(value);
  await dialog.getByLabel('原因').fill(reason);
  await dialog.getByRole('button', { name: '分配' }).click();
  await expect(page.getByText(new RegExp(`^已将 ${customerName} 分配给 `))).toBeVisible();
  await expect(dialog).toHaveCount(0);
}

test('the audit log says who changed a customer’s manager, when and why', async ({ page }) => {
  const started = Date.now();
  await login(page, 'admin', 'admin123');
  await page.goto('/admin/customers');
  // The last customer of the first page: the other specs take the first ones.
  const link = page.getByRole('table', { name: '客户列表' }).getByRole('link', { name: /^客户\d+$/ }).last();
  const customerName = ((await link.textContent()) ?? '').trim();
  await link.click();
  await expect(page.getByRole('heading', { name: `客户详情：${customerName}`, level: 1 })).toBeVisible();
  const customerId = /customers\/(\d+)$/.exec(page.url())?.[1] ?? '';
  expect(customerId).not.toBe('');

  // Two managers with a seat left: the second assignment moves the customer from one to the other.
  await page.getByRole('button', { name: '指定经理', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `为 ${customerName} 指定客户经理` });
  const [first, second] = await managersWithRoom(dialog);
  expect(second).toBeDefined();
  await dialog.getByRole('button', { name: '取消' }).click();
  const reason = `客户搬到浦东，就近服务 ${started}`;
  await assign(page, customerName, first!.value, '初次指定');
  await assign(page, customerName, second!.value, reason);

  // The customer's audit history, from their page.
  await page.getByRole('link', { name: '此客户的审计记录（谁在何时改了什么）' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit-log\\?target=user(:|%3A)${customerId}$`));
  await expect(page.getByRole('heading', { name: '审计日志', level: 1 })).toBeVisible();
  await expect(page.getByText(new RegExp(`^只显示 ${customerName}（customer\\d+） 的记录$`))).toBeVisible();

  const table = page.getByRole('table', { name: '审计记录，最新在前' });
  const latest = table.locator('tbody tr').first();
  await expect(latest).toContainText('手动分配客户经理');
  await expect(latest).toContainText('系统管理员（admin）');
  await expect(latest.getByRole('link', { name: new RegExp(`^${customerName}（`) })).toHaveAttribute('href', `/admin/customers/${customerId}`);
  await expect(latest.getByRole('listitem').filter({ hasText: '客户经理：' })).toHaveText(`客户经理：${first!.who} → ${second!.who}`);
  await expect(latest.getByRole('listitem').filter({ hasText: '原因：' })).toHaveText(`原因：${reason}`);
  // When: the entry's moment, shown in the language's format, is the test's own.
  const when = Date.parse((await latest.locator('time').getAttribute('datetime')) ?? '');
  expect(when).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
  expect(when).toBeLessThanOrEqual(Date.now());
  await expect(latest.locator('time')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
  // The first assignment is there too, from no manager (or the demo's) to the first one.
  await expect(table.locator('tbody tr').filter({ hasText: '原因：初次指定' })).toHaveCount(1);
  await shot(page, 'admin-audit-log.png');

  // The same two by actor and kind of action, picked by username.
  await page.getByLabel('操作类型').selectOption({ label: '客户经理分配' });
  await page.getByLabel('操作人').fill('admin');
  await page.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(/actor_id=\d+/);
  await expect(page.getByText('当前：系统管理员（admin）')).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').first()).toContainText(reason);

  // Today only, by the date fields: still there; tomorrow on: nothing.
  const today = new Date();
  const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await page.getByLabel('开始日期').fill(day(today));
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await page.getByLabel('开始日期').fill(day(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1)));
  await expect(page.getByText('没有符合筛选条件的记录。')).toBeVisible();
  await page.getByLabel('开始日期').fill(day(today));
  await expect(table.locator('tbody tr')).toHaveCount(2);

  // The CSV of what the filters show: UTF-8 with a BOM, the reason in words.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^审计日志-\d{8}-\d{4}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(rows[0]).toBe('时间,操作人用户名,操作人姓名,操作代码,操作,对象代码,对象,机构,变更');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain(`,admin,系统管理员,assignment.manual,手动分配客户经理,user:${customerId},${customerName}（`);
  expect(rows[1]).toContain(`客户经理：${first!.who} → ${second!.who}；原因：${reason}`);
  await expect(page.getByText('已导出 2 条记录。')).toBeVisible();
});
