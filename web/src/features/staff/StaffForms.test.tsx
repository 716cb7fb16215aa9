// Tests of the staff forms: a new account with its checks and the server's field errors, and an
// edit sending only what changed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage, row, server, staffGets, writes } from './fixtures';

// The first test fills the form three times over; on a busy machine that outlasts the default 5 s.
const SLOW = 20_000;

describe('StaffPage', () => {
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

    // A fraction is refused as a capacity too, in the words of the managers page.
    await user.type(within(dialog).getByLabelText(/^容量/), '1.5');
    await user.type(within(dialog).getByLabelText('初始密码'), 'short');
    await user.click(within(dialog).getByRole('button', { name: '新增' }));
    expect(within(dialog).getByText('请填写用户名。')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写姓名。')).toBeInTheDocument();
    expect(within(dialog).getByText('密码太弱，至少 8 个字符。')).toBeInTheDocument();
    expect(within(dialog).getByText('容量须为 0 到 10,000 之间的整数。')).toBeInTheDocument();
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
  }, SLOW);

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
});
