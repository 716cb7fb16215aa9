// Tests of the staff list: the query kept in the address bar and the password check, the columns
// (formatting, status in words, one's own row), the filters in the address bar, and English.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage, row, server, staffGets } from './fixtures';
import { passwordProblem, readStaffQuery } from './staffQuery';

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
