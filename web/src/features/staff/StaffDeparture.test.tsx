// Tests of a manager's departure from the staff page: the status in words, the button for
// every admin (a branch admin's re-homes within their branch), preview (with its loading cue, or a 202 polled until proposed) then
// confirm or discard, and the refusals (409 / 422 / 403) in the words of t.errors.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { runningRun } from '../runs/fixtures';
import { departureRun, renderPage, row, runAnswer, server, staffGets, UNITS, writes } from './fixtures';

const open = async (username = 'manager1', name = '经理1') => {
  const user = userEvent.setup();
  await screen.findByRole('table');
  await waitFor(() => expect(within(row(username)).getByRole('button', { name: `离岗 ${username}` })).toBeInTheDocument());
  await user.click(within(row(username)).getByRole('button', { name: `离岗 ${username}` }));
  return { user, dialog: screen.getByRole('dialog', { name: `为 ${name} 办理离岗` }) };
};

describe('StaffPage: a manager’s departure', () => {
  it('shows the status in words and offers the departure to head-office admins, for managers not deactivated', async () => {
    server();
    renderPage();
    await screen.findByRole('table');
    expect(within(row('manager1')).getByText('在职')).toBeInTheDocument();
    expect(within(row('wang.fang')).getByText('休假')).toBeInTheDocument();
    expect(within(row('old.admin')).getByText('已停用')).toBeInTheDocument();
    await waitFor(() => expect(within(row('manager1')).getByRole('button', { name: '离岗 manager1' })).toBeInTheDocument());
    expect(within(row('wang.fang')).getByRole('button', { name: '离岗 wang.fang' })).toBeInTheDocument();
    expect(within(row('admin')).queryByRole('button', { name: /离岗/ })).toBeNull();
    expect(within(row('old.admin')).queryByRole('button', { name: /离岗/ })).toBeNull();
    expect(within(screen.getByLabelText('状态')).getAllByRole('option').map((o) => o.textContent)).toEqual(['全部', '在职或休假', '已停用']);
  });

  it('previews with a loading cue, then confirms: the proposal is committed and the list fetched again', async () => {
    let release: (v?: unknown) => void = () => undefined;
    const gate = new Promise((r) => (release = r));
    const mock = server([{ ...runAnswer(departureRun()), gate }]);
    renderPage();
    const { user, dialog } = await open();
    expect(dialog).toHaveAccessibleDescription(/经理1 名下的全部客户将在其他在岗客户经理之间重新优化分配/);
    const onLeave = within(dialog).getByRole('radio', { name: /休假/ });
    expect(onLeave).toBeChecked();
    expect(onLeave).toHaveFocus();
    expect(onLeave).toHaveAccessibleDescription('仍可登录，但不再分配客户；之后可以恢复在岗。');
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('radio', { name: /停用/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: '预览' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('正在生成离岗方案…');
    expect(within(dialog).getByRole('button', { name: '预览' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    release();
    const proposal = await within(dialog).findByRole('region', { name: '离岗方案（尚未生效）' });
    expect(proposal).toHaveFocus();
    expect(proposal).toHaveTextContent('离岗方式：停用');
    expect(within(proposal).getByText('转给其他客户经理的客户').nextElementSibling).toHaveTextContent('3');
    expect(within(proposal).getByText('因容量不足将成为未分配的客户').nextElementSibling).toHaveTextContent('1');
    expect(within(proposal).getByText('不参与分配的客户经理（休假、停用或本人）').nextElementSibling).toHaveTextContent('1');
    expect(within(proposal).getByRole('link', { name: '查看方案 #77 的逐项变更' })).toHaveAttribute('href', '/admin/runs/77');
    await user.click(within(dialog).getByRole('button', { name: '确认离岗' }));
    expect(await screen.findByText('经理1 已停用，其登录已全部退出；3 位客户已转给其他客户经理，另有 1 位客户因容量不足成为未分配。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(writes(mock.calls)).toEqual([
      ['POST', '/api/admin/staff/3/departure', { status: 'deactivated', dry_run: true }],
      ['POST', '/api/admin/assignment-runs/77/commit', undefined],
    ]);
    await waitFor(() => expect(staffGets(mock.calls)).toHaveLength(2));
  });

  it('follows a preview answered 202 until it is proposed, and discards it on cancel', async () => {
    const running = { ...runningRun(30), id: 77 };
    const mock = server([runAnswer(running, 202)], { runs: [{ ...runningRun(70), id: 77 }, departureRun({ departure: 'on_leave' })] });
    renderPage();
    const { user, dialog } = await open();
    await user.click(within(dialog).getByRole('button', { name: '预览' }));
    expect(await within(dialog).findByRole('progressbar', { name: '正在生成离岗方案…' })).toBeInTheDocument();
    const proposal = await within(dialog).findByRole('region', { name: '离岗方案（尚未生效）' });
    expect(proposal).toHaveTextContent('离岗方式：休假');
    expect(mock.calls.filter((c) => c.url.pathname === '/api/admin/assignment-runs/77').length).toBeGreaterThanOrEqual(2);
    await user.click(within(dialog).getByRole('button', { name: '放弃方案' }));
    expect(await screen.findByText('已放弃 经理1 的离岗方案，其客户和状态均未改变。')).toBeInTheDocument();
    expect(writes(mock.calls)).toEqual([
      ['POST', '/api/admin/staff/3/departure', { status: 'on_leave', dry_run: true }],
      ['POST', '/api/admin/assignment-runs/77/discard', undefined],
    ]);
  });

  it('shows refusals in the words of t.errors: a run in progress, a bad departure, maker-checker and a conflict', async () => {
    const mock = server([
      { status: 409, body: { error: 'run_in_progress', message: 'another run' } },
      { status: 422, body: { error: 'invalid_departure', message: 'bad status' } },
      runAnswer(departureRun({ departure: 'on_leave' })),
      { status: 403, body: { error: 'forbidden', message: 'maker-checker' } },
      { status: 409, body: { error: 'run_conflict', message: '1 customer changed manager' } },
    ]);
    renderPage();
    const { user, dialog } = await open();
    const previewButton = within(dialog).getByRole('button', { name: '预览' });
    await user.click(previewButton);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('已有一个运行正在进行，请等它结束后再试。');
    expect(previewButton).toHaveFocus();
    await user.click(previewButton);
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('离岗方式须为“休假”或“停用”。'));
    await user.click(previewButton);
    await within(dialog).findByRole('region', { name: '离岗方案（尚未生效）' });
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '确认离岗' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('需要由另一位管理员提交此方案（双人复核）。');
    expect(within(dialog).getByRole('region', { name: '离岗方案（尚未生效）' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '确认离岗' }));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('预览之后数据已有变化，此方案不能再提交。'));
    // Back at the choice; the stale proposal is discarded.
    expect(within(dialog).getByRole('button', { name: '预览' })).toHaveFocus();
    await waitFor(() => expect(writes(mock.calls).at(-1)).toEqual(['POST', '/api/admin/assignment-runs/77/discard', undefined]));
    expect(writes(mock.calls).filter(([, path]) => String(path).endsWith('/departure'))).toHaveLength(3);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(row('manager1')).getByRole('button', { name: '离岗 manager1' })).toHaveFocus();
  });

  it('offers only deactivation to a manager on leave, and discards a proposal on Escape', async () => {
    const mock = server();
    renderPage();
    const { user, dialog } = await open('wang.fang', '王芳');
    expect(within(dialog).getByRole('radio', { name: /休假（当前状态）/ })).toBeDisabled();
    expect(within(dialog).getByRole('radio', { name: /停用/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: '预览' }));
    await within(dialog).findByRole('region', { name: '离岗方案（尚未生效）' });
    await user.keyboard('{Escape}');
    expect(await screen.findByText('已放弃 王芳 的离岗方案，其客户和状态均未改变。')).toBeInTheDocument();
    expect(writes(mock.calls).map(([, path]) => path)).toEqual(['/api/admin/staff/5/departure', '/api/admin/assignment-runs/77/discard']);
  });

  it('offers a branch admin the departure of their own managers too', async () => {
    server([{ status: 409, body: { error: 'manager_has_customers', message: 'manager1 still has 3 customers' } }], {
      units: UNITS.filter((u) => u.id === 2 || u.id === 3),
    });
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByRole('button', { name: '新增员工' })).toBeEnabled());
    expect(within(row('manager1')).getByRole('button', { name: /^离岗 / })).toBeEnabled();
    await user.click(within(row('manager1')).getByRole('button', { name: '停用 manager1' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '停用' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: '为 经理1 办理离岗' })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    server();
    renderPage('/admin/staff', 'en');
    const user = userEvent.setup();
    await screen.findByRole('table');
    expect(within(row('wang.fang')).getByText('On leave')).toBeInTheDocument();
    await waitFor(() => expect(within(row('manager1')).getByRole('button', { name: 'Departure manager1' })).toBeInTheDocument());
    await user.click(within(row('manager1')).getByRole('button', { name: 'Departure manager1' }));
    const dialog = screen.getByRole('dialog', { name: 'Departure of 经理1' });
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const proposal = await within(dialog).findByRole('region', { name: 'Departure proposal (not applied yet)' });
    expect(proposal).toHaveTextContent('Leaving as: On leave');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm departure' }));
    expect(await screen.findByText('经理1 is on leave; 3 customers moved to other managers, 1 left unassigned for lack of capacity.')).toBeInTheDocument();
  });
});
