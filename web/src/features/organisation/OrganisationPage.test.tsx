// Tests of the organisation page: the tree (indent, collapse, closed, over capacity), and a
// head-office admin's add, rename, move and close with the server's refusals shown.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/client';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import OrganisationPage from './OrganisationPage';
import { subtree, unitPath, visibleUnits } from './tree';

const unit = (u: Partial<Unit> & Pick<Unit, 'id' | 'code' | 'name' | 'parent_id' | 'depth'>): Unit => ({
  closed: false,
  managers: 0,
  customers: 0,
  admins: 0,
  capacity: 0,
  load: 0,
  ...u,
});

const UNITS: Unit[] = [
  unit({ id: 1, code: 'HQ', name: '总行', parent_id: null, depth: 0, managers: 5, customers: 1234, admins: 1, capacity: 250, load: 300 }),
  unit({ id: 2, code: 'SH', name: '上海分行', parent_id: 1, depth: 1, managers: 2, capacity: 100, load: 40 }),
  unit({ id: 3, code: 'SH-PD', name: '浦东支行', parent_id: 2, depth: 2 }),
  unit({ id: 4, code: 'OLD', name: '旧分行', parent_id: 1, depth: 1, closed: true }),
  unit({ id: 5, code: 'BJ', name: '北京分行', parent_id: 1, depth: 1 }),
];

type Answer = { status: number; body: unknown };

/** The units list, and one queued answer per write (201 / 200 with a record by default). */
function server(units: Unit[] = UNITS, writes: Answer[] = []) {
  return mockFetch(async (req, url) => {
    if (req.method === 'GET' && url.pathname === '/api/admin/units') return json({ units });
    const next = writes.shift();
    if (next) return json(next.body, next.status);
    const body = req.method === 'POST' && url.pathname === '/api/admin/units' ? JSON.parse(await req.text()) : {};
    return json({ id: 9, code: String(body.code ?? 'X').toUpperCase(), name: body.name ?? '改名', parent_id: 1, depth: 1, closed: false }, req.method === 'POST' && url.pathname === '/api/admin/units' ? 201 : 200);
  });
}

const renderPage = (lang: 'zh' | 'en' = 'zh') => renderApp(<OrganisationPage />, { session: session('admin', 1), lang });
/** The unit's name as shown (after the expand button's words, before ", under …"). */
const shownName = (th: HTMLElement) => th.querySelector(':scope > div > span:last-child')?.textContent ?? '';
const row = (name: string) => {
  const th = screen.getAllByRole('rowheader').find((h) => new RegExp(`^${name}($|，|,|已撤销)`).test(shownName(h)));
  if (!th) throw new Error(`no row for ${name}`);
  return th.closest('tr') as HTMLElement;
};
const gets = (calls: { method: string; url: URL }[]) => calls.filter((c) => c.method === 'GET').length;

describe('tree helpers', () => {
  it('finds a subtree, the visible rows and a path', () => {
    expect([...subtree(UNITS, 2)]).toEqual([2, 3]);
    expect(visibleUnits(UNITS, new Set([1])).map((u) => u.id)).toEqual([1]);
    expect(visibleUnits(UNITS, new Set([2])).map((u) => u.id)).toEqual([1, 2, 4, 5]);
    expect(unitPath(UNITS, UNITS[2]!)).toBe('总行 / 上海分行 / 浦东支行');
  });
});

describe('OrganisationPage', () => {
  it('shows the tree indented by depth, with counts, closed units and load over capacity', async () => {
    server();
    renderPage();
    const table = await screen.findByRole('table', { name: '机构树，上级机构在前' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map(shownName);
    expect(names).toEqual(['总行', '上海分行，隶属 总行', '浦东支行，隶属 上海分行', '旧分行，隶属 总行已撤销', '北京分行，隶属 总行']);
    // Indented by depth.
    const indent = (name: string) => (row(name).querySelector('th > div') as HTMLElement).style.paddingInlineStart;
    expect([indent('总行'), indent('上海分行'), indent('浦东支行')]).toEqual(['0rem', '1.5rem', '3rem']);
    // Counts formatted; the head office's load is over its capacity, said in words.
    const hq = within(row('总行'));
    expect(hq.getByText('1,234')).toBeInTheDocument();
    expect(hq.getByText('超出容量')).toBeInTheDocument();
    expect(within(row('上海分行')).queryByText('超出容量')).toBeNull();
    // A closed unit is marked and offers no actions; the head office can neither move nor close.
    expect(within(row('旧分行')).getByText('已撤销')).toBeInTheDocument();
    expect(within(row('旧分行')).queryByRole('button')).toBeNull();
    expect(hq.getByRole('button', { name: '新增下级机构 总行' })).toBeInTheDocument();
    expect(hq.queryByRole('button', { name: /^移动/ })).toBeNull();
    expect(hq.queryByRole('button', { name: /^撤销/ })).toBeNull();
  });

  it('collapses and expands a unit’s sub-units with its button', async () => {
    server();
    renderPage();
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: '上海分行 的下级机构' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('浦东支行')).toBeNull();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(row('浦东支行')).toBeInTheDocument();
  });

  it('adds a sub-unit: required fields, a taken code at its field, then success and a reload', async () => {
    const mock = server(UNITS, [{ status: 409, body: { error: 'unit_code_taken', message: 'unit code SH is taken' } }]);
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '新增下级机构 上海分行' }));
    const dialog = screen.getByRole('dialog', { name: '在 上海分行 下新增机构' });
    const code = within(dialog).getByLabelText('机构代码');
    expect(code).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(within(dialog).getByText('请填写机构代码。')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写机构名称。')).toBeInTheDocument();

    await user.type(code, 'sh');
    await user.type(within(dialog).getByLabelText('机构名称'), '  徐汇支行 ');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(await within(dialog).findByText('该机构代码已被使用。')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(code).toHaveFocus());

    await user.clear(code);
    await user.type(code, 'sh-xh');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(await screen.findByText('已在 上海分行 下新增 徐汇支行。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    const posts = mock.calls.filter((c) => c.method === 'POST').map((c) => c.body);
    expect(posts).toEqual([
      { code: 'sh', name: '徐汇支行', parent_id: 2 },
      { code: 'sh-xh', name: '徐汇支行', parent_id: 2 },
    ]);
    await waitFor(() => expect(gets(mock.calls)).toBe(2));
  });

  it('renames a unit, with the server’s name error under the field', async () => {
    const mock = server(UNITS, [{ status: 422, body: { error: 'invalid_name', message: 'a unit name is 1 to 100 characters', field: 'name' } }]);
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '重命名 浦东支行' }));
    const dialog = screen.getByRole('dialog', { name: '重命名 浦东支行' });
    const name = within(dialog).getByLabelText('机构名称');
    expect(name).toHaveValue('浦东支行');
    await user.clear(name);
    await user.type(name, '浦东新区支行');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('机构名称须为 1–100 个字符。')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/^已将 浦东支行 重命名为/)).toBeInTheDocument();
    const puts = mock.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => [c.url.pathname, c.body])).toEqual([
      ['/api/admin/units/3', { name: '浦东新区支行' }],
      ['/api/admin/units/3', { name: '浦东新区支行' }],
    ]);
  });

  it('moves a unit under an open unit outside its own subtree', async () => {
    const mock = server();
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '移动 上海分行' }));
    const dialog = screen.getByRole('dialog', { name: '移动 上海分行' });
    const select = within(dialog).getByLabelText('新的上级机构');
    // Not itself, not 浦东支行 below it, not the closed unit; the current parent is marked.
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['总行（HQ）（当前）', '总行 / 北京分行（BJ）']);
    expect(select).toHaveValue('1');
    await user.click(within(dialog).getByRole('button', { name: '移动' }));
    expect(within(dialog).getByText('请选择另一个上级机构。')).toBeInTheDocument();
    await user.selectOptions(select, '5');
    await user.click(within(dialog).getByRole('button', { name: '移动' }));
    expect(await screen.findByText('已将 上海分行 移到 北京分行 之下。')).toBeInTheDocument();
    expect(mock.calls.filter((c) => c.method === 'PUT').map((c) => [c.url.pathname, c.body])).toEqual([['/api/admin/units/2', { parent_id: 5 }]]);
  });

  it('closes a unit after confirmation, and shows a refusal', async () => {
    const mock = server(UNITS, [{ status: 409, body: { error: 'unit_not_empty', message: 'the unit is not empty' } }]);
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '撤销 上海分行' }));
    let dialog = screen.getByRole('alertdialog', { name: '撤销 上海分行？' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '撤销' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该机构仍有人员或未撤销的下级机构，请先移走。');
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: '撤销 浦东支行' }));
    dialog = screen.getByRole('alertdialog', { name: '撤销 浦东支行？' });
    await user.click(within(dialog).getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已撤销 浦东支行。')).toBeInTheDocument();
    expect(mock.calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual(['/api/admin/units/2/close', '/api/admin/units/3/close']);
  });

  it('offers no changes to an admin outside the head office', async () => {
    server([unit({ id: 2, code: 'SH', name: 'Shanghai', parent_id: 1, depth: 1 }), unit({ id: 3, code: 'SH-PD', name: 'Pudong', parent_id: 2, depth: 2 })]);
    renderPage('en');
    await screen.findByRole('table', { name: 'Units, each under its parent' });
    expect(screen.getByText('Only head-office admins can add, rename, move or close units.')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add sub-unit/ })).toBeNull();
    // Its own unit is the top of its tree.
    expect((row('Shanghai').querySelector('th > div') as HTMLElement).style.paddingInlineStart).toBe('0rem');
  });
});
