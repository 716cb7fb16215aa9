// Tests of the staff page: the list (columns, formatting, status in words, one's own row), the
// filters in the address bar, a new account with its checks and the server's field errors, an edit
// sending only what changed, a password reset, and deactivation refused for a manager with a book.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { StaffMember, Unit } from '../../api/client';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import StaffPage from './StaffPage';
import { passwordProblem, readStaffQuery } from './staffQuery';

const unit = (u: Pick<Unit, 'id' | 'code' | 'name' | 'parent_id' | 'depth'> & Partial<Unit>): Unit => ({
  closed: false,
  managers: 0,
  customers: 0,
  admins: 0,
  capacity: 0,
  load: 0,
  ...u,
});

const UNITS: Unit[] = [
  unit({ id: 1, code: 'HQ', name: '总行', parent_id: null, depth: 0 }),
  unit({ id: 2, code: 'SH', name: '上海分行', parent_id: 1, depth: 1 }),
  unit({ id: 3, code: 'SH-PD', name: '浦东支行', parent_id: 2, depth: 2 }),
  unit({ id: 4, code: 'OLD', name: '旧分行', parent_id: 1, depth: 1, closed: true }),
];

const member = (m: Pick<StaffMember, 'id' | 'username' | 'name' | 'role'> & Partial<StaffMember>): StaffMember => ({
  unit_id: 1,
  unit_code: 'HQ',
  grade: null,
  phone: null,
  email: null,
  active: true,
  must_change_password: false,
  capacity: m.role === 'manager' ? 50 : null,
  created_at: 1_700_000_000,
  ...m,
});

const STAFF: StaffMember[] = [
  member({ id: 1, username: 'admin', name: '系统管理员', role: 'admin' }),
  member({ id: 2, username: 'li.na', name: '李娜', role: 'manager', unit_id: 3, unit_code: 'SH-PD', must_change_password: true }),
  member({ id: 3, username: 'manager1', name: '经理1', role: 'manager', unit_id: 2, unit_code: 'SH', grade: 3, phone: '+86 21 6888 8888', email: 'm1@bank.example', capacity: 1200 }),
  member({ id: 4, username: 'old.admin', name: '老管理员', role: 'admin', unit_id: 4, unit_code: 'OLD', active: false }),
];

type Answer = { status: number; body: unknown };

/** The units, the staff page (total 60 to have a pager), and one queued answer per write (the member as changed by default). */
function server(writes: Answer[] = [], staff: StaffMember[] = STAFF) {
  return mockFetch(async (req, url) => {
    if (req.method === 'GET' && url.pathname === '/api/admin/units') return json({ units: UNITS });
    if (req.method === 'GET' && url.pathname === '/api/admin/staff') {
      return json({ items: staff, total: 60, page: Number(url.searchParams.get('page') ?? 1), per_page: 25 });
    }
    const next = writes.shift();
    if (next) return json(next.body, next.status);
    const body = JSON.parse((await req.text()) || '{}');
    if (req.method === 'POST' && url.pathname === '/api/admin/staff') return json(member({ id: 9, unit_code: 'SH', must_change_password: true, ...body }), 201);
    if (url.pathname.endsWith('/transfer')) return json({ run_id: 77, status: 'running' }, 202);
    const id = Number(url.pathname.split('/')[4]);
    return json({ ...staff.find((s) => s.id === id), ...body });
  });
}

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

const renderPage = (route = '/admin/staff', lang: 'zh' | 'en' = 'zh') =>
  renderApp(
    <>
      <Routes>
        <Route path="/admin/staff" element={<StaffPage />} />
        <Route path="/admin/runs/:id" element={<h1>run</h1>} />
      </Routes>
      <Where />
    </>,
    { session: session('admin', 1), route, lang },
  );

const row = (username: string) => {
  const th = screen.getAllByRole('rowheader').find((h) => h.textContent?.replace(/（您）| \(you\)/, '') === username);
  if (!th) throw new Error(`no row for ${username}`);
  return th.closest('tr') as HTMLElement;
};
const staffGets = (calls: { method: string; url: URL }[]) => calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/admin/staff');
const writes = (calls: { method: string; url: URL; body: unknown }[]) => calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.url.pathname, c.body]);

describe('staff query', () => {
  it('reads the address bar and leaves out what the server would refuse', () => {
    expect(readStaffQuery(new URLSearchParams('search=%20li%20&role=manager&unit_id=2&active=false&page=3'))).toEqual({
      search: 'li',
      role: 'manager',
      unit_id: 2,
      active: false,
      page: 3,
      per_page: 25,
    });
    expect(readStaffQuery(new URLSearchParams('role=customer&unit_id=x&active=yes&page=-1'))).toEqual({ page: 1, per_page: 25 });
  });

  it('checks a password as the server counts it', () => {
    expect(passwordProblem('short')).toBe('weak_password');
    expect(passwordProblem('密码密码密码密码')).toBeNull();
    expect(passwordProblem('密'.repeat(25))).toBe('password_too_long');
  });
});

describe('StaffPage', () => {
  it('lists staff with formatted figures, the status in words and no self-service on one’s own row', async () => {
    const mock = server();
    renderPage();
    const table = await screen.findByRole('table', { name: '员工列表，按用户名排序' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '用户名',
      '姓名',
      '角色',
      '机构',
      '职级',
      '电话',
      '电子邮箱',
      '容量',
      '状态',
      '操作',
    ]);
    const m1 = within(row('manager1'));
    expect(m1.getByText('客户经理')).toBeInTheDocument();
    expect(m1.getByText('SH')).toBeInTheDocument();
    expect(m1.getByText('1,200')).toBeInTheDocument();
    expect(m1.getByText('+86 21 6888 8888')).toBeInTheDocument();
    expect(m1.getByText('m1@bank.example')).toBeInTheDocument();
    expect(m1.getByText('在职')).toBeInTheDocument();
    expect(m1.queryByText('须修改密码')).toBeNull();
    expect(within(row('li.na')).getByText('须修改密码')).toBeInTheDocument();
    expect(within(row('old.admin')).getByText('已停用')).toBeInTheDocument();
    expect(within(row('old.admin')).getByRole('button', { name: '重新启用 old.admin' })).toBeInTheDocument();
    // An admin has no capacity; one's own row can be edited but not reset or deactivated.
    const me = within(row('admin'));
    expect(me.getByText('（您）')).toBeInTheDocument();
    expect(me.getAllByText('—')).toHaveLength(4);
    expect(me.getByRole('button', { name: '编辑 admin' })).toBeInTheDocument();
    expect(me.queryByRole('button', { name: /重置密码|停用/ })).toBeNull();
    expect(screen.getByText('第 1–25 条，共 60 条')).toBeInTheDocument();
    expect(staffGets(mock.calls)[0]?.url.search).toBe('?page=1&per_page=25');
  });

  it('filters by search, role, unit and state in the address bar, back on page 1', async () => {
    const mock = server();
    renderPage('/admin/staff?page=2');
    const user = userEvent.setup();
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByLabelText('机构（含下级机构）')).toHaveTextContent('总行 / 上海分行 / 浦东支行（SH-PD）'));
    expect(within(screen.getByLabelText('机构（含下级机构）')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '全部',
      '总行（HQ）',
      '总行 / 上海分行（SH）',
      '总行 / 上海分行 / 浦东支行（SH-PD）',
      '总行 / 旧分行（OLD）（已撤销）',
    ]);
    await user.type(screen.getByRole('searchbox', { name: '搜索用户名或姓名' }), ' li ');
    await user.click(screen.getByRole('button', { name: '搜索' }));
    await user.selectOptions(screen.getByLabelText('角色'), 'manager');
    await user.selectOptions(screen.getByLabelText('机构（含下级机构）'), '2');
    await user.selectOptions(screen.getByLabelText('状态'), 'false');
    expect(screen.getByTestId('where')).toHaveTextContent('/admin/staff?search=li&role=manager&unit_id=2&active=false');
    await waitFor(() => expect(staffGets(mock.calls).at(-1)?.url.search).toBe('?page=1&per_page=25&search=li&role=manager&unit_id=2&active=false'));
    expect(staffGets(mock.calls)[0]?.url.searchParams.get('page')).toBe('2');
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByTestId('where')).toHaveTextContent('&page=2');
    await user.selectOptions(screen.getByLabelText('状态'), '');
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/admin\/staff\?search=li&role=manager&unit_id=2$/);
  });

  it('creates a manager: checks first, the server’s errors under their fields, then success and a reload', async () => {
    const mock = server([
      { status: 409, body: { error: 'username_taken', message: 'username is taken' } },
      { status: 422, body: { error: 'invalid_email', message: 'not an e-mail address', field: 'email' } },
    ]);
    renderPage('/admin/staff?unit_id=3');
    const user = userEvent.setup();
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByRole('button', { name: '新增员工' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: '新增员工' }));
    const dialog = screen.getByRole('dialog', { name: '新增员工' });
    const username = within(dialog).getByLabelText('用户名');
    expect(username).toHaveFocus();
    // Open units only, the list's unit first; managers by default, with a capacity.
    const unitSelect = within(dialog).getByLabelText('机构');
    expect(within(unitSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(['总行（HQ）', '总行 / 上海分行（SH）', '总行 / 上海分行 / 浦东支行（SH-PD）']);
    expect(unitSelect).toHaveValue('3');
    expect(within(dialog).getByLabelText('角色')).toHaveValue('manager');
    expect(within(dialog).getByLabelText(/^容量/)).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^容量/), 'many');
    await user.type(within(dialog).getByLabelText('初始密码'), 'short');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(within(dialog).getByText('请填写用户名。')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写姓名。')).toBeInTheDocument();
    expect(within(dialog).getByText('密码太弱，至少 8 个字符。')).toBeInTheDocument();
    expect(within(dialog).getByText('容量须在 0 到 10000 之间。')).toBeInTheDocument();
    expect(username).toHaveFocus();
    expect(writes(mock.calls)).toEqual([]);

    // The password is hidden until asked for.
    const password = within(dialog).getByLabelText('初始密码');
    expect(password).toHaveAttribute('type', 'password');
    await user.click(within(dialog).getByLabelText('显示密码'));
    expect(password).toHaveAttribute('type', 'text');

    await user.type(username, 'manager1');
    await user.type(within(dialog).getByLabelText('姓名'), ' 王芳 ');
    await user.clear(password);
    await user.type(password, 'first-pass-1');
    await user.selectOptions(within(dialog).getByLabelText('职级'), '4');
    await user.type(within(dialog).getByLabelText(/^电话/), '021 1234 5678');
    await user.type(within(dialog).getByLabelText(/^电子邮箱/), 'wang@bank');
    await user.clear(within(dialog).getByLabelText(/^容量/));
    await user.type(within(dialog).getByLabelText(/^容量/), '80');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    // A taken username (no `field` in the body) belongs to the username.
    expect(await within(dialog).findByText('该用户名已被使用。')).toBeInTheDocument();
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username.getAttribute('aria-describedby')).toContain(`${username.id}-error`);
    await waitFor(() => expect(username).toHaveFocus());

    await user.clear(username);
    await user.type(username, 'wang.fang');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    const email = within(dialog).getByLabelText(/^电子邮箱/);
    expect(await within(dialog).findByText('不是有效的电子邮箱地址。')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(username).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(email).toHaveFocus());

    await user.type(email, '.example');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(await screen.findByText('已新增 王芳（wang.fang）。首次登录时须修改密码。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    const sent = { username: 'wang.fang', name: '王芳', role: 'manager', unit_id: 3, password: 'first-pass-1', grade: 4, phone: '021 1234 5678', capacity: 80 };
    expect(writes(mock.calls)).toEqual([
      ['POST', '/api/admin/staff', { ...sent, username: 'manager1', email: 'wang@bank' }],
      ['POST', '/api/admin/staff', { ...sent, email: 'wang@bank' }],
      ['POST', '/api/admin/staff', { ...sent, email: 'wang@bank.example' }],
    ]);
    await waitFor(() => expect(staffGets(mock.calls)).toHaveLength(2));
  });

  it('creates an admin without a capacity, and shows a closed unit at the unit field', async () => {
    const mock = server([{ status: 409, body: { error: 'unit_closed', message: 'unit SH is closed' } }]);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByRole('button', { name: '新增员工' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: '新增员工' }));
    const dialog = screen.getByRole('dialog', { name: '新增员工' });
    await user.selectOptions(within(dialog).getByLabelText('角色'), 'admin');
    expect(within(dialog).queryByLabelText(/^容量/)).toBeNull();
    await user.type(within(dialog).getByLabelText('用户名'), 'zhao');
    await user.type(within(dialog).getByLabelText('姓名'), '赵');
    await user.selectOptions(within(dialog).getByLabelText('机构'), '2');
    await user.type(within(dialog).getByLabelText('初始密码'), 'first-pass-1');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(await within(dialog).findByText('该机构已撤销，不能再加入人员或下级机构。')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('机构')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(await screen.findByText('已新增 赵（zhao）。首次登录时须修改密码。')).toBeInTheDocument();
    expect(writes(mock.calls).at(-1)).toEqual(['POST', '/api/admin/staff', { username: 'zhao', name: '赵', role: 'admin', unit_id: 2, password: 'first-pass-1' }]);
  });

  it('edits only what changed; an emptied phone clears it; a grade cannot be removed once set', async () => {
    const mock = server([{ status: 422, body: { error: 'invalid_phone', message: 'bad phone', field: 'phone' } }]);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await waitFor(() => expect(within(row('manager1')).getByRole('button', { name: '编辑 manager1' })).toBeEnabled());
    await user.click(within(row('manager1')).getByRole('button', { name: '编辑 manager1' }));
    const dialog = screen.getByRole('dialog', { name: '编辑 经理1' });
    expect(within(dialog).getByLabelText('姓名')).toHaveFocus();
    const grade = within(dialog).getByLabelText('职级');
    expect(grade).toHaveValue('3');
    expect(within(grade).queryByRole('option', { name: '未设置' })).toBeNull();
    expect(within(dialog).getByLabelText('机构')).toHaveValue('2');
    expect(within(dialog).getByRole('option', { name: '总行 / 上海分行（SH）（当前）' })).toBeInTheDocument();

    // Nothing changed: nothing is sent.
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(writes(mock.calls)).toEqual([]);

    await user.click(within(row('manager1')).getByRole('button', { name: '编辑 manager1' }));
    const again = screen.getByRole('dialog', { name: '编辑 经理1' });
    await user.selectOptions(within(again).getByLabelText('职级'), '5');
    const phone = within(again).getByLabelText('电话');
    await user.clear(phone);
    await user.type(phone, 'abc');
    await user.click(within(again).getByRole('button', { name: '保存' }));
    expect(await within(again).findByText('电话号码须为 3–32 位数字、空格或“+ - ( )”。')).toBeInTheDocument();
    await waitFor(() => expect(phone).toHaveFocus());
    await user.clear(phone);
    await user.click(within(again).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('经理1 已更新。')).toBeInTheDocument();
    expect(writes(mock.calls)).toEqual([
      ['PUT', '/api/admin/staff/3', { grade: 5, phone: 'abc' }],
      ['PUT', '/api/admin/staff/3', { grade: 5, phone: '' }],
    ]);
  });

  it('offers “not set” for a grade never set, and keeps a closed current unit as it is', async () => {
    const mock = server();
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await waitFor(() => expect(within(row('old.admin')).getByRole('button', { name: '编辑 old.admin' })).toBeEnabled());
    await user.click(within(row('old.admin')).getByRole('button', { name: '编辑 old.admin' }));
    const dialog = screen.getByRole('dialog', { name: '编辑 老管理员' });
    expect(within(dialog).getByLabelText('职级')).toHaveValue('');
    expect(within(dialog).getByLabelText('机构')).toHaveValue('4');
    expect(within(dialog).getByRole('option', { name: '总行 / 旧分行（OLD）（已撤销）（当前）' })).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('机构'), '1');
    await user.type(within(dialog).getByLabelText('电子邮箱'), 'old@bank.example');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('老管理员 已更新。')).toBeInTheDocument();
    expect(writes(mock.calls)).toEqual([['PUT', '/api/admin/staff/4', { unit_id: 1, email: 'old@bank.example' }]]);
  });

  it('resets a password, explaining the change at next login', async () => {
    const mock = server([{ status: 422, body: { error: 'password_too_long', message: 'too long', field: 'password' } }]);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(within(row('li.na')).getByRole('button', { name: '重置密码 li.na' }));
    const dialog = screen.getByRole('dialog', { name: '为 李娜 设置新密码' });
    expect(dialog).toHaveAccessibleDescription(/下次登录时须先把它改成只有本人知道的密码/);
    const password = within(dialog).getByLabelText('新密码');
    expect(password).toHaveFocus();
    await user.type(password, 'short');
    await user.click(within(dialog).getByRole('button', { name: '设置新密码' }));
    expect(within(dialog).getByText('密码太弱，至少 8 个字符。')).toBeInTheDocument();
    expect(writes(mock.calls)).toEqual([]);
    await user.clear(password);
    await user.type(password, 'new-pass-123');
    await user.click(within(dialog).getByRole('button', { name: '设置新密码' }));
    expect(await within(dialog).findByText(/密码太长/)).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: '设置新密码' }));
    expect(await screen.findByText('已为 李娜 设置新密码，其登录已全部退出。下次登录时须修改密码。')).toBeInTheDocument();
    expect(writes(mock.calls)).toEqual([
      ['PUT', '/api/admin/users/2/password', { password: 'new-pass-123' }],
      ['PUT', '/api/admin/users/2/password', { password: 'new-pass-123' }],
    ]);
    // Escape closes a dialog too.
    await user.click(within(row('li.na')).getByRole('button', { name: '重置密码 li.na' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(row('li.na')).getByRole('button', { name: '重置密码 li.na' })).toHaveFocus();
  });

  it('refuses to deactivate a manager with customers and offers the book transfer', async () => {
    const mock = server([{ status: 409, body: { error: 'manager_has_customers', message: 'manager1 still has 3 customers' } }]);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(within(row('manager1')).getByRole('button', { name: '停用 manager1' }));
    const confirm = screen.getByRole('alertdialog', { name: '停用 经理1？' });
    expect(confirm).toHaveTextContent('名下仍有客户的客户经理不能停用');
    expect(within(confirm).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: '停用' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('经理1 名下仍有客户，不能停用。请先把其客户转移给其他客户经理，再停用。');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: '预览转移 经理1 的客户' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/admin/runs/77'));
    expect(writes(mock.calls)).toEqual([
      ['PUT', '/api/admin/staff/3', { active: false }],
      ['POST', '/api/admin/managers/3/transfer', { dry_run: true }],
    ]);
  });

  it('deactivates and reactivates after confirmation', async () => {
    const mock = server();
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(within(row('li.na')).getByRole('button', { name: '停用 li.na' }));
    await user.click(within(screen.getByRole('alertdialog', { name: '停用 李娜？' })).getByRole('button', { name: '停用' }));
    expect(await screen.findByText('已停用 李娜，其登录已全部退出。')).toBeInTheDocument();
    await user.click(within(row('old.admin')).getByRole('button', { name: '重新启用 old.admin' }));
    const confirm = screen.getByRole('alertdialog', { name: '重新启用 老管理员？' });
    expect(confirm).toHaveTextContent('重新启用后该账户可以再次登录');
    await user.click(within(confirm).getByRole('button', { name: '重新启用' }));
    expect(await screen.findByText('已重新启用 老管理员。')).toBeInTheDocument();
    expect(writes(mock.calls)).toEqual([
      ['PUT', '/api/admin/staff/2', { active: false }],
      ['PUT', '/api/admin/staff/4', { active: true }],
    ]);
    await waitFor(() => expect(staffGets(mock.calls)).toHaveLength(3));
  });

  it('speaks English', async () => {
    server();
    renderPage('/admin/staff', 'en');
    const table = await screen.findByRole('table', { name: 'Staff, by username' });
    expect(within(table).getByText('Must change password')).toBeInTheDocument();
    expect(within(table).getByText('Deactivated')).toBeInTheDocument();
    expect(within(row('admin')).getByText('(you)', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deactivate manager1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Staff', level: 1 })).toBeInTheDocument();
  });
});
