// Tests of the audit log's filters: each one kept in the address bar and sent to the server as the query it means, paging with them.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, session } from '../../test/utils';
import { resetAccountNames } from './api';
import AuditLogPage from './AuditLogPage';
import { dayEnd, dayStart } from './auditQuery';
import { auditCalls, auditServer, ENTRIES, MANUAL, page } from './fixtures';

function Location() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

const show = (route = '/admin/audit-log') =>
  renderApp(
    <>
      <AuditLogPage />
      <Location />
    </>,
    { session: session('admin', 1), route },
  );

const address = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');
const table = () => screen.findByRole('table', { name: '审计记录，最新在前' });

beforeEach(() => resetAccountNames());

describe('audit log filters', () => {
  it('reads every filter from the address bar and sends it', async () => {
    const server = auditServer();
    show('/admin/audit-log?actor_id=1&action=assignment.&target=user:42&from=2024-05-01&to=2024-05-31&page=2');
    await table();
    expect(auditCalls(server.calls)[0]).toEqual({
      actor_id: '1',
      action: 'assignment.',
      target: 'user:42',
      from: String(new Date(2024, 4, 1, 0, 0, 0).getTime() / 1000),
      to: String(new Date(2024, 4, 31, 23, 59, 59).getTime() / 1000),
      page: '2',
      per_page: '25',
    });
    expect(screen.getByLabelText('操作类型')).toHaveDisplayValue('客户经理分配');
    expect(screen.getByLabelText('对象')).toHaveValue('user:42');
    expect(screen.getByLabelText('开始日期')).toHaveValue('2024-05-01');
    expect(screen.getByLabelText('结束日期')).toHaveValue('2024-05-31');
    expect(screen.getByLabelText('操作人')).toHaveValue('1');
  });

  it('turns local days into Unix seconds from the first to the last second', () => {
    expect(dayStart('2024-03-10')).toBe(new Date(2024, 2, 10).getTime() / 1000);
    expect(dayEnd('2024-03-10')! - dayStart('2024-03-10')!).toBeGreaterThanOrEqual(22 * 3600);
    expect(new Date(dayEnd('2024-03-10')! * 1000).getHours()).toBe(23);
    expect(dayStart('2024-02-30')).toBeUndefined();
    expect(dayStart('yesterday')).toBeUndefined();
  });

  it('sends a kind of action as its prefix and goes back to page 1', async () => {
    const server = auditServer();
    show('/admin/audit-log?page=3');
    await table();
    await userEvent.selectOptions(screen.getByLabelText('操作类型'), '分配运行');
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toEqual({ action: 'run.', page: '1', per_page: '25' }));
    expect(address().get('action')).toBe('run.');
    expect(address().get('page')).toBeNull();
    const options = [...(screen.getByLabelText('操作类型') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['全部操作', '登录', '客户资料修改', '客户经理分配', '导入', '导出', '员工', '组织机构', '客户关系记录']));
  });

  it('keeps an exact action from a link as a choice of its own', async () => {
    auditServer();
    show('/admin/audit-log?action=assignment.manual');
    await table();
    expect(screen.getByLabelText('操作类型')).toHaveDisplayValue('其他：手动分配客户经理');
  });

  it('sends a typed target on Enter', async () => {
    const server = auditServer();
    show();
    await table();
    await userEvent.type(screen.getByLabelText('对象'), 'user:7{Enter}');
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toMatchObject({ target: 'user:7' }));
    expect(address().get('target')).toBe('user:7');
  });

  it('sends the days chosen as Unix seconds, and says so when the start is after the end', async () => {
    const server = auditServer();
    show();
    await table();
    fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2024-06-02' } });
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toMatchObject({ from: String(dayStart('2024-06-02')) }));
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2024-06-03' } });
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toMatchObject({ from: String(dayStart('2024-06-02')), to: String(dayEnd('2024-06-03')) }));

    const before = auditCalls(server.calls).length;
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2024-06-01' } });
    expect(await screen.findAllByText('开始日期不能晚于结束日期。')).not.toHaveLength(0);
    expect(screen.getByLabelText('结束日期')).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findByRole('alert')).toHaveTextContent('开始时间不能晚于结束时间。');
    expect(auditCalls(server.calls)).toHaveLength(before);
  });

  it('finds an actor by username among the staff, or takes an id', async () => {
    const server = auditServer();
    show();
    await table();
    const actor = screen.getByLabelText('操作人');
    await userEvent.type(actor, 'manager5');
    // Staff are suggested while typing.
    await waitFor(() => expect(document.querySelector('datalist option[value="manager5"]')).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: '筛选' }));
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toMatchObject({ actor_id: '5' }));
    expect(address().get('actor_id')).toBe('5');
    expect(actor).toHaveValue('manager5');

    await userEvent.clear(actor);
    await userEvent.type(actor, '6{Enter}');
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toMatchObject({ actor_id: '6' }));
  });

  it('says when no account has the username typed', async () => {
    const server = auditServer();
    show();
    await table();
    await userEvent.type(screen.getByLabelText('操作人'), 'nobody{Enter}');
    expect(await screen.findByText('找不到用户名为“nobody”的账户。')).toBeInTheDocument();
    expect(server.calls.some((c) => c.url.pathname === '/api/customers' && c.url.searchParams.get('q') === 'nobody')).toBe(true);
    expect(auditCalls(server.calls).every((q) => !('actor_id' in q))).toBe(true);
  });

  it('pages through the filtered entries and clears every filter at once', async () => {
    const server = auditServer((url) => page(url.searchParams.get('page') === '2' ? [MANUAL] : ENTRIES, 26, Number(url.searchParams.get('page'))));
    show('/admin/audit-log?target=user:42');
    await table();
    expect(screen.getByText('第 1–25 条，共 26 条')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toEqual({ target: 'user:42', page: '2', per_page: '25' }));
    expect(await screen.findByText('第 26–26 条，共 26 条')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(auditCalls(server.calls).at(-1)).toEqual({ page: '1', per_page: '25' }));
    expect(screen.getByTestId('search')).toHaveTextContent(/^$/);
    expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull();
  });
});
