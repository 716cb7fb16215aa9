// Tests of the manual assign and unassign dialogs: required fields, the over-capacity override, server field errors.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch, renderApp, session } from '../../test/utils';
import { ManualAssignDialog, UnassignDialog } from './AssignDialogs';

const MANAGERS = {
  items: [
    { user_id: 2, username: 'manager1', name: '经理1', capabilities: [], hobbies: [], capacity: 50, active: true, customer_count: 6 },
    { user_id: 3, username: 'manager2', name: '经理2', capabilities: [], hobbies: [], capacity: 1, active: true, customer_count: 1 },
    { user_id: 4, username: 'manager3', name: '经理3', capabilities: [], hobbies: [], capacity: 50, active: false, customer_count: 0 },
  ],
  total: 3,
  page: 1,
  per_page: 500,
};

const EXPLANATION = {
  customer_id: 7,
  manager_id: 3,
  manager_name: '经理2',
  score: 2,
  needs_match: 1,
  hobbies_match: 1,
  matched_needs: ['tax'],
  matched_hobbies: ['art'],
  class: 'E',
  reason: 'manual',
};

describe('ManualAssignDialog', () => {
  it('needs a manager and a reason, offers an override after 409 over_capacity, then assigns', async () => {
    const mock = mockFetch(async (req, url) => {
      if (url.pathname === '/api/managers') return json(MANAGERS);
      const body = JSON.parse(await req.text());
      if (!body.override) return json({ error: 'over_capacity', message: 'full' }, 409);
      return json({ msg: 'ok', similarity: { score: 2, needs: ['tax'], hobbies: ['art'] }, similarity_score: 2, class: 'E', assignment: EXPLANATION });
    });
    const onDone = vi.fn();
    renderApp(<ManualAssignDialog customer={{ user_id: 7, name: '客户1' }} onCancel={() => undefined} onDone={onDone} />, { session: session('admin', 1) });
    const user = userEvent.setup();
    const dialog = screen.getByRole('dialog', { name: '为 客户1 指定客户经理' });
    expect(dialog).toBeInTheDocument();
    // Only active managers are offered, with their username (names can repeat) and load.
    await screen.findByRole('option', { name: '经理2（manager2）：1/1' });
    expect(screen.queryByRole('option', { name: /经理3/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: '分配' }));
    expect(screen.getByText('请选择客户经理。')).toBeInTheDocument();
    expect(screen.getByText('请填写原因。')).toBeInTheDocument();
    expect(screen.getByLabelText('客户经理')).toHaveFocus();

    await user.selectOptions(screen.getByLabelText('客户经理'), '3');
    await user.type(screen.getByLabelText('原因'), '客户要求');
    expect(screen.queryByLabelText('超出容量仍然分配')).toBeNull();
    await user.click(screen.getByRole('button', { name: '分配' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该客户经理已满员');
    const override = screen.getByLabelText('超出容量仍然分配');
    await waitFor(() => expect(override).toHaveFocus());
    await user.click(override);
    await user.click(screen.getByRole('button', { name: '分配' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('已将 客户1 分配给 经理2（匹配分 2）。'));
    const posts = mock.calls.filter((c) => c.method === 'POST').map((c) => c.body);
    expect(posts).toEqual([
      { customer_id: 7, manager_id: 3, reason: '客户要求' },
      { customer_id: 7, manager_id: 3, reason: '客户要求', override: true },
    ]);
  });
});

describe('ManualAssignDialog with two managers of one name', () => {
  it('tells them apart by username', async () => {
    const twins = MANAGERS.items.slice(0, 2).map((m) => ({ ...m, name: '经理1' }));
    mockFetch(() => json({ ...MANAGERS, items: twins, total: 2 }));
    renderApp(<ManualAssignDialog customer={{ user_id: 7, name: '客户1' }} onCancel={() => undefined} onDone={() => undefined} />, { session: session('admin', 1), lang: 'en' });
    await screen.findByRole('option', { name: '经理1 (manager1): 6/50' });
    expect(screen.getByRole('option', { name: '经理1 (manager2): 1/1' })).toBeInTheDocument();
  });
});

describe('UnassignDialog', () => {
  it('requires a reason and shows the server’s field error', async () => {
    mockFetch(() => json({ error: 'reason_required', message: 'say why', field: 'reason' }, 422));
    const onCancel = vi.fn();
    renderApp(<UnassignDialog customer={{ user_id: 7, name: '客户1', manager_name: '经理1' }} onCancel={onCancel} onDone={() => undefined} />, {
      session: session('admin', 1),
    });
    const user = userEvent.setup();
    expect(screen.getByText('当前客户经理：经理1')).toBeInTheDocument();
    expect(screen.getByLabelText('原因')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '取消分配' }));
    expect(screen.getByText('请填写原因。')).toBeInTheDocument();
    await user.type(screen.getByLabelText('原因'), ' x ');
    await user.click(screen.getByRole('button', { name: '取消分配' }));
    expect(await screen.findByText('请填写原因（最多 500 个字符）。')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });
});
