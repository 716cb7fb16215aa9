// Tests of an account's access: a password reset, deactivation refused for a manager with a book
// (with their departure offered), and deactivation and reactivation after confirmation.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage, row, server, staffGets, writes } from './fixtures';

describe('StaffPage', () => {
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

  it('refuses to deactivate a manager with customers and offers their departure', async () => {
    const mock = server([{ status: 409, body: { error: 'manager_has_customers', message: 'manager1 still has 3 customers' } }]);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(within(row('manager1')).getByRole('button', { name: '停用 manager1' }));
    const confirm = screen.getByRole('alertdialog', { name: '停用 经理1？' });
    expect(confirm).toHaveTextContent('名下仍有客户的客户经理不能直接停用，须为其办理离岗');
    expect(within(confirm).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: '停用' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('经理1 名下仍有客户，不能直接停用。请为其办理离岗：其客户转给其他客户经理，同时停用。');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(within(alert).getByRole('button', { name: '为 经理1 办理离岗' }));
    // The departure dialog opens with "deactivated" chosen, focused.
    const dialog = screen.getByRole('dialog', { name: '为 经理1 办理离岗' });
    expect(within(dialog).getByRole('radio', { name: /停用/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /停用/ })).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(writes(mock.calls)).toEqual([['PUT', '/api/admin/staff/3', { active: false }]]);
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

});
