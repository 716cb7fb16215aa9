// Browser tests of a customer's candidate managers: an admin compares them and assigns one with a reason; that manager then sees the ranking without assign actions.
import { expect, test } from '@playwright/test';
import { login, shot } from './helpers';

// One story in order on the shared server: the second test logs in as the manager the first one chose.
test.describe.serial('candidate managers', () => {
  let customerId = '';
  let customerName = '';
  let managerName = '';
  let managerUsername = '';

  test('an admin compares the candidates and assigns one with a reason', async ({ page }) => {
    await login(page, 'admin', 'admin123');
    await page.goto('/admin/customers');
    const first = page.getByRole('table', { name: '客户列表' }).getByRole('link', { name: /^客户\d+$/ }).first();
    customerName = ((await first.textContent()) ?? '').trim();
    await first.click();
    await expect(page.getByRole('heading', { name: `客户详情：${customerName}`, level: 1 })).toBeVisible();
    await page.getByRole('link', { name: '候选客户经理', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/customers\/\d+\/candidates$/);
    customerId = /customers\/(\d+)\//.exec(page.url())?.[1] ?? '';
    await expect(page.getByRole('heading', { name: `候选客户经理：${customerName}`, level: 1 })).toBeVisible();
    await expect(page.getByText(/^已为 \d+ 位客户经理打分，按匹配分从高到低列出前 \d+ 位。$/)).toBeVisible();

    const table = page.getByRole('table', { name: '候选客户经理，匹配分从高到低' });
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThanOrEqual(10);
    await expect(rows.first()).toContainText(/\d+= \d+ 项需求 \+ \d+ 项爱好/);
    const figure = page.getByRole('figure', { name: '前几位候选人比较' });
    await expect(figure.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    expect(await figure.locator('.recharts-radar').count()).toBeGreaterThan(0);

    // More candidates on request; the address keeps the choice.
    await page.getByLabel('显示人数').selectOption('20');
    await expect(page).toHaveURL(/limit=20/);
    await expect(page.getByText(/^已为 \d+ 位客户经理打分/)).toBeVisible();

    const row = rows.filter({ hasText: '可以接收该客户' }).first();
    const who = row.locator('th span');
    managerName = ((await who.nth(0).textContent()) ?? '').trim();
    managerUsername = ((await who.nth(1).textContent()) ?? '').trim();
    expect(managerUsername).toMatch(/^manager\d+$/);
    await row.getByRole('button', { name: /^分配给此经理/ }).click();
    const dialog = page.getByRole('dialog', { name: `将 ${customerName} 分配给 ${managerName}（${managerUsername}）` });
    await dialog.getByRole('button', { name: '分配' }).click();
    await expect(dialog.getByText('请填写原因。')).toBeVisible();
    await dialog.getByLabel('原因').fill('候选比较后指定');
    await dialog.getByRole('button', { name: '分配' }).click();
    await expect(page.getByText(new RegExp(`^已将 ${customerName} 分配给 ${managerName}（匹配分 \\d+）。$`))).toBeVisible();
    await expect(dialog).toHaveCount(0);

    // The refreshed ranking has them as the current manager, with nothing left to assign.
    const chosen = rows.filter({ has: page.getByText(managerUsername, { exact: true }) });
    await expect(chosen).toContainText('当前客户经理');
    await expect(chosen.getByRole('button')).toHaveCount(0);
    await expect(page.getByText(new RegExp(`^当前客户经理 ${managerName}（${managerUsername}），匹配分 \\d+。$`))).toBeVisible();
    await shot(page, 'admin-candidates.png');

    await page.getByRole('link', { name: /返回客户详情/ }).click();
    await expect(page.getByRole('heading', { name: `客户详情：${customerName}`, level: 1 })).toBeVisible();
    await expect(page.locator('dt', { hasText: /^客户经理$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText(managerName);
  });

  test('the chosen manager sees the ranking without assign actions', async ({ page }) => {
    expect(managerUsername).not.toBe('');
    await login(page, managerUsername, '123456');
    await page.goto(`/manager/customers/${customerId}`);
    await page.getByRole('link', { name: '候选客户经理', exact: true }).click();
    await expect(page.getByRole('heading', { name: `候选客户经理：${customerName}`, level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: '候选客户经理，匹配分从高到低' });
    const mine = table.locator('tbody tr').filter({ has: page.getByText(managerUsername, { exact: true }) });
    await expect(mine).toContainText('当前客户经理');
    await expect(table.getByRole('columnheader', { name: '操作' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /分配给此经理/ })).toHaveCount(0);
  });
});
