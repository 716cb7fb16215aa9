// Browser tests of an assignment run end to end: preview, commit, dashboard, the manager's and the customer's views.
import { expect, test, type Locator } from '@playwright/test';
import { login, shot } from './helpers';

// One story in order: an admin previews and commits an auto-assign run, then the manager
// and the customer it touched see the result. Other specs do not depend on it.
test.describe.serial('assignment runs', () => {
  let customerName = '';
  let managerName = '';

  const digits = (name: string) => {
    const m = /(\d+)$/.exec(name);
    if (!m) throw new Error(`no number in ${name}`);
    return m[1];
  };

  async function classCounts(figure: Locator): Promise<Record<string, number>> {
    await figure.getByText('图表数据').click();
    const rows = figure.getByRole('table', { name: '客户等级分布' }).locator('tbody tr');
    const counts: Record<string, number> = {};
    for (const row of await rows.all()) {
      const label = (await row.locator('th').textContent())?.trim() ?? '';
      counts[label] = Number((await row.locator('td').first().textContent())?.trim());
    }
    return counts;
  }

  test('an admin previews a dry run, commits it, and the dashboard shows the classes', async ({ page }) => {
    await login(page, 'admin', 'admin123');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '分配运行' }).click();
    await expect(page.getByRole('heading', { name: '分配运行', level: 1 })).toBeVisible();
    await expect(page.getByLabel('仅预览（确认后再提交）')).toBeChecked();
    await page.getByRole('button', { name: '开始分配' }).click();

    await expect(page).toHaveURL(/\/admin\/runs\/\d+$/);
    await expect(page.getByRole('heading', { name: /^分配运行 #\d+$/, level: 1 })).toBeVisible();
    await expect(page.getByText('这是一个预览方案，尚未生效。', { exact: false })).toBeVisible();
    await expect(page.getByRole('region', { name: '运行前' })).toBeVisible();
    await expect(page.getByRole('region', { name: '方案执行后' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '客群画像' })).toBeVisible();
    const table = page.getByRole('table', { name: '方案中的变更' });
    await expect(table).toBeVisible();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const row = rows.filter({ has: page.getByRole('link', { name: /^客户\d+$/ }) }).first();
    customerName = ((await row.getByRole('link').textContent()) ?? '').trim();
    managerName = ((await row.locator('td').first().locator('strong').textContent()) ?? '').trim();
    expect(managerName).toMatch(/^经理\d+$/);
    await expect(row).toContainText('未分配');
    await shot(page, 'admin-runs.png');

    await page.getByRole('button', { name: '提交方案' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(/提交这 \d+ 项变更？/);
    await dialog.getByRole('button', { name: '提交方案' }).click();
    await expect(page.getByText('方案已提交，新的分配已生效。')).toBeVisible();
    await expect(page.getByText('已提交', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '提交方案' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: '运行后' })).toBeVisible();

    // The history lists the run as committed.
    await page.getByRole('link', { name: '返回运行列表' }).click();
    const history = page.getByRole('table', { name: '分配运行记录，最新在前' });
    await expect(history.locator('tbody tr').first()).toContainText('已提交');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '概览' }).click();
    const figure = page.getByRole('figure', { name: '客户等级分布' });
    await expect(figure.locator('.recharts-surface')).toBeVisible();

    // The analytics of the committed run: personas, scores against the best possible,
    // the run trend, the projection and the capability gaps.
    await expect(page.getByRole('heading', { name: '客群画像', level: 2 })).toBeVisible();
    const personas = page.getByRole('region', { name: /^客群 \d+$/ });
    await expect(personas.first()).toBeVisible();
    await expect(personas.first()).toContainText(/\d+ 位客户/);
    await expect(personas.first()).toContainText('资产中位数');

    const scores = page.getByRole('figure', { name: '匹配分分布：当前与最优可能' });
    await expect(scores.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    expect(await scores.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await expect(scores.locator('.recharts-legend-item-text')).toHaveText(['当前', '最优可能']);
    await expect(scores.getByText('当前平均分', { exact: true }).locator('xpath=following-sibling::dd')).toHaveText(/^\d+\.\d\d$/);
    await expect(scores.getByText('最优可能平均分', { exact: true }).locator('xpath=following-sibling::dd')).toHaveText(/^\d+\.\d\d$/);
    await expect(scores).toContainText(/已分配 \d+ 位/);

    const trend = page.getByRole('figure', { name: '运行趋势' });
    await expect(trend.locator('.recharts-line')).toHaveCount(3);
    await trend.getByText('图表数据').click();
    const trendRows = trend.getByRole('table', { name: '运行趋势' }).locator('tbody tr');
    await expect(trendRows.last()).toContainText('自动分配 · 已提交');
    await expect(trendRows.last()).toContainText('毫秒');

    const projection = page.getByRole('figure', { name: '客户分布投影' });
    await expect(projection).toContainText(/显示 \d+ \/ \d+ 位客户/);
    await expect(projection.getByText(/^主成分 1（解释 \d+% 的方差）$/)).toBeVisible();
    await expect(projection.getByRole('list', { name: '图例' }).getByRole('listitem').first()).toHaveText(/^客群 \d+$/);
    const shown = Number(/显示 (\d+)/.exec((await projection.textContent()) ?? '')?.[1]);
    const marks = await projection.locator('path.projection-segment').evaluateAll((ps) => ps.reduce((s, p) => s + Number(p.getAttribute('data-count')), 0));
    expect(marks).toBe(shown);
    expect(shown).toBeGreaterThan(0);

    const gaps = page.getByRole('table', { name: '能力缺口' });
    const gapRows = gaps.locator('tbody tr');
    expect(await gapRows.count()).toBeGreaterThan(0);
    await expect(gapRows.first().locator('th')).toHaveText(/\p{Script=Han}/u); // need names are translated
    await expect(gapRows.first()).toContainText(/\d+%/);

    await trend.getByText('图表数据').click(); // closed again for the screenshot
    await shot(page, 'admin-dashboard.png');
    const counts = await classCounts(figure);
    const classified = ['A', 'B', 'C', 'D', 'E'].reduce((s, c) => s + (counts[c] ?? 0), 0);
    expect(classified).toBeGreaterThan(0);
  });

  test('the manager sees their new customer', async ({ page }) => {
    expect(managerName).not.toBe('');
    await login(page, `manager${digits(managerName)}`, '123456');
    await expect(page.getByRole('heading', { name: '我的客户', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: '客户列表' });
    await expect(table.getByRole('link', { name: customerName, exact: true })).toBeVisible();
    await shot(page, 'manager-customers.png');
    await table.getByRole('link', { name: customerName, exact: true }).click();
    await expect(page.getByRole('heading', { name: `客户详情：${customerName}` })).toBeVisible();
    await expect(page.getByRole('region', { name: '为什么匹配' })).toBeVisible();

    // Their book statistics.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户统计' }).click();
    await expect(page.getByRole('heading', { name: '我的客户统计', level: 1 })).toBeVisible();
    const kpi = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd').first();
    await expect(kpi('客户数')).toHaveText(/^[1-9]\d*$/);
    await expect(kpi('容量使用')).toHaveText(/^\d+%$/);
    await expect(kpi('平均匹配分')).toHaveText(/^\d+\.\d\d$/);
    const classes = page.getByRole('figure', { name: '我的客户等级分布' });
    await expect(classes.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    expect(await classes.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const needs = page.getByRole('figure', { name: '客户的主要需求' });
    await expect(needs.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await needs.getByText('图表数据').click();
    await expect(needs.getByRole('table', { name: '客户的主要需求' }).locator('tbody tr').first()).toContainText(/\d+%$/);
    await needs.getByText('图表数据').click();
    await shot(page, 'manager-stats.png');
  });

  test('the customer sees their manager and why', async ({ page }) => {
    await login(page, `customer${digits(customerName)}`, '123456');
    await expect(page.getByRole('heading', { name: '我的资料', level: 1 })).toBeVisible();
    await expect(page.getByText(managerName, { exact: true })).toBeVisible();
    await shot(page, 'customer-profile.png');
    await page.getByRole('link', { name: '我的客户经理' }).click();
    await expect(page.getByRole('heading', { name: managerName, level: 2 })).toBeVisible();
    const why = page.getByRole('region', { name: '为什么匹配' });
    await expect(why).toContainText('匹配分');
    await expect(why).toContainText(/项需求 \+ \d+ 项爱好/);
    await expect(why).toContainText(/最佳匹配|受容量限制|保留原客户经理/);
    await expect(why).toContainText('客户等级');
    await shot(page, 'customer-manager.png');
  });

  test('an admin previews a book transfer and discards it; assigns and unassigns by hand', async ({ page }) => {
    await login(page, 'admin', 'admin123');
    await page.goto('/admin/managers');
    // The button names the manager with their username (names can repeat).
    await page.getByRole('button', { name: new RegExp(`^转移客户\\s*:\\s*${managerName}（manager${digits(managerName)}）$`) }).click();
    await expect(page).toHaveURL(/\/admin\/runs\/\d+$/);
    await expect(page.getByText(`转移 ${managerName} 的客户`)).toBeVisible();
    await expect(page.getByRole('table', { name: '方案中的变更' })).toBeVisible();
    await page.getByRole('button', { name: '放弃方案' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '放弃方案' }).click();
    await expect(page.getByText('方案已放弃。')).toBeVisible();

    await page.goto('/admin/customers?q=' + encodeURIComponent(customerName));
    await page.getByRole('button', { name: new RegExp(`^指定经理\\s*:\\s*${customerName}$`) }).click();
    const dialog = page.getByRole('dialog', { name: `为 ${customerName} 指定客户经理` });
    await expect(dialog).toContainText(`当前客户经理：${managerName}`);
    const option = dialog.locator('option', { hasText: `${managerName}（` });
    await expect(option).toHaveCount(1);
    await dialog.getByLabel('客户经理').selectOption((await option.getAttribute('value')) ?? '');
    await dialog.getByRole('button', { name: '分配' }).click();
    await expect(dialog.getByText('请填写原因。')).toBeVisible();
    await dialog.getByLabel('原因').fill('客户要求保留');
    await dialog.getByRole('button', { name: '分配' }).click();
    await expect(page.getByText(new RegExp(`已将 ${customerName} 分配给 ${managerName}`))).toBeVisible();

    await page.getByRole('button', { name: new RegExp(`^取消分配\\s*:\\s*${customerName}$`) }).click();
    const undo = page.getByRole('dialog', { name: `取消 ${customerName} 的分配` });
    await undo.getByLabel('原因').fill('测试取消');
    await undo.getByRole('button', { name: '取消分配' }).click();
    await expect(page.getByText(`已取消 ${customerName} 的分配。`)).toBeVisible();
    const row = page.getByRole('table', { name: '客户列表' }).getByRole('row').filter({ has: page.getByRole('link', { name: customerName, exact: true }) });
    await expect(row).toContainText('未分配');
  });
});
