// Browser test of the organisation page: a head-office admin grows the tree, renames, closes,
// and sees the server refuse what the tree's rules forbid.
import { expect, test, type Page } from '@playwright/test';
import { login } from './helpers';

/** A unit's row in the tree, found by its code (the server keeps codes in capitals). */
const unitRow = (page: Page, code: string) =>
  page
    .getByRole('table', { name: '机构树，上级机构在前' })
    .locator('tbody tr')
    .filter({ has: page.getByText(code, { exact: true }) });

async function addUnit(page: Page, parent: { code: string; name: string }, code: string, name: string) {
  await unitRow(page, parent.code).getByRole('button', { name: `新增下级机构 ${parent.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `在 ${parent.name} 下新增机构` });
  await dialog.getByLabel('机构代码').fill(code);
  await dialog.getByLabel('机构名称').fill(name);
  await dialog.getByRole('button', { name: '新增' }).click();
  return dialog;
}

test('an admin adds, renames and closes units, and is refused what the rules forbid', async ({ page }) => {
  await login(page, 'admin', 'admin123');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '组织机构' }).click();
  await expect(page).toHaveURL(/\/admin\/organisation$/);
  await expect(page.getByRole('heading', { name: '组织机构', level: 1 })).toBeVisible();

  // The head office is the root, with the demo bank's two branches under it.
  const hq = unitRow(page, 'HQ');
  await expect(hq.getByRole('rowheader')).toContainText('总行');
  await expect(unitRow(page, 'GZ').getByRole('rowheader')).toContainText('广州分行，隶属 总行');
  await expect(hq.getByRole('button', { name: /^撤销/ })).toHaveCount(0);

  // A branch under the head office, then a sub-branch under the branch.
  await addUnit(page, { code: 'HQ', name: '总行' }, 'sh', '上海分行');
  await expect(page.getByRole('status').filter({ hasText: '已在 总行 下新增 上海分行。' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(unitRow(page, 'SH').getByRole('rowheader')).toContainText('上海分行，隶属 总行');

  await addUnit(page, { code: 'SH', name: '上海分行' }, 'sh-pd', '浦东支行');
  await expect(page.getByText('已在 上海分行 下新增 浦东支行。')).toBeVisible();
  await expect(unitRow(page, 'SH-PD').getByRole('rowheader')).toContainText('浦东支行，隶属 上海分行');
  await expect(page.getByRole('button', { name: '上海分行 的下级机构' })).toHaveAttribute('aria-expanded', 'true');

  // A code already taken is refused at its field.
  const again = await addUnit(page, { code: 'SH', name: '上海分行' }, 'SH-PD', '另一个支行');
  await expect(again.getByText('该机构代码已被使用。')).toBeVisible();
  await expect(again.getByLabel('机构代码')).toHaveAttribute('aria-invalid', 'true');
  await again.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Rename the sub-branch.
  await unitRow(page, 'SH-PD').getByRole('button', { name: '重命名 浦东支行' }).click();
  const rename = page.getByRole('dialog', { name: '重命名 浦东支行' });
  await rename.getByLabel('机构名称').fill('浦东新区支行');
  await rename.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已将 浦东支行 重命名为 浦东新区支行。')).toBeVisible();
  await expect(unitRow(page, 'SH-PD').getByRole('rowheader')).toContainText('浦东新区支行');

  // The branch can only move where it would not end up under itself.
  await unitRow(page, 'SH').getByRole('button', { name: '移动 上海分行' }).click();
  const move = page.getByRole('dialog', { name: '移动 上海分行' });
  const options = move.getByLabel('新的上级机构').locator('option');
  // The head office (its parent now) and the demo bank's five units — never its own sub-branch.
  await expect(options.first()).toHaveText('总行（HQ）（当前）');
  await expect(options).toHaveCount(6);
  await expect(options.filter({ hasText: 'SH-PD' })).toHaveCount(0);
  await move.getByRole('button', { name: '取消' }).click();

  // The branch still holds an open sub-branch: closing it is refused with the server's reason.
  await unitRow(page, 'SH').getByRole('button', { name: '撤销 上海分行' }).click();
  let confirm = page.getByRole('alertdialog', { name: '撤销 上海分行？' });
  await confirm.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('alert')).toHaveText('该机构仍有人员或未撤销的下级机构，请先移走。');
  await expect(unitRow(page, 'SH')).not.toContainText('已撤销');

  // The empty sub-branch closes; it stays in the tree, marked, without actions.
  await unitRow(page, 'SH-PD').getByRole('button', { name: '撤销 浦东新区支行' }).click();
  confirm = page.getByRole('alertdialog', { name: '撤销 浦东新区支行？' });
  await expect(confirm).toContainText('撤销后，机构保留其代码和历史记录');
  await confirm.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已撤销 浦东新区支行。')).toBeVisible();
  await expect(unitRow(page, 'SH-PD')).toContainText('已撤销');
  await expect(unitRow(page, 'SH-PD').getByRole('button')).toHaveCount(0);

  // The head office can neither close nor move (no buttons for it; the API says why).
  const refusal = await page.evaluate(async () => {
    const s = JSON.parse(localStorage.getItem('portrait.session') ?? '{}');
    const res = await fetch('/api/admin/units/1/close', { method: 'POST', headers: { Authorization: `Bearer ${s.token}` } });
    return { status: res.status, error: (await res.json()).error };
  });
  expect(refusal).toEqual({ status: 409, error: 'unit_is_root' });

  // Everything survives a reload, and /organisation leads here too.
  await page.goto('/organisation');
  await expect(page).toHaveURL(/\/admin\/organisation$/);
  await expect(unitRow(page, 'SH-PD')).toContainText('浦东新区支行');
  await expect(unitRow(page, 'SH-PD')).toContainText('已撤销');
});
